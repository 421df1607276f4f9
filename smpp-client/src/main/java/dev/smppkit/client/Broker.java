package dev.smppkit.client;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The queue the client pulls messages from. Pull-based so the client takes only what its window can send, and
 * batched so a database-backed broker fetches many messages per round trip.
 *
 * <p>Every message handed out by {@link #take} is later either {@linkplain #complete completed} with its outcome or
 * {@linkplain #release released} (taken but never written, e.g. on disconnect, throttling or shutdown), so a
 * persistent broker gives at-least-once delivery. Implementations must be thread-safe; the client calls them from
 * its event loops and must never be blocked by them (do blocking work on an executor of your own).
 */
public interface Broker {
    /**
     * Takes up to {@code max} messages. The stage completes when at least one is available, or with an empty list
     * when the broker wants the caller to ask again later (e.g. a poll period passed). The client has at most one
     * take outstanding per session and may cancel it ({@code toCompletableFuture().cancel(false)}), after which the
     * broker must not hand those messages to it.
     *
     * @param max at least 1
     * @return completes with 0 to {@code max} messages, or exceptionally if the broker failed (the client retries)
     */
    CompletionStage<List<QueuedMessage>> take(int max);

    /**
     * Records the final outcome of a taken message. Completes when the outcome is stored, or exceptionally if it
     * could not be (the client reports that to the hook; a persistent broker's lease then expires and the message
     * may be sent again).
     *
     * @param message a message this broker handed out by {@link #take}
     * @param outcome accepted, rejected or failed
     * @return completes with null once the outcome is stored
     */
    CompletionStage<Void> complete(QueuedMessage message, SubmitOutcome outcome);

    /**
     * Puts a taken message back, to be handed out again no sooner than {@code delay} from now. Completes when done,
     * or exceptionally if it could not be (a persistent broker's lease expiry returns it anyway).
     *
     * @param message a message this broker handed out by {@link #take}
     * @param delay the earliest it may be handed out again; zero for at once
     * @return completes with null once the message is back in the queue
     */
    CompletionStage<Void> release(QueuedMessage message, Duration delay);

    /**
     * Queues a message for sending (the producer side). Completes with the queued message when it is stored;
     * a bounded broker completes it only when there is room (pushing back on producers without blocking them), or
     * exceptionally when it is closed.
     *
     * @param message the message to send; not null
     * @return completes with the queued message (its id, attempt and enqueue time)
     */
    CompletionStage<QueuedMessage> enqueue(OutboundMessage message);

    /**
     * Cancels a message that is still queued (not taken, or released and waiting to be taken again), so that it is never
     * sent. A message in flight or already ended is not affected: to stop one the SMSC accepted but has not delivered,
     * send it a cancel_sm with the message id from its outcome. The client is not told: a {@code submit()} future
     * waiting for the message completes only when the client stops.
     *
     * @param id the broker's id of the message
     * @return completes with true if the message was queued and is now cancelled, false if it was not queued (unknown,
     *     in flight or ended); exceptionally with {@link UnsupportedOperationException} if this broker cannot cancel
     */
    default CompletionStage<Boolean> cancel(String id) {
        return CompletableFuture.failedFuture(
                new UnsupportedOperationException(getClass().getSimpleName() + " cannot cancel queued messages"));
    }

    /**
     * Cancels every queued message with this tracking id; see {@link #cancel(String)}.
     *
     * @param trackingId the user's tracking id
     * @return completes with how many were cancelled; exceptionally with {@link UnsupportedOperationException} if this
     *     broker cannot cancel
     */
    default CompletionStage<Integer> cancelByTrackingId(String trackingId) {
        return CompletableFuture.failedFuture(
                new UnsupportedOperationException(getClass().getSimpleName() + " cannot cancel queued messages"));
    }

    /**
     * Cancels every message queued longer ago than {@code age} and still not taken (the "cancel old unsent" job of a
     * queue daemon); see {@link #cancel(String)}.
     *
     * @param age how long a message may have waited since it was first queued; those queued at or before {@code now -
     *     age} are cancelled (zero: every queued message)
     * @return completes with how many were cancelled; exceptionally with {@link UnsupportedOperationException} if this
     *     broker cannot cancel
     */
    default CompletionStage<Integer> cancelQueuedOlderThan(Duration age) {
        return CompletableFuture.failedFuture(
                new UnsupportedOperationException(getClass().getSimpleName() + " cannot cancel queued messages"));
    }
}
