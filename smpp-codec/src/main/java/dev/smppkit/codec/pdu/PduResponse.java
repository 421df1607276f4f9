package dev.smppkit.codec.pdu;

import dev.smppkit.codec.CommandStatus;

/** A response PDU: its command_status says whether the request succeeded. */
public abstract class PduResponse extends Pdu {
    PduResponse(CommandStatus commandStatus, int sequenceNumber, Tlvs tlvs) {
        super(commandStatus, sequenceNumber, tlvs);
    }

    /**
     * Whether command_status is ESME_ROK.
     *
     * @return true if the request succeeded; false for any error status
     */
    public boolean isOk() {
        return commandStatus().isOk();
    }

    @Override
    public PduResponse withSequenceNumber(int sequenceNumber) {
        return (PduResponse) super.withSequenceNumber(sequenceNumber);
    }

    /** The part every response builder shares: command_status. */
    @SuppressWarnings("unchecked")
    public abstract static class Builder<P extends PduResponse, B extends Builder<P, B>> extends Pdu.Builder<P, B> {
        CommandStatus commandStatus = CommandStatus.ESME_ROK;

        Builder() {}

        /**
         * The command_status (default ESME_ROK).
         *
         * @param status the command_status (§5.1.3); with an error status the encoder may leave the body out
         * @return this builder
         * @throws NullPointerException if status is null
         */
        public B commandStatus(CommandStatus status) {
            this.commandStatus = java.util.Objects.requireNonNull(status, "command_status");
            return (B) this;
        }
    }
}
