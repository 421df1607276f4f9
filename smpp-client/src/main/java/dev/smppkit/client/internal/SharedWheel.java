package dev.smppkit.client.internal;

import io.netty.util.HashedWheelTimer;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * The one {@link HashedWheelTimer} of this JVM's clients, started when the first client starts and stopped when the
 * last one stops. A wheel costs a thread that ticks every 10 ms; one per client made an aggregator with a thousand
 * single-bind accounts run a thousand ticking threads (and Netty warns beyond 64 wheels). Every client reaches it
 * through its own {@link ClientTimer}, which keeps the per-client "stopped" semantics the client relies on.
 *
 * <p>Per JVM; thread-safe (every method holds the class lock).
 */
final class SharedWheel {
    /** How often the wheel looks for due timeouts: request, hook and reassembly timeouts are seconds long. */
    static final long TICK_MILLIS = 10;

    private static HashedWheelTimer wheel; // null while no client holds it
    private static int holders;

    private SharedWheel() {}

    /** The running wheel, counted as held once more until {@link #release} is called. */
    static synchronized HashedWheelTimer acquire() {
        if (wheel == null) {
            wheel = new HashedWheelTimer(
                    new DefaultThreadFactory("smppkit-timer", true), TICK_MILLIS, TimeUnit.MILLISECONDS);
            wheel.start();
        }
        holders++;
        return wheel;
    }

    /** Gives a hold back; the last one stops the wheel (its pending timeouts belong to stopped clients). */
    static synchronized void release(HashedWheelTimer held) {
        if (held != wheel || holders == 0) {
            return; // a wheel already stopped and replaced: nothing to count
        }
        if (--holders == 0) {
            wheel = null;
            stopOffItsThread(held);
        }
    }

    /** How many clients hold the wheel now; for tests. */
    static synchronized int holders() {
        return holders;
    }

    private static void stopOffItsThread(HashedWheelTimer w) {
        try {
            w.stop();
        } catch (IllegalStateException e) {
            // released from one of the wheel's own tasks (a client whose stop completed on the timer thread): a
            // wheel cannot stop itself, so a short-lived thread does it
            Thread t = new Thread(w::stop, "smppkit-timer-stop");
            t.setDaemon(true);
            t.start();
        }
    }
}
