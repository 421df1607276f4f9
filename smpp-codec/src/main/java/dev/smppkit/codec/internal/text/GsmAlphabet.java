package dev.smppkit.codec.internal.text;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * One combination of a basic table (the GSM default alphabet or a national locking shift table) and an extension
 * table (the default one or a national single shift table), for encoding and decoding GSM 7-bit (3GPP TS 23.038
 * §6.2.1). Immutable; every combination is built once, when the class loads.
 *
 * <p>A character in both tables is encoded from the basic one, which costs one septet instead of two.
 */
public final class GsmAlphabet {
    /** Lookups of characters below this go through an array; the few above it (€, ∞) through a map. */
    private static final int DIRECT = 0x400;

    private static final GsmAlphabet[][] ALL = new GsmAlphabet[NationalTables.MAX_ID + 1][NationalTables.MAX_ID + 1];

    /** The default alphabet with the default extension table. */
    public static final GsmAlphabet DEFAULT;

    static {
        char[] defaultBasic = new char[128];
        for (int s = 0; s < 128; s++) {
            defaultBasic[s] = GsmTables.basic(s);
        }
        for (int locking = 0; locking <= NationalTables.MAX_ID; locking++) {
            char[] basic = locking == 0 ? defaultBasic : NationalTables.locking(locking);
            if (basic == null) {
                continue;
            }
            for (int single = 0; single <= NationalTables.MAX_ID; single++) {
                ALL[locking][single] = new GsmAlphabet(locking, single, basic, NationalTables.single(single));
            }
        }
        DEFAULT = ALL[0][0];
    }

    private final int lockingId;
    private final int singleId;
    private final char[] basic;
    /** Extension code to character; 0 where the table defines none. */
    private final char[] extension;

    private final short[] direct = new short[DIRECT];
    private final Map<Character, Short> indirect = new HashMap<>();

    private GsmAlphabet(int lockingId, int singleId, char[] basic, char[] extension) {
        this.lockingId = lockingId;
        this.singleId = singleId;
        this.basic = basic;
        this.extension = extension;
        Arrays.fill(direct, (short) GsmTables.NONE);
        for (int code = 0; code < 128; code++) {
            if (extension[code] != 0) {
                index(extension[code], GsmTables.EXTENDED | code);
            }
        }
        for (int septet = 0; septet < 128; septet++) {
            if (septet != GsmTables.ESC) {
                index(basic[septet], septet); // after the extension table: one septet beats two
            }
        }
    }

    private void index(char c, int code) {
        if (c < DIRECT) {
            direct[c] = (short) code;
        } else {
            indirect.put(c, (short) code);
        }
    }

    /**
     * The alphabet for a locking shift and a single shift language identifier, 0 meaning the default table.
     *
     * @return the alphabet, or null when this library has no such table (unknown id, or Spanish locking shift)
     */
    public static GsmAlphabet of(int lockingId, int singleId) {
        if (lockingId < 0 || lockingId > NationalTables.MAX_ID || singleId < 0 || singleId > NationalTables.MAX_ID) {
            return null;
        }
        return ALL[lockingId][singleId];
    }

    /** The locking shift language identifier, 0 for the default alphabet. */
    public int lockingId() {
        return lockingId;
    }

    /** The single shift language identifier, 0 for the default extension table. */
    public int singleId() {
        return singleId;
    }

    /**
     * The code for a character: the septet, {@code EXTENDED | code} for one sent as ESC and code, or
     * {@link GsmTables#NONE}.
     */
    public int lookup(char c) {
        if (this == DEFAULT) {
            return GsmTables.lookup(c); // the common case: no map, no boxing
        }
        if (c < DIRECT) {
            return direct[c];
        }
        Short code = indirect.get(c);
        return code != null ? code : GsmTables.NONE;
    }

    /** The character of a basic-table septet (0–127); ESC shows as a space. */
    public char basic(int septet) {
        return basic[septet];
    }

    /**
     * The character of an extension code (0–127). A code the table does not define shows the basic-table character
     * (23.038 §6.2.1.1), and ESC ESC shows a space.
     */
    public char extension(int code) {
        char c = extension[code];
        return c != 0 ? c : basic[code];
    }

    /** Every character this alphabet can carry, basic table first, ESC excluded. */
    public String characters() {
        StringBuilder sb = new StringBuilder(256);
        for (int s = 0; s < 128; s++) {
            if (s != GsmTables.ESC && lookup(basic[s]) == s) {
                sb.append(basic[s]);
            }
        }
        for (int code = 0; code < 128; code++) {
            char c = extension[code];
            if (c != 0 && lookup(c) == (GsmTables.EXTENDED | code)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
