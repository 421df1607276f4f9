package dev.smppkit.client;

import dev.smppkit.codec.CommandStatus;

/** The SMSC answered with an error status (or generic_nack). {@link #isTransient()} follows the status. */
public final class RejectedException extends SmppClientException {
    private static final long serialVersionUID = 1L;

    private final transient CommandStatus status;

    /**
     * An exception for a response with an error status.
     *
     * @param status the SMSC's command_status; not ESME_ROK
     */
    public RejectedException(CommandStatus status) {
        super("rejected by the SMSC: " + status + " " + status.description(), null);
        this.status = status;
    }

    /**
     * The SMSC's command_status.
     *
     * @return the error status
     */
    public CommandStatus status() {
        return status;
    }

    @Override
    public boolean isTransient() {
        return status.isTransient();
    }
}
