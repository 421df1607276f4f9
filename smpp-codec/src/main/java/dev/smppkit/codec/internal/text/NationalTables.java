package dev.smppkit.codec.internal.text;

/**
 * The national language shift tables of 3GPP TS 23.038 annex A that this library carries, as data: a locking shift
 * table is the 128 characters of its septets; a single shift table is the (code, character) pairs it defines, ESC
 * being implied. Identifiers follow 23.038 §6.2.1.2.4: 1 Turkish, 2 Spanish, 3 Portuguese.
 */
final class NationalTables {
    /** The highest national language identifier with tables here. */
    static final int MAX_ID = 3;

    /** Septet 0x1B is ESC in every table; like the default table, it shows as a space when decoded on its own. */
    private static final char ESC_SHOWN = ' ';

    /** 23.038 A.3.1: the default alphabet with € ı Ğ ğ Ş ş İ ç in place of è ì Ø ø Æ æ ¡ ¿. */
    private static final String TURKISH_LOCKING = ""
            + "@£$¥€éùıòÇ\nĞğ\rÅå"
            + "Δ_ΦΓΛΩΠΨΣΘΞ" + ESC_SHOWN + "ŞşßÉ"
            + " !\"#¤%&'()*+,-./"
            + "0123456789:;<=>?"
            + "İABCDEFGHIJKLMNO"
            + "PQRSTUVWXYZÄÖÑÜ§"
            + "çabcdefghijklmno"
            + "pqrstuvwxyzäöñüà";

    /** 23.038 A.3.3. */
    private static final String PORTUGUESE_LOCKING = ""
            + "@£$¥êéúíóç\nÔô\rÁá"
            + "Δ_ªÇÀ∞^\\€Ó|" + ESC_SHOWN + "ÂâÊÉ"
            + " !\"#º%&'()*+,-./"
            + "0123456789:;<=>?"
            + "ÍABCDEFGHIJKLMNO"
            + "PQRSTUVWXYZÃÕÚÜ§"
            + "~abcdefghijklmno"
            + "pqrstuvwxyzãõ`üà";

    /** The default extension table (23.038 §6.2.1.1), which every single shift table here repeats. */
    private static final int[] DEFAULT_EXTENSION = {
        0x0A, '\f', 0x14, '^', 0x28, '{', 0x29, '}', 0x2F, '\\', 0x3C, '[', 0x3D, '~', 0x3E, ']', 0x40, '|', 0x65, '€'
    };

    /** 23.038 A.2.1: the default extension table plus Ğ İ Ş ç ğ ı ş. */
    private static final int[] TURKISH_SINGLE = {
        0x47, 'Ğ', 0x49, 'İ', 0x53, 'Ş', 0x63, 'ç', 0x67, 'ğ', 0x69, 'ı', 0x73, 'ş'
    };

    /** 23.038 A.2.2: the default extension table plus ç Á Í Ó Ú á í ó ú. */
    private static final int[] SPANISH_SINGLE = {
        0x09, 'ç', 0x41, 'Á', 0x49, 'Í', 0x4F, 'Ó', 0x55, 'Ú', 0x61, 'á', 0x69, 'í', 0x6F, 'ó', 0x75, 'ú'
    };

    /** 23.038 A.2.3: the default extension table plus Portuguese letters and the Greek capitals its locking drops. */
    private static final int[] PORTUGUESE_SINGLE = {
        0x05, 'ê', 0x09, 'ç', 0x0B, 'Ô', 0x0C, 'ô', 0x0E, 'Á', 0x0F, 'á', 0x12, 'Φ', 0x13, 'Γ', 0x15, 'Ω', 0x16, 'Π',
        0x17, 'Ψ', 0x18, 'Σ', 0x19, 'Θ', 0x1F, 'Ê', 0x41, 'À', 0x49, 'Í', 0x4F, 'Ó', 0x55, 'Ú', 0x5B, 'Ã', 0x5C, 'Õ',
        0x61, 'Â', 0x69, 'í', 0x6F, 'ó', 0x75, 'ú', 0x7B, 'ã', 0x7C, 'õ', 0x7F, 'â'
    };

    private NationalTables() {}

    /** The locking shift table of language {@code id} as 128 characters, or null if it has none. */
    static char[] locking(int id) {
        String table = switch (id) {
            case 1 -> TURKISH_LOCKING;
            case 3 -> PORTUGUESE_LOCKING;
            default -> null;
        };
        if (table == null) {
            return null;
        }
        if (table.length() != 128) {
            throw new AssertionError("locking shift table " + id + " has " + table.length() + " entries");
        }
        return table.toCharArray();
    }

    /** The single shift table of language {@code id} (0 for the default extension table), 0 where undefined. */
    static char[] single(int id) {
        char[] table = new char[128];
        put(table, DEFAULT_EXTENSION);
        switch (id) {
            case 0 -> {}
            case 1 -> put(table, TURKISH_SINGLE);
            case 2 -> put(table, SPANISH_SINGLE);
            case 3 -> put(table, PORTUGUESE_SINGLE);
            default -> throw new IllegalArgumentException("no single shift table for national language " + id);
        }
        return table;
    }

    private static void put(char[] table, int[] pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            table[pairs[i]] = (char) pairs[i + 1];
        }
    }
}
