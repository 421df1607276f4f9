package dev.smppkit.client.internal.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.client.gateway.AccountHealth.Circuit;
import dev.smppkit.client.gateway.CircuitBreakerOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The circuit's states, driven by the nanoTime values the test passes. */
class CircuitBreakerTest {
    private static final long OPEN = Duration.ofMillis(200).toNanos();
    private static final long T0 = 1_000_000_000L;

    private final CircuitBreaker circuit = new CircuitBreaker(
            CircuitBreakerOptions.defaults().withFailureThreshold(3).withOpenDuration(Duration.ofMillis(200)));

    @Test
    void opensAfterThresholdFailuresInARow() {
        assertThat(circuit.onFailure(T0)).isFalse();
        assertThat(circuit.onFailure(T0)).isFalse();
        assertThat(circuit.state(T0)).isEqualTo(Circuit.CLOSED);
        assertThat(circuit.onFailure(T0)).isTrue();
        assertThat(circuit.state(T0)).isEqualTo(Circuit.OPEN);
        assertThat(circuit.onFailure(T0 + 1)).as("already open").isFalse();
    }

    @Test
    void aSuccessEndsTheStreak() {
        circuit.onFailure(T0);
        circuit.onFailure(T0);
        circuit.onSuccess();
        circuit.onFailure(T0);
        circuit.onFailure(T0);
        assertThat(circuit.state(T0)).isEqualTo(Circuit.CLOSED);
        assertThat(circuit.onFailure(T0)).isTrue();
    }

    @Test
    void halfOpenAfterTheOpenDurationAndASuccessCloses() {
        open(T0);
        assertThat(circuit.state(T0 + OPEN - 1)).isEqualTo(Circuit.OPEN);
        assertThat(circuit.state(T0 + OPEN)).isEqualTo(Circuit.HALF_OPEN);
        circuit.onSuccess();
        assertThat(circuit.state(T0 + OPEN)).isEqualTo(Circuit.CLOSED);
        // closed again: it takes the whole threshold to open it once more
        assertThat(circuit.onFailure(T0 + OPEN)).isFalse();
        assertThat(circuit.state(T0 + OPEN)).isEqualTo(Circuit.CLOSED);
    }

    @Test
    void aFailureWhileHalfOpenReopensForAnotherOpenDuration() {
        open(T0);
        assertThat(circuit.state(T0 + OPEN)).isEqualTo(Circuit.HALF_OPEN);
        long t1 = T0 + OPEN + 5;
        assertThat(circuit.onFailure(t1)).isTrue();
        assertThat(circuit.state(t1 + OPEN - 1)).isEqualTo(Circuit.OPEN);
        assertThat(circuit.state(t1 + OPEN)).isEqualTo(Circuit.HALF_OPEN);
    }

    @Test
    void nanoTimeMayBeNegative() {
        long t = Long.MIN_VALUE + 10; // nanoTime values are only compared by difference
        open(t);
        assertThat(circuit.state(t + OPEN - 1)).isEqualTo(Circuit.OPEN);
        assertThat(circuit.state(t + OPEN)).isEqualTo(Circuit.HALF_OPEN);
    }

    private void open(long now) {
        for (int i = 0; i < 3; i++) {
            circuit.onFailure(now);
        }
        assertThat(circuit.state(now)).isEqualTo(Circuit.OPEN);
    }
}
