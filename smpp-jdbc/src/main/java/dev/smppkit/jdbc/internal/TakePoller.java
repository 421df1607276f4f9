package dev.smppkit.jdbc.internal;

import dev.smppkit.client.QueuedMessage;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Turns {@code Broker.take} into database polls. A take claims at once; if nothing is due it polls again after a
 * delay that doubles with every empty poll (shared by all takes of the broker, so an idle broker asks the database
 * only every {@code maxPoll}), and completes with an empty list once {@code maxWait} has passed. Messages queued or
 * released by this process wake the waiting takes at once ({@link #wakeUp}); those of other processes are found by
 * the next poll. A take cancelled while its claim runs gives the claimed messages back through {@code unclaim}.
 *
 * <p>Thread-safe: takes are called from event loops, claims complete on JDBC threads, polls run on the timer.
 */
public final class TakePoller {
    private final ScheduledExecutorService timer;
    private final IntFunction<CompletableFuture<List<QueuedMessage>>> claim;
    private final Consumer<List<QueuedMessage>> unclaim;
    private final long minPollNanos;
    private final long maxPollNanos;
    private final long maxWaitNanos;
    private final Set<Request> waiting = ConcurrentHashMap.newKeySet();
    private final AtomicInteger emptyPolls = new AtomicInteger();
    private volatile boolean closed;

    private final class Request {
        final int max;
        final long deadline;
        final CompletableFuture<List<QueuedMessage>> future = new CompletableFuture<>();
        // guarded by this
        ScheduledFuture<?> next;
        boolean claiming;
        boolean woken;

        Request(int max) {
            this.max = max;
            this.deadline = System.nanoTime() + maxWaitNanos;
        }
    }

    public TakePoller(
            ScheduledExecutorService timer,
            IntFunction<CompletableFuture<List<QueuedMessage>>> claim,
            Consumer<List<QueuedMessage>> unclaim,
            Duration minPoll,
            Duration maxPoll,
            Duration maxWait) {
        this.timer = timer;
        this.claim = claim;
        this.unclaim = unclaim;
        this.minPollNanos = minPoll.toNanos();
        this.maxPollNanos = maxPoll.toNanos();
        this.maxWaitNanos = maxWait.toNanos();
    }

    public CompletableFuture<List<QueuedMessage>> take(int max) {
        if (closed) {
            return CompletableFuture.completedFuture(List.of());
        }
        Request r = new Request(max);
        waiting.add(r);
        r.future.whenComplete((v, e) -> {
            waiting.remove(r);
            synchronized (r) {
                if (r.next != null) {
                    r.next.cancel(false); // cancelled by the caller: no more polls
                }
            }
        });
        poll(r);
        return r.future;
    }

    private void poll(Request r) {
        synchronized (r) {
            if (r.future.isDone()) {
                return;
            }
            r.claiming = true;
            r.next = null;
        }
        claim.apply(r.max).whenComplete((batch, error) -> {
            boolean woken;
            synchronized (r) {
                r.claiming = false;
                woken = r.woken;
                r.woken = false;
            }
            if (error != null) {
                r.future.completeExceptionally(error);
            } else if (!batch.isEmpty()) {
                emptyPolls.set(0);
                if (!r.future.complete(batch)) {
                    unclaim.accept(batch); // cancelled meanwhile: the caller must not get them, nor anyone lose them
                }
            } else {
                long remaining = r.deadline - System.nanoTime();
                if (remaining <= 0 || closed) {
                    r.future.complete(List.of());
                } else {
                    schedule(r, woken ? 0 : Math.min(backoff(emptyPolls.incrementAndGet()), remaining));
                }
            }
        });
    }

    private long backoff(int empty) {
        long delay = minPollNanos << Math.min(empty - 1, 30);
        return delay <= 0 || delay > maxPollNanos ? maxPollNanos : delay;
    }

    private void schedule(Request r, long delayNanos) {
        synchronized (r) {
            if (r.future.isDone()) {
                return;
            }
            try {
                r.next = timer.schedule(() -> poll(r), delayNanos, TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException e) { // closed
                r.future.complete(List.of());
            }
        }
    }

    /** Messages became due in this process: waiting takes poll now instead of after their delay. */
    public void wakeUp() {
        emptyPolls.set(0);
        for (Request r : waiting) {
            synchronized (r) {
                if (r.claiming) {
                    r.woken = true; // its claim may have missed them: poll again right after
                } else if (r.next != null && r.next.cancel(false)) {
                    r.next = null;
                    schedule(r, 0);
                }
            }
        }
    }

    /** How many takes are waiting. */
    public int waiting() {
        return waiting.size();
    }

    /** Completes every waiting take with an empty list; later takes complete empty at once. */
    public void close() {
        closed = true;
        for (Request r : waiting) {
            r.future.complete(List.of());
        }
    }
}
