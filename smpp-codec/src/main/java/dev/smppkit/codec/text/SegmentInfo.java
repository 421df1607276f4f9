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
 * @param shiftTables the national language shift tables GSM 7-bit is written in; {@link ShiftTables#NONE} for the
 *     default alphabet and for every other encoding
 */
public record SegmentInfo(
        Encoding encoding, int segments, int units, int unitsPerSegment, ConcatMode mode, ShiftTables shiftTables) {
    /**
     * Checks that shiftTables is present.
     *
     * @param encoding the encoding the text will be sent in
     * @param segments PDUs it takes
     * @param units its length in the encoding's units
     * @param unitsPerSegment the capacity each segment was measured against
     * @param mode the concatenation mode it was measured for
     * @param shiftTables the national language shift tables, {@link ShiftTables#NONE} for none
     * @throws NullPointerException if shiftTables is null
     */
    public SegmentInfo {
        java.util.Objects.requireNonNull(shiftTables, "shiftTables");
    }

    /**
     * Info for a text in the default tables.
     *
     * @param encoding the encoding the text will be sent in
     * @param segments PDUs it takes
     * @param units its length in the encoding's units
     * @param unitsPerSegment the capacity each segment was measured against
     * @param mode the concatenation mode it was measured for
     */
    public SegmentInfo(Encoding encoding, int segments, int units, int unitsPerSegment, ConcatMode mode) {
        this(encoding, segments, units, unitsPerSegment, mode, ShiftTables.NONE);
    }

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
     * @return true if it is one segment that is not part of a concatenated message
     */
    public boolean isSingle() {
        return mode == ConcatMode.PAYLOAD ? units <= encoding.singleCapacity() : segments == 1;
    }
}
