package dev.smppkit.codec.internal;

/**
 * The one rule every C-Octet String obeys, whatever its field: Latin-1 characters only, and no NUL (the NUL ends it).
 * Kept apart from {@link Fields} so that the value types ({@code Address}) can use it without {@code Fields}, which
 * checks addresses, depending back on them.
 */
public final class CStrings {
    private CStrings() {}

    /**
     * Checks that {@code value} can be a C-Octet String: Latin-1 characters only and no NUL.
     *
     * @param field the spec's field name, used in the message
     * @param value the string to check; empty means NULL
     * @throws NullPointerException if value is null
     * @throws IllegalArgumentException naming the field and the offending index otherwise
     */
    public static void check(String field, String value) {
        if (value == null) {
            throw new NullPointerException(field + " must not be null (use \"\" for NULL)");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 0 || c > 0xFF) {
                throw new IllegalArgumentException(String.format(
                        "%s has %s at index %d; a C-Octet String holds Latin-1 characters other than NUL",
                        field, c == 0 ? "NUL" : "U+" + String.format("%04X", (int) c), i));
            }
        }
    }
}
