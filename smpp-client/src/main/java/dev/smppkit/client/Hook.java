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
    /** A PDU is about to be written (after its sequence number is assigned). */
    default void sending(Pdu pdu) {}

    /** A PDU was received and decoded. */
    default void received(Pdu pdu) {}

    /** A message could not be sent; its {@link #onSubmitOutcome} follows with the same error. */
    default void sendError(QueuedMessage message, SmppClientException error) {}

    /**
     * The final outcome of a message taken from the broker: accepted, rejected or failed. Called exactly once per
     * message that is not released back to the broker; the broker's {@code complete} runs after the stage completes.
     */
    default CompletionStage<Void> onSubmitOutcome(QueuedMessage message, SubmitOutcome outcome) {
        return CompletableFuture.completedFuture(null);
    }

    /** A delivery receipt arrived; acknowledged to the SMSC when the stage completes (see the class comment). */
    default CompletionStage<Void> onDeliveryReceipt(ReceiptEvent receipt) {
        return CompletableFuture.completedFuture(null);
    }

    /** A mobile-originated message arrived (reassembled if it came in segments); acknowledged when the stage completes. */
    default CompletionStage<Void> onIncomingMessage(IncomingMessage message) {
        return CompletableFuture.completedFuture(null);
    }

    /** A session changed state: starting, binding, bound, bind timeout, unbinding, connection lost, throttling. */
    default void onSessionEvent(SessionEvent event) {}

    /** A hook that does nothing. */
    Hook NOOP = new Hook() {};
}
