package dev.smppkit.client;

/** The message could not be turned into PDUs (e.g. a character its forced coding cannot represent, too many segments, a field over its limit); sending it again will not help. */
public final class InvalidMessageException extends SmppClientException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception saying the message could not be encoded.
     *
     * @param message what happened, for logs
     */
    public InvalidMessageException(String message) {
        super(message, null);
    }

    /**
     * An exception saying the message could not be encoded, with its cause.
     *
     * @param message what happened, for logs
     * @param cause the underlying failure
     */
    public InvalidMessageException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean isTransient() {
        return false;
    }
}
