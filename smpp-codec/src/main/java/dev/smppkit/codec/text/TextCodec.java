package dev.smppkit.codec.text;

import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.internal.text.Alphabet;
import dev.smppkit.codec.internal.text.GsmTables;
import dev.smppkit.codec.internal.text.SegmentPlan;
import java.text.Normalizer;
import java.util.Objects;

/**
 * Chooses an encoding for a text, encodes it, and decodes incoming message bodies by {@code data_coding}. Stateless
 * and thread-safe.
 */
public final class TextCodec {
    /** The most octets one {@code message_payload} TLV can hold (its length field is 16 bits). */
    public static final int MAX_PAYLOAD_OCTETS = 0xFFFF;

    private static final char REPLACEMENT = '?';

    private TextCodec() {}

    /**
     * The cheapest encoding that represents {@code text} exactly: {@link Encoding#GSM7} when every character is in the
     * GSM 03.38 alphabet or its extension table, {@link Encoding#UCS2} otherwise. Latin-1 and IA5 are never chosen:
     * the air interface has no such coding, so an SMSC turns them into GSM 7-bit or UCS-2 anyway and the text would
     * cost the same or be mangled.
     *
     * @param text the text to send
     * @return {@link Encoding#GSM7} or {@link Encoding#UCS2}; GSM7 for an empty text
     * @throws NullPointerException if text is null
     */
    public static Encoding choose(CharSequence text) {
        return GsmCharset.canEncode(text) ? Encoding.GSM7 : Encoding.UCS2;
    }

    /**
     * Encodes {@code text} exactly; GSM 7-bit comes out unpacked (one septet per octet).
     *
     * @param text the text to encode, of any length (this does not split)
     * @param encoding the encoding to use
     * @return a new array: one octet per septet (extension characters take two) for GSM7, one per character for IA5
     *     and LATIN1, two per UTF-16 unit (big-endian) for UCS2
     * @throws UnencodableCharacterException naming the first character {@code encoding} cannot represent
     */
    public static byte[] encode(CharSequence text, Encoding encoding) {
        return encode(text, encoding, false);
    }

    /**
     * Encodes {@code text}; with {@code replace}, a character the encoding cannot represent becomes its unaccented
     * base letter when that is representable ({@code ê} → {@code e}), otherwise {@code ?} (one {@code ?} for a whole
     * surrogate pair); UCS-2 replaces only unpaired surrogates, with U+FFFD.
     *
     * @param text the text to encode, of any length (this does not split)
     * @param encoding the encoding to use
     * @param replace true to replace what the encoding cannot represent, false to throw
     * @return a new array of the encoded octets, GSM 7-bit unpacked
     * @throws UnencodableCharacterException without {@code replace}, naming the first unrepresentable character
     */
    public static byte[] encode(CharSequence text, Encoding encoding, boolean replace) {
        CharSequence exact = representable(text, encoding, replace);
        int units = unitCount(exact, encoding);
        byte[] out = new byte[units * encoding.octetsPerUnit()];
        encodeInto(exact, 0, exact.length(), encoding, out, 0);
        return out;
    }

    /**
     * Decodes a message body (without any UDH) by its {@code data_coding}.
     *
     * @param body the short_message or message_payload octets, UDH removed; GSM 7-bit unpacked
     * @param dataCoding the PDU's data_coding
     * @param smscDefault the {@code data_coding} that 0 stands for on this connection: {@link DataCoding#SMSC_DEFAULT}
     *     for GSM 03.38 (unpacked), or e.g. {@link DataCoding#LATIN1} or {@link DataCoding#IA5} for SMSCs configured so
     * @return the text; empty for an empty body
     * @throws IllegalArgumentException if the coding is binary, compressed, reserved, or a charset this JVM lacks;
     *     {@link #isText} tells beforehand
     */
    public static String decode(byte[] body, DataCoding dataCoding, DataCoding smscDefault) {
        return decode(body, 0, body.length, dataCoding, smscDefault);
    }

    /**
     * Decodes {@code length} octets at {@code offset}. See {@link #decode(byte[], DataCoding, DataCoding)}.
     *
     * @param body the array holding the message body
     * @param offset where the body starts, e.g. after the UDH
     * @param length the body's length in octets
     * @param dataCoding the PDU's data_coding
     * @param smscDefault the data_coding that 0 stands for on this connection
     * @return the text; empty when length is 0
     * @throws IndexOutOfBoundsException if offset and length do not lie within body
     * @throws IllegalArgumentException if the coding is binary, compressed, reserved, or a charset this JVM lacks
     */
    public static String decode(byte[] body, int offset, int length, DataCoding dataCoding, DataCoding smscDefault) {
        Objects.checkFromIndexSize(offset, length, body.length);
        Alphabet alphabet = Alphabet.of(dataCoding.value(), smscDefault.value());
        if (alphabet == Alphabet.GSM7) {
            return GsmCharset.decode(body, offset, length);
        }
        if (!alphabet.isText()) {
            throw new IllegalArgumentException("data_coding " + dataCoding + " is "
                    + (alphabet == Alphabet.BINARY ? "binary" : "not a text coding this library can decode")
                    + "; read the octets instead");
        }
        return new String(body, offset, length, alphabet.charset());
    }

