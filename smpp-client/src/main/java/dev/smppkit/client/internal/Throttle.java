package dev.smppkit.client.internal;

import dev.smppkit.client.Backoff;

/**
 * When the next submit_sm may be written: after the pause the SMSC asked for by throttling (ESME_RTHROTTLED or
 * ESME_RMSGQFUL; each answer in a row pauses longer, per the throttle backoff, until a submission is accepted again)
 * and within the contract's rate limit (the client's {@link RateLimiter}, shared with its other sessions). Only
 * decides; the pump writes and schedules wakeups, and reports the start and end of a throttled period that this class
 * detects.
 *
 * <p>Per connection; event loop only (the rate limiter it asks is per client and thread-safe). Times are
 * {@link System#nanoTime()} values passed in, so tests choose them.
 */
final class Throttle {
    private final Backoff backoff;
    private final RateLimiter limiter; // per client, shared by its sessions; null: no rate limit

    // per connection, event loop only
    private long pausedUntil;
    private int streak; // throttling answers since the last acceptance
    private boolean throttled; // between a throttling answer and the next acceptance

    /**
     * @param limiter the client's rate limit, shared by its sessions; null for none
     * @param backoff the pause after the n-th throttling answer in a row
     */
    Throttle(RateLimiter limiter, Backoff backoff) {
        this.backoff = backoff;
        this.limiter = limiter;
    }

    /**
     * Whether a submission may be written now; if so, it is counted against the rate limit.
     *
     * @return 0 if it may (and was counted), else the nanoseconds to wait before asking again
     */
    long acquire(long nowNanos) {
        if (paused(nowNanos)) {
            return pausedUntil - nowNanos;
        }
        return limiter != null ? limiter.acquire(nowNanos) : 0;
    }

    /** Whether a throttling pause is still running (nothing should be written or taken). */
    boolean paused(long nowNanos) {
        return nowNanos - pausedUntil < 0;
    }

    /**
     * The SMSC throttled a submission: pause, longer for each throttling answer in a row.
     *
     * @return whether this starts a throttled period (the first throttling answer since an acceptance)
     */
    boolean onThrottled(long nowNanos) {
        streak++;
        pausedUntil = nowNanos + backoff.delay(streak).toNanos();
        if (throttled) {
            return false;
        }
        throttled = true;
        return true;
    }

    /**
     * The SMSC accepted a submission: the streak is over.
     *
     * @return whether this ends a throttled period
     */
    boolean onAccepted() {
        streak = 0;
        if (!throttled) {
            return false;
        }
        throttled = false;
        return true;
    }
}
