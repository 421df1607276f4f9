package dev.smppkit.codec.internal.text;

/**
 * Lookup tables for the GSM 03.38 (3GPP TS 23.038 §6.2.1) default alphabet and its extension table.
 *
 * <p>Encoding looks a {@code char} up in one array, so the hot path neither branches on character ranges nor
 * allocates. Every character the alphabet can carry is below U+0400 except the euro sign, which is checked on its
 * own rather than growing the table to 8,365 entries.
 */
public final class GsmTables {
    /** The escape septet that prefixes a character from the extension table. */
    public static final int ESC = 0x1B;

    /** Marker bit in {@link #lookup(char)} results: the character needs ESC plus the low seven bits. */
    public static final int EXTENDED = 0x100;

    /** {@link #lookup(char)} result for a character the alphabet cannot carry. */
    public static final int NONE = -1;

    private static final char EURO = '\u20AC';
    private static final int EURO_CODE = 0x65;

    /** Septet to character, basic table. Index 0x1B (ESC) holds a space, which 23.038 says to show for it. */
    private static final char[] BASIC = (""
                    + "@£$¥èéùìòÇ\nØø\rÅå"
                    + "Δ_ΦΓΛΩΠΨΣΘΞ\u0020ÆæßÉ"
                    + " !\"#¤%&'()*+,-./"
                    + "0123456789:;<=>?"
                    + "¡ABCDEFGHIJKLMNO"
                    + "PQRSTUVWXYZÄÖÑÜ§"
                    + "¿abcdefghijklmno"
                    + "pqrstuvwxyzäöñüà")
            .toCharArray();

    /** Extension code to character; 0 where the extension table has no character. */
    private static final char[] EXTENSION = new char[128];

    /** Character (below U+0400) to septet, {@code EXTENDED | code} for extension characters, or {@link #NONE}. */
    private static final short[] CHAR_TO_GSM = new short[0x400];

    static {
        if (BASIC.length != 128) {
            throw new AssertionError("GSM basic table has " + BASIC.length + " entries");
        }
        EXTENSION[0x0A] = '\f';
        EXTENSION[0x14] = '^';
        EXTENSION[0x28] = '{';
        EXTENSION[0x29] = '}';
        EXTENSION[0x2F] = '\\';
        EXTENSION[0x3C] = '[';
        EXTENSION[0x3D] = '~';
        EXTENSION[0x3E] = ']';
        EXTENSION[0x40] = '|';
        EXTENSION[EURO_CODE] = EURO;

        java.util.Arrays.fill(CHAR_TO_GSM, (short) NONE);
        for (int septet = 0; septet < 128; septet++) {
            if (septet != ESC) {
                CHAR_TO_GSM[BASIC[septet]] = (short) septet;
            }
        }
        for (int code = 0; code < 128; code++) {
            char c = EXTENSION[code];
            if (c != 0 && c < CHAR_TO_GSM.length) {
                CHAR_TO_GSM[c] = (short) (EXTENDED | code);
            }
        }
    }

    private GsmTables() {}

    /**
     * The GSM code for a character: the septet, {@code EXTENDED | code} for an extension character (sent as ESC
     * followed by {@code code}), or {@link #NONE}.
     */
    public static int lookup(char c) {
        if (c < CHAR_TO_GSM.length) {
            return CHAR_TO_GSM[c];
        }
        return c == EURO ? EXTENDED | EURO_CODE : NONE;
    }

    /** Septets a character takes: 1, 2 for an extension character, or 0 if the alphabet cannot carry it. */
    public static int septets(char c) {
        int code = lookup(c);
        return code == NONE ? 0 : (code & EXTENDED) != 0 ? 2 : 1;
    }

    /** The character of a basic-table septet (0–127). ESC decodes as a space, as 23.038 prescribes. */
    public static char basic(int septet) {
        return BASIC[septet];
    }

    /**
     * The character of an extension code (0–127). A code the extension table does not define shows the basic-table
     * character instead (23.038 §6.2.1.1), and ESC ESC, reserved for a further table, shows a space.
     */
    public static char extension(int code) {
        char c = EXTENSION[code];
        return c != 0 ? c : BASIC[code];
    }
}
