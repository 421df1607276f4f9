package dev.smppkit.codec.text;

import dev.smppkit.codec.DataCoding;

/**
 * What a text will cost before it is sent: see {@link TextCodec#info(CharSequence)}.
 *
 * @param encoding the encoding the text will be sent in
 * @param segments PDUs it takes (1 for {@link ConcatMode#PAYLOAD})
 * @param units its length in the encoding's units: septets (extension characters count two), octets, or UTF-16
 *     units (characters outside the BMP count two)
 * @param unitsPerSegment the capacity each segment was measured against: 160/140/70 when the text fits in one
 *     message, else the concatenated capacity (e.g. 153 septets behind an 8-bit reference UDH)
 * @param mode the concatenation mode it was measured for
 */
public record SegmentInfo(Encoding encoding, int segments, int units, int unitsPerSegment, ConcatMode mode) {
    /**
     * The {@code data_coding} the segments will carry.
     *
     * @return the encoding's data_coding
     */
    public DataCoding dataCoding() {
        return encoding.dataCoding();
    }

    /**
     * Whether the text fits in one unconcatenated message.
     *
     * @return true if its units fit the encoding's single-message capacity (160, 140 or 70)
     */
    public boolean isSingle() {
        return units <= encoding.singleCapacity();
    }
}
