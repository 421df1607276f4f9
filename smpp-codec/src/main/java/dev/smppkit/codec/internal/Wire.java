package dev.smppkit.codec.internal;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.SmppTime;
import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;

/** Field writers and sizes for the encoders; strings were checked to be Latin-1 without NUL when built. */
public final class Wire {
    private Wire() {}

    /**
     * The encoded size of a C-Octet String: its characters plus the NUL.
     *
     * @param s a string already checked to be Latin-1 without NUL; empty for NULL
     * @return {@code s.length() + 1}, so 1 for NULL
     */
    public static int cStringLength(String s) {
        return s.length() + 1;
    }

    /**
     * The encoded size of a time field: 17, or 1 for NULL.
     *
     * @param timeOrNull the time, or null for the NULL time
     * @return 17 for a time, 1 for null
     */
    public static int timeLength(SmppTime timeOrNull) {
        return timeOrNull == null ? 1 : SmppTime.LENGTH + 1;
    }

    /**
     * Writes a C-Octet String; Netty writes Latin-1 char by char, without an intermediate array.
     *
     * @param out the buffer to write to, at its writer index
     * @param s a string already checked to be Latin-1 without NUL; empty writes a single NUL
     */
    public static void writeCString(ByteBuf out, String s) {
        if (!s.isEmpty()) {
            out.writeCharSequence(s, StandardCharsets.ISO_8859_1);
        }
        out.writeByte(0);
    }

    /**
     * Writes a time field, or NULL.
     *
     * @param out the buffer to write to, at its writer index
     * @param timeOrNull the time (16 characters and a NUL), or null for a single NUL
     */
    public static void writeTime(ByteBuf out, SmppTime timeOrNull) {
        writeCString(out, timeOrNull == null ? "" : timeOrNull.text());
    }

    /**
     * The encoded size of an address: ton, npi and the C-Octet String.
     *
     * @param a the address; {@link Address#NULL} for none
     * @return 2 + the address length + 1, so 3 for NULL
     */
    public static int addressLength(Address a) {
        return 2 + a.value().length() + 1;
    }

    /**
     * Writes ton, npi and the address C-Octet String.
     *
     * @param out the buffer to write to, at its writer index
     * @param a the address; {@link Address#NULL} writes three zero octets
     */
    public static void writeAddress(ByteBuf out, Address a) {
        out.writeByte(a.ton());
        out.writeByte(a.npi());
        writeCString(out, a.value());
    }
}
