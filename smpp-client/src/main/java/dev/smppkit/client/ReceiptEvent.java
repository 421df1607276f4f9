package dev.smppkit.client;

import dev.smppkit.codec.pdu.PduRequest;
import dev.smppkit.codec.text.DeliveryReceipt;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A delivery receipt and the message it belongs to, if the correlator found it.
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
}
