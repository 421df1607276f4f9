package dev.smppkit.testkit.internal;

import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.RegisteredDelivery;
import dev.smppkit.codec.pdu.CancelSm;
import dev.smppkit.codec.pdu.DataSm;
import dev.smppkit.codec.pdu.GenericNack;
import dev.smppkit.codec.pdu.PduRequest;
import dev.smppkit.codec.pdu.PduResponse;
import dev.smppkit.codec.pdu.QuerySm;
import dev.smppkit.codec.pdu.ReplaceSm;
import dev.smppkit.codec.pdu.SubmitMulti;
import dev.smppkit.codec.pdu.SubmitSm;
import dev.smppkit.testkit.Reply;
import dev.smppkit.testkit.Request;
import dev.smppkit.testkit.RequestHandler;
import dev.smppkit.testkit.SmscSession;
import java.util.function.Supplier;

/**
 * Answers the message requests (submit_sm, submit_multi, data_sm, query_sm, cancel_sm, replace_sm) in the order a
 * real SMSC would: generic_nack fault, throttling and queue faults, the user's handler, then, when the reply is due,
 * the side effects of an accept ({@link Accepts}) and the response through the session's {@link ResponseWriter}.
 * Stateless; runs on the session's event loop.
 */
final class MessageRequests {
    /** deliver_sm's source_addr and destination_addr: C-octet strings of at most 21 octets with the NUL (§4.6.1). */
    private static final int DELIVER_SM_MAX_ADDRESS_CHARS = 20;

    private final SimulatorConfig config;
    private final FaultsImpl faults;
    private final ErrorLog errors;
    private final Receipts receipts;
    private final Accepts accepts;

    MessageRequests(
            SimulatorConfig config,
            FaultsImpl faults,
            ErrorLog errors,
            Receipts receipts,
            Subscribers subscribers,
            MessageStoreImpl store,
            Supplier<String> messageIds) {
        this.config = config;
        this.faults = faults;
        this.errors = errors;
        this.receipts = receipts;
        this.accepts = new Accepts(messageIds, receipts, subscribers, store, this);
    }

    void handle(SessionHandler session, PduRequest<?> request) {
        FaultsImpl local = session.session().faultsImpl();
        FaultsImpl global = faults;
        long faultDelay = Math.max(local.responseDelayNanos(), global.responseDelayNanos());
        CommandStatus nack = local.takeGenericNack();
        if (nack == null) {
            nack = global.takeGenericNack();
        }
        if (nack != null) {
            GenericNack answer = GenericNack.create(nack).withSequenceNumber(request.sequenceNumber());
            session.runAfter(faultDelay, () -> session.write(answer));
            return;
        }
        Reply reply = null;
        if (isSubmit(request)) {
            CommandStatus localStatus = local.submitRejection();
            CommandStatus globalStatus = global.submitRejection();
            CommandStatus rejected = localStatus != null ? localStatus : globalStatus;
            if (rejected != null) {
                reply = Reply.reject(rejected);
            } else if (!receipts.admits(request, session.id())) {
                reply = Reply.reject(CommandStatus.ESME_RMSGQFUL);
            } else if (unaddressableReceipt(request) != null) {
                reply = Reply.reject(unaddressableReceipt(request));
            }
        }
        if (reply == null) {
            reply = decide(session.session(), request);
        }
        if (reply.kind() == Reply.Kind.NO_REPLY) {
            return;
        }
        boolean drop = local.takeDrop() || global.takeDrop();
        Reply decided = reply;
        session.runAfter(reply.delay().toNanos() + faultDelay, () -> complete(session, request, decided, drop));
    }

    /**
     * A data_sm may carry addresses of up to 64 characters (§4.7.1), but its receipt is a deliver_sm, whose
     * destination_addr (the message's source) and source_addr (its destination) hold at most 20 (§4.6.1). Such a
     * receipt (or intermediate notification) could never be built, so the message is refused rather than accepted
     * with a receipt that never comes.
     *
     * @return the status to refuse it with, or null if its receipt can be addressed or none is asked for
     */
    private static CommandStatus unaddressableReceipt(PduRequest<?> request) {
        if (!(request instanceof DataSm data)) {
            return null;
        }
        RegisteredDelivery rd = data.registeredDelivery();
        if (!rd.requestsReceipt() && !rd.requestsIntermediateNotification()) {
            return null; // both are deliver_sm built from the message's addresses
        }
        if (data.sourceAddress().value().length() > DELIVER_SM_MAX_ADDRESS_CHARS) {
            return CommandStatus.ESME_RINVSRCADR;
        }
        if (data.destAddress().value().length() > DELIVER_SM_MAX_ADDRESS_CHARS) {
            return CommandStatus.ESME_RINVDSTADR;
        }
        return null;
    }

    private static boolean isSubmit(PduRequest<?> request) {
        return request instanceof SubmitSm || request instanceof SubmitMulti || request instanceof DataSm;
    }

    /** Asks the user's handler for this request's reply; a failing handler means ESME_RSYSERR. */
    Reply decide(SmscSession session, PduRequest<?> request) {
        try {
            Reply reply = invoke(session, request);
            if (reply == null) {
                throw new NullPointerException("handler returned null for " + request);
            }
            return reply;
        } catch (Exception | Error e) {
            errors.record("handler failed for " + request, e);
            return Reply.reject(CommandStatus.ESME_RSYSERR);
        }
    }

    private Reply invoke(SmscSession session, PduRequest<?> request) throws Exception {
        SimulatorConfig c = config;
        if (request instanceof SubmitSm sm) {
            return call(c.submitSmHandler(), sm, session);
        } else if (request instanceof SubmitMulti multi) {
            return c.submitMultiHandler() == null ? Reply.accept() : call(c.submitMultiHandler(), multi, session);
        } else if (request instanceof DataSm data) {
            return call(c.dataSmHandler(), data, session);
        } else if (request instanceof QuerySm query) {
            return call(c.querySmHandler(), query, session);
        } else if (request instanceof CancelSm cancel) {
            return call(c.cancelSmHandler(), cancel, session);
        } else if (request instanceof ReplaceSm replace) {
            return call(c.replaceSmHandler(), replace, session);
        }
        throw new IllegalStateException("not a message request: " + request);
    }

    private static <P extends PduRequest<?>> Reply call(RequestHandler<P> handler, P pdu, SmscSession session)
            throws Exception {
        return handler.handle(new RequestImpl<>(pdu, session));
    }

    private void complete(SessionHandler session, PduRequest<?> request, Reply reply, boolean drop) {
        if (!session.isActive()) {
            return;
        }
        PduResponse response;
        Runnable after = null;
        switch (reply.kind()) {
            case ACCEPT -> {
                Accepts.Accepted accepted = accepts.accept(session, request, reply);
                response = accepted.response();
                after = accepted.after();
            }
            case RESPOND -> response = reply.response().orElseThrow().withSequenceNumber(request.sequenceNumber());
            default -> response = request.createResponse(reply.status());
        }
        if (drop) {
            if (after != null) {
                session.runGuarded("after a dropped response", after);
            }
            return;
        }
        session.responses().send(response, after);
    }

    private record RequestImpl<P extends PduRequest<?>>(P pdu, SmscSession session) implements Request<P> {}
}
