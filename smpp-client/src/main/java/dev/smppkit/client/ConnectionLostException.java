package dev.smppkit.client;

/** The connection closed while the request was in flight; the SMSC may or may not have accepted it. */
public final class ConnectionLostException extends SmppClientException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception saying the connection was lost.
     *
     * @param message what happened, for logs
     */
    public ConnectionLostException(String message) {
        super(message, null);
    }

    /**
     * An exception saying the connection was lost, with its cause.
     *
     * @param message what happened, for logs
     * @param cause the underlying failure
     */
    public ConnectionLostException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean isTransient() {
        return true;
    }
}
