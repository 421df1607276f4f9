package dev.smppkit.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenBucketTest {
    private static final long SECOND = 1_000_000_000L;
    private static final long T0 = 5_000 * SECOND; // an arbitrary nanoTime origin

    @Test
    void firstMessageGoesAtOnceWithoutABurst() {
        TokenBucket bucket = new TokenBucket(10, T0);

        assertThat(bucket.tryAcquire(T0)).isTrue();
        assertThat(bucket.tryAcquire(T0)).as("no burst right after connecting").isFalse();
    }

    @Test
    void refillsAtTheRate() {
        TokenBucket bucket = new TokenBucket(10, T0); // one token per 100 ms
        bucket.tryAcquire(T0);

        assertThat(bucket.nanosUntilToken(T0)).isEqualTo(100_000_000L);
        assertThat(bucket.tryAcquire(T0 + 99_999_999L)).isFalse();
        assertThat(bucket.nanosUntilToken(T0 + 99_999_999L)).isEqualTo(1);
        assertThat(bucket.tryAcquire(T0 + 100_000_000L)).isTrue();
        assertThat(bucket.tryAcquire(T0 + 100_000_000L)).isFalse();
    }

    @Test
    void sustainsExactlyTheRateOverTime() {
        TokenBucket bucket = new TokenBucket(50, T0);
        int sent = 0;
        // poll every millisecond for 10 seconds of fake time
        for (long t = T0; t < T0 + 10 * SECOND; t += 1_000_000L) {
            while (bucket.tryAcquire(t)) {
                sent++;
            }
        }
        assertThat(sent).isBetween(500, 501);
    }

    @Test
    void holdsAtMostOneSecondOfTokensAfterAPause() {
        TokenBucket bucket = new TokenBucket(20, T0);
        bucket.tryAcquire(T0);

        long later = T0 + 60 * SECOND;
        int burst = 0;
        while (bucket.tryAcquire(later)) {
            burst++;
        }
        assertThat(burst).isEqualTo(20);
        assertThat(bucket.nanosUntilToken(later)).isEqualTo(50_000_000L);
    }

    @Test
    void slowRatesHoldOneToken() {
        TokenBucket bucket = new TokenBucket(0.5, T0); // one every 2 s
        assertThat(bucket.tryAcquire(T0)).isTrue();

        assertThat(bucket.nanosUntilToken(T0)).isEqualTo(2 * SECOND);
        assertThat(bucket.tryAcquire(T0 + SECOND)).isFalse();
        long later = T0 + 100 * SECOND;
        assertThat(bucket.tryAcquire(later)).isTrue();
        assertThat(bucket.tryAcquire(later)).as("capacity is one token").isFalse();
    }

    @Test
    void availableTokenMeansNoWait() {
        TokenBucket bucket = new TokenBucket(10, T0);

        assertThat(bucket.nanosUntilToken(T0)).isZero();
        assertThat(bucket.tryAcquire(T0))
                .as("asking how long does not take the token")
                .isTrue();
    }

    @Test
    void aClockThatGoesBackDoesNotAddTokens() {
        TokenBucket bucket = new TokenBucket(10, T0);
        bucket.tryAcquire(T0);

        assertThat(bucket.tryAcquire(T0 - SECOND)).isFalse();
        assertThat(bucket.tryAcquire(T0 + 100_000_000L)).isTrue();
    }
}
