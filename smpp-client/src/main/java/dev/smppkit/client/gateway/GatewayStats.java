package dev.smppkit.client.gateway;

import java.util.Map;

/**
 * A snapshot of a gateway's counters, in total and per account. The invariant
 * {@code taken == accepted + rejected + failed + expired + released + inProgress} holds at every snapshot.
 *
 * @param taken messages taken from the shared broker (a released message taken again counts again)
 * @param accepted messages accepted, on any account
 * @param rejected messages rejected
 * @param failed messages that failed
 * @param expired messages that expired before they were submitted
 * @param released messages given back to the shared broker (on stop, or held too long without an account)
 * @param failedOver failovers from one account to another after a transient failure (a message may fail over more
 *     than once); messages an account gave back without an outcome are counted in its {@code esme().released()}
 * @param accounts per account, in the order they were added
 */
public record GatewayStats(
        long taken,
        long accepted,
        long rejected,
        long failed,
        long expired,
        long released,
        long failedOver,
        Map<String, AccountStats> accounts) {
    /**
     * Taken messages that have no outcome yet and were not released.
     *
     * @return the number in progress now
     */
    public long inProgress() {
        return taken - accepted - rejected - failed - expired - released;
    }
}
