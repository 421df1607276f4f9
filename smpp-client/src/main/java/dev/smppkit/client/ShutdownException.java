package dev.smppkit.client;

/** The client was stopped before the message could be sent or answered. */
public final class ShutdownException extends SmppClientException {
    private static final long serialVersionUID = 1L;

    public ShutdownException(String message) {
        super(message, null);
    }

    public ShutdownException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean isTransient() {
        return false;
    }
}
