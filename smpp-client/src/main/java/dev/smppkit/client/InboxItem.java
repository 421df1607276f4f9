package dev.smppkit.client;

import java.util.Objects;

/**
 * One incoming deliver_sm or data_sm as an {@link Inbox} stores it.
 *
 * @param account the name of the ESME (account) it arrived on
 * @param groupKey for a segment of a long message, what all its segments share (account, originator, reference and
 *     number of segments); null for a PDU that is whole by itself (a short message or a receipt)
 * @param segment the segment number, 1 to {@code totalSegments}; 1 for a whole PDU
 * @param totalSegments how many segments the message has; 1 for a whole PDU
 * @param pdu the PDU as it is on the wire (header included, sequence number as received)
 */
public record InboxItem(String account, String groupKey, int segment, int totalSegments, byte[] pdu) {
    /**
     * Checks the fields and copies the PDU, so the item stays unchanged.
     *
     * @param account the name of the ESME (account) it arrived on; not null
     * @param groupKey the segment group, or null for a whole PDU
     * @param segment 1 to {@code totalSegments}
     * @param totalSegments 1 to 255
     * @param pdu the encoded PDU; not null
     * @throws NullPointerException if account or pdu is null
     * @throws IllegalArgumentException if totalSegments is outside 1-255, segment outside 1-totalSegments, or a
     *     segment of several has no group key
     */
    public InboxItem {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(pdu, "pdu");
        if (totalSegments < 1 || totalSegments > 255) {
            throw new IllegalArgumentException("totalSegments is " + totalSegments + "; must be 1-255");
        }
        if (segment < 1 || segment > totalSegments) {
            throw new IllegalArgumentException("segment is " + segment + "; must be 1-" + totalSegments);
        }
        if (totalSegments > 1 && groupKey == null) {
            throw new IllegalArgumentException("groupKey is required for a segment of " + totalSegments);
        }
        pdu = pdu.clone();
    }

    /**
     * The encoded PDU.
     *
     * @return a new copy each call
     */
    @Override
    public byte[] pdu() {
        return pdu.clone();
    }
}
