package dev.smppkit.client;

import dev.smppkit.client.internal.CompositeListener;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.pdu.BindType;
import dev.smppkit.codec.pdu.Pdu;
import dev.smppkit.codec.pdu.PduResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Instrumentation: what the client does, for metrics, tracing and wire logging (the {@link Hook} carries the business
 * outcomes). Every method has a no-op default, so implement only what you need; register with {@link
 * EsmeBuilder#listener(ClientListener)} (or {@code SmsGatewayBuilder.listener}, one listener for all accounts).
 *
 * <p>Each call names the account ({@link EsmeOptions#name()}), or for the PDU calls the session as log lines name it
 * ({@code [account BINDTYPE host:port]}). The calls run on the session's event loop (the receipt, inbound and broker
 * calls on whatever thread completed the lookup or take) and must return quickly without blocking: they are made for
 * every PDU. A throw is logged (once per 10 s with a count) and ignored. When no listener is registered the client
 * makes none of these calls and builds none of their arguments.
 *
 * <p>Several sessions of one account call the same listener from different threads: keep its state thread-safe.
 */
public interface ClientListener {
    /**
     * A request was handed to the connection to be written: submits, operations and session requests (bind,
     * enquire_link, unbind).
     *
     * @param account the account's name
     * @param request the request, with its sequence number
     * @param windowed whether it holds a window slot (submit_sm and the client operations): the account's requests in
     *     flight are those written minus those answered or failed, counting windowed ones only
     * @param extra the message's {@link OutboundMessage#extra() extra} map for a submit_sm segment, else empty (e.g. to
     *     read a {@code traceparent})
     * @return any object to be handed back with this request's answer or failure (e.g. a timer sample or a span), or
     *     null
     */
    default Object requestWritten(String account, Pdu request, boolean windowed, Map<String, String> extra) {
        return null;
    }

    /**
     * The SMSC answered a request (its own response or generic_nack).
     *
     * @param account the account's name
     * @param request the request answered
     * @param windowed whether it held a window slot
     * @param response the response; its {@link PduResponse#commandStatus()} is the result
     * @param latencyNanos nanoseconds from {@link #requestWritten} to the response
     * @param context what {@link #requestWritten} returned for this request
     */
    default void requestAnswered(
            String account, Pdu request, boolean windowed, PduResponse response, long latencyNanos, Object context) {}

    /**
     * A request ended without an answer: it timed out, its write failed or the connection closed.
     *
     * @param account the account's name
     * @param request the request
     * @param windowed whether it held a window slot
     * @param error why: {@link ResponseTimeoutException}, {@link ConnectionLostException} or {@link
     *     ShutdownException}
     * @param elapsedNanos nanoseconds from {@link #requestWritten} to the failure
     * @param context what {@link #requestWritten} returned for this request
     */
    default void requestFailed(
            String account,
            Pdu request,
            boolean windowed,
            SmppClientException error,
            long elapsedNanos,
            Object context) {}

    /**
     * The SMSC answered a submit with ESME_RTHROTTLED or ESME_RMSGQFUL (also reported by {@link #requestAnswered}).
     *
     * @param account the account's name
     * @param status the status that asked us to slow down
     */
    default void throttled(String account, CommandStatus status) {}

    /**
     * A session started (true) or ended (false) a throttling pause: no submit is written while it lasts.
     *
     * @param account the account's name
     * @param paused true when the pause starts, false once submissions are accepted again
     */
    default void throttlePause(String account, boolean paused) {}

    /**
     * A session slot of the account was started (true) or stopped for good (false); the configured sessions are
     * those started and not stopped.
     *
     * @param account the account's name
     * @param running true when started, false when stopped
     */
    default void sessionSlot(String account, boolean running) {}

    /**
     * A session bound.
     *
     * @param account the account's name
     * @param bindType how it bound
     * @param address the SMSC's address as {@code host:port}
     */
    default void sessionBound(String account, BindType bindType, String address) {}

    /**
     * A session that had bound ended (unbound, or its connection was lost).
     *
     * @param account the account's name
     * @param bindType how it had bound
     * @param address the SMSC's address as {@code host:port}
     */
    default void sessionUnbound(String account, BindType bindType, String address) {}

    /**
     * A session slot will connect again after a lost connection or a failed bind.
     *
     * @param account the account's name
     * @param attempt the attempt number since the last session that stayed bound (1 for the first)
     * @param delay how long it waits before dialing
     */
    default void reconnecting(String account, int attempt, Duration delay) {}

    /**
     * A delivery receipt was matched to the segment it is about.
     *
     * @param account the account's name
     * @param tracking the segment, with the message's extra map (e.g. its {@code traceparent})
     * @param delayNanos nanoseconds from the SMSC's acceptance of the segment to the receipt's arrival (wall clock, so
     *     across processes; may be negative if clocks disagree)
     */
    default void receiptMatched(String account, Tracking tracking, long delayNanos) {}

    /**
     * A delivery receipt arrived that matches no known segment (its hook call says the same).
     *
     * @param account the account's name
     */
    default void receiptUnmatched(String account) {}

    /**
     * A mobile-originated message (reassembled where it came in segments) arrived for the hook.
     *
     * @param account the account's name
     * @param segments how many segments it came in
     */
    default void inboundMessage(String account, int segments) {}

    /**
     * A broker take completed.
     *
     * @param account the account's name
     * @param messages how many messages it returned
     * @param latencyNanos nanoseconds from the take to its completion
     */
    default void brokerTake(String account, int messages, long latencyNanos) {}

    /**
     * A PDU is about to be written (every request and response, enquire_link included).
     *
     * @param session the session as log lines name it, {@code [account BINDTYPE host:port]}
     * @param pdu the PDU
     */
    default void pduWritten(String session, Pdu pdu) {}

    /**
     * A PDU was read and decoded (every request and response), before the client acts on it.
     *
     * @param session the session as log lines name it, {@code [account BINDTYPE host:port]}
     * @param pdu the PDU
     */
    default void pduReceived(String session, Pdu pdu) {}

    /** A listener that does nothing; the client makes no calls to it. */
    ClientListener NOOP = new ClientListener() {};

    /**
     * One listener that calls each of {@code listeners} in order; a throw from one does not stop the others.
     *
     * @param listeners the listeners, none null; {@link #NOOP}s are left out
     * @return {@link #NOOP} if none is left, the one left, or a listener that calls them all
     * @throws NullPointerException if listeners or one of them is null
     */
    static ClientListener composite(List<ClientListener> listeners) {
        return CompositeListener.of(listeners);
    }
}
