package dev.smppkit.codec.pdu;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * One optional parameter: a 16-bit tag and its value octets (SMPP 3.4 §3.2.4.1). Unknown and vendor tags are kept as
 * they came so that they re-encode byte for byte.
 */
public final class Tlv {
    private final int tag;
    private final byte[] value; // never exposed: value() copies

    Tlv(int tag, byte[] value) {
        this.tag = tag;
        this.value = value;
    }

    /**
     * A TLV with the given raw value (copied).
     *
     * @param tag the 16-bit tag, 0–0xFFFF; a 3.4 tag (see {@link TlvTag}) or any vendor or unknown tag
     * @param value the value octets, at most 65,535; copied, so later changes to the array do not show
     * @return the TLV
     * @throws NullPointerException if value is null
     * @throws IllegalArgumentException if the tag is not 0–0xFFFF, the value is longer than 65,535 octets, or the
     *     tag is a 3.4 TLV and the length is outside what the spec allows for it
     */
    public static Tlv of(int tag, byte[] value) {
        if (tag < 0 || tag > 0xFFFF) {
            throw new IllegalArgumentException("TLV tag is " + tag + "; must be 0-0xFFFF");
        }
        if (value.length > 0xFFFF) {
            throw new IllegalArgumentException(
                    "TLV 0x" + Integer.toHexString(tag) + " value is " + value.length + " octets; at most 65535");
        }
        TlvTag known = TlvTag.known(tag);
        if (known != null && !known.allowsLength(value.length)) {
            throw new IllegalArgumentException(known.name() + " is " + value.length + " octets; must be "
                    + (known.minLength() == known.maxLength()
                            ? String.valueOf(known.minLength())
                            : known.minLength() + "-" + known.maxLength()));
        }
        return new Tlv(tag, value.clone());
    }

    /**
     * A TLV holding an unsigned integer in {@code length} octets (1, 2 or 4), big-endian.
     *
     * @param tag the 16-bit tag, 0–0xFFFF
     * @param length the value size in octets: 1, 2 or 4
     * @param value the unsigned value, 0 to 2<sup>8·length</sup>−1
     * @return the TLV
     * @throws IllegalArgumentException if length is not 1, 2 or 4, the value does not fit, the tag is out of range, or
     *     the tag is a 3.4 TLV that does not allow this length
     */
    public static Tlv ofInt(int tag, int length, long value) {
        if (length != 1 && length != 2 && length != 4) {
            throw new IllegalArgumentException("integer TLV length is " + length + "; must be 1, 2 or 4");
        }
        long max = length == 4 ? 0xFFFFFFFFL : (1L << (8 * length)) - 1;
        if (value < 0 || value > max) {
            throw new IllegalArgumentException(
                    "TLV 0x" + Integer.toHexString(tag) + " value is " + value + "; must be 0-" + max);
        }
        byte[] v = new byte[length];
        for (int i = 0; i < length; i++) {
            v[i] = (byte) (value >>> (8 * (length - 1 - i)));
        }
        return of(tag, v);
    }

    /**
     * A TLV holding an integer sized as the 3.4 tag defines (for source_telematics_id: 1 octet, as the spec says).
     *
     * @param tag an integer 3.4 tag
     * @param value the unsigned value; it must fit in {@link TlvTag#minLength()} octets
     * @return the TLV, {@link TlvTag#minLength()} octets long
     * @throws IllegalArgumentException if the value does not fit, or the tag's minimum length is not 1, 2 or 4
     */
    public static Tlv ofInt(TlvTag tag, long value) {
        return ofInt(tag.tag(), tag.minLength(), value);
    }

    /**
     * A TLV holding a C-Octet String (Latin-1 text, NUL appended).
     *
     * @param tag a C-Octet String 3.4 tag, e.g. {@link TlvTag#RECEIPTED_MESSAGE_ID}
     * @param text Latin-1 text without NUL; with its NUL it must fit the tag's maximum length (e.g. 64 characters for
     *     receipted_message_id)
     * @return the TLV, {@code text.length() + 1} octets long
     * @throws NullPointerException if text is null
     * @throws IllegalArgumentException if text has a non-Latin-1 character or a NUL, or is too long for the tag
     */
    public static Tlv ofCString(TlvTag tag, String text) {
        dev.smppkit.codec.internal.CStrings.check(tag.name(), text);
        byte[] v = new byte[text.length() + 1];
        for (int i = 0; i < text.length(); i++) {
            v[i] = (byte) text.charAt(i);
        }
        return of(tag.tag(), v);
    }

    /**
     * The 16-bit tag.
     *
     * @return the tag, 0–0xFFFF
     */
    public int tag() {
        return tag;
    }

    /**
     * The 3.4 definition of this tag, or {@code null} if it is not a 3.4 TLV.
     *
     * @return the {@link TlvTag} constant, or null for vendor and unknown tags
     */
    public TlvTag knownTag() {
        return TlvTag.known(tag);
    }

    /**
     * The value length in octets.
     *
     * @return the TLV's length field, 0–65535 (the 4 octets of tag and length not included)
     */
    public int length() {
        return value.length;
    }

    /**
     * A copy of the value octets.
     *
     * @return a new array on every call; empty for a zero-length TLV
     */
    public byte[] value() {
        return value.clone();
    }

    byte[] rawValue() {
        return value;
    }

    /**
     * The value as an unsigned big-endian integer (0 for an empty value).
     *
     * @return the value; for a value longer than 8 octets only the last 8 count
     */
    public long longValue() {
        long v = 0;
        for (byte b : value) {
            v = (v << 8) | (b & 0xFF);
        }
        return v;
    }

    /**
     * The value as an unsigned big-endian integer of at most 2 octets (int-sized TLVs).
     *
     * @return the value, 0 for an empty value; a 4-octet value above 0x7FFFFFFF comes out negative (use {@link
     *     #longValue()})
     */
    public int intValue() {
        return (int) longValue();
    }

    /**
     * The value as Latin-1 text, without its terminating NUL if there is one (some SMSCs leave it out).
     *
     * @return the text with every trailing NUL removed; empty for an empty value or a lone NUL
     */
    public String stringValue() {
        int len = value.length;
        while (len > 0 && value[len - 1] == 0) {
            len--;
        }
        return new String(value, 0, len, StandardCharsets.ISO_8859_1);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tlv t && t.tag == tag && Arrays.equals(t.value, value);
    }

    @Override
    public int hashCode() {
        return tag * 31 + Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        TlvTag known = knownTag();
        String name = known != null ? known.name() : String.format("0x%04X", tag);
        return name + "=" + HexFormat.of().formatHex(value);
    }
}
