package dev.smppkit.client.internal;

import io.netty.util.Timeout;
import io.netty.util.Timer;
import io.netty.util.TimerTask;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A {@link Timer} for tests whose time moves only when the test says so: {@link #advance} runs, in the calling
 * thread, every timeout that is due by then and not cancelled. Not thread-safe: one test thread.
 */
final class ManualTimer implements Timer {
    private final List<Scheduled> scheduled = new ArrayList<>();
    private long now;
    private boolean stopped;

    final class Scheduled implements Timeout {
        final TimerTask task;
        final long due;
        private boolean cancelled;
        private boolean expired;

        Scheduled(TimerTask task, long due) {
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

    @Override
    public Timeout newTimeout(TimerTask task, long delay, TimeUnit unit) {
        if (stopped) {
            throw new IllegalStateException("cannot be started once stopped");
        }
        Scheduled s = new Scheduled(task, now + unit.toNanos(delay));
        scheduled.add(s);
        return s;
    }

    /** Moves time on by {@code delay} and runs what is due, earliest first. */
    void advance(long delay, TimeUnit unit) {
        now += unit.toNanos(delay);
        while (true) {
            Scheduled next = null;
            for (Scheduled s : scheduled) {
                if (!s.cancelled && !s.expired && s.due <= now && (next == null || s.due < next.due)) {
                    next = s;
                }
            }
            if (next == null) {
                return;
            }
            next.expired = true;
            try {
                next.task.run(next);
            } catch (Exception e) {
                throw new AssertionError("timer task threw", e);
            }
        }
    }

    /** How many timeouts are neither run nor cancelled. */
    long pending() {
        return scheduled.stream().filter(s -> !s.cancelled && !s.expired).count();
    }

    @Override
    public Set<Timeout> stop() {
        stopped = true;
        return Set.of();
    }
}
