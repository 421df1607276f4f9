package dev.smppkit.client.internal;

import io.netty.util.HashedWheelTimer;
import io.netty.util.Timeout;
import io.netty.util.Timer;
import io.netty.util.TimerTask;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * One client's view of the {@link SharedWheel}: a {@link Timer} that behaves as if the client owned it. After {@link
 * #stop()} a new timeout is refused with {@link IllegalStateException}, as a stopped wheel would (callers take that as
 * "the client is stopping"), and a timeout already set does not run: its task would reach event loops and
 * collaborators that are shut down. Timeouts of a stopped client stay in the shared wheel until they are due, cancelled
 * or not; each is a few dozen bytes and at most a hook timeout long.
 *
 * <p>Per client; thread-safe.
 */
final class ClientTimer implements Timer {
    private volatile HashedWheelTimer wheel; // null before start and after stop
    private volatile boolean stopped;

    /** Takes a hold on the shared wheel; timeouts can be set from now on. */
    synchronized void start() {
        if (wheel == null && !stopped) {
            wheel = SharedWheel.acquire();
        }
    }

    @Override
    public Timeout newTimeout(TimerTask task, long delay, TimeUnit unit) {
        HashedWheelTimer w = wheel;
        if (w == null || stopped) {
            throw new IllegalStateException(stopped ? "the client has stopped" : "the client has not started");
        }
        return w.newTimeout(new Guarded(task), delay, unit);
    }

    /**
     * Refuses new timeouts, drops the pending ones and gives the shared wheel back.
     *
     * @return always empty: the pending timeouts are not handed out, as nobody would run them
     */
    @Override
    public synchronized Set<Timeout> stop() {
        stopped = true;
        HashedWheelTimer w = wheel;
        wheel = null;
        if (w != null) {
            SharedWheel.release(w);
        }
        return Set.of();
    }

    /** Runs the task only while its client has not stopped. */
    private final class Guarded implements TimerTask {
        private final TimerTask task;

        Guarded(TimerTask task) {
            this.task = task;
        }

        @Override
        public void run(Timeout timeout) throws Exception {
            if (!stopped) {
                task.run(timeout);
            }
        }
    }
}
