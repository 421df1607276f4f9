package dev.smppkit.cli.internal;

import dev.smppkit.codec.Address;
import picocli.CommandLine;

/**
 * Addresses as written on the command line.
 *
 * <ul>
 *   <li>{@code TON:NPI:VALUE}, e.g. {@code 5:0:ACME}: exactly that;
 *   <li>{@code +447700900123}, or 9 or more digits: an international number (TON 1, NPI 1);
 *   <li>1 to 8 digits, e.g. {@code 12345}: a short code (TON 3, NPI 0);
 *   <li>anything else, e.g. {@code ACME}: an alphanumeric sender id (TON 5, NPI 0), at most 11 characters.
 * </ul>
 */
public final class Addresses {
    /** Shown in the help of every option that takes an address. */
    public static final String FORMS = "+447700900123 or 9+ digits: international; up to 8 digits: short code;"
            + " letters: alphanumeric (at most 11); or TON:NPI:VALUE";

    private Addresses() {}

    /**
     * @throws IllegalArgumentException if the text is not one of the forms above
     */
    public static Address parse(String text) {
        String[] parts = text.split(":", 3);
        if (parts.length == 3 && isDigits(parts[0]) && isDigits(parts[1])) {
            return Address.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), parts[2]);
        }
        if (text.startsWith("+") || (isDigits(text) && text.length() >= 9)) {
            return Address.international(text);
        }
        if (isDigits(text)) {
            return Address.shortCode(text);
        }
        if (text.isEmpty()) {
            throw new IllegalArgumentException("an address must not be empty");
        }
        return Address.alphanumeric(text);
    }

    /** The address as a person would write it: {@code +447700900123}, {@code ACME}, {@code 12345}. */
    public static String format(Address a) {
        return a.ton() == 1 ? "+" + a.value() : a.value();
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty() || s.length() > 20) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The picocli converter for address options. */
    public static final class Converter implements CommandLine.ITypeConverter<Address> {
        @Override
        public Address convert(String value) {
            try {
                return parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("'" + value + "': " + e.getMessage());
            }
        }
    }
}
