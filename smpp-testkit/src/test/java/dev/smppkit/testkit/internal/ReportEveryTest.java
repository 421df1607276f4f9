package dev.smppkit.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** A report made once per message costs its detail only when a line is logged. */
class ReportEveryTest {
    @Test
    void theDetailIsMadeOnlyForTheLinesLogged() {
        ReportEvery report =
                new ReportEvery(LoggerFactory.getLogger(ReportEveryTest.class), false, "store full", 1, TimeUnit.HOURS);
        AtomicInteger made = new AtomicInteger();

        for (int i = 0; i < 10_000; i++) {
            int n = i;
            report.report(() -> {
                made.incrementAndGet();
                return "the last was " + n;
            });
        }

        assertThat(made)
                .as("the first report logs, the rest fall within the hour")
                .hasValue(1);
    }
}
