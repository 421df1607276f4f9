package dev.smppkit.client.internal;

import dev.smppkit.client.QueuedMessage;
import dev.smppkit.client.ShutdownException;
import dev.smppkit.client.SubmitOutcome;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The futures of {@code submit} callers, keyed by broker id: completed when their message ends. Covers a submit
 * whose enqueue completes only after the message already ended, by remembering the last few thousand outcomes nobody
 * waited for yet, but only while a submit is between its enqueue and its registration here: a client fed only
 * through its broker pays nothing per message. Thread-safe; one per client (or gateway).
 */
public final class SubmitterRegistry {
    private static final int RECENT_OUTCOMES = 4096;

    private final ConcurrentHashMap<String, CompletableFuture<SubmitOutcome>> waiting = new ConcurrentHashMap<>();
    // submits whose enqueue has started and whose future is not yet in waiting: only their messages can end before
    // their submitter registers
    private final AtomicInteger registering = new AtomicInteger();
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

    /**
     * Enqueues a message with {@code enqueue} and returns the future of its outcome: completed by {@link #notify} when
     * the message ends, exceptionally if the enqueue fails (or throws) or by {@link #failWaiting}.
     */
    public CompletableFuture<SubmitOutcome> submit(Supplier<? extends CompletionStage<QueuedMessage>> enqueue) {
        registering.incrementAndGet(); // before the message exists, so before it can end
        CompletionStage<QueuedMessage> queued;
        try {
            queued = enqueue.get();
        } catch (RuntimeException e) {
            registering.decrementAndGet();
            return CompletableFuture.failedFuture(e);
        }
        return queued.toCompletableFuture()
                .handle((q, e) -> {
                    try {
                        return e != null ? CompletableFuture.<SubmitOutcome>failedFuture(e) : await(q.id());
                    } finally {
                        registering.decrementAndGet(); // after await put the future in waiting
                    }
                })
                .thenCompose(f -> f);
    }

    /** A message ended: completes its submitter's future, or remembers the outcome for a submitter still to come. */
    public void notify(String id, SubmitOutcome outcome) {
        // Read before looking in waiting: a submitter of this message that is no longer counted here has already put
        // its future in waiting (it does so before it stops being counted), so the lookup below finds it.
        boolean submitterMayComeLater = registering.get() > 0;
        CompletableFuture<SubmitOutcome> f = waiting.remove(id);
        if (f != null) {
            f.complete(outcome);
            return;
        }
        if (!submitterMayComeLater) {
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

    /**
     * The future of a message's outcome, registered before its remembered outcome is looked up: for {@link #submit},
     * and for a caller that registers before the message can end.
     */
    public CompletableFuture<SubmitOutcome> await(String id) {
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

    /** Fails every future still waiting (the client stopped). */
    public void failWaiting() {
        waiting.forEach((id, f) -> {
            if (waiting.remove(id, f)) {
                f.completeExceptionally(new ShutdownException("client stopped before message " + id + " was sent"));
            }
        });
    }
}
