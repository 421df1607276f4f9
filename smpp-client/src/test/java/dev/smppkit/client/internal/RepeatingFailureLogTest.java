package dev.smppkit.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.slf4j.helpers.NOPLogger;

class RepeatingFailureLogTest {
    @Test
    void aRepeatedFailureIsCountedNotLoggedAgainWithinThePeriod() {
        RepeatingFailureLog log = new RepeatingFailureLog(NOPLogger.NOP_LOGGER, 1, TimeUnit.HOURS);
        RuntimeException closed = new IllegalStateException("closed");

        for (int i = 0; i < 5_310; i++) {
            log.record(RepeatingFailureLog.Level.ERROR, "correlator.get failed", "receipt " + i, closed);
        }

        assertThat(log.pending("correlator.get failed")).as("all but the first").isEqualTo(5_309);
        assertThat(log.pending("hook failed"))
                .as("another kind is counted apart")
                .isZero();
        log.record(RepeatingFailureLog.Level.WARN, "hook failed", "first", null);
        assertThat(log.pending("hook failed")).isZero();

        log.flush();
        assertThat(log.pending("correlator.get failed")).as("reported by flush").isZero();
    }

    @Test
    void afterThePeriodTheNextFailureIsLoggedWithTheCount() {
        RepeatingFailureLog log = new RepeatingFailureLog(NOPLogger.NOP_LOGGER, 0, TimeUnit.NANOSECONDS);

        log.record(RepeatingFailureLog.Level.WARN, "hook failed", "a", null);
        log.record(RepeatingFailureLog.Level.WARN, "hook failed", "b", null);

        assertThat(log.pending("hook failed"))
                .as("a zero period logs every one")
                .isZero();
    }
}
