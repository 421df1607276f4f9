package dev.smppkit.client;

import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Maps the SMSC's message ids back to the messages they belong to, so delivery receipts can be matched. The client
 * stores an entry for every accepted segment when its submit_sm_resp arrives and looks it up when a receipt arrives.
 * Keys are scoped by the system_id of the account the message was sent on, since message ids are unique only per
 * SMSC account. Implementations persist entries (receipts can come days later, on another bind or process) and
 * expire old ones; they must be thread-safe and must not block the caller.
 *
 * <p>The other half of correlation, matching responses to in-flight requests by sequence_number, is per connection
 * and lives in the session's window (an int-keyed map on the event loop); it is not pluggable because nothing
 * outlives the connection there.
 */
public interface Correlator {
    /**
     * Remembers a segment. Completes when stored, or exceptionally if it could not be (the client reports it to the
     * hook; the receipt will then arrive unmatched).
     */
    CompletionStage<Void> put(String systemId, String messageId, Tracking tracking);

    /** Finds a segment by the id the SMSC gave it; empty if unknown or expired. */
    CompletionStage<Optional<Tracking>> get(String systemId, String messageId);

    /** Forgets a segment (e.g. after its final receipt); completes when done. Default: keep it until it expires. */
    default CompletionStage<Void> remove(String systemId, String messageId) {
        return java.util.concurrent.CompletableFuture.completedFuture(null);
    }
}
