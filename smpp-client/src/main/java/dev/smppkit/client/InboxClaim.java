package dev.smppkit.client;

import java.util.List;

/**
 * What {@link Inbox#take} hands out: one PDU, or the segments of one long message, leased to the taker.
 *
 * @param id the idempotency key: the smallest row id of the unit, the same however often it is handed out
 * @param rowIds every row the claim holds (a repeated segment included), for {@link Inbox#done}
 * @param items the PDUs in segment order, one per segment number that arrived
 * @param totalSegments how many segments the message has (1 for a whole PDU)
 * @param lease what the inbox needs to recognise its lease (opaque to the client)
 */
public record InboxClaim(long id, List<Long> rowIds, List<InboxItem> items, int totalSegments, String lease) {
    /**
     * Copies the lists.
     *
     * @param id the idempotency key
     * @param rowIds every row the claim holds
     * @param items the PDUs in segment order
     * @param totalSegments how many segments the message has
     * @param lease the inbox's lease token
     */
    public InboxClaim {
        rowIds = List.copyOf(rowIds);
        items = List.copyOf(items);
    }

    /**
     * Whether every segment arrived (always true for a whole PDU).
     *
     * @return false for a group handed out because its incomplete timeout passed
     */
    public boolean complete() {
        return items.size() >= totalSegments;
    }
}
