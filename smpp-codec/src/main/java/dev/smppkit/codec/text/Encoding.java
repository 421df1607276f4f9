package dev.smppkit.codec.text;

import dev.smppkit.codec.DataCoding;

/**
 * How a text is put on the wire, with the {@code data_coding} it is sent under and the units its length is measured
 * in. {@link TextCodec#choose(CharSequence)} picks between {@link #GSM7} and {@link #UCS2}; the others are only used
 * when the caller forces them.
 */
public enum Encoding {
    /**
     * The GSM 03.38 default alphabet, {@code data_coding} 0. Measured in septets (extension characters count two):
     * 160 in one message, 153 or 152 per concatenated segment.
     */
    GSM7(DataCoding.SMSC_DEFAULT, 160, 153, 152),
    /**
     * IA5 / ASCII, {@code data_coding} 1, one octet per character. Measured in octets (140/134/133): that is what fits
     * if the SMSC sends it as 8-bit data; an SMSC that converts it to GSM 7-bit fits it anyway.
     */
    IA5(DataCoding.IA5, 140, 134, 133),
    /** ISO-8859-1, {@code data_coding} 3, one octet per character; measured in octets like {@link #IA5}. */
    LATIN1(DataCoding.LATIN1, 140, 134, 133),
    /**
     * UCS-2 sent as UTF-16BE, {@code data_coding} 8. Measured in UTF-16 units (a character outside the BMP is a
     * surrogate pair and counts two): 70 in one message, 67 or 66 per concatenated segment.
     */
    UCS2(DataCoding.UCS2, 70, 67, 66);

    private final DataCoding dataCoding;
    private final int single;
    private final int with8BitRef;
    private final int with16BitRef;

    Encoding(DataCoding dataCoding, int single, int with8BitRef, int with16BitRef) {
        this.dataCoding = dataCoding;
        this.single = single;
        this.with8BitRef = with8BitRef;
        this.with16BitRef = with16BitRef;
    }

    /**
     * The {@code data_coding} this encoding is sent under.
     *
     * @return 0x00 for GSM7, 0x01 for IA5, 0x03 for LATIN1, 0x08 for UCS2
     */
    public DataCoding dataCoding() {
        return dataCoding;
    }

    /**
     * Units (septets, octets or UTF-16 units) that fit in one unconcatenated message: 160, 140 or 70.
     *
     * @return 160 for GSM7, 140 for IA5 and LATIN1, 70 for UCS2
     */
    public int singleCapacity() {
        return single;
    }

    /**
     * Units that fit in one segment of a concatenated message under {@code mode}: 153/134/67 behind the 8-bit
     * reference header; 152/133/66 behind the 16-bit one, and for SAR, where the SMSC builds the header itself from
     * the 16-bit {@code sar_msg_ref_num}; for {@link ConcatMode#PAYLOAD}, everything goes in one PDU, so the limit is
     * {@link TextCodec#MAX_PAYLOAD_OCTETS} octets instead.
     *
     * @param mode how the segments are tied together
     * @return the units one segment holds; for PAYLOAD the units that fit in one message_payload
     */
    public int segmentCapacity(ConcatMode mode) {
        return switch (mode) {
            case UDH_8BIT -> with8BitRef;
            case UDH_16BIT, SAR -> with16BitRef;
            case PAYLOAD -> this == UCS2 ? TextCodec.MAX_PAYLOAD_OCTETS / 2 : TextCodec.MAX_PAYLOAD_OCTETS;
        };
    }

    /** Octets one unit takes in unpacked form on the wire: 2 for UCS-2, otherwise 1. */
    int octetsPerUnit() {
        return this == UCS2 ? 2 : 1;
    }
}
