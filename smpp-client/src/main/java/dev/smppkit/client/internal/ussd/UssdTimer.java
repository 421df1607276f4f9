package dev.smppkit.client.internal.ussd;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Runs the idle timeouts; the real one is a scheduled executor, tests use a manual one. Thread-safe. */
@FunctionalInterface
public interface UssdTimer {
    /**
     * Runs {@code task} once after {@code delay}.
     *
     * @return a handle to cancel it
     */
    Cancellable schedule(Duration delay, Runnable task);

    /** A timer on a scheduled executor. */
    static UssdTimer of(ScheduledExecutorService executor) {
        return (delay, task) -> {
            var future = executor.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
            return () -> future.cancel(false);
        };
    }
}
