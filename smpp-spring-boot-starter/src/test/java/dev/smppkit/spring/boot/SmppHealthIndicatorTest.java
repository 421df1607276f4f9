package dev.smppkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.client.EsmeHealth;
import dev.smppkit.spring.boot.internal.SmppHealthIndicator;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/** The single client's indicator: its status and details are those of {@code Esme.health()}. */
class SmppHealthIndicatorTest {
    @Test
    void upWhileASessionIsBoundWithoutErrorDetailsBeforeAnyError() {
        Health health = SmppHealthIndicator.of(
                        () -> new EsmeHealth("acme", 1, 1, 2, Optional.empty(), Optional.empty()))
                .health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails())
                .containsExactly(java.util.Map.entry("bound", 1), java.util.Map.entry("configured", 2));
    }

    @Test
    void downWithTheLastErrorAndWhenItWasSeen() {
        Instant at = Instant.parse("2026-01-02T03:04:05.678Z");
        Health health = SmppHealthIndicator.of(() -> new EsmeHealth(
                        "acme", 0, 0, 1, Optional.of("bind refused: ESME_RINVPASWD(0x0000000E)"), Optional.of(at)))
                .health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails())
                .containsEntry("bound", 0)
                .containsEntry("configured", 1)
                .containsEntry("lastError", "bind refused: ESME_RINVPASWD(0x0000000E)")
                .containsEntry("lastErrorAt", "2026-01-02T03:04:05.678Z");
    }

    @Test
    void aBoundReceiverAloneIsUp() {
        // the starter's semantics: UP while any session is bound, whether or not it can submit
        Health health = SmppHealthIndicator.of(
                        () -> new EsmeHealth("acme", 1, 0, 1, Optional.empty(), Optional.empty()))
                .health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
    }
}
