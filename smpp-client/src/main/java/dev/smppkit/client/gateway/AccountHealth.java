package dev.smppkit.client.gateway;

import java.time.Instant;
import java.util.Optional;

/**
 * One account's state as a health check shows it.
 *
 * @param account the account's name
 * @param boundSessions sessions bound now
 * @param transmittingSessions bound sessions that can submit (transmitter or transceiver): a bound receiver alone
 *     takes no messages
 * @param configuredSessions sessions the account is configured to keep bound (a transmitter-and-receiver pair counts
 *     two)
 * @param circuit the circuit's state
 * @param lastError the last error seen, or empty: the account's {@link dev.smppkit.client.EsmeHealth#lastError()
 *     Esme.health().lastError()} (refused bind, bind timeout, lost connection, unanswered enquire_link, and the submit
 *     failures the circuit counts: a transient status, a response timeout, throttling)
 * @param lastErrorAt when it was seen, or empty
 */
public record AccountHealth(
        String account,
        int boundSessions,
        int transmittingSessions,
        int configuredSessions,
        Circuit circuit,
        Optional<String> lastError,
        Optional<Instant> lastErrorAt) {
    /** The states of an account's circuit breaker. */
    public enum Circuit {
        /** Messages flow. */
        CLOSED,
        /** Too many failures in a row: the account gets no messages until the open duration passes. */
        OPEN,
        /** The open duration passed: one message is let through to test the account. */
        HALF_OPEN
    }

    /**
     * Whether the account can take messages now: a session that can submit is bound and the circuit is not open.
     *
     * @return true if the gateway may route messages to it
     */
    public boolean up() {
        return transmittingSessions > 0 && circuit != Circuit.OPEN;
    }
}
