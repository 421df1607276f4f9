package dev.smppkit.client.internal;

import io.netty.util.Timeout;
import io.netty.util.Timer;
import io.netty.util.TimerTask;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A {@link Timer} whose time moves only when a test says so: {@link #advance} runs, on the calling thread, every task
 * that has come due and was not cancelled. Single-threaded, like the tests that use it.
 */
final class ManualTimer implements Timer {
    private final List<ManualTimeout> scheduled = new ArrayList<>();
    private long now;

    final class ManualTimeout implements Timeout {
        private final TimerTask task;
        final long due;
        private boolean cancelled;
        private boolean expired;

        ManualTimeout(TimerTask task, long due) {
            this.task = task;
            this.due = due;
        }

        @Override
        public Timer timer() {
            return ManualTimer.this;
        }

        @Override
        public TimerTask task() {
            return task;
        }

        @Override
        public boolean isExpired() {
            return expired;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public boolean cancel() {
            if (expired || cancelled) {
                return false;
            }
            cancelled = true;
            return true;
        }
    }

    private boolean stopped;

    @Override
    public Timeout newTimeout(TimerTask task, long delay, TimeUnit unit) {
        if (stopped) {
            throw new IllegalStateException("cannot be started once stopped"); // as HashedWheelTimer
        }
        ManualTimeout t = new ManualTimeout(task, now + unit.toNanos(delay));
        scheduled.add(t);
        return t;
    }

    /** Moves time on by {@code amount} and runs what came due, in order of due time. */
    void advance(long amount, TimeUnit unit) {
        now += unit.toNanos(amount);
        List<ManualTimeout> due = scheduled.stream()
                .filter(t -> !t.cancelled && t.due <= now)
                .sorted((a, b) -> Long.compare(a.due, b.due))
                .toList();
        scheduled.removeAll(due);
        for (ManualTimeout t : due) {
            t.expired = true;
            try {
                t.task.run(t);
            } catch (Exception e) {
                throw new AssertionError("a timer task threw", e);
            }
        }
    }

    /** Timeouts set and neither expired nor cancelled. */
    int pending() {
        return (int) scheduled.stream().filter(t -> !t.cancelled).count();
    }

    @Override
    public Set<Timeout> stop() {
        stopped = true;
        return Set.of();
    }
}
