package dev.smppkit.codec.text;

/**
 * A national language of 3GPP TS 23.038 §6.2.1.2 whose shift tables this library carries, with the identifier that
 * the National Language Single Shift (IEI 0x24) and Locking Shift (IEI 0x25) information elements of a User Data
 * Header name it by (3GPP TS 23.040 §9.2.3.24.15 and .16).
 *
 * <p>A <b>locking shift</b> table replaces the GSM default alphabet for the whole segment; a <b>single shift</b> table
 * replaces the extension table reached through ESC. Each costs a 3-octet IE in every segment, so
 * {@link TextCodec} only uses them when they save segments: see {@link NationalLanguages}.
 */
public enum NationalLanguage {
    /** Turkish, identifier 1: a locking shift table (ğ Ğ ş Ş ı İ ç …) and a single shift table. */
    TURKISH(1, true),
    /** Spanish, identifier 2: a single shift table only (á í ó ú ç Á Í Ó Ú); 23.038 defines no locking shift. */
    SPANISH(2, false),
    /** Portuguese, identifier 3: a locking shift table (ê õ ã ç á í ó ú …) and a single shift table. */
    PORTUGUESE(3, true);

    private final int id;
    private final boolean locking;

    NationalLanguage(int id, boolean locking) {
        this.id = id;
        this.locking = locking;
    }

    /**
     * The national language identifier carried in the shift IEs (23.038 §6.2.1.2.4).
     *
     * @return 1 for Turkish, 2 for Spanish, 3 for Portuguese
     */
    public int id() {
        return id;
    }

    /**
     * Whether 23.038 defines a locking shift table for this language (every language here has a single shift table).
     *
     * @return false only for {@link #SPANISH}
     */
    public boolean hasLockingShift() {
        return locking;
    }

    /**
     * The language with this identifier, as read from a shift IE.
     *
     * @param id the national language identifier, 0–255
     * @return the language, or null when this library has no tables for that identifier (the receiver then keeps
     *     the default tables, as 23.038 prescribes for an unknown identifier)
     */
    public static NationalLanguage byId(int id) {
        for (NationalLanguage l : values()) {
            if (l.id == id) {
                return l;
            }
        }
        return null;
    }
}
