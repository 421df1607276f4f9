package dev.smppkit.codec.internal;

import dev.smppkit.codec.Address;

/**
 * Argument checks shared by the value types and PDU builders. Messages name the field and the limit, in the spec's
 * field names, so that a user sees at once what to change.
 */
public final class Fields {
    private Fields() {}

    /**
     * Checks a C-Octet String against its maximum size, which (as in the spec) counts the terminating NUL.
     *
     * @param field the spec's field name, used in the message
     * @param value the string to check; empty means NULL
     * @param maxWithNul the field's maximum size from the spec, counting the NUL (e.g. 16 for system_id)
     * @return value itself
     * @throws NullPointerException if value is null
     * @throws IllegalArgumentException if value has a non-Latin-1 character or a NUL, or is longer than {@code
     *     maxWithNul - 1}, e.g. "system_id is 20 octets; at most 15 (C-Octet String of 16 with NUL)"
     */
    public static String cString(String field, String value, int maxWithNul) {
        CStrings.check(field, value);
        checkLength(field, value.length(), maxWithNul);
        return value;
    }

    /**
     * Checks an unsigned integer field.
     *
     * @param field the spec's field name, used in the message
     * @param value the value to check
     * @param min the smallest allowed value
     * @param max the largest allowed value
     * @return value itself
     * @throws IllegalArgumentException e.g. "priority_flag is 7; must be 0-3"
     */
    public static int range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " is " + value + "; must be " + min + "-" + max);
        }
        return value;
    }

    /**
     * Checks an address against the field's maximum C-Octet String size.
     *
     * @param field the spec's field name, e.g. source_addr, used in the message
     * @param value the address; {@link Address#NULL} for none
     * @param maxWithNul the field's maximum size from the spec, counting the NUL (e.g. 21 for submit_sm's source_addr)
     * @return value itself
     * @throws NullPointerException if value is null
     * @throws IllegalArgumentException if the address is longer than {@code maxWithNul - 1} octets
     */
    public static Address address(String field, Address value, int maxWithNul) {
        if (value == null) {
            throw new NullPointerException(field + " must not be null (use Address.NULL)");
        }
        // an Address holds only Latin-1 without NUL (Address.of checks it), so its length is all that is left
        checkLength(field, value.value().length(), maxWithNul);
        return value;
    }

    private static void checkLength(String field, int length, int maxWithNul) {
        if (length > maxWithNul - 1) {
            throw new IllegalArgumentException(String.format(
                    "%s is %d octets; at most %d (C-Octet String of %d with NUL)",
                    field, length, maxWithNul - 1, maxWithNul));
        }
    }
}
