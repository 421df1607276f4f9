package dev.smppkit.client;

import dev.smppkit.codec.CommandStatus;

/**
 * The SMSC kept answering ESME_RTHROTTLED or ESME_RMSGQFUL and the message used up its automatic retries.
 */
public final class ThrottledException extends SmppClientException {
    private static final long serialVersionUID = 1L;

    private final transient CommandStatus status;
    /** How many times the message was sent; part of the serialized form. */
    private final int attempts;

    /**
     * An exception for a message the SMSC kept throttling.
     *
     * @param status the last throttling status
     * @param attempts how many times the message was sent
     */
    public ThrottledException(CommandStatus status, int attempts) {
        super("throttled by the SMSC (" + status.name() + ") after " + attempts + " attempts", null);
        this.status = status;
        this.attempts = attempts;
    }

    /**
     * The last throttling status.
     *
     * @return ESME_RTHROTTLED or ESME_RMSGQFUL, as the SMSC answered
     */
    public CommandStatus status() {
        return status;
    }

    /**
     * How many times the message was sent.
     *
     * @return the number of attempts, 1 or more
     */
    public int attempts() {
        return attempts;
    }

    @Override
    public boolean isTransient() {
        return true;
    }
}
