package dev.smppkit.codec.internal;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.SmppDecodeException;
import dev.smppkit.codec.SmppTime;
import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;

/**
 * Reads the fields of one PDU body straight from its frame (no copy of the frame), turning every way the body can be
 * wrong into a {@link SmppDecodeException} that names the field and carries the status to answer with.
 *
 * <p>Not thread-safe; one per decode.
 */
public final class FrameReader {
    private final ByteBuf buf;
    private final int commandId;
    private final int sequenceNumber;

    /**
     * A reader over one PDU body.
     *
     * @param frameBody the body after the 16-octet header, fenced to the frame's command_length; read, not released
     * @param commandId the PDU's command_id, carried by every error
     * @param sequenceNumber the PDU's sequence_number, carried by every error
     */
    public FrameReader(ByteBuf frameBody, int commandId, int sequenceNumber) {
        this.buf = frameBody;
        this.commandId = commandId;
        this.sequenceNumber = sequenceNumber;
    }

    /**
     * The body buffer, for readers of TLVs and octet strings that need it directly.
     *
     * @return the frame body given to the constructor, with its reader index where reading has got to
     */
    public ByteBuf buffer() {
        return buf;
    }

    /**
     * The octets not read yet.
     *
     * @return the readable bytes left in the body (TLVs, once the mandatory fields have been read)
     */
    public int remaining() {
        return buf.readableBytes();
    }

    /**
     * Whether octets remain.
     *
     * @return true if at least one octet of the body is not read yet
     */
    public boolean hasRemaining() {
        return buf.isReadable();
    }

    /**
     * A decode error for this PDU; the frame has been consumed whole, so decoding can go on.
     *
     * @param message what is wrong, naming the field
     * @param status the status to answer with
     * @return an exception with this PDU's command_id and sequence_number, header read, framing not lost; the caller
     *     throws it
     */
    public SmppDecodeException error(String message, CommandStatus status) {
        return new SmppDecodeException(message, commandId, sequenceNumber, true, status, false);
    }

    private SmppDecodeException truncated(String field) {
        return error("PDU body ends inside " + field, CommandStatus.ESME_RINVCMDLEN);
    }

    /**
     * Reads a 1-octet unsigned integer.
     *
     * @param field the spec's field name, for the error
     * @return the value, 0–255
     * @throws SmppDecodeException with ESME_RINVCMDLEN if the body ends first
     */
    public int u8(String field) {
        if (!buf.isReadable()) {
            throw truncated(field);
        }
        return buf.readUnsignedByte();
    }

    /**
     * Reads a 2-octet big-endian unsigned integer.
     *
     * @param field the spec's field name, for the error
     * @return the value, 0–65535
     * @throws SmppDecodeException with ESME_RINVCMDLEN if fewer than 2 octets remain
     */
    public int u16(String field) {
        if (buf.readableBytes() < 2) {
            throw truncated(field);
        }
        return buf.readUnsignedShort();
    }

    /**
     * Reads a 4-octet big-endian integer.
     *
     * @param field the spec's field name, for the error
     * @return the value as a signed int (values above 0x7FFFFFFF are negative)
     * @throws SmppDecodeException with ESME_RINVCMDLEN if fewer than 4 octets remain
     */
    public int u32(String field) {
        if (buf.readableBytes() < 4) {
            throw truncated(field);
        }
        return buf.readInt();
    }

    /**
     * Reads a C-Octet String of at most {@code maxWithNul} octets including its NUL.
     *
     * @param field the spec's field name, for the error
     * @param maxWithNul the field's maximum size from the spec, counting the NUL
     * @param tooLong the status when no NUL comes within the maximum (e.g. ESME_RINVSRCADR for source_addr)
     * @return the string decoded as Latin-1, without the NUL; empty (not null) for NULL
     * @throws SmppDecodeException with ESME_RINVCMDLEN if the body ends before a NUL, or with {@code tooLong} if no
     *     NUL comes within {@code maxWithNul} octets
     */
    public String cString(String field, int maxWithNul, CommandStatus tooLong) {
        int start = buf.readerIndex();
        int readable = buf.readableBytes();
        int scan = Math.min(maxWithNul, readable);
        int nul = scan == 0 ? -1 : buf.indexOf(start, start + scan, (byte) 0);
        if (nul < 0) {
            if (readable < maxWithNul) {
                throw error(field + " has no NUL before the end of the PDU", CommandStatus.ESME_RINVCMDLEN);
            }
            throw error(field + " has no NUL within its maximum of " + maxWithNul + " octets", tooLong);
        }
        int len = nul - start;
        buf.readerIndex(nul + 1);
        return len == 0 ? "" : buf.toString(start, len, StandardCharsets.ISO_8859_1);
    }

    /**
     * Reads an SMPP time field: NULL (empty) gives {@code null}; otherwise exactly 16 characters.
     *
     * @param field the spec's field name, for the error
     * @param invalid the status when the value is not a valid time (e.g. ESME_RINVSCHED, ESME_RINVEXPIRY)
     * @return the time, or null for NULL
     * @throws SmppDecodeException with ESME_RINVCMDLEN if the body ends before a NUL, or with {@code invalid} if the
     *     value is longer than 16 characters or not a valid SMPP time
     */
    public SmppTime time(String field, CommandStatus invalid) {
        String text = cString(field, SmppTime.LENGTH + 1, invalid);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return SmppTime.parse(text);
        } catch (IllegalArgumentException e) {
            throw error(field + ": " + e.getMessage(), invalid);
        }
    }

    /**
     * Reads ton, npi and an address C-Octet String of at most {@code maxWithNul} octets.
     *
     * @param field the spec's name of the address field (e.g. source_addr); {@code _ton}/{@code _npi} are appended
     *     for errors in those octets
     * @param maxWithNul the address field's maximum size from the spec, counting the NUL
     * @param tooLong the status when no NUL comes within the maximum
     * @return {@link Address#NULL} for ton 0, npi 0 and an empty value, otherwise the address
     * @throws SmppDecodeException with ESME_RINVCMDLEN if the body ends inside the address, or with {@code tooLong}
     *     if no NUL comes within {@code maxWithNul} octets
     */
    public Address address(String field, int maxWithNul, CommandStatus tooLong) {
        if (buf.readableBytes() < 2) { // name the field only on error: the two concatenations cost ~110 B per address
            throw truncated(field + (buf.isReadable() ? "_npi" : "_ton"));
        }
        int ton = buf.readUnsignedByte();
        int npi = buf.readUnsignedByte();
        String value = cString(field, maxWithNul, tooLong);
        return ton == 0 && npi == 0 && value.isEmpty() ? Address.NULL : Address.of(ton, npi, value);
    }

    /**
     * Reads {@code length} octets into a new array.
     *
     * @param field the spec's field name, for the error
     * @param length how many octets to read, e.g. sm_length
     * @param status the status when fewer than {@code length} octets remain
     * @return a new array of {@code length} octets
     * @throws SmppDecodeException with {@code status} if fewer than {@code length} octets remain
     */
    public byte[] octets(String field, int length, CommandStatus status) {
        if (buf.readableBytes() < length) {
            throw error(
                    field + " is " + length + " octets but only " + buf.readableBytes() + " remain in the PDU", status);
        }
        byte[] bytes = new byte[length];
        buf.readBytes(bytes);
        return bytes;
    }
}
