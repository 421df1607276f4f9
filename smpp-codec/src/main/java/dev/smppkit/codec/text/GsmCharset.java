package dev.smppkit.codec.text;

import dev.smppkit.codec.internal.text.GsmAlphabet;
import dev.smppkit.codec.internal.text.GsmTables;

/**
 * The GSM 03.38 default alphabet (3GPP TS 23.038 §6.2.1) with its extension table, in both wire forms.
 *
 * <ul>
 *   <li><b>Unpacked</b>: one septet per octet, high bit clear. This is what most SMSCs expect in
 *       {@code short_message} with {@code data_coding} 0; they pack it themselves for the air interface.
 *   <li><b>Packed</b>: septets packed LSB-first into octets (23.038 §6.1.2.1.1), optionally after the fill bits
 *       that align the text to a septet boundary behind a User Data Header (3GPP TS 23.040 §9.2.3.24).
 * </ul>
 *
 * <p>Extension characters (form feed, {@code ^ { } \ [ ~ ] |} and {@code €}) take two septets: ESC (0x1B) and a code.
 * Decoding can use national language shift tables ({@link GsmAlphabet}) in place of both tables. Encoding is
 * {@link TextCodec}'s (through {@link SegmentWriter}, which packs with {@link #putSeptet}); this class holds the wire
 * forms' other half: decoding, and packing and unpacking whole arrays. Stateless and thread-safe.
 */
final class GsmCharset {
    private static final int CR = 0x0D;

    private GsmCharset() {}

    /**
     * Decodes unpacked septets. See {@link #decode(byte[], int, int)}.
     *
     * @param septets the septets, one per octet
     * @return the text; empty for an empty array
     */
    static String decode(byte[] septets) {
        return decode(septets, 0, septets.length);
    }

    /**
     * Decodes {@code length} unpacked septets starting at {@code offset}.
     *
     * <p>Following 23.038, ESC before a code the extension table does not define shows the basic character for that
     * code, and ESC at the very end shows a space. An octet with the high bit set is not a septet; it decodes as
     * U+FFFD so that a misconfigured {@code data_coding} is visible rather than silently mangled.
     *
     * @param septets the array holding the septets, one per octet
     * @param offset where they start
     * @param length how many octets to decode
     * @return the text, one character per septet or per ESC pair
     * @throws ArrayIndexOutOfBoundsException if offset and length do not lie within septets
     */
    static String decode(byte[] septets, int offset, int length) {
        return decode(septets, offset, length, GsmAlphabet.DEFAULT);
    }

