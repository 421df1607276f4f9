package dev.smppkit.cli.bench;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * What a load run measured. Every message ends in exactly one of accepted, rejected, failed or expired, so
 * {@code accepted + rejected + failed + expired == count}.
 *
 * @param count messages sent
 * @param accepted messages whose every segment the SMSC accepted
 * @param rejected messages the SMSC rejected (by status in {@code rejectStatuses})
 * @param failed messages that failed (timeouts, lost connections; by error type in {@code failures})
 * @param expired messages that passed their deadline before they were submitted
 * @param submitSm submit_sm PDUs written (segments and throttling retries included)
 * @param receipts delivery receipts received for this run's messages
 * @param receiptStats receipts by their {@code stat} (DELIVRD, UNDELIV...); the maps here are sorted by key
 * @param incoming mobile-originated messages received meanwhile
 * @param disconnects connections lost after the bind
 * @param elapsedNanos from the first take of a message to the last outcome
 * @param receiptsElapsedNanos from the first take to the last receipt; 0 without receipts
 * @param latency nanoseconds from the first submit_sm of each answered message (accepted or rejected) being written
 *     to its outcome, i.e. its last submit_sm_resp; a copy the caller owns
 * @param rejectStatuses rejected messages by status name
 * @param failures failed messages by error type
 * @param accounts outcomes per account, in the order the accounts were added (one entry for a run on one ESME)
 * @param failedOver messages that failed over from one account to another (a gateway run; 0 otherwise)
 * @param cost what the client process spent from the first take to the last outcome (or receipt, with receipts): CPU
 *     time of every thread and bytes allocated (see {@link ProcessCost} for what the allocation count may miss)
 * @param costIncludesSimulator whether a simulator ran in the same JVM during the run, so that {@code cost} includes
 *     its work too; measure against a simulator in its own process for the client's cost alone
 */
public record LoadResult(
        long count,
        long accepted,
        long rejected,
        long failed,
        long expired,
        long submitSm,
        long receipts,
        Map<String, Long> receiptStats,
        long incoming,
        long disconnects,
        long elapsedNanos,
        long receiptsElapsedNanos,
        Histogram latency,
        Map<String, Long> rejectStatuses,
        Map<String, Long> failures,
        Map<String, AccountCounts> accounts,
        long failedOver,
        ProcessCost cost,
        boolean costIncludesSimulator) {
    public LoadResult {
        accounts = Collections.unmodifiableMap(new LinkedHashMap<>(accounts));
        receiptStats = sorted(receiptStats);
        rejectStatuses = sorted(rejectStatuses);
        failures = sorted(failures);
    }

    /**
     * The outcomes of one account.
     *
     * @param accepted messages accepted on it
     * @param rejected messages rejected on it
     * @param failed messages that failed on it
     * @param expired messages that expired before it could send them
     */
    public record AccountCounts(long accepted, long rejected, long failed, long expired) {}

    private static Map<String, Long> sorted(Map<String, Long> counts) {
        return Collections.unmodifiableMap(new TreeMap<>(counts));
    }

    /** submit_sm answered per second over the run. */
    public double submitPerSec() {
        return elapsedNanos <= 0 ? 0 : submitSm * 1e9 / elapsedNanos;
    }

    /** Receipts per second, from the first take to the last receipt. */
    public double receiptsPerSec() {
        return receiptsElapsedNanos <= 0 ? 0 : receipts * 1e9 / receiptsElapsedNanos;
    }

    public double elapsedMillis() {
        return elapsedNanos / 1e6;
    }

    /** The latency at a percentile (e.g. 99.9), in milliseconds; 0 when nothing was measured. */
    public double latencyMillis(double percentile) {
        return latency.getTotalCount() == 0 ? 0 : latency.getValueAtPercentile(percentile) / 1e6;
    }

    /** Client process CPU time per message in microseconds, its receipt included if asked for; -1 if unknown. */
    public double cpuMicrosPerMessage() {
        return count == 0 || cost.cpuNanos() < 0 ? -1 : cost.cpuNanos() / 1e3 / count;
    }

    /** Bytes the client process allocated per message, its receipt included if asked for; -1 if unknown. */
    public double allocatedBytesPerMessage() {
        return count == 0 || cost.allocatedBytes() < 0 ? -1 : (double) cost.allocatedBytes() / count;
    }

    /** The highest latency, in milliseconds. */
    public double maxLatencyMillis() {
        return latency.getTotalCount() == 0 ? 0 : latency.getMaxValue() / 1e6;
    }
}
