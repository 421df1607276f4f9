package dev.smppkit.spring.boot.internal;

import dev.smppkit.client.Esme;
import java.util.Objects;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** UP while at least one session is bound, DOWN otherwise, with the bound and configured session counts. */
public final class EsmeHealthIndicator implements HealthIndicator {
    private final Esme esme;
    private final int configured;

    /**
     * Creates the indicator.
     *
     * @param esme the client
     * @param configured how many sessions the client is configured to bind
     */
    public EsmeHealthIndicator(Esme esme, int configured) {
        this.esme = Objects.requireNonNull(esme, "esme");
        this.configured = configured;
    }

    @Override
    public Health health() {
        int bound = esme.boundSessions();
        Health.Builder builder = bound > 0 ? Health.up() : Health.down();
        return builder.withDetail("bound", bound)
                .withDetail("configured", configured)
                .build();
    }
}
