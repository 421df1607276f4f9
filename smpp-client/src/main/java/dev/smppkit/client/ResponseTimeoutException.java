package dev.smppkit.client;

/** No response came within the request timeout; the SMSC may or may not have accepted the request. */
public final class ResponseTimeoutException extends SmppClientException {
    private static final long serialVersionUID = 1L;

    public ResponseTimeoutException(String message) {
        super(message, null);
    }

    public ResponseTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean isTransient() {
        return true;
    }
}
