package dev.smppkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private static final Duration SECOND = Duration.ofSeconds(1);

    @Test
    void growsExponentiallyWithoutJitter() {
        Backoff b = Backoff.exponential(Duration.ofMillis(100), Duration.ofMinutes(1), 2.0, 0.0);

        assertThat(b.delay(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(b.delay(2)).isEqualTo(Duration.ofMillis(200));
        assertThat(b.delay(3)).isEqualTo(Duration.ofMillis(400));
        assertThat(b.delay(8)).isEqualTo(Duration.ofMillis(12_800));
    }

    @Test
    void followsAnyMultiplier() {
        Backoff b = Backoff.exponential(SECOND, Duration.ofHours(1), 3.0, 0.0);

        assertThat(b.delay(1)).isEqualTo(SECOND);
        assertThat(b.delay(2)).isEqualTo(Duration.ofSeconds(3));
        assertThat(b.delay(4)).isEqualTo(Duration.ofSeconds(27));
    }

    @Test
    void isCappedAtMaxEvenAfterManyAttempts() {
        Backoff b = Backoff.exponential(SECOND, Duration.ofSeconds(60), 2.0, 0.0);

        assertThat(b.delay(6)).isEqualTo(Duration.ofSeconds(32));
        assertThat(b.delay(7)).isEqualTo(Duration.ofSeconds(60));
        assertThat(b.delay(100)).isEqualTo(Duration.ofSeconds(60));
        assertThat(b.delay(Integer.MAX_VALUE)).as("no overflow").isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void jitterOnlyShortensTheDelayByAtMostItsShare() {
        Backoff b = Backoff.exponential(SECOND, Duration.ofSeconds(60), 2.0, 0.25);
        Duration full = Duration.ofSeconds(4);
        Duration shortest = Duration.ofSeconds(3);
        Duration min = full;
        Duration max = Duration.ZERO;
        for (int i = 0; i < 2_000; i++) {
            Duration d = b.delay(3);
            assertThat(d).isBetween(shortest, full);
            min = d.compareTo(min) < 0 ? d : min;
            max = d.compareTo(max) > 0 ? d : max;
        }
        assertThat(min).as("jitter actually varies the delay").isLessThan(max);
    }

    @Test
    void jitterAppliesToTheCappedDelay() {
        Backoff b = Backoff.exponential(SECOND, Duration.ofSeconds(10), 2.0, 0.5);
        for (int i = 0; i < 1_000; i++) {
            assertThat(b.delay(20)).isBetween(Duration.ofSeconds(5), Duration.ofSeconds(10));
        }
    }

    @Test
    void fullJitterStaysWithinZeroAndTheDelay() {
        Backoff b = Backoff.exponential(SECOND, SECOND, 1.0, 1.0);
        for (int i = 0; i < 1_000; i++) {
            assertThat(b.delay(1)).isBetween(Duration.ZERO, SECOND);
        }
    }

    @Test
    void defaultExponentialDoublesWithTwentyPercentJitter() {
        Backoff b = Backoff.exponential(SECOND, Duration.ofSeconds(60));
        for (int i = 0; i < 500; i++) {
            assertThat(b.delay(2)).isBetween(Duration.ofMillis(1600), Duration.ofSeconds(2));
        }
        assertThat(b.initial()).isEqualTo(SECOND);
        assertThat(b.max()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void fixedIsAlwaysTheSame() {
        Backoff b = Backoff.fixed(Duration.ofMillis(250));

        for (int attempt = 1; attempt < 50; attempt++) {
            assertThat(b.delay(attempt)).isEqualTo(Duration.ofMillis(250));
        }
        assertThat(Backoff.fixed(Duration.ZERO).delay(3)).isEqualTo(Duration.ZERO);
    }

    @Test
    void argumentsAreCheckedWithMessagesThatNameTheLimit() {
        assertThatThrownBy(() -> Backoff.exponential(Duration.ofSeconds(-1), SECOND, 2, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("backoff needs 0 <= initial <= max, got PT-1S and PT1S");
        assertThatThrownBy(() -> Backoff.exponential(Duration.ofSeconds(2), SECOND, 2, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("backoff needs 0 <= initial <= max, got PT2S and PT1S");
        assertThatThrownBy(() -> Backoff.exponential(SECOND, SECOND, 0.5, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("backoff multiplier is 0.5; must be at least 1");
        assertThatThrownBy(() -> Backoff.exponential(SECOND, SECOND, 2, -0.1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("backoff jitter is -0.1; must be 0-1");
        assertThatThrownBy(() -> Backoff.exponential(SECOND, SECOND, 2, 1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("backoff jitter is 1.5; must be 0-1");
        assertThatThrownBy(() -> Backoff.fixed(Duration.ofMillis(-5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("backoff needs 0 <= initial <= max");
        assertThatThrownBy(() -> Backoff.exponential(null, SECOND))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("initial");
        assertThatThrownBy(() -> Backoff.exponential(SECOND, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("max");
    }

    @Test
    void notANumberIsRejected() {
        // NaN passes "< 1" and "< 0 || > 1" checks; it would make every delay 0 (a reconnect storm).
        assertThatThrownBy(() -> Backoff.exponential(SECOND, SECOND, Double.NaN, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("backoff multiplier is NaN; must be at least 1");
        assertThatThrownBy(() -> Backoff.exponential(SECOND, SECOND, 2, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("backoff jitter is NaN; must be 0-1");
    }

    @Test
    void attemptMustBePositive() {
        Backoff b = Backoff.fixed(SECOND);

        assertThatThrownBy(() -> b.delay(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attempt is 0; must be at least 1");
    }
}
