package dev.smppkit.client.internal;

import dev.smppkit.client.ClientListener;
import dev.smppkit.client.EsmeStats;
import dev.smppkit.client.OutboundMessage;
import dev.smppkit.client.QueuedMessage;
import dev.smppkit.client.SubmitOutcome;
import dev.smppkit.codec.text.LogSafe;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends taken messages: tells the hook, then the broker, then any {@code Esme.submit} caller, and counts, so that
 * {@code taken == accepted + rejected + failed + expired + released + in progress} always holds. Thread-safe; one per client.
 */
final class OutcomeReporter {
    private static final Logger log = LoggerFactory.getLogger(OutcomeReporter.class);
    private static final int RECENT_OUTCOMES = 4096;

    private final EsmeConfig config;
    private final HookInvoker hooks;
    final LongAdder taken = new LongAdder();
    final LongAdder accepted = new LongAdder();
    final LongAdder rejected = new LongAdder();
    final LongAdder failed = new LongAdder();
    final LongAdder expired = new LongAdder();
    final LongAdder released = new LongAdder();
    final LongAdder receipts = new LongAdder();
    final LongAdder receiptsMatched = new LongAdder();
    final LongAdder incoming = new LongAdder();

    private final SubmitterRegistry submitters = new SubmitterRegistry();

    OutcomeReporter(EsmeConfig config, HookInvoker hooks) {
        this.config = config;
        this.hooks = hooks;
    }

    /**
     * Counts an incoming message about to go to the hook (whole, or given up incomplete) and tells the instrumentation
     * listener, so that its count and {@code stats().incoming()} agree whichever path delivered it.
     */
    void incoming(int segments) {
        incoming.increment();
        ClientListener listener = config.listenerOrNull();
        if (listener != null) {
            listener.inboundMessage(config.name(), segments);
        }
    }

    /** Reports the end of a message: hook first, then the broker, then the submitter. */
    void finish(QueuedMessage message, SubmitOutcome outcome) {
        if (outcome instanceof SubmitOutcome.Accepted) {
            accepted.increment();
        } else if (outcome instanceof SubmitOutcome.Rejected) {
            rejected.increment();
        } else if (outcome instanceof SubmitOutcome.Failed f) {
            failed.increment();
            hooks.sendError(message, f.error());
        } else {
            expired.increment();
        }
        // A hook that never completes must not keep the message in flight forever: give up after the hook timeout.
        hooks.callWithTimeout("onSubmitOutcome", () -> hooks.hook().onSubmitOutcome(message, outcome))
                .handle((v, e) -> {
                    if (e != null) {
                        hooks.failed("onSubmitOutcome", "for message " + LogSafe.escape(message.id()), e);
                    }
                    return null;
                })
                .thenCompose(v -> config.broker().complete(message, outcome))
                .whenComplete((v, e) -> {
                    if (e != null) {
                        log.error(
                                "[{}] broker.complete failed for message {}: {}",
                                config.name(),
                                message.id(),
                                LogSafe.escape(String.valueOf(outcome)),
                                e);
                    }
                    submitters.notify(message.id(), outcome);
                });
    }

    /** Gives a message back to the broker (it was not written, or the in-flight policy says so). */
    void release(QueuedMessage message, Duration delay) {
        released.increment();
        config.broker().release(message, delay).whenComplete((v, e) -> {
            if (e != null) {
                log.error("[{}] broker.release failed for message {}", config.name(), message.id(), e);
            }
        });
    }

    /**
     * The future of a message's outcome, for a caller that registers before the message can end (its outcome is
     * not remembered for a later caller unless a {@link #submit} is underway).
     */
    CompletableFuture<SubmitOutcome> await(String id) {
        return submitters.await(id);
    }

    /** Queues a message for {@code Esme.submit} and returns the future of its outcome. */
    CompletableFuture<SubmitOutcome> submit(OutboundMessage message) {
        return submitters.submit(() -> config.broker().enqueue(message));
    }

    /** Fails every submit() future still waiting (the client stopped). */
    void failWaiting() {
        submitters.failWaiting();
    }

    EsmeStats snapshot() {
        // Read the outcome counters before taken, so a concurrent take can only make inProgress larger, never negative.
        long a = accepted.sum();
        long r = rejected.sum();
        long f = failed.sum();
        long x = expired.sum();
        long rel = released.sum();
        return new EsmeStats(taken.sum(), a, r, f, x, rel, receipts.sum(), receiptsMatched.sum(), incoming.sum());
    }
}
