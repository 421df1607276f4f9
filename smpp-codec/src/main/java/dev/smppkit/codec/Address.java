package dev.smppkit.codec;

import dev.smppkit.codec.internal.CStrings;
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
     * @param ton the type of number ({@code addr_ton}, §5.2.5), 0–255; see {@link Ton}
     * @param npi the numbering plan indicator ({@code addr_npi}, §5.2.6), 0–255; see {@link Npi}
     * @param value the address digits or text, Latin-1 without NUL; empty for a NULL address. Its maximum length
     *     depends on the PDU field and is checked by the PDU builders
     * @return {@link #NULL} for ton 0, npi 0 and an empty value, otherwise a new address
     * @throws NullPointerException if value is null
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
        CStrings.check("address", value);
        if (ton == 0 && npi == 0 && value.isEmpty()) {
            return NULL;
        }
        return new Address(ton, npi, value);
    }

    /**
     * An international E.164 number (TON 1, NPI 1), e.g. {@code international("447700900123")}; a leading + is dropped.
     *
     * @param digits the number in international format, digits only after an optional leading {@code +}
     * @return the address with TON 1 (international), NPI 1 (ISDN) and the digits without the {@code +}
     * @throws IllegalArgumentException if there are no digits or a character other than 0–9 after the {@code +}
     */
    public static Address international(String digits) {
        String d = digits.startsWith("+") ? digits.substring(1) : digits;
        if (d.isEmpty() || !d.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("international address must be digits, got '" + digits + "'");
        }
        return of(Ton.INTERNATIONAL, Npi.ISDN, d);
    }

    /**
     * A national number (TON 2, NPI 1).
     *
     * @param digits the number in national format; not checked to be digits
     * @return the address with TON 2 (national) and NPI 1 (ISDN)
     * @throws IllegalArgumentException if digits has a character outside Latin-1 or a NUL
     */
    public static Address national(String digits) {
        return of(Ton.NATIONAL, Npi.ISDN, digits);
    }

    /**
     * An alphanumeric sender id (TON 5, NPI 0), e.g. a brand name. Handsets show at most 11 characters.
     *
     * @param text the sender name, at most 11 characters, Latin-1 without NUL
     * @return the address with TON 5 (alphanumeric) and NPI 0 (unknown)
     * @throws IllegalArgumentException if longer than 11 characters, or with a character outside Latin-1 or a NUL
     */
    public static Address alphanumeric(String text) {
        if (text.length() > 11) {
            throw new IllegalArgumentException(
                    "alphanumeric address is " + text.length() + " characters; at most 11: '" + text + "'");
        }
        return of(Ton.ALPHANUMERIC, Npi.UNKNOWN, text);
    }

    /**
     * A short code (TON 3 network-specific, NPI 0).
     *
     * @param digits the short code; not checked to be digits
     * @return the address with TON 3 (network-specific) and NPI 0 (unknown)
     * @throws IllegalArgumentException if digits has a character outside Latin-1 or a NUL
     */
    public static Address shortCode(String digits) {
        return of(Ton.NETWORK_SPECIFIC, Npi.UNKNOWN, digits);
    }

    /**
     * Type of number.
     *
     * @return the {@code addr_ton} (§5.2.5), 0–255; 0 (unknown) for {@link #NULL}
     */
    public int ton() {
        return ton;
    }

    /**
     * Numbering plan indicator.
     *
     * @return the {@code addr_npi} (§5.2.6), 0–255; 0 (unknown) for {@link #NULL}
     */
    public int npi() {
        return npi;
    }

    /**
     * The address.
     *
     * @return the address digits or text; empty (never null) for {@link #NULL}, which goes on the wire as a single NUL
     */
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
