package dev.smppkit.client.internal;

import dev.smppkit.client.Correlator;
import dev.smppkit.client.QueuedMessage;
import dev.smppkit.client.Tracking;
import dev.smppkit.codec.internal.MessageIds;
import dev.smppkit.codec.text.DeliveryReceipt;
import dev.smppkit.codec.text.LogSafe;
import io.netty.util.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Receipt correlation, both halves: {@link #track} stores an accepted segment in the {@link Correlator} under the id
 * the SMSC gave it, and {@link #match} finds a receipt's segment again, trying the id's other spellings ({@link
 * MessageIds#alternatives}) and, once, a little later (a receipt can overtake the store of its own submit_sm_resp).
 * Keys are scoped by this client's system_id.
 *
 * <p>Per client; thread-safe (no state of its own: the correlator keeps it).
 */
final class ReceiptCorrelation {
    /** How long an unmatched receipt waits before its one more lookup. */
    static final Duration UNMATCHED_RETRY = Duration.ofMillis(500);

    private final Correlator correlator;
    private final String systemId;
    private final Timer timer;
    private final RepeatingFailureLog failures;

    ReceiptCorrelation(Correlator correlator, String systemId, Timer timer, RepeatingFailureLog failures) {
        this.correlator = correlator;
        this.systemId = systemId;
        this.timer = timer;
        this.failures = failures;
    }

    /**
     * Remembers segment {@code index} of a message the SMSC accepted as {@code messageId}, if a receipt can come for
     * it (one was requested and the SMSC gave an id). A failed store is logged: that receipt will arrive unmatched.
     */
    void track(QueuedMessage message, int index, int segments, String messageId) {
        if (messageId.isEmpty() || !message.message().requestReceipt()) {
            return; // only receipts are matched through the correlator
        }
        Tracking tracking = new Tracking(
                message.id(),
                message.message().trackingId(),
                message.message().extra(),
                index + 1,
                segments,
                message.message().destination().value(),
                Instant.now());
        correlator.put(systemId, messageId, tracking).whenComplete((v, e) -> {
            if (e != null) {
                failures.record(
                        RepeatingFailureLog.Level.ERROR,
                        "correlator.put failed",
                        "for " + LogSafe.escape(messageId) + "; its receipt will arrive unmatched",
                        e);
            }
        });
    }

    /**
     * The tracking of the segment {@code receipt} is about: looked up under the receipt's id, then its other
     * spellings in turn, then all of them once more after {@link #UNMATCHED_RETRY}. Empty if none is known; fails if
     * the correlator does. Stops looking (empty) as soon as {@code abandoned} says nobody waits for the answer any
     * more, so a correlator that may be closing gets no more work.
     */
    CompletionStage<Optional<Tracking>> match(DeliveryReceipt receipt, BooleanSupplier abandoned) {
        String id = receipt.id();
        List<String> alternatives = MessageIds.alternatives(id, receipt.textId().orElse(null));
        return lookupFirst(id, alternatives, 0, abandoned).thenCompose(found -> {
            if (found.isPresent() || abandoned.getAsBoolean()) {
                return CompletableFuture.completedFuture(found);
            }
            // A receipt can overtake the correlator write of its submit_sm_resp (an SMSC that answers at once, or
            // another process sharing the correlator): look once more after a short pause before calling it unmatched.
            CompletableFuture<Optional<Tracking>> retry = new CompletableFuture<>();
            timer.newTimeout(
                    t -> lookupFirst(id, alternatives, 0, abandoned).whenComplete((v, e) -> {
                        if (e != null) {
                            retry.completeExceptionally(e);
                        } else {
                            retry.complete(v);
                        }
                    }),
                    UNMATCHED_RETRY.toMillis(),
                    TimeUnit.MILLISECONDS);
            return retry;
        });
    }

    private CompletionStage<Optional<Tracking>> lookupFirst(
            String id, List<String> alternatives, int next, BooleanSupplier abandoned) {
        if (abandoned.getAsBoolean()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return correlator.get(systemId, id).thenCompose(found -> {
            if (found.isPresent() || next >= alternatives.size()) {
                return CompletableFuture.completedFuture(found);
            }
            return lookupFirst(alternatives.get(next), alternatives, next + 1, abandoned);
        });
    }
}
