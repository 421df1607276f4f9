package dev.smppkit.client.internal;

import dev.smppkit.client.ShutdownException;
import dev.smppkit.client.SubmitOutcome;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The futures of {@code submit} callers, keyed by broker id: completed when their message ends. Covers a submit
 * whose enqueue completes only after the message already ended, by remembering the last few thousand outcomes nobody
 * waited for yet. Thread-safe; one per client (or gateway).
 */
public final class SubmitterRegistry {
    private static final int RECENT_OUTCOMES = 4096;

    private final ConcurrentHashMap<String, CompletableFuture<SubmitOutcome>> waiting = new ConcurrentHashMap<>();
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

    /** A message ended: completes its submitter's future, or remembers the outcome for a submitter still to come. */
    public void notify(String id, SubmitOutcome outcome) {
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

    /** The future of a message queued by {@code submit}. */
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
