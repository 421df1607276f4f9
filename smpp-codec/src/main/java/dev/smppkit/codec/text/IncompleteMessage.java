package dev.smppkit.codec.text;

import dev.smppkit.codec.DataCoding;
import java.time.Instant;
import java.util.List;

/**
 * A concatenated message the {@link Reassembler} gave up on, reported to its listener so that nothing is dropped
 * silently.
 *
 * @param originator the key its segments were offered under
 * @param reference the concatenation reference (UDH or {@code sar_msg_ref_num})
 * @param totalSegments how many segments the message announced
 * @param receivedSegments the 1-based numbers of the segments that did arrive, ascending
 * @param dataCoding the {@code data_coding} of the first segment that arrived
 * @param partialPayload the bodies that arrived, joined in order (gaps left out)
 * @param firstSeen when its first segment arrived
 * @param reason why it was given up
 */
public record IncompleteMessage(
        String originator,
        int reference,
        int totalSegments,
        List<Integer> receivedSegments,
        DataCoding dataCoding,
        byte[] partialPayload,
        Instant firstSeen,
        Reason reason) {

    /** Why an incomplete message was given up. */
    public enum Reason {
        /** Its timeout passed before all segments arrived. */
        TIMED_OUT,
        /** It was the oldest when the pending limit (messages or octets) was reached. */
        EVICTED
    }

    /**
     * Copies the list and the payload, so the record cannot be changed through them.
     *
     * @param originator the key its segments were offered under
     * @param reference the concatenation reference
     * @param totalSegments how many segments the message announced
     * @param receivedSegments the numbers of the segments that arrived; copied
     * @param dataCoding the data_coding of the first segment that arrived
     * @param partialPayload the bodies that arrived, joined; copied
     * @param firstSeen when its first segment arrived
     * @param reason why it was given up
     * @throws NullPointerException if receivedSegments or partialPayload is null, or the list holds a null
     */
    public IncompleteMessage {
        receivedSegments = List.copyOf(receivedSegments);
        partialPayload = partialPayload.clone();
    }

    /**
     * A copy of the bodies that arrived.
     *
     * @return a new array on every call: the segment bodies that arrived, UDH removed, joined in order with gaps left
     *     out
     */
    @Override
    public byte[] partialPayload() {
        return partialPayload.clone();
    }
}
