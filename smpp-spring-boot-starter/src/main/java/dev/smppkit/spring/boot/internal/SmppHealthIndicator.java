package dev.smppkit.spring.boot.internal;

import dev.smppkit.client.Esme;
import dev.smppkit.client.gateway.SmsGateway;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * UP while at least one session is bound, DOWN otherwise, with the bound and configured session counts; for a
 * gateway, the same over all accounts, with each account's counts.
 */
public final class SmppHealthIndicator implements HealthIndicator {
    private final Esme esme;
    private final SmsGateway gateway;
    private final int configured;

    private SmppHealthIndicator(Esme esme, SmsGateway gateway, int configured) {
        this.esme = esme;
        this.gateway = gateway;
        this.configured = configured;
    }

    /**
     * The indicator of a single client.
     *
     * @param esme the client
     * @param configured how many sessions the client is configured to bind
     * @return the indicator
     */
    public static SmppHealthIndicator of(Esme esme, int configured) {
        return new SmppHealthIndicator(Objects.requireNonNull(esme, "esme"), null, configured);
    }

    /**
     * The indicator of a gateway.
     *
     * @param gateway the gateway
     * @return the indicator
     */
    public static SmppHealthIndicator of(SmsGateway gateway) {
        return new SmppHealthIndicator(null, Objects.requireNonNull(gateway, "gateway"), 0);
    }

    @Override
    public Health health() {
        if (esme != null) {
            int bound = esme.boundSessions();
            Health.Builder builder = bound > 0 ? Health.up() : Health.down();
            return builder.withDetail("bound", bound)
                    .withDetail("configured", configured)
                    .build();
        }
        int bound = 0;
        int configuredTotal = 0;
        Map<String, Object> accounts = new LinkedHashMap<>();
        for (String name : gateway.accounts()) {
            Esme account = gateway.account(name);
            int b = account.boundSessions();
            int c = account.options().connection().sessions();
            bound += b;
            configuredTotal += c;
            accounts.put(name, Map.of("bound", b, "configured", c));
        }
        Health.Builder builder = bound > 0 ? Health.up() : Health.down();
        return builder.withDetail("bound", bound)
                .withDetail("configured", configuredTotal)
                .withDetail("accounts", accounts)
                .build();
    }
}
