package dev.smppkit.jdbc;

/**
 * A taken message could not be completed or released because this consumer no longer holds it: its lease expired and
 * another consumer took it again (the outcome recorded will be that consumer's), or it was already completed. Nothing
 * was changed.
 */
public final class LeaseLostException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception for a message this consumer no longer holds.
     *
     * @param message which message and why
     */
    public LeaseLostException(String message) {
        super(message);
    }
}
