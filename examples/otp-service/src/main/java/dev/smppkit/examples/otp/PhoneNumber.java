package dev.smppkit.examples.otp;

import dev.smppkit.codec.Address;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A phone number in E.164 form: a plus, a country code not starting with 0, 8 to 15 digits in all.
 *
 * @param digits the digits without the plus
 */
public record PhoneNumber(String digits) {
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{7,14}");

    /** What a client is told when its number is not in that form. */
    public static final String FORMAT = "phone must be in E.164 form: '+', country code and number, 8 to 15 digits,"
            + " no spaces (e.g. +447700900123)";

    /**
     * Parses a number as a client sent it.
     *
     * @param text the number, e.g. {@code +447700900123}; may be null
     * @return the number, or empty if it is not in E.164 form
     */
    public static Optional<PhoneNumber> parse(String text) {
        if (text == null || !E164.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of(new PhoneNumber(text.substring(1)));
    }

    /**
     * The SMPP destination: international type of number, ISDN numbering plan.
     *
     * @return the address
     */
    public Address address() {
        return Address.international(digits);
    }

    /**
     * The number for logs: the last three digits only, as a phone number is personal data.
     *
     * @return e.g. {@code +*********123}
     */
    public String masked() {
        return "+" + "*".repeat(digits.length() - 3) + digits.substring(digits.length() - 3);
    }

    @Override
    public String toString() {
        return masked();
    }
}
