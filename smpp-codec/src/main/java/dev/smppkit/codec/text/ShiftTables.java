package dev.smppkit.codec.text;

import java.util.Optional;

/**
 * The national language tables a GSM 7-bit text is written in: a locking shift table in place of the default alphabet
 * and a single shift table in place of its extension table (3GPP TS 23.038 §6.2.1.2), either or both absent. Each
 * present one is announced by a 3-octet information element in the segment's UDH (IEI 0x25 and 0x24).
 *
 * @param locking the locking shift language, or null for the GSM default alphabet
 * @param single the single shift language, or null for the GSM default extension table
 */
public record ShiftTables(NationalLanguage locking, NationalLanguage single) {
    /** The GSM default alphabet and its extension table: no shift IEs. */
    public static final ShiftTables NONE = new ShiftTables(null, null);

    /**
     * Checks that the locking language has a locking shift table.
     *
     * @param locking the locking shift language, or null
     * @param single the single shift language, or null
     * @throws IllegalArgumentException if locking has no locking shift table (Spanish)
     */
    public ShiftTables {
        if (locking != null && !locking.hasLockingShift()) {
            throw new IllegalArgumentException("locking is " + locking + "; it has no locking shift table");
        }
    }

    /**
     * The locking shift language.
     *
     * @return the language, or empty for the default alphabet
     */
    public Optional<NationalLanguage> lockingShift() {
        return Optional.ofNullable(locking);
    }

    /**
     * The single shift language.
     *
     * @return the language, or empty for the default extension table
     */
    public Optional<NationalLanguage> singleShift() {
        return Optional.ofNullable(single);
    }

    /**
     * Octets the shift IEs add to a UDH: 3 for each table present.
     *
     * @return 0, 3 or 6
     */
    public int ieOctets() {
        return (locking != null ? 3 : 0) + (single != null ? 3 : 0);
    }

    /**
     * Whether this is {@link #NONE}.
     *
     * @return true when neither table is present
     */
    public boolean isDefault() {
        return locking == null && single == null;
    }
}