    /**
     * Whether {@link #decode} can turn a body with this {@code data_coding} into text.
     *
     * @param dataCoding the PDU's data_coding
     * @param smscDefault the data_coding that 0 stands for on this connection
     * @return true for the GSM, IA5, Latin-1, UCS-2 and other character codings this JVM can decode; false for binary,
     *     compressed and reserved codings
     */
    public static boolean isText(DataCoding dataCoding, DataCoding smscDefault) {
        return Alphabet.of(dataCoding.value(), smscDefault.value()).isText();
    }

    /**
     * {@code text} itself if {@code encoding} represents every character; with {@code replace}, a copy with the
     * others replaced; otherwise an exception naming the first offender.
     */
    static CharSequence representable(CharSequence text, Encoding encoding, boolean replace) {
        int bad = firstUnrepresentable(text, encoding);
        if (bad < 0) {
            return text;
        }
        if (!replace) {
            throw UnencodableCharacterException.at(text, bad, encoding);
        }
        StringBuilder sb = new StringBuilder(text.length());
        sb.append(text, 0, bad);
        for (int i = bad, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (isRepresentable(text, i, encoding)) {
                sb.append(c);
                if (Character.isHighSurrogate(c) && i + 1 < n) {
                    sb.append(text.charAt(++i)); // the pair is representable as a whole (UCS-2)
                }
            } else if (encoding == Encoding.UCS2) {
                sb.append('\uFFFD');
            } else {
                sb.append(substitute(text, i, encoding));
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                }
            }
        }
        return sb;
    }

    private static int firstUnrepresentable(CharSequence text, Encoding encoding) {
        for (int i = 0, n = text.length(); i < n; i++) {
            if (!isRepresentable(text, i, encoding)) {
                return i;
            }
            if (encoding == Encoding.UCS2 && Character.isHighSurrogate(text.charAt(i))) {
                i++; // a valid pair: skip its low half
            }
        }
        return -1;
    }

    private static boolean isRepresentable(CharSequence text, int i, Encoding encoding) {
        char c = text.charAt(i);
        return switch (encoding) {
            case GSM7 -> GsmTables.lookup(c) != GsmTables.NONE;
            case IA5 -> c < 0x80;
            case LATIN1 -> c <= 0xFF;
            case UCS2 ->
                Character.isHighSurrogate(c)
                        ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                        : !Character.isLowSurrogate(c);
        };
    }

    /** The unaccented base letter when {@code encoding} has it ({@code ê} → {@code e}), else {@code ?}. */
    private static char substitute(CharSequence text, int i, Encoding encoding) {
        char c = text.charAt(i);
        if (!Character.isSurrogate(c)) {
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            char base = decomposed.charAt(0);
            if (base != c && Character.isLetterOrDigit(base)) {
                CharSequence one = String.valueOf(base);
                if (isRepresentable(one, 0, encoding)) {
                    return base;
                }
            }
        }
        return REPLACEMENT;
    }

    /** Units (septets, octets or UTF-16 units) that {@code text}, already representable, takes. */
    static int unitCount(CharSequence text, Encoding encoding) {
        return encoding == Encoding.GSM7 ? SegmentPlan.length(text, SegmentPlan.Units.GSM_SEPTETS) : text.length();
    }

    /** Writes {@code text[from, to)}, already representable, into {@code dst}; returns the octets written. */
    static int encodeInto(CharSequence text, int from, int to, Encoding encoding, byte[] dst, int offset) {
        switch (encoding) {
            case GSM7:
                return GsmCharset.encodeInto(text, from, to, dst, offset);
            case UCS2:
                for (int i = from, o = offset; i < to; i++) {
                    char c = text.charAt(i);
                    dst[o++] = (byte) (c >>> 8);
                    dst[o++] = (byte) c;
                }
                return 2 * (to - from);
            default: // IA5 and LATIN1 are one octet per character, already range-checked
                for (int i = from, o = offset; i < to; i++) {
                    dst[o++] = (byte) text.charAt(i);
                }
                return to - from;
        }
    }
}
