package dev.smppkit.codec.internal;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.SmppTime;
import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;

/** Field writers and sizes for the encoders; strings were checked to be Latin-1 without NUL when built. */
public final class Wire {
    private Wire() {}

    /** The encoded size of a C-Octet String: its characters plus the NUL. */
    public static int cStringLength(String s) {
        return s.length() + 1;
    }

    /** The encoded size of a time field: 17, or 1 for NULL. */
    public static int timeLength(SmppTime timeOrNull) {
        return timeOrNull == null ? 1 : SmppTime.LENGTH + 1;
    }

    /** Writes a C-Octet String; Netty writes Latin-1 char by char, without an intermediate array. */
    public static void writeCString(ByteBuf out, String s) {
        if (!s.isEmpty()) {
            out.writeCharSequence(s, StandardCharsets.ISO_8859_1);
        }
        out.writeByte(0);
    }

    /** Writes a time field, or NULL. */
    public static void writeTime(ByteBuf out, SmppTime timeOrNull) {
        writeCString(out, timeOrNull == null ? "" : timeOrNull.text());
    }

    /** The encoded size of an address: ton, npi and the C-Octet String. */
    public static int addressLength(Address a) {
        return 2 + a.value().length() + 1;
    }

    /** Writes ton, npi and the address C-Octet String. */
    public static void writeAddress(ByteBuf out, Address a) {
        out.writeByte(a.ton());
        out.writeByte(a.npi());
        writeCString(out, a.value());
    }
}
