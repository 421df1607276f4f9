package dev.smppkit.client.internal.gateway;

import dev.smppkit.client.gateway.AccountHealth.Circuit;
import dev.smppkit.client.gateway.CircuitBreakerOptions;

/**
 * One account's circuit: closed until {@code failureThreshold} failures in a row, then open for the open duration,
 * then half-open (one trial message) until a success closes it or a failure opens it again. Times are
 * {@link System#nanoTime()} values passed in, so tests choose them. Thread-safe: outcomes arrive on every account
 * event loop; a success on a closed circuit with no failures (nearly every call) takes no lock.
 */
final class CircuitBreaker {
    private final int threshold;
    private final long openNanos;

    private volatile Circuit state = Circuit.CLOSED;
    private volatile int failures; // written under the lock
    private long openedAt; // under the lock

    CircuitBreaker(CircuitBreakerOptions options) {
        this.threshold = options.failureThreshold();
        this.openNanos = options.openDuration().toNanos();
    }

    /** The state now; an open circuit whose time is up becomes half-open. */
    Circuit state(long nowNanos) {
        if (state == Circuit.OPEN) {
            synchronized (this) {
                if (state == Circuit.OPEN && nowNanos - openedAt >= openNanos) {
                    state = Circuit.HALF_OPEN;
                }
            }
        }
        return state;
    }

    /** The account answered sensibly: the failure streak ends and a half-open circuit closes. */
    void onSuccess() {
        if (state == Circuit.CLOSED && failures == 0) {
            return;
        }
        synchronized (this) {
            failures = 0;
            state = Circuit.CLOSED;
        }
    }

    /**
     * A failure (connection, bind, timeout, throttled out, transient status).
     *
     * @return whether this opened the circuit
     */
    synchronized boolean onFailure(long nowNanos) {
        failures++;
        if (state == Circuit.HALF_OPEN || (state == Circuit.CLOSED && failures >= threshold)) {
            state = Circuit.OPEN;
            openedAt = nowNanos;
            return true;
        }
        return false;
    }
}
