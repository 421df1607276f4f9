package dev.smppkit.client;

import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Maps the SMSC's message ids back to the messages they belong to, so delivery receipts can be matched. The client
 * stores an entry for every accepted segment when its submit_sm_resp arrives and looks it up when a receipt arrives.
 * Keys are scoped by the account the message was sent on (its {@linkplain EsmeOptions#correlationScope() correlation
 * scope}, by default its system_id), since message ids are unique only per SMSC account. Implementations persist entries (receipts can come days later, on another bind or process) and
 * expire old ones; they must be thread-safe and must not block the caller.
 *
 * <p>The other half of correlation, matching responses to in-flight requests by sequence_number, is per connection
 * and lives in the session's window (an int-keyed map on the event loop); it is not pluggable because nothing
 * outlives the connection there.
 */
public interface Correlator {
    /**
     * Remembers a segment. The client calls it once per accepted segment of a message that requested a receipt, when
     * its submit_sm_resp arrives with a message id. Completes when stored, or exceptionally if it could not be (the
     * client logs it; that segment's receipt will then arrive unmatched). An entry put again under the same key
     * replaces the old one.
     *
     * @param systemId the system_id of the account the segment was sent on
     * @param messageId the message_id the SMSC gave the segment in its submit_sm_resp; a hex or decimal id is given in
     *     lower case without leading zeros ({@code 00B8BE19} as {@code b8be19}), any other id as sent
     * @param tracking what to give back with the segment's receipt
     * @return completes once the entry is stored
     */
    CompletionStage<Void> put(String systemId, String messageId, Tracking tracking);

    /**
     * Finds a segment by the id the SMSC gave it; empty if unknown or expired. For one receipt the client may ask under
     * several spellings of its id (SMSCs write ids in receipts in hex or decimal) and, if none is found, once more
     * after a short pause, since a receipt can overtake the put of its own submit_sm_resp.
     *
     * @param systemId the system_id of the account the receipt arrived on
     * @param messageId a message id as the receipt gives it
     * @return completes with the tracking, or empty if none is known; exceptionally if the lookup failed (the receipt
     *     then goes to the hook unmatched)
     */
    CompletionStage<Optional<Tracking>> get(String systemId, String messageId);

    /**
     * Forgets a segment; completes when done. The client calls it after the hook took a segment's {@linkplain
     * ReceiptEvent#isFinal() final} receipt and a few thousand more final receipts came (see {@link
     * InboundOptions.Builder#forgetAfterFinalReceipt}, which turns it off), with the key the receipt was found under;
     * a failure is logged and the entry then expires. Default: do nothing (keep it until it expires).
     *
     * @param systemId the system_id the entry was put under
     * @param messageId the message id the entry was put under
     * @return completes once the entry is gone (also when there was none)
     */
    default CompletionStage<Void> remove(String systemId, String messageId) {
        return java.util.concurrent.CompletableFuture.completedFuture(null);
    }
}
