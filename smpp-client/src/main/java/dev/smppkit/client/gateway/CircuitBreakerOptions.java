package dev.smppkit.client.gateway;

import dev.smppkit.codec.CommandStatus;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * When an account's circuit opens and for how long. After {@code failureThreshold} failures in a row (connection or
 * bind failures, response timeouts, submissions throttled beyond the retry limit, or a transient status) the circuit
 * opens and the gateway sends the account nothing for {@code openDuration}; then it lets one message through
 * (half-open), and closes again when that one is accepted. A permanent status (anything not in
 * {@code transientStatuses}, e.g. ESME_RINVDSTADR) is the message's fault, not the account's: it never fails over and
 * counts as the SMSC answering.
 *
 * @param failureThreshold failures in a row that open the circuit, 1 to 1,000 (default 5)
 * @param openDuration how long an open circuit keeps the account out, 10 ms to 1 hour (default 30 s)
 * @param transientStatuses statuses after which a message fails over to the route's next account and the account
 *     counts a failure (default ESME_RSYSERR, ESME_RSUBMITFAIL, ESME_RTHROTTLED, ESME_RMSGQFUL, ESME_RX_T_APPN)
 */
public record CircuitBreakerOptions(int failureThreshold, Duration openDuration, Set<CommandStatus> transientStatuses) {
    private static final CircuitBreakerOptions DEFAULTS = new CircuitBreakerOptions(
            5,
            Duration.ofSeconds(30),
            Set.of(
                    CommandStatus.ESME_RSYSERR,
                    CommandStatus.ESME_RSUBMITFAIL,
                    CommandStatus.ESME_RTHROTTLED,
                    CommandStatus.ESME_RMSGQFUL,
                    CommandStatus.ESME_RX_T_APPN));

    /**
     * Options; checks the ranges.
     *
     * @param failureThreshold failures in a row that open the circuit, 1 to 1,000
     * @param openDuration how long an open circuit keeps the account out, 10 ms to 1 hour
     * @param transientStatuses statuses after which a message fails over
     * @throws IllegalArgumentException if a value is out of range
     */
    public CircuitBreakerOptions {
        if (failureThreshold < 1 || failureThreshold > 1000) {
            throw new IllegalArgumentException("failureThreshold must be 1 to 1000, was " + failureThreshold);
        }
        Objects.requireNonNull(openDuration, "openDuration");
        if (openDuration.toMillis() < 10 || openDuration.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("openDuration must be 10 ms to 1 hour, was " + openDuration);
        }
        transientStatuses = Set.copyOf(transientStatuses);
    }

    /**
     * The defaults: 5 failures, 30 s open, the transient statuses listed in the class comment.
     *
     * @return the default options
     */
    public static CircuitBreakerOptions defaults() {
        return DEFAULTS;
    }

    /**
     * These options with another threshold.
     *
     * @param failureThreshold 1 to 1,000
     * @return new options
     */
    public CircuitBreakerOptions withFailureThreshold(int failureThreshold) {
        return new CircuitBreakerOptions(failureThreshold, openDuration, transientStatuses);
    }

    /**
     * These options with another open duration.
     *
     * @param openDuration 10 ms to 1 hour
     * @return new options
     */
    public CircuitBreakerOptions withOpenDuration(Duration openDuration) {
        return new CircuitBreakerOptions(failureThreshold, openDuration, transientStatuses);
    }

    /**
     * These options with other transient statuses.
     *
     * @param statuses the statuses after which a message fails over
     * @return new options
     */
    public CircuitBreakerOptions withTransientStatuses(Set<CommandStatus> statuses) {
        return new CircuitBreakerOptions(failureThreshold, openDuration, statuses);
    }
}
