package dev.smppkit.codec.text;

import dev.smppkit.codec.DataCoding;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * One PDU's worth of a split message: everything a {@code submit_sm} or {@code data_sm} needs besides addresses.
 *
 * <ul>
 *   <li>{@link #bytes()} go in {@code short_message}, or in the {@code message_payload} TLV (with sm_length 0) when
 *       {@link #inMessagePayload()} is true. In UDH modes they start with the concatenation UDH, and text in national
 *       language shift tables starts with a UDH naming them (even a single segment).
 *   <li>When {@link #udhi()} is true, set esm_class bit 0x40 (UDHI).
 *   <li>{@link #dataCoding()} goes in {@code data_coding}.
 *   <li>When {@link #sar()} is present, send the three SAR TLVs.
 * </ul>
 *
 * <p>Immutable: the octets are never exposed, only copied or wrapped read-only.
 */
public final class Segment {
    /** The esm_class bit that says {@code short_message} starts with a User Data Header. */
    public static final int ESM_CLASS_UDHI = 0x40;

    private final byte[] bytes;
    private final boolean udhi;
    private final DataCoding dataCoding;
    private final boolean inMessagePayload;
    private final SarParameters sar;
    private final int number;
    private final int total;

    Segment(
            byte[] bytes,
            boolean udhi,
            DataCoding dataCoding,
            boolean inMessagePayload,
            SarParameters sar,
            int number,
            int total) {
        this.bytes = bytes;
        this.udhi = udhi;
        this.dataCoding = Objects.requireNonNull(dataCoding, "dataCoding");
        this.inMessagePayload = inMessagePayload;
        this.sar = sar;
        this.number = number;
        this.total = total;
    }

    /**
     * A copy of the octets for {@code short_message} (or {@code message_payload}), UDH included.
     *
     * @return a new array on every call: at most 140 octets (160 for unpacked GSM) unless in message_payload
     */
    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * The octets as a read-only buffer, without copying (e.g. for {@code Unpooled.wrappedBuffer}).
     *
     * @return a new read-only buffer over the octets, position 0, limit {@link #length()}
     */
    public ByteBuffer asReadOnlyBuffer() {
        return ByteBuffer.wrap(bytes).asReadOnlyBuffer();
    }

    /**
     * Number of octets, UDH included: the {@code sm_length} (or the message_payload length).
     *
     * @return the length of {@link #bytes()}
     */
    public int length() {
        return bytes.length;
    }

    /**
     * Whether the octets start with a UDH, so esm_class must have {@link #ESM_CLASS_UDHI} set.
     *
     * @return true for a segment of a multi-segment message in a UDH mode, and for text in national language shift
     *     tables; false otherwise
     */
    public boolean udhi() {
        return udhi;
    }

    /**
     * The esm_class bits this segment needs OR-ed in: {@link #ESM_CLASS_UDHI} or 0.
     *
     * @return 0x40 if {@link #udhi()}, else 0
     */
    public int esmClassBits() {
        return udhi ? ESM_CLASS_UDHI : 0;
    }

    /**
     * The {@code data_coding} to send.
     *
     * @return the encoding's data_coding, or the one given for binary data
     */
    public DataCoding dataCoding() {
        return dataCoding;
    }

    /**
     * Whether the octets go in the {@code message_payload} TLV (with sm_length 0) rather than short_message.
     *
     * @return true only for {@link ConcatMode#PAYLOAD}
     */
    public boolean inMessagePayload() {
        return inMessagePayload;
    }

    /**
     * The SAR TLV values, present only for {@link ConcatMode#SAR} when the message has more than one segment.
     *
     * @return the sar_msg_ref_num, sar_total_segments and sar_segment_seqnum for this segment, or empty
     */
    public Optional<SarParameters> sar() {
        return Optional.ofNullable(sar);
    }

    /**
     * This segment's position, 1-based.
     *
     * @return 1 to {@link #total()}
     */
    public int number() {
        return number;
    }

    /**
     * How many segments the message has.
     *
     * @return 1–255
     */
    public int total() {
        return total;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Segment s
                && udhi == s.udhi
                && inMessagePayload == s.inMessagePayload
                && number == s.number
                && total == s.total
                && dataCoding == s.dataCoding
                && Objects.equals(sar, s.sar)
                && Arrays.equals(bytes, s.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(bytes) + Objects.hash(udhi, dataCoding, inMessagePayload, sar, number, total);
    }

    @Override
    public String toString() {
        StringBuilder sb =
                new StringBuilder("Segment[").append(number).append('/').append(total);
        sb.append(", ").append(bytes.length).append(" octets, data_coding=").append(dataCoding);
        if (udhi) {
            sb.append(", UDHI");
        }
        if (sar != null) {
            sb.append(", ").append(sar);
        }
        if (inMessagePayload) {
            sb.append(", message_payload");
        }
        return sb.append(']').toString();
    }
}
