package dev.smppkit.codec.text;

import dev.smppkit.codec.DataCoding;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole incoming message: the bodies of all its segments, UDH removed, in order. GSM 7-bit that arrived packed is
 * unpacked (one septet per octet), so {@link TextCodec#decode} reads every GSM body the same way.
 */
public final class ReassembledMessage {
    private final String originator;
    private final DataCoding dataCoding;
    private final DataCoding smscDefault;
    private final byte[] payload;
    private final int segments;
    private final ShiftTables shifts;

    ReassembledMessage(
            String originator,
            DataCoding dataCoding,
            DataCoding smscDefault,
            byte[] payload,
            int segments,
            ShiftTables shifts) {
        this.shifts = shifts;
        this.originator = originator;
        this.dataCoding = Objects.requireNonNull(dataCoding, "dataCoding");
        this.smscDefault = smscDefault;
        this.payload = payload;
        this.segments = segments;
    }

    /**
     * The key the caller grouped segments by (e.g. the source address).
     *
     * @return the originator key given to the reassembler with each segment
     */
    public String originator() {
        return originator;
    }

    /**
     * The {@code data_coding} of the first segment.
     *
     * @return the coding of segment 1 as sent; never null
     */
    public DataCoding dataCoding() {
        return dataCoding;
    }

    /**
     * A copy of the joined bodies.
     *
     * @return a new array on every call: the segment bodies in order, UDH removed, GSM 7-bit unpacked
     */
    public byte[] payload() {
        return payload.clone();
    }

    /**
     * How many segments it arrived in (1 for an unconcatenated message).
     *
     * @return 1–255
     */
    public int segments() {
        return segments;
    }

    /**
     * The national language shift tables the UDH of the first segment to arrive named (3GPP TS 23.038 §6.2.1.2),
     * which {@link #text()} decodes GSM 7-bit with.
     *
     * @return the tables; {@link ShiftTables#NONE} when no shift IE was present
     */
    public ShiftTables shiftTables() {
        return shifts;
    }

    /**
     * The text, decoded by {@link #dataCoding()} with the reassembler's SMSC default; empty for binary data and codings
     * that cannot be decoded. Decoding the joined bodies (rather than each segment) also repairs senders that split
     * an escape sequence or a surrogate pair.
     *
     * @return the decoded text, or empty when the data_coding is binary or one this library cannot decode
     */
    public Optional<String> text() {
        if (!TextCodec.isText(dataCoding, smscDefault)) {
            return Optional.empty();
        }
        return Optional.of(TextCodec.decode(payload, 0, payload.length, dataCoding, smscDefault, shifts));
    }

    @Override
    public String toString() {
        return "ReassembledMessage[originator=" + originator + ", data_coding=" + dataCoding + ", " + segments
                + " segments, " + payload.length + " octets]";
    }
}
