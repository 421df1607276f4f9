package dev.smppkit.codec.text;

/** A delivery receipt that could not be understood. Carries the raw text so that it can be logged or kept. */
public final class ReceiptParseException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The receipt text as received. */
    private final String raw;

    /**
     * A receipt that could not be parsed.
     *
     * @param reason what is missing or wrong, e.g. "no id field"
     * @param raw the receipt text as received ("" when there was none)
     */
    public ReceiptParseException(String reason, String raw) {
        super("cannot parse delivery receipt: " + reason + "; raw receipt: \"" + raw + "\"");
        this.raw = raw;
    }

    /**
     * The receipt text as received ("" when there was none).
     *
     * @return the raw text, unescaped: escape it before logging, it comes from the peer
     */
    public String raw() {
        return raw;
    }
}
