package dev.smppkit.client;

/**
 * A snapshot of an ESME's counters. The invariant {@code taken == accepted + rejected + failed + expired + released + inProgress}
 * holds at every snapshot, where {@code inProgress} counts taken messages not yet finished.
 *
 * @param taken messages taken from the broker (a released message taken again counts again)
 * @param accepted messages whose every segment the SMSC accepted
 * @param rejected messages the SMSC rejected
 * @param failed messages that failed (connection lost, timeout, throttled out, invalid, shutdown)
 * @param expired messages that passed their deadline before they were submitted
 * @param released messages given back to the broker
 * @param receipts delivery receipts received
 * @param receiptsMatched receipts matched to a message through the correlator
 * @param incoming mobile-originated messages received (reassembled)
 */
public record EsmeStats(
        long taken,
        long accepted,
        long rejected,
        long failed,
        long expired,
        long released,
        long receipts,
        long receiptsMatched,
        long incoming) {
    /**
     * Taken messages that have no outcome yet and were not released.
     *
     * @return the number in progress now
     */
    public long inProgress() {
        return taken - accepted - rejected - failed - expired - released;
    }
}
