package dev.smppkit.client.internal;

/**
 * A token bucket for a maximum send rate (an SMSC contract's TPS): {@code rate} tokens a second, holding at most one
 * second's worth so a pause does not allow a burst beyond the contract. Not thread-safe: one per session, event loop
 * only.
 */
final class TokenBucket {
    private final double ratePerNano;
    private final double capacity;
    private double tokens;
    private long lastRefill;

    /** @param ratePerSecond above 0 */
    TokenBucket(double ratePerSecond, long nowNanos) {
        this.ratePerNano = ratePerSecond / 1e9;
        this.capacity = Math.max(1.0, ratePerSecond);
        this.tokens = 1.0; // start with one: the first message goes at once, no burst after connecting
        this.lastRefill = nowNanos;
    }

    /** Takes a token if one is available now. */
    boolean tryAcquire(long nowNanos) {
        refill(nowNanos);
        if (tokens >= 1.0) {
            tokens -= 1.0;
            return true;
        }
        return false;
    }

    /** Nanoseconds from {@code nowNanos} until a token is available. */
    long nanosUntilToken(long nowNanos) {
        refill(nowNanos);
        return tokens >= 1.0 ? 0 : (long) Math.ceil((1.0 - tokens) / ratePerNano);
    }

    private void refill(long nowNanos) {
        long elapsed = nowNanos - lastRefill;
        if (elapsed > 0) {
            tokens = Math.min(capacity, tokens + elapsed * ratePerNano);
            lastRefill = nowNanos;
        }
    }
}
