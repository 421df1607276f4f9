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

    public FrameReader(ByteBuf frameBody, int commandId, int sequenceNumber) {
        this.buf = frameBody;
        this.commandId = commandId;
        this.sequenceNumber = sequenceNumber;
    }

    public ByteBuf buffer() {
        return buf;
    }

    public int remaining() {
        return buf.readableBytes();
    }

    public boolean hasRemaining() {
        return buf.isReadable();
    }

    /** A decode error for this PDU; the frame has been consumed whole, so decoding can go on. */
    public SmppDecodeException error(String message, CommandStatus status) {
        return new SmppDecodeException(message, commandId, sequenceNumber, true, status, false);
    }

    private SmppDecodeException truncated(String field) {
        return error("PDU body ends inside " + field, CommandStatus.ESME_RINVCMDLEN);
    }

    public int u8(String field) {
        if (!buf.isReadable()) {
            throw truncated(field);
        }
        return buf.readUnsignedByte();
    }

    public int u16(String field) {
        if (buf.readableBytes() < 2) {
            throw truncated(field);
        }
        return buf.readUnsignedShort();
    }

    public int u32(String field) {
        if (buf.readableBytes() < 4) {
            throw truncated(field);
        }
        return buf.readInt();
    }

    /**
     * Reads a C-Octet String of at most {@code maxWithNul} octets including its NUL.
     *
     * @param tooLong the status when no NUL comes within the maximum (e.g. ESME_RINVSRCADR for source_addr)
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

    /** Reads an SMPP time field: NULL (empty) gives {@code null}; otherwise exactly 16 characters. */
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

    /** Reads ton, npi and an address C-Octet String of at most {@code maxWithNul} octets. */
    public Address address(String field, int maxWithNul, CommandStatus tooLong) {
        if (buf.readableBytes() < 2) { // name the field only on error: the two concatenations cost ~110 B per address
            throw truncated(field + (buf.isReadable() ? "_npi" : "_ton"));
        }
        int ton = buf.readUnsignedByte();
        int npi = buf.readUnsignedByte();
        String value = cString(field, maxWithNul, tooLong);
        return ton == 0 && npi == 0 && value.isEmpty() ? Address.NULL : Address.of(ton, npi, value);
    }

    /** Reads {@code length} octets into a new array. */
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
