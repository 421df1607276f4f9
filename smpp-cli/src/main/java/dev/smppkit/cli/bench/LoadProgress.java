package dev.smppkit.cli.bench;

/**
 * A live snapshot of a load run, for a progress display.
 *
 * @param count messages to send in all
 * @param taken messages handed to the client so far
 * @param done messages that have an outcome
 * @param receipts receipts so far
 * @param elapsedNanos since the first take; 0 before it
 */
public record LoadProgress(long count, long taken, long done, long receipts, long elapsedNanos) {
    /** Outcomes per second so far. */
    public double donePerSec() {
        return elapsedNanos <= 0 ? 0 : done * 1e9 / elapsedNanos;
    }
}
