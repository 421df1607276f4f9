package dev.smppkit.client;

/** No response came within the request timeout; the SMSC may or may not have accepted the request. */
public final class ResponseTimeoutException extends SmppClientException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception saying no response came in time.
     *
     * @param message what happened, for logs
     */
    public ResponseTimeoutException(String message) {
        super(message, null);
    }

    /**
     * An exception saying no response came in time, with its cause.
     *
     * @param message what happened, for logs
     * @param cause the underlying failure
     */
    public ResponseTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean isTransient() {
        return true;
    }
}
