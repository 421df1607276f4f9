package dev.smppkit.client;

/**
 * Why a message or an operation failed. Each subclass is one cause a caller may want to react to differently:
 * {@link ConnectionLostException}, {@link ResponseTimeoutException}, {@link RejectedException} (with the SMSC's status,
 * transient or permanent), {@link ThrottledException}, {@link InvalidMessageException}, {@link BindFailedException}
 * and {@link ShutdownException}.
 */
public abstract sealed class SmppClientException extends RuntimeException
        permits BindFailedException,
                ConnectionLostException,
                InvalidMessageException,
                RejectedException,
                ResponseTimeoutException,
                ShutdownException,
                ThrottledException {
    private static final long serialVersionUID = 1L;

    SmppClientException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Whether trying the same message again later may succeed.
     *
     * @return true if a retry may help
     */
    public abstract boolean isTransient();
}
