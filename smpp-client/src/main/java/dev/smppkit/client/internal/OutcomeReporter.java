package dev.smppkit.client.internal;

import dev.smppkit.client.EsmeStats;
import dev.smppkit.client.QueuedMessage;
import dev.smppkit.client.ShutdownException;
import dev.smppkit.client.SubmitOutcome;
import dev.smppkit.codec.text.LogSafe;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends taken messages: tells the hook, then the broker, then any {@code Esme.submit} caller, and counts, so that
 * {@code taken == accepted + rejected + failed + released + in progress} always holds. Thread-safe; one per client.
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
    final LongAdder released = new LongAdder();
    final LongAdder receipts = new LongAdder();
    final LongAdder receiptsMatched = new LongAdder();
    final LongAdder incoming = new LongAdder();

    private final ConcurrentHashMap<String, CompletableFuture<SubmitOutcome>> waiting = new ConcurrentHashMap<>();
    // Outcomes nobody waited for yet: covers a submit() whose enqueue completes after the message already ended.
    // Guarded by itself. A lock is the right tool here: the map is touched from several threads at once (whichever
    // thread completes broker.complete, often an event loop; and submit() callers in await), each time for one O(1)
    // put or remove with no callback inside, so the lock is held for nanoseconds and never across I/O. A lock-free
    // bounded LRU would need two structures kept in step for the same guarantee.
    private final Map<String, SubmitOutcome> recent = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, SubmitOutcome> eldest) {
            return size() > RECENT_OUTCOMES;
        }
    };

    OutcomeReporter(EsmeConfig config, HookInvoker hooks) {
        this.config = config;
        this.hooks = hooks;
    }

    /** Reports the end of a message: hook first, then the broker, then the submitter. */
    void finish(QueuedMessage message, SubmitOutcome outcome) {
        if (outcome instanceof SubmitOutcome.Accepted) {
            accepted.increment();
        } else if (outcome instanceof SubmitOutcome.Rejected) {
            rejected.increment();
        } else {
            failed.increment();
            hooks.sendError(message, ((SubmitOutcome.Failed) outcome).error());
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
                                "broker.complete failed for message {}: {}",
                                message.id(),
                                LogSafe.escape(String.valueOf(outcome)),
                                e);
                    }
                    notifySubmitter(message.id(), outcome);
                });
    }

    /** Gives a message back to the broker (it was not written, or the in-flight policy says so). */
    void release(QueuedMessage message, Duration delay) {
        released.increment();
        config.broker().release(message, delay).whenComplete((v, e) -> {
            if (e != null) {
                log.error("broker.release failed for message {}", message.id(), e);
            }
        });
    }

    private void notifySubmitter(String id, SubmitOutcome outcome) {
        CompletableFuture<SubmitOutcome> f = waiting.remove(id);
        if (f != null) {
            f.complete(outcome);
            return;
        }
        synchronized (recent) {
            recent.put(id, outcome);
        }
        f = waiting.remove(id); // registered meanwhile
        if (f != null) {
            f.complete(outcome);
        }
    }

    /** The future of a message queued by {@code Esme.submit}. */
    CompletableFuture<SubmitOutcome> await(String id) {
        CompletableFuture<SubmitOutcome> f = new CompletableFuture<>();
        waiting.put(id, f);
        SubmitOutcome done;
        synchronized (recent) {
            done = recent.remove(id);
        }
        if (done != null && waiting.remove(id, f)) {
            f.complete(done);
        }
        return f;
    }

    /** Fails every submit() future still waiting (the client stopped). */
    void failWaiting() {
        waiting.forEach((id, f) -> {
            if (waiting.remove(id, f)) {
                f.completeExceptionally(new ShutdownException("client stopped before message " + id + " was sent"));
            }
        });
    }

    EsmeStats snapshot() {
        // Read the outcome counters before taken, so a concurrent take can only make inProgress larger, never negative.
        long a = accepted.sum();
        long r = rejected.sum();
        long f = failed.sum();
        long rel = released.sum();
        return new EsmeStats(taken.sum(), a, r, f, rel, receipts.sum(), receiptsMatched.sum(), incoming.sum());
    }
}
