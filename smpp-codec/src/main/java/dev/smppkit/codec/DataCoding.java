package dev.smppkit.codec;

/**
 * The {@code data_coding} octet (SMPP 3.4 §5.2.19). Every one of the 256 values is a cached instance, so decoding
 * allocates nothing; values 3.4 does not name are kept as they are.
 */
public final class DataCoding {
    private static final DataCoding[] CACHE = new DataCoding[256];

    static {
        for (int i = 0; i < CACHE.length; i++) {
            CACHE[i] = new DataCoding(i);
        }
    }

    /** 0x00: the SMSC default alphabet (GSM 03.38 on most SMSCs; some use Latin-1 or IA5). */
    public static final DataCoding SMSC_DEFAULT = CACHE[0x00];
    /** 0x01: IA5 (CCITT T.50) / ASCII. */
    public static final DataCoding IA5 = CACHE[0x01];
    /** 0x02: octet unspecified (8-bit binary) for TDMA/CDMA. */
    public static final DataCoding OCTET_UNSPECIFIED_2 = CACHE[0x02];
    /** 0x03: ISO-8859-1 (Latin-1). */
    public static final DataCoding LATIN1 = CACHE[0x03];
    /** 0x04: octet unspecified (8-bit binary), all technologies. */
    public static final DataCoding BINARY = CACHE[0x04];
    /** 0x05: JIS (X 0208-1990). */
    public static final DataCoding JIS = CACHE[0x05];
    /** 0x06: Cyrillic (ISO-8859-5). */
    public static final DataCoding CYRILLIC = CACHE[0x06];
    /** 0x07: Latin/Hebrew (ISO-8859-8). */
    public static final DataCoding HEBREW = CACHE[0x07];
    /** 0x08: UCS-2 (ISO/IEC-10646), sent as UTF-16BE. */
    public static final DataCoding UCS2 = CACHE[0x08];
    /** 0x09: pictogram encoding. */
    public static final DataCoding PICTOGRAM = CACHE[0x09];
    /** 0x0A: ISO-2022-JP (music codes). */
    public static final DataCoding ISO_2022_JP = CACHE[0x0A];
    /** 0x0D: extended Kanji JIS (X 0212-1990). */
    public static final DataCoding EXTENDED_KANJI = CACHE[0x0D];
    /** 0x0E: KS C 5601. */
    public static final DataCoding KS_C_5601 = CACHE[0x0E];

    private final int value;

    private DataCoding(int value) {
        this.value = value;
    }

    /**
     * The data coding for an octet value.
     *
     * @param value the {@code data_coding} octet, 0–255
     * @return the cached instance for that value (the named constant where there is one); never null
     * @throws IllegalArgumentException if {@code value} is not 0–255
     */
    public static DataCoding of(int value) {
        if (value < 0 || value > 255) {
            throw new IllegalArgumentException("data_coding is " + value + "; must be 0-255");
        }
        return CACHE[value];
    }

    /**
     * The octet on the wire.
     *
     * @return the {@code data_coding} value, 0–255
     */
    public int value() {
        return value;
    }

    /**
     * Whether this is one of the GSM message-class or MWI codings (0xC0–0xFF) whose alphabet bits say GSM 7-bit.
     *
     * @return true for 0xC0–0xDF (message waiting, discard or store, GSM alphabet) and for 0xF0–0xFF with bit 2
     *     clear (message class, GSM alphabet); false for every other value, including 0x00
     */
    public boolean isGsmDefaultAlphabetGroup() {
        return value >= 0xC0 && ((value & 0xF4) == 0xF0 || (value & 0xE0) == 0xC0 && value < 0xE0);
    }

    /**
     * Whether the message body is binary (0x02, 0x04, or a 0xF_ message class with the 8-bit bit set).
     *
     * @return true for 0x02, 0x04 and 0xF4–0xF7, 0xFC–0xFF; false otherwise
     */
    public boolean isBinary() {
        return value == 0x02 || value == 0x04 || (value & 0xF4) == 0xF4;
    }

    @Override
    public String toString() {
        return switch (value) {
            case 0x00 -> "SMSC_DEFAULT";
            case 0x01 -> "IA5";
            case 0x03 -> "LATIN1";
            case 0x04 -> "BINARY";
            case 0x08 -> "UCS2";
            default -> String.format("0x%02X", value);
        };
    }
}
