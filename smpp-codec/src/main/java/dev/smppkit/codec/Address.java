package dev.smppkit.codec;

import dev.smppkit.codec.internal.Fields;
import java.util.Objects;

/**
 * An SME address: type of number (§5.2.5), numbering plan indicator (§5.2.6) and the address itself. Which maximum
 * length applies depends on the PDU field (21 octets in submit_sm, 65 in data_sm, 41 for a bind's address_range), so
 * the PDU builders check the length and name the field; this type checks only what holds everywhere.
 */
public final class Address {
    /** The NULL address: ton 0, npi 0, empty value. */
    public static final Address NULL = new Address(Ton.UNKNOWN, Npi.UNKNOWN, "");

    private final int ton;
    private final int npi;
    private final String value;

    private Address(int ton, int npi, String value) {
        this.ton = ton;
        this.npi = npi;
        this.value = value;
    }

    /**
     * An address with any TON and NPI.
     *
     * @throws IllegalArgumentException if ton or npi is not 0–255, or the value has a character outside Latin-1 or a
     *     NUL
     */
    public static Address of(int ton, int npi, String value) {
        Objects.requireNonNull(value, "address");
        if (ton < 0 || ton > 255) {
            throw new IllegalArgumentException("addr_ton is " + ton + "; must be 0-255");
        }
        if (npi < 0 || npi > 255) {
            throw new IllegalArgumentException("addr_npi is " + npi + "; must be 0-255");
        }
        Fields.checkCString("address", value);
        if (ton == 0 && npi == 0 && value.isEmpty()) {
            return NULL;
        }
        return new Address(ton, npi, value);
    }

    /** An international E.164 number (TON 1, NPI 1), e.g. {@code international("447700900123")}; a leading + is dropped. */
    public static Address international(String digits) {
        String d = digits.startsWith("+") ? digits.substring(1) : digits;
        if (d.isEmpty() || !d.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("international address must be digits, got '" + digits + "'");
        }
        return of(Ton.INTERNATIONAL, Npi.ISDN, d);
    }

    /** A national number (TON 2, NPI 1). */
    public static Address national(String digits) {
        return of(Ton.NATIONAL, Npi.ISDN, digits);
    }

    /**
     * An alphanumeric sender id (TON 5, NPI 0), e.g. a brand name. Handsets show at most 11 characters.
     *
     * @throws IllegalArgumentException if longer than 11 characters
     */
    public static Address alphanumeric(String text) {
        if (text.length() > 11) {
            throw new IllegalArgumentException(
                    "alphanumeric address is " + text.length() + " characters; at most 11: '" + text + "'");
        }
        return of(Ton.ALPHANUMERIC, Npi.UNKNOWN, text);
    }

    /** A short code (TON 3 network-specific, NPI 0). */
    public static Address shortCode(String digits) {
        return of(Ton.NETWORK_SPECIFIC, Npi.UNKNOWN, digits);
    }

    /** Type of number. */
    public int ton() {
        return ton;
    }

    /** Numbering plan indicator. */
    public int npi() {
        return npi;
    }

    /** The address; empty for NULL. */
    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Address a && a.ton == ton && a.npi == npi && a.value.equals(value);
    }

    @Override
    public int hashCode() {
        return (ton * 31 + npi) * 31 + value.hashCode();
    }

    @Override
    public String toString() {
        return ton + "/" + npi + "/" + value;
    }
}
