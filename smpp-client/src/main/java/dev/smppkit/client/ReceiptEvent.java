package dev.smppkit.client;

import dev.smppkit.codec.pdu.BaseSm;
import dev.smppkit.codec.pdu.DataSm;
import dev.smppkit.codec.pdu.PduRequest;
import dev.smppkit.codec.text.DeliveryReceipt;
import dev.smppkit.codec.text.ReceiptStat;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A delivery receipt and the message it belongs to, if the correlator found it.
 *
 * <p>A receipt is either final ({@link #isFinal()}: DELIVRD, UNDELIV, EXPIRED, …) or an intermediate notification
 * ({@link #isIntermediate()}: ENROUTE, ACCEPTD, SCHEDLD, …), after which another receipt for the same message is to
 * be expected. Once the hook took a final receipt (its stage completed normally) the client removes the segment's
 * {@link Correlator} entry, a few thousand final receipts later ({@link
 * InboundOptions.Builder#forgetAfterFinalReceipt}, on by default); an intermediate receipt leaves the entry for the
 * final one.
 *
 * @param receipt the parsed receipt (from the text, the TLVs, or both)
 * @param tracking what was stored for the segment it is about; empty when no match was found ({@link #matched()})
 * @param systemId the account the receipt arrived on
 * @param pdu the deliver_sm or data_sm that carried it
 * @param account the name of the ESME (account) it arrived on; by default its system_id
 * @param inboxId with an {@link Inbox}: the receipt's idempotency key ({@link InboxClaim#id()}), the same each time
 *     the hook gets it again (after a failed hook or a restart); empty without an inbox
 */
public record ReceiptEvent(
        DeliveryReceipt receipt,
        Optional<Tracking> tracking,
        String systemId,
        PduRequest<?> pdu,
        String account,
        OptionalLong inboxId) {
    /**
     * A receipt event; a null account is taken as the system_id.
     *
     * @param receipt the parsed receipt (from the text, the TLVs, or both)
     * @param tracking what was stored for the segment it is about; empty when no match was found
     * @param systemId the account the receipt arrived on
     * @param pdu the deliver_sm or data_sm that carried it
     * @param account the name of the ESME (account) it arrived on; by default its system_id
     * @param inboxId the idempotency key from the inbox; null is taken as empty
     */
    public ReceiptEvent {
        account = account != null ? account : systemId;
        inboxId = inboxId != null ? inboxId : OptionalLong.empty();
    }

    /**
     * A receipt event that did not come through an inbox; a null account is taken as the system_id.
     *
     * @param receipt the parsed receipt (from the text, the TLVs, or both)
     * @param tracking what was stored for the segment it is about; empty when no match was found
     * @param systemId the account the receipt arrived on
     * @param pdu the deliver_sm or data_sm that carried it
     * @param account the name of the ESME (account) it arrived on; by default its system_id
     */
    public ReceiptEvent(
            DeliveryReceipt receipt, Optional<Tracking> tracking, String systemId, PduRequest<?> pdu, String account) {
        this(receipt, tracking, systemId, pdu, account, OptionalLong.empty());
    }

    /**
     * A receipt event whose account is named by its system_id.
     *
     * @param receipt the parsed receipt (from the text, the TLVs, or both)
     * @param tracking what was stored for the segment it is about; empty when no match was found
     * @param systemId the account the receipt arrived on
     * @param pdu the deliver_sm or data_sm that carried it
     */
    public ReceiptEvent(DeliveryReceipt receipt, Optional<Tracking> tracking, String systemId, PduRequest<?> pdu) {
        this(receipt, tracking, systemId, pdu, systemId);
    }

    /**
     * Whether the receipt was matched to a message this client (or another sharing the correlator) sent.
     *
     * @return true if {@code tracking} is present
     */
    public boolean matched() {
        return tracking.isPresent();
    }

    /**
     * Whether this receipt reports the message's final state. It is not final when the PDU is an intermediate
     * notification (esm_class type 0x20), or when its stat is not final: ENROUTE, SCHEDLD, UNKNOWN, a stat not known
     * ({@link ReceiptStat#UNRECOGNIZED}), and ACCEPTD. SMPP 3.4 calls ACCEPTD final (read by customer service), but
     * SMSCs send it far more often to say that the next network took the message, followed by DELIVRD or UNDELIV; a
     * hook that knows its SMSC ends on ACCEPTD can test {@code receipt().stat()} itself.
     *
     * @return true for a final receipt (DELIVRD, EXPIRED, DELETED, UNDELIV, REJECTD, SKIPPED outside an intermediate
     *     notification)
     */
    public boolean isFinal() {
        if (intermediateNotification(pdu)) {
            return false;
        }
        ReceiptStat stat = receipt.stat();
        return stat.isFinal() && stat != ReceiptStat.ACCEPTD;
    }

    /**
     * Whether this receipt is an intermediate notification: the opposite of {@link #isFinal()}.
     *
     * @return true if another receipt for the same message may follow
     */
    public boolean isIntermediate() {
        return !isFinal();
    }

    private static boolean intermediateNotification(PduRequest<?> pdu) {
        if (pdu instanceof BaseSm<?> sm) {
            return sm.esmClass().isIntermediateNotification();
        }
        return pdu instanceof DataSm d && d.esmClass().isIntermediateNotification();
    }
}
