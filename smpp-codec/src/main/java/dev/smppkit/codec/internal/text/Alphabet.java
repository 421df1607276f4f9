package dev.smppkit.codec.internal.text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * What the octets of a message body are, as told by its {@code data_coding}: SMPP 3.4 §5.2.19 for 0x00–0x0F and the
 * 3GPP TS 23.038 §4 coding groups (which SMSCs pass through unchanged) for the rest.
 */
public enum Alphabet {
    GSM7(null),
    IA5(StandardCharsets.US_ASCII),
    LATIN1(StandardCharsets.ISO_8859_1),
    UCS2(StandardCharsets.UTF_16BE),
    CYRILLIC(optional("ISO-8859-5")),
    HEBREW(optional("ISO-8859-8")),
    JIS(optional("x-JIS0208")),
    ISO_2022_JP(optional("ISO-2022-JP")),
    EXTENDED_KANJI(optional("x-JIS0212")),
    KS_C_5601(optional("EUC-KR")),
    /** Octets with no text meaning (0x02, 0x04, 8-bit coding groups). */
    BINARY(null),
    /** Compressed, reserved, or a charset this JVM lacks: the octets cannot be decoded as text. */
    UNSUPPORTED(null);

    private final Charset charset;

    Alphabet(Charset charset) {
        this.charset = charset;
    }

    /** The JDK charset that decodes this alphabet, or null for GSM7, BINARY and UNSUPPORTED. */
    public Charset charset() {
        return charset;
    }

    /** Whether the octets decode as text. */
    public boolean isText() {
        return this != BINARY && this != UNSUPPORTED && (this == GSM7 || charset != null);
    }

    /**
     * The alphabet of a {@code data_coding} value; 0 means {@code smscDefault} (itself 0 for GSM 03.38).
     *
     * @param value the data_coding octet, 0–255
     * @param smscDefault the data_coding that 0 stands for on this connection
     */
    public static Alphabet of(int value, int smscDefault) {
        if (value == 0) {
            return smscDefault == 0 ? GSM7 : of(smscDefault, 0);
        }
        return switch (value) {
            case 0x01 -> IA5;
            case 0x02, 0x04 -> BINARY;
            case 0x03 -> LATIN1;
            case 0x05 -> available(JIS);
            case 0x06 -> available(CYRILLIC);
            case 0x07 -> available(HEBREW);
            case 0x08 -> UCS2;
            case 0x0A -> available(ISO_2022_JP);
            case 0x0D -> available(EXTENDED_KANJI);
            case 0x0E -> available(KS_C_5601);
            default -> ofGsmCodingGroup(value);
        };
    }

    private static Alphabet ofGsmCodingGroup(int value) {
        if (value < 0x10 || value > 0xFF) {
            return UNSUPPORTED; // 0x09 pictogram, 0x0B/0x0C/0x0F reserved
        }
        if (value < 0x80) {
            // 00xx and 01xx: general data coding (01xx: marked for automatic deletion). Bit 5 = compressed.
            if ((value & 0x20) != 0) {
                return UNSUPPORTED;
            }
            return switch ((value >>> 2) & 0x03) {
                case 0 -> GSM7;
                case 1 -> BINARY;
                case 2 -> UCS2;
                default -> UNSUPPORTED;
            };
        }
        if (value < 0xC0) {
            return UNSUPPORTED; // 1000–1011: reserved coding groups
        }
        if (value < 0xE0) {
            return GSM7; // message waiting indication, discard or store, GSM 7-bit
        }
        if (value < 0xF0) {
            return UCS2; // message waiting indication, store, UCS-2
        }
        return (value & 0x04) == 0 ? GSM7 : BINARY; // data coding / message class
    }

    private static Alphabet available(Alphabet alphabet) {
        return alphabet.charset != null ? alphabet : UNSUPPORTED;
    }

    private static Charset optional(String name) {
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
