package dev.smppkit.testkit.internal;

import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.pdu.Bind;
import dev.smppkit.codec.pdu.BindResp;
import dev.smppkit.codec.pdu.PduResponse;
import dev.smppkit.testkit.BindRequest;
import dev.smppkit.testkit.Reply;
import dev.smppkit.testkit.SmscSession;

/**
 * Answers binds: the refuse-next-binds fault first, then the credentials check, then the bind handler. The session
 * becomes bound when the accepting response is written, so a delayed accept leaves it unbound until then.
 */
final class Binds {
    private final SimulatorCore core;

    Binds(SimulatorCore core) {
        this.core = core;
    }

    void handle(SessionHandler session, Bind bind) {
        Reply reply = decide(session, bind);
        if (reply.kind() == Reply.Kind.NO_REPLY) {
            return;
        }
        session.runAfter(reply.delay().toNanos(), () -> complete(session, bind, reply));
    }

    private Reply decide(SessionHandler session, Bind bind) {
        CommandStatus refused = session.session().faultsImpl().takeBindRefusal();
        if (refused == null) {
            refused = core.faults().takeBindRefusal();
        }
        if (refused != null) {
            return Reply.reject(refused);
        }
        CommandStatus credentials = checkCredentials(bind);
        if (credentials != null) {
            return Reply.reject(credentials);
        }
        try {
            Reply reply = core.config().bindHandler().handle(new BindRequestImpl(bind, session.session()));
            if (reply == null) {
                throw new NullPointerException("bind handler returned null for " + bind);
            }
            return reply;
        } catch (Exception | Error e) {
            core.errorLog().record("bind handler failed for " + bind.systemId(), e);
            return Reply.reject(CommandStatus.ESME_RBINDFAIL);
        }
    }

    private CommandStatus checkCredentials(Bind bind) {
        String password = core.config().credentials().get(bind.systemId());
        if (password == null) {
            return core.config().closedByDefault() ? CommandStatus.ESME_RINVSYSID : null;
        }
        return password.equals(bind.password()) ? null : CommandStatus.ESME_RINVPASWD;
    }

    private void complete(SessionHandler session, Bind bind, Reply reply) {
        if (!session.isActive()) {
            return;
        }
        if (session.state() != SessionState.OPEN) {
            session.write(bind.createResponse(CommandStatus.ESME_RALYBND)); // an earlier bind of this connection won
            return;
        }
        PduResponse response;
        boolean accepted = false;
        switch (reply.kind()) {
            case ACCEPT -> {
                BindResp.Builder b =
                        BindResp.builder(bind.bindType()).systemId(core.config().systemId());
                if (bind.interfaceVersion() >= Bind.VERSION_3_4) {
                    b.scInterfaceVersion(Bind.VERSION_3_4); // only a 3.4 ESME understands TLVs (§3.4)
                }
                response = b.build().withSequenceNumber(bind.sequenceNumber());
                accepted = true;
            }
            case RESPOND -> response = reply.response().orElseThrow().withSequenceNumber(bind.sequenceNumber());
            default -> response = bind.createResponse(reply.status());
        }
        session.write(response);
        if (accepted) {
            session.bound(bind.systemId(), bind.bindType());
        }
    }

    private record BindRequestImpl(Bind pdu, SmscSession session) implements BindRequest {}
}
