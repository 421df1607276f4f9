package dev.smppkit.client.internal.ussd;

import dev.smppkit.client.IncomingMessage;
import dev.smppkit.client.OutboundMessage;
import dev.smppkit.client.RejectedException;
import dev.smppkit.client.SubmitOutcome;
import dev.smppkit.client.ussd.UssdHandler;
import dev.smppkit.client.ussd.UssdReply;
import dev.smppkit.client.ussd.UssdSession;
import dev.smppkit.client.ussd.UssdSession.State;
import dev.smppkit.client.ussd.UssdTurn;
import dev.smppkit.codec.Address;
import dev.smppkit.codec.pdu.ItsSessionInfo;
import dev.smppkit.codec.pdu.PduRequest;
import dev.smppkit.codec.pdu.SubmitSm;
import dev.smppkit.codec.pdu.Tlvs;
import dev.smppkit.codec.pdu.UssdServiceOp;
import dev.smppkit.codec.text.LogSafe;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The USSD flows: a PSSR indication opens a session and asks the handler, a USSR confirm goes to the session's pending
 * menu, each reply is sent as a submit_sm, and the application can open a session or send a notification itself. An
 * incoming message's stage completes normally once its reply is accepted by the SMSC, exceptionally otherwise, so it
 * ends in exactly one answer. Per manager; thread-safe (state lives in the {@link SessionTable}).
 */
public final class UssdEngine {
    private static final Logger log = LoggerFactory.getLogger(UssdEngine.class);
    private static final String SERVICE_TYPE = "USSD";

    /** Sends a reply: {@code Esme.submit} in production. */
    @FunctionalInterface
    public interface Sender {
        /** Queues the message and returns its outcome. */
        CompletableFuture<SubmitOutcome> send(OutboundMessage message);
    }

    /** The texts of the replies the manager sends on its own. */
    public record Texts(String busy, String expired) {}

    private final UssdHandler handler;
    private final Sender sender;
    private final Address serviceAddress;
    private final Texts texts;
    private final Clock clock;
    private final SessionTable table;

    public UssdEngine(
            UssdHandler handler,
            Sender sender,
            Address serviceAddress,
            Texts texts,
            Clock clock,
            int maxSessions,
            java.time.Duration idleTimeout,
            UssdTimer timer) {
        this.handler = handler;
        this.sender = sender;
        this.serviceAddress = serviceAddress;
        this.texts = texts;
        this.clock = clock;
        this.table = new SessionTable(maxSessions, idleTimeout, timer, this::closed);
    }

    /**
     * Handles an incoming message if it is a USSD message of a session: a PSSR indication, a USSR confirm or a USSN
     * confirm.
     *
     * @return the stage that answers it, or null if it is not for this manager (the user's hook gets it)
     */
    public CompletableFuture<Void> onIncoming(IncomingMessage m) {
        PduRequest<?> pdu = m.lastPdu();
        Optional<UssdServiceOp> op = pdu == null ? Optional.empty() : pdu.tlvs().ussdOperation();
        if (op.isEmpty()) {
            return null;
        }
        ItsSessionInfo info = sessionInfo(pdu.tlvs());
        String text = m.text().orElse("");
        switch (op.get()) {
            case PSSR_INDICATION:
                return onIndication(m, info, text);
            case USSR_CONFIRM:
                return onConfirm(m, info, text);
            case USSN_CONFIRM:
                log.debug("USSN confirm from {}", LogSafe.lazy(m.source()));
                return CompletableFuture.completedFuture(null);
            default:
                return null;
        }
    }

    private CompletableFuture<Void> onIndication(IncomingMessage m, ItsSessionInfo info, String text) {
        String msisdn = SessionKey.normalize(m.source().value());
        SessionKey key = new SessionKey(msisdn, info == null ? -1 : info.sessionNumber());
        UssdTurn turn = new UssdTurn(true, UssdServiceOp.PSSR_INDICATION, text, clock.instant());
        SessionImpl s = table.openFromHandset(key, m.source(), m.destination(), info, turn);
        if (s == null) {
            log.warn("USSD session from {} refused: too many open sessions", LogSafe.lazy(key));
            return send(m.destination(), m.source(), UssdServiceOp.PSSR_RESPONSE, endOf(info), texts.busy());
        }
        return ask(s, text);
    }

    private CompletableFuture<Void> onConfirm(IncomingMessage m, ItsSessionInfo info, String text) {
        String msisdn = SessionKey.normalize(m.source().value());
        SessionImpl s = table.find(msisdn, info == null ? -1 : info.sessionNumber());
        if (s == null) {
            log.debug("USSR confirm from {} for no open session: answered as expired", LogSafe.lazy(m.source()));
            return send(m.destination(), m.source(), UssdServiceOp.PSSR_RESPONSE, endOf(info), texts.expired());
        }
        UssdTurn turn = new UssdTurn(true, UssdServiceOp.USSR_CONFIRM, text, clock.instant());
        if (!table.advance(s, State.AWAITING_HANDSET, turn, State.AWAITING_APPLICATION, info)) {
            return CompletableFuture.failedFuture(
                    new IllegalStateException("USSD session " + s.key + " is not waiting for the handset"));
        }
        return ask(s, text);
    }

