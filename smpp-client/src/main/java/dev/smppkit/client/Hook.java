package dev.smppkit.client;

import dev.smppkit.codec.pdu.Pdu;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Where the client reports what happens. Every method has a no-op default, so implement only what you need.
 *
 * <p>The {@code void} methods run on a Netty event loop and must return quickly without blocking. The methods that
 * return a stage let you do asynchronous work (write to a database, publish to a queue) before the client carries
 * on: an incoming message or receipt is acknowledged to the SMSC with ESME_ROK only after the stage completes
 * normally; if it completes exceptionally or does not complete within the hook timeout, the client answers
 * ESME_RX_T_APPN so that the SMSC delivers it again. Nothing is lost.
 */
public interface Hook {
    /**
     * A PDU is about to be written (after its sequence number is assigned): every request and response, enquire_link
     * included, e.g. for wire logging or metrics. Runs on the session's event loop for every PDU, so keep it cheap; a
     * throw is logged and ignored.
     *
     * @param pdu the PDU, an immutable value that may be kept
     */
    default void sending(Pdu pdu) {}

    /**
     * A PDU was received and decoded: every request and response, before the client acts on it. Runs on the session's
     * event loop for every PDU, so keep it cheap; a throw is logged and ignored.
     *
     * @param pdu the PDU, an immutable value that may be kept
     */
    default void received(Pdu pdu) {}

    /**
     * A message could not be sent; its {@link #onSubmitOutcome} follows with the same error. A throw is logged and
     * ignored.
     *
     * @param message the message as the broker handed it out
     * @param error why it failed, e.g. {@link ResponseTimeoutException}, {@link ThrottledException}, {@link
     *     InvalidMessageException} or {@link ConnectionLostException}
     */
    default void sendError(QueuedMessage message, SmppClientException error) {}

    /**
     * The final outcome of a message taken from the broker: accepted, rejected or failed. Called exactly once per
     * message that is not released back to the broker; the broker's {@code complete} runs after the stage completes.
     *
     * @param message the message as the broker handed it out
     * @param outcome accepted (with the SMSC's message ids), rejected (with its status) or failed (with the error)
     * @return a stage that completes when your handling is done. If it completes exceptionally, or not within the
     *     {@link InboundOptions#hookTimeout() hook timeout}, that is logged and the broker's {@code complete} runs
     *     anyway
     */
    default CompletionStage<Void> onSubmitOutcome(QueuedMessage message, SubmitOutcome outcome) {
        return CompletableFuture.completedFuture(null);
    }

    /**
     * A delivery receipt arrived; acknowledged to the SMSC when the stage completes (see the class comment).
     *
     * @param receipt the parsed receipt, with the tracking of the message it belongs to when the {@link Correlator}
     *     knew its id
     * @return a stage that completes normally once the receipt is safely handled, and it is then acknowledged with
     *     ESME_ROK; if the stage completes exceptionally, or not within the hook timeout, the receipt is answered
     *     ESME_RX_T_APPN so that the SMSC delivers it again
     */
    default CompletionStage<Void> onDeliveryReceipt(ReceiptEvent receipt) {
        return CompletableFuture.completedFuture(null);
    }

    /**
     * A mobile-originated message arrived (reassembled if it came in segments); acknowledged when the stage completes.
     *
     * @param message the message, its text decoded where its data_coding is a text coding
     * @return a stage that completes normally once the message is safely handled, and it is then acknowledged with
     *     ESME_ROK; if the stage completes exceptionally, or not within the hook timeout, the message is answered
     *     ESME_RX_T_APPN so that the SMSC delivers it again
     */
    default CompletionStage<Void> onIncomingMessage(IncomingMessage message) {
        return CompletableFuture.completedFuture(null);
    }

    /**
     * A session changed state: starting, binding, bound, bind timeout, bind failed, unbinding, connection lost,
     * throttled and throttling over. Runs on the session's event loop; a throw is logged and ignored.
     *
     * @param event what happened, to which session, with a detail text and the cause where there is one
     */
    default void onSessionEvent(SessionEvent event) {}

    /** A hook that does nothing. */
    Hook NOOP = new Hook() {};
}
