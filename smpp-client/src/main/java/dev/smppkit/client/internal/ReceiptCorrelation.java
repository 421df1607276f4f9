package dev.smppkit.client.internal;

import dev.smppkit.client.Correlator;
import dev.smppkit.client.InboundOptions;
import dev.smppkit.client.QueuedMessage;
import dev.smppkit.client.ReceiptEvent;
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
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Receipt correlation, both halves: {@link #track} stores an accepted segment in the {@link Correlator} under the
 * {@link MessageIds#key key} of the id the SMSC gave it (lower case, no leading zeros for a hex or decimal id), and
 * {@link #match} finds a receipt's segment again under the keys of its id and its other spellings ({@link
 * MessageIds#lookupKeys}) and, once, a little later: a receipt can overtake the store of its own submit_sm_resp, so an
 * unmatched one is held for {@link InboundOptions#unmatchedReceiptWait()} (at most {@link
 * InboundOptions#maxHeldReceipts()} at once; beyond that it is unmatched at once). Holding is a timer, never a wait on
 * the event loop. Keys are scoped by this client's correlation scope. It also owns the client's {@link
 * ReceiptDeduplicator}.
 *
 * <p>Per client; thread-safe (the held count is atomic; the entries are the correlator's).
 */
final class ReceiptCorrelation {
    /** How long an unmatched receipt waits before its one more lookup, by default. */
    static final Duration UNMATCHED_RETRY = InboundOptions.defaults().unmatchedReceiptWait();

    private final Correlator correlator;
    private final String systemId;
    private final Timer timer;
    private final RepeatingFailureLog failures;
    private final long waitMillis;
    private final int maxHeld;
    private final boolean otherBase;
    private final boolean forgetFinal;
    private final ReceiptDeduplicator dedup;
    private final PendingRemovals removals;
    // per client, any thread: receipts waiting for their second lookup now
    private final AtomicInteger held = new AtomicInteger();

    ReceiptCorrelation(Correlator correlator, String systemId, Timer timer, RepeatingFailureLog failures) {
        this(correlator, systemId, timer, failures, InboundOptions.defaults());
    }

    ReceiptCorrelation(
            Correlator correlator, String systemId, Timer timer, RepeatingFailureLog failures, InboundOptions options) {
        this(correlator, systemId, timer, failures, options, PendingRemovals.DEFAULT_DELAY);
    }

    /** {@code removalDelay}: how many later final receipts an entry's removal waits for ({@link PendingRemovals}). */
    ReceiptCorrelation(
            Correlator correlator,
            String systemId,
            Timer timer,
            RepeatingFailureLog failures,
            InboundOptions options,
            int removalDelay) {
        this.correlator = correlator;
        this.systemId = systemId;
        this.timer = timer;
        this.failures = failures;
        // at most half the hook timeout, which also runs meanwhile: the receipt must still have time for the hook
        this.waitMillis = Math.min(
                options.unmatchedReceiptWait().toMillis(), options.hookTimeout().toMillis() / 2);
        this.maxHeld = options.maxHeldReceipts();
        this.otherBase = options.receiptIdsInOtherBase();
        this.forgetFinal = options.forgetAfterFinalReceipt();
        this.dedup = new ReceiptDeduplicator(
                options.receiptDedupWindow().toNanos(), options.receiptDedupMaxEntries(), System::nanoTime);
        this.removals = new PendingRemovals(removalDelay, this::remove);
    }

    /**
     * Who waits for a {@link #match}: as a supplier, whether nobody waits any more; told the key the entry was found
     * under, so that it can be {@link #forget forgotten} later.
     */
    interface Lookup extends BooleanSupplier {
        /** The lookup found the segment under {@code key}; called before the match's stage completes. */
        default void foundUnder(String key) {}
    }

    /**
     * Whether the entry a receipt was found under goes once the hook took it: the receipt is {@linkplain
     * ReceiptEvent#isFinal() final} and {@link InboundOptions#forgetAfterFinalReceipt()} is on.
     */
    boolean forgets(ReceiptEvent event) {
        return forgetFinal && event.isFinal();
    }

    /**
     * Removes the entry found under {@code key} once the hook took its final receipt, after the {@link
     * PendingRemovals} delay, so that a repeat sent to a restarted process still finds it. Any thread.
     */
    void forget(String key) {
        removals.add(key);
    }

    /** Removals held back now. */
    int pendingRemovals() {
        return removals.size();
    }

    /** Removes the entry now; a failure is logged (the entry then expires in the correlator's own time). */
    private void remove(String key) {
        CompletionStage<Void> removed;
        try {
            removed = correlator.remove(systemId, key);
        } catch (RuntimeException e) {
            removed = CompletableFuture.failedFuture(e);
        }
        logFailure(
                removed,
                RepeatingFailureLog.Level.WARN,
                "correlator.remove failed",
                () -> "for " + LogSafe.escape(key) + "; the entry stays until it expires");
    }

    /** Logs the failure of a correlator write nobody waits for; a stage already complete costs no callback. */
    private void logFailure(
            CompletionStage<Void> stage, RepeatingFailureLog.Level level, String kind, Supplier<String> detail) {
        if (stage == null) { // a correlator that broke its contract: said, not a NullPointerException on the loop
            failures.record(level, kind, detail.get() + " (the correlator returned null)", null);
            return;
        }
        if (Stages.doneNormally(stage)) {
            return; // an in-memory correlator: nothing to wait for
        }
        stage.whenComplete((v, e) -> {
            if (e != null) {
                failures.record(level, kind, detail.get(), e);
            }
        });
    }

    /** The client's receipt deduplicator. */
    ReceiptDeduplicator dedup() {
        return dedup;
    }

    /** Receipts held for their second lookup now. */
    int held() {
        return held.get();
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
        CompletionStage<Void> stored = correlator.put(systemId, MessageIds.key(messageId), tracking);
        logFailure(
                stored,
                RepeatingFailureLog.Level.ERROR,
                "correlator.put failed",
                () -> "for " + LogSafe.escape(messageId) + "; its receipt will arrive unmatched");
    }

    /**
     * The tracking of the segment {@code receipt} is about: looked up under each of its {@link MessageIds#lookupKeys
     * lookup keys} in turn, then all of them once more after the unmatched-receipt wait if fewer than the most
     * receipts are held already. Empty if none is known; fails if the correlator does. Stops looking (empty) as soon as
     * {@code abandoned} says nobody waits for the answer any more, so a correlator that may be closing gets no more
     * work.
     */
    CompletionStage<Optional<Tracking>> match(DeliveryReceipt receipt, Lookup abandoned) {
        if (abandoned.getAsBoolean()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        // the id's own key first, alone: it nearly always matches, and the other spellings cost a BigInteger or two
        String first = MessageIds.key(receipt.id());
        CompletionStage<Optional<Tracking>> lookup = correlator.get(systemId, first);
        if (Stages.doneNormally(lookup) && lookup.toCompletableFuture().join().isPresent()) {
            abandoned.foundUnder(first);
            return lookup; // an in-memory correlator's hit: no stage to chain
        }
        return lookup.thenCompose(found -> {
            if (found.isPresent()) {
                abandoned.foundUnder(first);
                return lookup;
            }
            return afterMiss(receipt, abandoned);
        });
    }

    /** {@link #match} after the id's own key missed: its other keys, then all of them once more after the wait. */
    private CompletionStage<Optional<Tracking>> afterMiss(DeliveryReceipt receipt, Lookup abandoned) {
        List<String> keys = MessageIds.lookupKeys(receipt.id(), receipt.textId().orElse(null), otherBase);
        // keys.get(0) is the key just looked up
        CompletionStage<Optional<Tracking>> others =
                keys.size() > 1 ? lookupFirst(keys, 1, abandoned) : CompletableFuture.completedFuture(Optional.empty());
        return others.thenCompose(found -> {
            if (found.isPresent() || abandoned.getAsBoolean() || waitMillis == 0) {
                return CompletableFuture.completedFuture(found);
            }
            if (held.incrementAndGet() > maxHeld) {
                held.decrementAndGet(); // bounded: a flood of unknown receipts must not pile up timers
                failures.record(
                        RepeatingFailureLog.Level.WARN,
                        "too many unmatched receipts held",
                        "receipt " + LogSafe.escape(receipt.id()) + " goes to the hook unmatched at once (limit "
                                + maxHeld + ")",
                        null);
                return CompletableFuture.completedFuture(found);
            }
            // A receipt can overtake the correlator write of its submit_sm_resp (an SMSC that answers at once, or
            // another process sharing the correlator): look once more after a short pause before calling it unmatched.
            CompletableFuture<Optional<Tracking>> retry = new CompletableFuture<>();
            try {
                timer.newTimeout(
                        t -> {
                            held.decrementAndGet();
                            lookupFirst(keys, 0, abandoned).whenComplete((v, e) -> {
                                if (e != null) {
                                    retry.completeExceptionally(e);
                                } else {
                                    retry.complete(v);
                                }
                            });
                        },
                        waitMillis,
                        TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException stopped) { // the client is stopping: no more waiting
                held.decrementAndGet();
                return CompletableFuture.completedFuture(found);
            }
            return retry;
        });
    }

    private CompletionStage<Optional<Tracking>> lookupFirst(List<String> keys, int next, Lookup abandoned) {
        if (abandoned.getAsBoolean()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return correlator.get(systemId, keys.get(next)).thenCompose(found -> {
            if (found.isPresent()) {
                abandoned.foundUnder(keys.get(next));
            }
            if (found.isPresent() || next + 1 >= keys.size()) {
                return CompletableFuture.completedFuture(found);
            }
            return lookupFirst(keys, next + 1, abandoned);
        });
    }
}
