package dev.smppkit.client.internal;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The client's maximum send rate (an SMSC contract's TPS), shared by all its sessions: the generic cell rate algorithm
 * (GCRA) by virtual scheduling, lock-free. One {@link AtomicLong} holds the theoretical arrival time (TAT) of the next
 * submission at the contract rate; a submission conforms if it comes no more than the burst tolerance before it, and
 * then moves the TAT one emission interval on (from now, if the TAT lies in the past). Equivalent to a token bucket
 * of one second's worth of tokens (at least one), refilled at the rate, but one compare-and-set per grant and no
 * lock, so sessions on different event loops never wait for each other.
 *
 * <p>The first submission goes at once and nothing else before one interval has passed (the bucket starts with one
 * token, not full); after a quiet spell at most one second's worth goes at once. Over any interval of length
 * {@code d} at most {@code rate * d + burst} are granted, {@code burst} being one second's worth.
 *
 * <p>Per client; thread-safe. Times are {@link System#nanoTime()} values passed in, so tests choose them.
 */
final class RateLimiter {
    /** The TAT before the first grant: the first caller starts the schedule at its own time. */
    private static final long UNSTARTED = Long.MIN_VALUE;

    private final long interval; // nanoseconds between submissions at the rate (rounded up: never faster)
    private final long tolerance; // how far ahead of the TAT a submission may come: one second's worth, less one

    private final AtomicLong tat = new AtomicLong(UNSTARTED);

    /** @param ratePerSecond above 0 */
    RateLimiter(double ratePerSecond) {
        if (!(ratePerSecond > 0)) {
            throw new IllegalArgumentException("rate is " + ratePerSecond + "; must be above 0");
        }
        this.interval = Math.max(1, (long) Math.ceil(1e9 / ratePerSecond));
        long burst = Math.max(1, (long) Math.floor(ratePerSecond)); // submissions allowed at once after a pause
        this.tolerance = (burst - 1) * interval;
    }

    /**
     * Grants one submission now if the rate allows it.
     *
     * @return 0 if granted (and counted), else the nanoseconds to wait before asking again (at least 1); another
     *     caller may take that slot first, so the answer after the wait may be another wait
     */
    long acquire(long nowNanos) {
        while (true) {
            long current = tat.get();
            // unstarted: as if the whole tolerance were used up, so the first goes at once and no burst follows it
            long theoretical = current == UNSTARTED ? nowNanos + tolerance : current;
            long allowedAt = theoretical - tolerance;
            if (nowNanos - allowedAt < 0) {
                return allowedAt - nowNanos;
            }
            // nanoTime values compare by difference: they may wrap
            long next = (nowNanos - theoretical > 0 ? nowNanos : theoretical) + interval;
            if (tat.compareAndSet(current, next)) {
                return 0;
            }
        }
    }

    /** Nanoseconds between submissions at the rate. */
    long interval() {
        return interval;
    }

    /** How many submissions may go at once after a quiet spell: one second's worth, at least one. */
    long burst() {
        return tolerance / interval + 1;
    }
}
