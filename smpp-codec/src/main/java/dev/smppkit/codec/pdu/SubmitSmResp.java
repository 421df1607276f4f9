package dev.smppkit.codec.pdu;

import dev.smppkit.codec.CommandId;
import dev.smppkit.codec.CommandStatus;

/**
 * submit_sm_resp (§4.4.2): message_id C65, the SMSC's id for the message, which its receipts will quote. Body forms as in {@link MessageIdResponse}.
 */
public final class SubmitSmResp extends MessageIdResponse {
    SubmitSmResp(CommandStatus status, int sequenceNumber, Tlvs tlvs, String messageId) {
        super(status, sequenceNumber, tlvs, messageId);
    }

    /**
     * A builder for an ESME_ROK submit_sm_resp.
     *
     * @return a new builder; with no message_id set, an OK response sends "" and an error response no body
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public CommandId commandId() {
        return CommandId.SUBMIT_SM_RESP;
    }

    @Override
    public SubmitSmResp withSequenceNumber(int sequenceNumber) {
        return (SubmitSmResp) super.withSequenceNumber(sequenceNumber);
    }

    /** Builds {@link SubmitSmResp}; see {@link MessageIdResponse.Builder} for the setters. */
    public static final class Builder extends MessageIdResponse.Builder<SubmitSmResp, Builder> {
        private Builder() {}

        @Override
        SubmitSmResp create(CommandStatus status, Tlvs tlvs, String messageId) {
            return new SubmitSmResp(status, 0, tlvs, messageId);
        }
    }
}
