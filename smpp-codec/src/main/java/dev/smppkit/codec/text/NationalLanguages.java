package dev.smppkit.codec.text;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which national language shift tables a sender may use, a configuration value. Immutable.
 *
 * <p>When some are allowed and the encoding is chosen automatically, {@link TextCodec} compares the segment counts of
 * the GSM default alphabet, UCS-2, and each allowed language's single shift, locking shift and both together (each
 * shift costs a 3-octet UDH information element per segment, and a message that fits in one segment then carries a
 * UDH too). A national table is used only when it needs fewer segments than every simpler choice: a text the default
 * alphabet carries stays in it, and on a tie UCS-2 wins, since every handset reads UCS-2 but not every handset has the
 * national tables. They are used only in the UDH concatenation modes, where the sender writes the header; with SAR or
 * message_payload the SMSC writes it and the text goes in the default alphabet or UCS-2.
 *
 * <pre>{@code
 * TextCodec codec = TextCodec.builder()
 *         .nationalLanguages(NationalLanguages.allow(NationalLanguage.TURKISH))
 *         .build();
 * }</pre>
 */
public final class NationalLanguages {
    private static final NationalLanguages NONE = new NationalLanguages(EnumSet.noneOf(NationalLanguage.class));

    private final Set<NationalLanguage> allowed;

    private NationalLanguages(EnumSet<NationalLanguage> allowed) {
        this.allowed = Collections.unmodifiableSet(allowed);
    }

    /**
     * No national tables: the GSM default alphabet or UCS-2 only. The default.
     *
     * @return the shared empty value
     */
    public static NationalLanguages none() {
        return NONE;
    }

    /**
     * Allows the given languages' tables.
     *
     * @param languages the languages the receivers' handsets are expected to support; none gives {@link #none()}
     * @return a value allowing exactly these languages
     * @throws NullPointerException if languages or one of them is null
     */
    public static NationalLanguages allow(NationalLanguage... languages) {
        EnumSet<NationalLanguage> set = EnumSet.noneOf(NationalLanguage.class);
        for (NationalLanguage l : languages) {
            set.add(Objects.requireNonNull(l, "language"));
        }
        return set.isEmpty() ? NONE : new NationalLanguages(set);
    }

    /**
     * The allowed languages, in identifier order.
     *
     * @return an unmodifiable set; empty for {@link #none()}
     */
    public Set<NationalLanguage> languages() {
        return allowed;
    }

    /**
     * Whether no language is allowed.
     *
     * @return true for {@link #none()}
     */
    public boolean isEmpty() {
        return allowed.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NationalLanguages other && allowed.equals(other.allowed);
    }

    @Override
    public int hashCode() {
        return allowed.hashCode();
    }

    @Override
    public String toString() {
        return "NationalLanguages" + allowed;
    }
}
