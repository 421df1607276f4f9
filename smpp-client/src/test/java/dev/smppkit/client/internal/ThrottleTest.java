package dev.smppkit.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.client.Backoff;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ThrottleTest {
    private static final long MS = 1_000_000L;
    private static final long T0 = 7_000_000 * MS; // an arbitrary nanoTime origin
    private static final Backoff DOUBLING = Backoff.exponential(Duration.ofMillis(100), Duration.ofSeconds(1), 2, 0);

    @Test
    void withoutRateLimitOrThrottlingEverythingGoesAtOnce() {
        Throttle throttle = new Throttle(null, DOUBLING);

        for (int i = 0; i < 1000; i++) {
            assertThat(throttle.acquire(T0)).isZero();
        }
        assertThat(throttle.paused(T0)).isFalse();
    }

    @Test
    void theRateLimitSaysHowLongToWaitForTheNextToken() {
        Throttle throttle = new Throttle(new RateLimiter(10), DOUBLING); // one per 100 ms

        assertThat(throttle.acquire(T0)).as("the first goes at once").isZero();
        assertThat(throttle.acquire(T0)).isEqualTo(100 * MS);
        assertThat(throttle.acquire(T0 + 60 * MS)).isEqualTo(40 * MS);
        assertThat(throttle.acquire(T0 + 100 * MS)).isZero();
        assertThat(throttle.paused(T0))
                .as("a rate limit is not a throttling pause")
                .isFalse();
    }

    @Test
    void eachThrottlingAnswerInARowPausesLonger() {
        Throttle throttle = new Throttle(null, DOUBLING);

        assertThat(throttle.onThrottled(T0)).as("starts a throttled period").isTrue();
        assertThat(throttle.paused(T0 + 99 * MS)).isTrue();
        assertThat(throttle.acquire(T0 + 40 * MS)).isEqualTo(60 * MS);
        assertThat(throttle.paused(T0 + 100 * MS)).isFalse();

        assertThat(throttle.onThrottled(T0 + 100 * MS))
                .as("still the same period")
                .isFalse();
        assertThat(throttle.acquire(T0 + 100 * MS)).isEqualTo(200 * MS);
        assertThat(throttle.onThrottled(T0 + 300 * MS)).isFalse();
        assertThat(throttle.acquire(T0 + 300 * MS)).isEqualTo(400 * MS);
    }

    @Test
    void anAcceptanceEndsTheStreakAndThePeriod() {
        Throttle throttle = new Throttle(null, DOUBLING);
        throttle.onThrottled(T0);
        throttle.onThrottled(T0);

        assertThat(throttle.onAccepted()).as("ends the throttled period").isTrue();
        assertThat(throttle.onAccepted()).as("only once").isFalse();
        assertThat(throttle.onThrottled(T0 + 1000 * MS)).as("a new period").isTrue();
        assertThat(throttle.acquire(T0 + 1000 * MS))
                .as("the streak started again")
                .isEqualTo(100 * MS);
    }

    @Test
    void aThrottlingPauseComesBeforeTheRateLimitAndSpendsNoToken() {
        Throttle throttle = new Throttle(new RateLimiter(10), DOUBLING);
        throttle.onThrottled(T0);

        assertThat(throttle.acquire(T0)).isEqualTo(100 * MS);
        assertThat(throttle.acquire(T0 + 100 * MS))
                .as("the first token is still there")
                .isZero();
    }
}
