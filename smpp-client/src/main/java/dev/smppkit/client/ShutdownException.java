package dev.smppkit.client;

/** The client was stopped before the message could be sent or answered. */
public final class ShutdownException extends SmppClientException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception saying the client was stopped first.
     *
     * @param message what happened, for logs
     */
    public ShutdownException(String message) {
        super(message, null);
    }

    /**
     * An exception saying the client was stopped first, with its cause.
     *
     * @param message what happened, for logs
     * @param cause the underlying failure
     */
    public ShutdownException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean isTransient() {
        return false;
    }
}