    /** Decodes as {@link #decode(byte[], int, int)} does, with {@code alphabet}'s basic and extension tables. */
    static String decode(byte[] septets, int offset, int length, GsmAlphabet alphabet) {
        char[] out = new char[length];
        int n = 0;
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            int s = septets[i] & 0xFF;
            if (s > 0x7F) {
                out[n++] = '\uFFFD';
            } else if (s == GsmTables.ESC && i + 1 < end && (septets[i + 1] & 0x80) == 0) {
                out[n++] = alphabet.extension(septets[++i]);
            } else {
                out[n++] = alphabet.basic(s);
            }
        }
        return new String(out, 0, n);
    }

    /**
     * The fill bits that align the first septet after a User Data Header of {@code udhOctets} octets (counting the
     * UDHL octet itself) to a septet boundary: {@code (7 - (8 * udhOctets) % 7) % 7} (23.040 §9.2.3.24). 0 for no
     * header, 1 after the 6-octet 8-bit concatenation header, 0 after the 7-octet 16-bit one.
     *
     * @param udhOctets the UDH length in octets including the UDHL octet, 0 for none
     * @return the fill bits, 0–6
     * @throws IllegalArgumentException if udhOctets is negative
     */
    static int fillBits(int udhOctets) {
        if (udhOctets < 0) {
            throw new IllegalArgumentException("udhOctets is " + udhOctets + "; must be at least 0");
        }
        return (7 - (8 * udhOctets) % 7) % 7;
    }

    /**
     * Packs all of {@code septets} after {@code fillBits} zero bits. See {@link #pack(byte[], int, int, int)}.
     *
     * @param septets the unpacked septets, one per octet (the high bit is ignored)
     * @param fillBits zero bits before the first septet, 0–6; see {@link #fillBits(int)}
     * @return {@code ceil((fillBits + 7 * septets.length) / 8)} octets
     * @throws IllegalArgumentException if fillBits is not 0–6
     */
    static byte[] pack(byte[] septets, int fillBits) {
        return pack(septets, 0, septets.length, fillBits);
    }

    /**
     * Packs {@code count} septets LSB-first (23.038 §6.1.2.1.1), after {@code fillBits} zero bits (0–6) in the low
     * order bits of the first octet. When exactly seven bits of the last octet are left over, they carry CR so that a
     * receiver that derives the length from octets does not read a spurious {@code @} (23.038 §6.1.2.3.1).
     *
     * @param septets the array holding the unpacked septets (the high bit of each is ignored)
     * @param offset where they start
     * @param count how many septets to pack
     * @param fillBits zero bits before the first septet, 0–6
     * @return {@code ceil((fillBits + 7 * count) / 8)} octets
     * @throws IllegalArgumentException if fillBits is not 0–6
     */
    static byte[] pack(byte[] septets, int offset, int count, int fillBits) {
        checkFill(fillBits);
        int bits = fillBits + 7 * count;
        byte[] out = new byte[(bits + 7) >>> 3];
        int bitPos = fillBits;
        for (int i = offset, end = offset + count; i < end; i++) {
            bitPos = putSeptet(out, bitPos, septets[i] & 0x7F);
        }
        if (count > 0 && (out.length << 3) - bits == 7) {
            putSeptet(out, bitPos, CR);
        }
        return out;
    }

    /**
     * Unpacks all whole septets after {@code fillBits}. A CR that fills exactly the last seven bits is the padding
     * {@link #pack} adds and is dropped; use {@link #unpack(byte[], int, int, int, int)} when the septet count is
     * known (from the TP-UDL) to keep it.
     *
     * @param packed the packed octets
     * @param fillBits the fill bits before the first septet, 0–6
     * @return a new array of the septets, one per octet
     * @throws IllegalArgumentException if fillBits is not 0–6
     */
    static byte[] unpack(byte[] packed, int fillBits) {
        checkFill(fillBits);
        int bits = (packed.length << 3) - fillBits;
        int count = Math.max(0, bits / 7);
        if (count > 0 && bits % 7 == 0 && septetAt(packed, 0, fillBits, count - 1) == CR) {
            count--;
        }
        return unpack(packed, 0, packed.length, fillBits, count);
    }

    /**
     * Unpacks {@code septetCount} septets from {@code length} octets at {@code offset}, skipping {@code fillBits}.
     *
     * @param packed the array holding the packed octets
     * @param offset where they start
     * @param length how many octets they take
     * @param fillBits the fill bits before the first septet, 0–6
     * @param septetCount how many septets to take out
     * @return a new array of {@code septetCount} septets, one per octet
     * @throws IllegalArgumentException if fillBits is not 0–6, or the octets hold fewer than {@code septetCount}
     *     septets
     */
    static byte[] unpack(byte[] packed, int offset, int length, int fillBits, int septetCount) {
        checkFill(fillBits);
        if (septetCount < 0 || fillBits + 7L * septetCount > 8L * length) {
            throw new IllegalArgumentException("septetCount is " + septetCount + "; " + length + " octets after "
                    + fillBits + " fill bits hold at most " + Math.max(0, (8 * length - fillBits) / 7));
        }
        byte[] out = new byte[septetCount];
        for (int i = 0; i < septetCount; i++) {
            out[i] = (byte) septetAt(packed, offset, fillBits, i);
        }
        return out;
    }

    private static int septetAt(byte[] packed, int offset, int fillBits, int index) {
        int bit = fillBits + 7 * index;
        int pos = offset + (bit >>> 3);
        int shift = bit & 7;
        int value = (packed[pos] & 0xFF) >>> shift;
        if (shift > 1) {
            value |= (packed[pos + 1] & 0xFF) << (8 - shift);
        }
        return value & 0x7F;
    }

    /** ORs {@code septet} into {@code out} at bit {@code bitPos} (LSB-first); returns the next bit position. */
    static int putSeptet(byte[] out, int bitPos, int septet) {
        int pos = bitPos >>> 3;
        int shift = bitPos & 7;
        out[pos] |= (byte) (septet << shift);
        if (shift > 1) {
            out[pos + 1] |= (byte) (septet >>> (8 - shift));
        }
        return bitPos + 7;
    }

    private static void checkFill(int fillBits) {
        if (fillBits < 0 || fillBits > 6) {
            throw new IllegalArgumentException("fillBits is " + fillBits + "; must be 0-6");
        }
    }
}
