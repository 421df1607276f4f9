package dev.smppkit.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@link RateLimiter} on passed-in clock values: one caller, then several threads sharing it. */
class RateLimiterTest {
    private static final long MS = 1_000_000L;
    private static final long SECOND = 1_000 * MS;
    private static final long T0 = 5_000 * SECOND; // an arbitrary nanoTime origin

    /** Takes every grant available at each millisecond of {@code [from, to)}; returns how many. */
    private static int drain(RateLimiter limiter, long from, long to) {
        int granted = 0;
        for (long t = from; t - to < 0; t += MS) {
            while (limiter.acquire(t) == 0) {
                granted++;
            }
        }
        return granted;
    }

    @Test
    void firstMessageGoesAtOnceWithoutABurst() {
        RateLimiter limiter = new RateLimiter(10);

        assertThat(limiter.acquire(T0)).isZero();
        assertThat(limiter.acquire(T0)).as("no burst at the start").isEqualTo(100 * MS);
    }

    @Test
    void saysHowLongToWaitForTheNextSlot() {
        RateLimiter limiter = new RateLimiter(10); // one per 100 ms
        limiter.acquire(T0);

        assertThat(limiter.acquire(T0 + 60 * MS)).isEqualTo(40 * MS);
        assertThat(limiter.acquire(T0 + 100 * MS - 1)).isEqualTo(1);
        assertThat(limiter.acquire(T0 + 100 * MS)).isZero();
        assertThat(limiter.acquire(T0 + 100 * MS)).isEqualTo(100 * MS);
    }

    @Test
    void sustainsExactlyTheRateOverTime() {
        RateLimiter limiter = new RateLimiter(50);

        assertThat(drain(limiter, T0, T0 + 10 * SECOND)).isEqualTo(500);
    }

    @Test
    void holdsAtMostOneSecondOfBurstAfterAPause() {
        RateLimiter limiter = new RateLimiter(20);
        limiter.acquire(T0);

        long later = T0 + 60 * SECOND;
        int burst = 0;
        while (limiter.acquire(later) == 0) {
            burst++;
        }
        assertThat(burst).isEqualTo(20).isEqualTo((int) limiter.burst());
        assertThat(limiter.acquire(later)).as("then the rate again").isEqualTo(50 * MS);
    }

    @Test
    void slowRatesAllowOneAtATime() {
        RateLimiter limiter = new RateLimiter(0.5); // one every 2 s
        assertThat(limiter.acquire(T0)).isZero();

        assertThat(limiter.acquire(T0 + SECOND)).isEqualTo(SECOND);
        long later = T0 + 100 * SECOND;
        assertThat(limiter.acquire(later)).isZero();
        assertThat(limiter.acquire(later)).as("a burst of one").isEqualTo(2 * SECOND);
    }

    @Test
    void anOddRateIsRoundedTowardsSlower() {
        RateLimiter limiter = new RateLimiter(3); // 333,333,333.3 ns: 333,333,334

        assertThat(limiter.interval()).isEqualTo(333_333_334L);
        assertThat(drain(limiter, T0, T0 + 30 * SECOND)).isEqualTo(90);
    }

    @Test
    void aClockThatGoesBackGrantsNothingExtra() {
        RateLimiter limiter = new RateLimiter(10);
        limiter.acquire(T0);

        assertThat(limiter.acquire(T0 - SECOND)).isEqualTo(SECOND + 100 * MS);
        assertThat(limiter.acquire(T0 + 100 * MS)).isZero();
    }

    @Test
    void nanoTimeValuesThatWrapAroundStillCount() {
        RateLimiter limiter = new RateLimiter(100);
        long nearTheEnd = Long.MAX_VALUE - 5 * SECOND + 12_345; // the ten seconds cross the wrap

        assertThat(drain(limiter, nearTheEnd, nearTheEnd + 10 * SECOND)).isEqualTo(1000);
    }

    @Test
    void theRateMustBePositive() {
        assertThatThrownBy(() -> new RateLimiter(0)).hasMessage("rate is 0.0; must be above 0");
        assertThatThrownBy(() -> new RateLimiter(Double.NaN)).hasMessage("rate is NaN; must be above 0");
    }

    /**
     * Several threads (as sessions on several event loops) share one limiter, each walking the same ten simulated
     * seconds at its own pace and taking every grant it is given. Whatever the interleaving, the total is the
     * contract: never more than {@code rate * seconds + burst}, and, as every thread drains the last instant, no less
     * than {@code rate * seconds}.
     */
    @Test
    void sharedByThreadsNeverGrantsMoreThanTheRatePlusTheBurst() throws Exception {
        int threads = 4;
        double rate = 200;
        RateLimiter limiter = new RateLimiter(rate);
        limiter.acquire(T0 - 60 * SECOND); // long ago: a full burst is available at T0
        long end = T0 + 10 * SECOND;
        AtomicInteger granted = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> each = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                each.add(pool.submit(() -> {
                    go.await();
                    int mine = 0;
                    for (long t = T0; t - end <= 0; t += MS / 4) {
                        while (limiter.acquire(t) == 0) {
                            mine++;
                            granted.incrementAndGet();
                        }
                    }
                    return mine;
                }));
            }
            go.countDown();
            int sum = 0;
            for (Future<Integer> f : each) {
                sum += f.get(60, TimeUnit.SECONDS);
            }

            assertThat(sum).isEqualTo(granted.get());
            long contract = (long) (rate * 10);
            assertThat((long) granted.get()).isBetween(contract, contract + limiter.burst());
        } finally {
            pool.shutdownNow();
        }
    }
}
