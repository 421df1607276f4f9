package dev.smppkit.client;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long to wait before the next attempt: exponential growth from an initial delay up to a maximum, with random
 * jitter so that many clients that lost the same SMSC do not all reconnect at the same instant. Immutable.
 */
public final class Backoff {
    private final Duration initial;
    private final Duration max;
    private final double multiplier;
    private final double jitter;

    private Backoff(Duration initial, Duration max, double multiplier, double jitter) {
        this.initial = initial;
        this.max = max;
        this.multiplier = multiplier;
        this.jitter = jitter;
    }

    /**
     * Exponential backoff: attempt n waits {@code min(max, initial * multiplier^(n-1))}, reduced by a random share of
     * up to {@code jitter} (0 = none, 1 = anywhere between zero and the full delay).
     *
     * @param initial the delay before the first retry, zero or more
     * @param max the longest delay, at least {@code initial}
     * @param multiplier how much each delay grows over the one before, at least 1 (1 keeps it at {@code initial})
     * @param jitter the largest share taken off each delay at random, 0–1
     * @return the backoff
     * @throws NullPointerException if initial or max is null
     * @throws IllegalArgumentException if initial is negative, max is below initial, multiplier is below 1 or jitter is
     *     outside 0–1 (NaN counts as out of range)
     */
    public static Backoff exponential(Duration initial, Duration max, double multiplier, double jitter) {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        if (initial.isNegative() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff needs 0 <= initial <= max, got " + initial + " and " + max);
        }
        if (!(multiplier >= 1)) { // also NaN
            throw new IllegalArgumentException("backoff multiplier is " + multiplier + "; must be at least 1");
        }
        if (!(jitter >= 0 && jitter <= 1)) { // also NaN
            throw new IllegalArgumentException("backoff jitter is " + jitter + "; must be 0-1");
        }
        return new Backoff(initial, max, multiplier, jitter);
    }

    /**
     * Exponential backoff doubling from {@code initial} up to {@code max}, with 20% jitter: each delay is 80–100% of
     * {@code min(max, initial * 2^(n-1))}.
     *
     * @param initial the delay before the first retry, zero or more
     * @param max the longest delay, at least {@code initial}
     * @return the backoff
     * @throws NullPointerException if initial or max is null
     * @throws IllegalArgumentException if initial is negative or max is below initial
     */
    public static Backoff exponential(Duration initial, Duration max) {
        return exponential(initial, max, 2.0, 0.2);
    }

    /**
     * The same delay every time, without jitter.
     *
     * @param delay the delay before every retry, zero or more
     * @return the backoff
     * @throws NullPointerException if delay is null
     * @throws IllegalArgumentException if delay is negative
     */
    public static Backoff fixed(Duration delay) {
        return exponential(delay, delay, 1.0, 0.0);
    }

    /**
     * The delay before attempt {@code attempt} (1 is the first retry); random within the jitter, so two calls may
     * differ.
     *
     * @param attempt 1 or more; growth stops at the maximum, however large
     * @return a delay between {@code (1 - jitter)} times and the full capped delay
     * @throws IllegalArgumentException if attempt is below 1
     */
    public Duration delay(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt is " + attempt + "; must be at least 1");
        }
        double nanos = initial.toNanos() * Math.pow(multiplier, Math.min(attempt - 1, 62));
        double capped = Math.min(nanos, (double) max.toNanos());
        double jittered = capped * (1.0 - jitter * ThreadLocalRandom.current().nextDouble());
        return Duration.ofNanos((long) jittered);
    }

    /**
     * The delay before the first retry, before jitter.
     *
     * @return the initial delay
     */
    public Duration initial() {
        return initial;
    }

    /**
     * The longest delay, before jitter.
     *
     * @return the maximum delay
     */
    public Duration max() {
        return max;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Backoff other
                && initial.equals(other.initial)
                && max.equals(other.max)
                && Double.compare(multiplier, other.multiplier) == 0
                && Double.compare(jitter, other.jitter) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(initial, max, multiplier, jitter);
    }

    @Override
    public String toString() {
        return "Backoff(" + initial + " x" + multiplier + " up to " + max + ", jitter " + jitter + ")";
    }
}
