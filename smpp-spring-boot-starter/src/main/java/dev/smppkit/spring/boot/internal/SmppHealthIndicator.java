package dev.smppkit.spring.boot.internal;

import dev.smppkit.client.EsmeHealth;
import dev.smppkit.client.gateway.AccountHealth;
import dev.smppkit.client.gateway.SmsGateway;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * UP while at least one session is bound, DOWN otherwise, with the bound and configured session counts and the last
 * error ({@link dev.smppkit.client.Esme#health()}); for a gateway, the same over all accounts, with each account's
 * counts, circuit and last error ({@link SmsGateway#health()}). Details: {@code bound}, {@code configured}, and when an
 * error was seen {@code lastError} and {@code lastErrorAt} (ISO-8601).
 */
public final class SmppHealthIndicator implements HealthIndicator {
    private final Supplier<EsmeHealth> esme; // null for a gateway
    private final SmsGateway gateway; // null for a single client

    private SmppHealthIndicator(Supplier<EsmeHealth> esme, SmsGateway gateway) {
        this.esme = esme;
        this.gateway = gateway;
    }

    /**
     * The indicator of a single client.
     *
     * @param esme the client's health, as {@code esme::health}
     * @return the indicator
     */
    public static SmppHealthIndicator of(Supplier<EsmeHealth> esme) {
        return new SmppHealthIndicator(Objects.requireNonNull(esme, "esme"), null);
    }

    /**
     * The indicator of a gateway.
     *
     * @param gateway the gateway
     * @return the indicator
     */
    public static SmppHealthIndicator of(SmsGateway gateway) {
        return new SmppHealthIndicator(null, Objects.requireNonNull(gateway, "gateway"));
    }

    @Override
    public Health health() {
        if (esme != null) {
            EsmeHealth h = esme.get();
            Map<String, Object> details =
                    details(h.boundSessions(), h.configuredSessions(), h.lastError(), h.lastErrorAt());
            return (h.up() ? Health.up() : Health.down()).withDetails(details).build();
        }
        int bound = 0;
        int configured = 0;
        Map<String, Object> accounts = new LinkedHashMap<>();
        for (AccountHealth a : gateway.health()) {
            bound += a.boundSessions();
            configured += a.configuredSessions();
            Map<String, Object> account =
                    details(a.boundSessions(), a.configuredSessions(), a.lastError(), a.lastErrorAt());
            account.put("circuit", a.circuit().name());
            accounts.put(a.account(), account);
        }
        return (bound > 0 ? Health.up() : Health.down())
                .withDetail("bound", bound)
                .withDetail("configured", configured)
                .withDetail("accounts", accounts)
                .build();
    }

    private static Map<String, Object> details(
            int bound, int configured, Optional<String> lastError, Optional<Instant> lastErrorAt) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("bound", bound);
        details.put("configured", configured);
        lastError.ifPresent(e -> details.put("lastError", e));
        lastErrorAt.ifPresent(at -> details.put("lastErrorAt", at.toString()));
        return details;
    }
}
