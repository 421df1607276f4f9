package dev.smppkit.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Group commit: single operations (complete a message, store a correlation, ...) queue here and are written many to
 * a transaction, so that one round trip and one commit serve a whole burst. At most {@code maxConcurrent} batches
 * are in flight; while they run, new operations gather for the next one. A batch is taken from the queue only when a
 * pool thread is ready to run it, so a slow database makes batches bigger rather than queues longer.
 *
 * <p>Thread-safe.
 *
 * @param <I> an operation
 * @param <O> its result
 */
public final class BatchQueue<I, O> {
    /** Writes a batch in one transaction and returns one result per item, in order, or a {@link Failure}. */
    @FunctionalInterface
    public interface Handler<I> {
        List<?> run(Connection c, List<I> items) throws SQLException;
    }

    /** The result of an item that failed on its own (e.g. a lease that was lost); the others are unaffected. */
    public record Failure(RuntimeException error) {}

    private record Pending<I, O>(I item, CompletableFuture<O> future) {}

    private final String what;
    private final JdbcExecutor executor;
    private final Handler<I> handler;
    private final int maxBatch;
    private final int maxConcurrent;
    private final ConcurrentLinkedQueue<Pending<I, O>> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger flushing = new AtomicInteger();

    public BatchQueue(String what, JdbcExecutor executor, int maxBatch, int maxConcurrent, Handler<I> handler) {
        this.what = what;
        this.executor = executor;
        this.handler = handler;
        this.maxBatch = maxBatch;
        this.maxConcurrent = maxConcurrent;
    }

    /** Queues an operation; the future completes after the transaction holding it commits (or fails). */
    public CompletableFuture<O> submit(I item) {
        CompletableFuture<O> future = new CompletableFuture<>();
        queue.add(new Pending<>(item, future));
        maybeFlush();
        return future;
    }

    private void maybeFlush() {
        while (!queue.isEmpty()) {
            int f = flushing.get();
            if (f >= maxConcurrent) {
                return; // a running batch flushes again when it ends
            }
            if (flushing.compareAndSet(f, f + 1)) {
                flush();
                return;
            }
        }
    }

    private void flush() {
        List<Pending<I, O>> batch = new ArrayList<>();
        executor.submit(what, c -> {
                    if (batch.isEmpty()) { // drained once: a retried transaction writes the same batch again
                        Pending<I, O> p;
                        while (batch.size() < maxBatch && (p = queue.poll()) != null) {
                            batch.add(p);
                        }
                    }
                    if (batch.isEmpty()) {
                        return List.of();
                    }
                    List<I> items = new ArrayList<>(batch.size());
                    batch.forEach(p -> items.add(p.item()));
                    return handler.run(c, items);
                })
                .whenComplete((results, error) -> {
                    flushing.decrementAndGet();
                    if (error != null && batch.isEmpty()) {
                        failQueued(error); // never ran: the executor is closed or full
                    }
                    complete(batch, results, error);
                    maybeFlush();
                });
    }

    @SuppressWarnings("unchecked")
    private void complete(List<Pending<I, O>> batch, List<?> results, Throwable error) {
        for (int i = 0; i < batch.size(); i++) {
            CompletableFuture<O> f = batch.get(i).future();
            if (error != null) {
                f.completeExceptionally(error);
            } else if (results.get(i) instanceof Failure failure) {
                f.completeExceptionally(failure.error());
            } else {
                f.complete((O) results.get(i));
            }
        }
    }

    private void failQueued(Throwable error) {
        Pending<I, O> p;
        while ((p = queue.poll()) != null) {
            p.future().completeExceptionally(error);
        }
    }
}
