package dev.smppkit.codec.pdu;

import dev.smppkit.codec.CommandId;
import dev.smppkit.codec.CommandStatus;

/**
 * deliver_sm_resp (§4.6.2): message_id C1, which the spec says is unused and NULL. Body forms as in {@link MessageIdResponse}.
 */
public final class DeliverSmResp extends MessageIdResponse {
    DeliverSmResp(CommandStatus status, int sequenceNumber, Tlvs tlvs, String messageId) {
        super(status, sequenceNumber, tlvs, messageId);
    }

    /**
     * A builder for an ESME_ROK deliver_sm_resp. Its message_id is "unused, set to NULL" (§4.6.2): set one only for a
     * peer that wants it.
     *
     * @return a new builder; with no message_id set, an OK response sends "" and an error response no body
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public CommandId commandId() {
        return CommandId.DELIVER_SM_RESP;
    }

    @Override
    public DeliverSmResp withSequenceNumber(int sequenceNumber) {
        return (DeliverSmResp) super.withSequenceNumber(sequenceNumber);
    }

    /** Builds {@link DeliverSmResp}; see {@link MessageIdResponse.Builder} for the setters. */
    public static final class Builder extends MessageIdResponse.Builder<DeliverSmResp, Builder> {
        private Builder() {}

        @Override
        DeliverSmResp create(CommandStatus status, Tlvs tlvs, String messageId) {
            return new DeliverSmResp(status, 0, tlvs, messageId);
        }
    }
}
