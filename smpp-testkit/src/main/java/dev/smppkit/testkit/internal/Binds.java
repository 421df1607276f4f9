package dev.smppkit.testkit.internal;

import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.internal.AddressFailureLimiter;
import dev.smppkit.codec.pdu.Bind;
import dev.smppkit.codec.pdu.BindResp;
import dev.smppkit.codec.pdu.PduResponse;
import dev.smppkit.codec.text.LogSafe;
import dev.smppkit.testkit.BindRequest;
import dev.smppkit.testkit.Reply;
import dev.smppkit.testkit.SmscSession;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers binds: the refuse-next-binds fault first, then the per-address block, then the credentials check, then the
 * bind handler. The session becomes bound when the accepting response is written, so a delayed accept leaves it
 * unbound until then.
 *
 * <p>A bind refused for its credentials gets the same status whether the system_id is unknown or the password wrong;
 * it counts against its connection (closed after the last allowed failure) and its source address (whose later binds
 * are refused unchecked, and their connections closed, for the rest of the window).
 */
final class Binds {
    private static final Logger log = LoggerFactory.getLogger(Binds.class);
    private static final int MAX_TRACKED_ADDRESSES = 10_000;

    private final SimulatorConfig config;
    private final FaultsImpl faults;
    private final ErrorLog errors;
    private final Accounts accounts;
    private final AddressFailureLimiter addressFailures;

    Binds(SimulatorConfig config, FaultsImpl faults, ErrorLog errors) {
        this.config = config;
        this.faults = faults;
        this.errors = errors;
        this.accounts = new Accounts(config.credentials(), config.closedByDefault());
        this.addressFailures = new AddressFailureLimiter(
                config.maxBindFailuresPerAddress(),
                config.bindFailureWindow(),
                MAX_TRACKED_ADDRESSES,
                config.nanoClock());
    }

    /** What to answer, and whether to close the connection after the answer. */
    private record Decision(Reply reply, boolean close) {}

    void handle(SessionHandler session, Bind bind) {
        Decision decision = decide(session, bind);
        Reply reply = decision.reply();
        if (reply.kind() == Reply.Kind.NO_REPLY) {
            return;
        }
        session.runAfter(reply.delay().toNanos(), () -> complete(session, bind, reply, decision.close()));
    }

    private Decision decide(SessionHandler session, Bind bind) {
        CommandStatus refused = session.session().faultsImpl().takeBindRefusal();
        if (refused == null) {
            refused = faults.takeBindRefusal();
        }
        if (refused != null) {
            return new Decision(Reply.reject(refused), false);
        }
        InetAddress from = sourceAddress(session);
        CommandStatus failure = config.bindFailureStatus();
        if (from != null && addressFailures.isBlocked(from)) {
            log.debug("{}: bind refused unchecked: too many failed binds from {}", session.id(), from);
            return new Decision(Reply.reject(failure), true);
        }
        if (!accounts.accepts(bind.systemId(), bind.password())) {
            return new Decision(Reply.reject(failure), countFailure(session, bind, from));
        }
        try {
            Reply reply = config.bindHandler().handle(new BindRequestImpl(bind, session.session()));
            if (reply == null) {
                throw new NullPointerException(
                        "bind handler returned null for system_id " + LogSafe.escape(bind.systemId()));
            }
            return new Decision(reply, false);
        } catch (Exception | Error e) {
            errors.record("bind handler failed for " + LogSafe.escape(bind.systemId()), e);
            return new Decision(Reply.reject(CommandStatus.ESME_RBINDFAIL), false);
        }
    }

    /** Counts a failed bind on its connection and address; true if the connection is to be closed. */
    private boolean countFailure(SessionHandler session, Bind bind, InetAddress from) {
        int onConnection = session.countBindFailure();
        boolean addressBlocked = from != null
                && addressFailures.maxFailures() > 0
                && addressFailures.recordFailure(from) >= addressFailures.maxFailures();
        boolean close = addressBlocked || onConnection >= config.maxBindFailuresPerConnection();
        log.debug(
                "{}: bind refused for system_id '{}' from {}: bad credentials ({} on this connection{})",
                session.id(),
                LogSafe.escape(bind.systemId()),
                from,
                onConnection,
                close ? "; closing" : "");
        if (addressBlocked) {
            log.warn(
                    "{} failed binds from {} within {}: its binds are refused until that time has passed",
                    config.maxBindFailuresPerAddress(),
                    from,
                    config.bindFailureWindow());
        }
        return close;
    }

    private static InetAddress sourceAddress(SessionHandler session) {
        InetSocketAddress remote = session.session().remoteAddress();
        return remote == null ? null : remote.getAddress();
    }

    private void complete(SessionHandler session, Bind bind, Reply reply, boolean close) {
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
                BindResp.Builder b = BindResp.builder(bind.bindType()).systemId(config.systemId());
                if (bind.interfaceVersion() >= Bind.VERSION_3_4) {
                    b.scInterfaceVersion(Bind.VERSION_3_4); // only a 3.4 ESME understands TLVs (§3.4)
                }
                response = b.build().withSequenceNumber(bind.sequenceNumber());
                accepted = true;
            }
            case RESPOND -> response = reply.response().orElseThrow().withSequenceNumber(bind.sequenceNumber());
            default -> response = bind.createResponse(reply.status());
        }
        if (close) {
            session.writeAndClose(response);
            return;
        }
        session.write(response);
        if (accepted) {
            session.bound(bind.systemId(), bind.bindType());
        }
    }

    private record BindRequestImpl(Bind pdu, SmscSession session) implements BindRequest {}
}
