package dev.smppkit.client;

import dev.smppkit.codec.CommandStatus;

/** A bind was refused (with the SMSC's status) or timed out (status empty). */
public final class BindFailedException extends SmppClientException {
    private static final long serialVersionUID = 1L;

    private final transient CommandStatus status;

    /**
     * An exception for a refused or timed-out bind.
     *
     * @param message what happened, for logs
     * @param status the bind response's status; null for a timeout or a connection failure
     */
    public BindFailedException(String message, CommandStatus status) {
        super(message, null);
        this.status = status;
    }

    /**
     * The bind response's status, or {@code null} for a bind timeout or a connection failure.
     *
     * @return the status, or null
     */
    public CommandStatus status() {
        return status;
    }

    @Override
    public boolean isTransient() {
        return status == null || status.isTransient() || status.code() == CommandStatus.ESME_RALYBND.code();
    }
}
