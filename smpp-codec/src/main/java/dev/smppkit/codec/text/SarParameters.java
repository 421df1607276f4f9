package dev.smppkit.codec.text;

/**
 * The three SAR TLVs of one segment (SMPP 3.4 §5.3.2.22–24).
 *
 * @param msgRefNum {@code sar_msg_ref_num}, 0–65535, the same in every segment of a message
 * @param totalSegments {@code sar_total_segments}, 1–255
 * @param segmentSeqnum {@code sar_segment_seqnum}, 1–{@code totalSegments}
 */
public record SarParameters(int msgRefNum, int totalSegments, int segmentSeqnum) {
    /**
     * Checks the ranges.
     *
     * @param msgRefNum {@code sar_msg_ref_num}, 0–65535
     * @param totalSegments {@code sar_total_segments}, 1–255
     * @param segmentSeqnum {@code sar_segment_seqnum}, 1–{@code totalSegments}
     * @throws IllegalArgumentException if a value is outside its range, naming the TLV and the limit
     */
    public SarParameters {
        if (msgRefNum < 0 || msgRefNum > 0xFFFF) {
            throw new IllegalArgumentException("sar_msg_ref_num is " + msgRefNum + "; must be 0-65535");
        }
        if (totalSegments < 1 || totalSegments > 255) {
            throw new IllegalArgumentException("sar_total_segments is " + totalSegments + "; must be 1-255");
        }
        if (segmentSeqnum < 1 || segmentSeqnum > totalSegments) {
            throw new IllegalArgumentException("sar_segment_seqnum is " + segmentSeqnum + "; must be 1-" + totalSegments
                    + " (sar_total_segments)");
        }
    }
}