    /** Asks the handler and sends its reply; a failure anywhere fails the session. */
    private CompletableFuture<Void> ask(SessionImpl s, String text) {
        CompletableFuture<UssdReply> reply;
        try {
            reply = handler.onRequest(s, text).toCompletableFuture();
        } catch (RuntimeException e) {
            reply = CompletableFuture.failedFuture(e);
        }
        return reply.thenCompose(r -> reply(s, r)).whenComplete((v, error) -> {
            if (error != null) {
                log.debug("USSD session {} failed: {}", s.key, LogSafe.lazy(String.valueOf(error)));
                table.close(s, State.FAILED);
            }
        });
    }

    private CompletableFuture<Void> reply(SessionImpl s, UssdReply r) {
        if (r == null) {
            throw new NullPointerException("the UssdHandler completed with a null reply");
        }
        UssdServiceOp op = !r.endsSession()
                ? UssdServiceOp.USSR_REQUEST
                : s.networkInitiated() ? UssdServiceOp.USSN_REQUEST : UssdServiceOp.PSSR_RESPONSE;
        ItsSessionInfo info = s.info() == null ? null : s.info().withEndOfSession(r.endsSession());
        UssdTurn turn = new UssdTurn(false, op, r.text(), clock.instant());
        State next = r.endsSession() ? State.ENDED : State.AWAITING_HANDSET;
        if (!table.advance(s, State.AWAITING_APPLICATION, turn, next, info)) {
            return CompletableFuture.failedFuture(new IllegalStateException(
                    "USSD session " + s.key + " is " + s.state() + "; the reply was not sent"));
        }
        return send(s.service(), s.handset(), op, info, r.text());
    }

    /**
     * Opens a session from the network side with a menu (USSR request).
     *
     * @throws IllegalArgumentException if the text does not fit in one USSD string
     */
    public CompletableFuture<UssdSession> start(Address handset, String text) {
        UssdText.check(text);
        UssdTurn turn = new UssdTurn(false, UssdServiceOp.USSR_REQUEST, text, clock.instant());
        SessionImpl s = table.openFromNetwork(SessionKey.normalize(handset.value()), handset, serviceAddress, turn);
        if (s == null) {
            return CompletableFuture.failedFuture(new IllegalStateException(
                    "no USSD session opened: the manager is closed, or maxSessions (or all 256 session numbers of"
                            + " this handset) are in use"));
        }
        return send(serviceAddress, handset, UssdServiceOp.USSR_REQUEST, s.info(), text)
                .whenComplete((v, error) -> {
                    if (error != null) {
                        table.close(s, State.FAILED);
                    }
                })
                .thenApply(v -> s);
    }

    /**
     * Sends a notification (USSN request) outside any session.
     *
     * @throws IllegalArgumentException if the text does not fit in one USSD string
     */
    public CompletableFuture<Void> notify(Address handset, String text) {
        UssdText.check(text);
        ItsSessionInfo info = new ItsSessionInfo(table.anyNumber(), 0, false);
        return send(serviceAddress, handset, UssdServiceOp.USSN_REQUEST, info, text);
    }

    public List<UssdSession> openSessions() {
        return table.openSessions();
    }

    public int openCount() {
        return table.openCount();
    }

    public void close() {
        table.closeAll();
    }

    /** Submits one USSD message; completes normally only if the SMSC accepts it. */
    private CompletableFuture<Void> send(Address from, Address to, UssdServiceOp op, ItsSessionInfo info, String text) {
        UssdText.Encoded encoded = UssdText.encode(text);
        Tlvs.Builder tlvs = Tlvs.builder().ussdServiceOp(op);
        if (info != null) {
            tlvs.itsSessionInfo(info);
        }
        SubmitSm sm = SubmitSm.builder()
                .serviceType(SERVICE_TYPE)
                .sourceAddress(from)
                .destAddress(to)
                .dataCoding(encoded.dataCoding())
                .shortMessage(encoded.octets())
                .tlvs(tlvs.build())
                .build();
        CompletableFuture<SubmitOutcome> outcome;
        try {
            // the user's hook sees the replies' outcomes too; this tracking id tells them apart
            String tracking = "ussd:" + to.value() + (info == null ? "" : "#" + info.sessionNumber());
            outcome = sender.send(OutboundMessage.ofSubmitSm(sm, tracking, null));
        } catch (RuntimeException e) {
            outcome = CompletableFuture.failedFuture(e);
        }
        return outcome.thenApply(UssdEngine::accepted);
    }

    private static Void accepted(SubmitOutcome outcome) {
        if (outcome instanceof SubmitOutcome.Accepted) {
            return null;
        }
        if (outcome instanceof SubmitOutcome.Rejected r) {
            throw new RejectedException(r.status());
        }
        if (outcome instanceof SubmitOutcome.Failed f) {
            throw f.error();
        }
        throw new IllegalStateException("USSD reply not sent: " + outcome);
    }

    private static ItsSessionInfo sessionInfo(Tlvs tlvs) {
        try {
            return tlvs.itsSessionInfo().orElse(null);
        } catch (IllegalArgumentException e) {
            return null; // not 2 octets: treat the handset's number alone as the session
        }
    }

    private static ItsSessionInfo endOf(ItsSessionInfo info) {
        return info == null ? null : info.withEndOfSession(true);
    }

    private void closed(SessionImpl s) {
        try {
            handler.onClosed(s);
        } catch (RuntimeException e) {
            log.warn("UssdHandler.onClosed failed for session {}", s.key, e);
        }
    }
}
