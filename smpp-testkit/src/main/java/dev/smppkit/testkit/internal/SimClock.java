package dev.smppkit.testkit.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The time the message store lives by: when a message was submitted, when its scheduled delivery, validity and final
 * state fall, and the timers that send its receipts then. The system clock runs timers on the event loop; the manual
 * clock (for tests, so that a test of a delivery scheduled an hour ahead does not wait an hour) stands still until
 * {@link #advance} moves it and runs the timers that fell due.
 */
public abstract class SimClock {
    private SimClock() {}

    /**
     * The wall clock, with timers on the event loops.
     *
     * @return the system clock
     */
    public static SimClock system() {
        return SystemClock.INSTANCE;
    }

    /**
     * A clock that stands at {@code start} until advanced.
     *
     * @param start the time it shows first
     * @return a new manual clock
     */
    public static SimClock manual(Instant start) {
        return new Manual(Objects.requireNonNull(start, "start"));
    }

    /** Now, by this clock. */
    abstract Instant now();

    /** A monotonic reading in nanoseconds, comparable only with other readings of this clock. */
    abstract long nanoTime();

    /** Runs the task on the loop once the delay has passed by this clock; cancel the future to drop it. */
    abstract Future<?> schedule(ScheduledExecutorService loop, Runnable task, long delayNanos);

    /**
     * Moves a manual clock forward and runs the timers that fell due, each on its loop, waiting for them to finish.
     * Call it from a test thread, never from a simulator thread.
     *
     * @param by how far to move it
     * @throws IllegalStateException if this is the system clock, or a due timer did not finish within 10 seconds
     */
    public void advance(Duration by) {
        throw new IllegalStateException("the simulator runs on the system clock; build it with manualClock(start)");
    }

    private static final class SystemClock extends SimClock {
        static final SystemClock INSTANCE = new SystemClock();

        @Override
        Instant now() {
            return Instant.now();
        }

        @Override
        long nanoTime() {
            return System.nanoTime();
        }

        @Override
        Future<?> schedule(ScheduledExecutorService loop, Runnable task, long delayNanos) {
            return loop.schedule(task, delayNanos, TimeUnit.NANOSECONDS);
        }

        @Override
        public String toString() {
            return "system clock";
        }
    }

    private static final class Manual extends SimClock {
        private final Instant start;
        // guarded by this
        private long nanos;
        private long sequence;
        private final PriorityQueue<Timer> timers = new PriorityQueue<>();

        Manual(Instant start) {
            this.start = start;
        }

        @Override
        synchronized Instant now() {
            return start.plusNanos(nanos);
        }

        @Override
        synchronized long nanoTime() {
            return nanos;
        }

        @Override
        synchronized Future<?> schedule(ScheduledExecutorService loop, Runnable task, long delayNanos) {
            if (loop.isShutdown()) {
                throw new RejectedExecutionException("the loop is shut down");
            }
            Timer t = new Timer(nanos + Math.max(0, delayNanos), sequence++, loop, task);
            timers.add(t);
            return t.cancel;
        }

        @Override
        public void advance(Duration by) {
            if (by.isNegative()) {
                throw new IllegalArgumentException("by must not be negative: " + by);
            }
            List<Timer> due = new ArrayList<>();
            synchronized (this) {
                nanos += by.toNanos();
                while (!timers.isEmpty() && timers.peek().dueNanos <= nanos) {
                    due.add(timers.poll());
                }
            }
            for (Timer t : due) {
                if (t.cancel.isCancelled()) {
                    continue;
                }
                Future<?> run;
                try {
                    run = submit(t.loop, t.task);
                } catch (RejectedExecutionException e) {
                    continue; // the simulator is closing
                }
                try {
                    run.get(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while running due timers", e);
                } catch (ExecutionException | TimeoutException e) {
                    throw new IllegalStateException("a due timer failed or did not finish", e);
                }
            }
        }

        private static Future<?> submit(Executor loop, Runnable task) {
            return CompletableFuture.runAsync(task, loop);
        }

        @Override
        public synchronized String toString() {
            return "manual clock at " + now();
        }
    }

    /** A task due at a reading of the manual clock; ordered by due time, then by when it was scheduled. */
    private record Timer(
            long dueNanos, long sequence, ScheduledExecutorService loop, Runnable task, CompletableFuture<Void> cancel)
            implements Comparable<Timer> {
        Timer(long dueNanos, long sequence, ScheduledExecutorService loop, Runnable task) {
            this(dueNanos, sequence, loop, task, new CompletableFuture<>());
        }

        @Override
        public int compareTo(Timer o) {
            int c = Long.compare(dueNanos, o.dueNanos);
            return c != 0 ? c : Long.compare(sequence, o.sequence);
        }
    }
}
