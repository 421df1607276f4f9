package dev.smppkit.codec.pdu;

import dev.smppkit.codec.CommandId;
import dev.smppkit.codec.CommandStatus;

/**
 * data_sm_resp (§4.7.2): message_id C65 and the TLVs delivery_failure_reason, network_error_code,
 * additional_status_info_text and dpf_result. Body forms as in {@link MessageIdResponse}.
 */
public final class DataSmResp extends MessageIdResponse {
    DataSmResp(CommandStatus status, int sequenceNumber, Tlvs tlvs, String messageId) {
        super(status, sequenceNumber, tlvs, messageId);
    }

    /**
     * A builder for an ESME_ROK data_sm_resp.
     *
     * @return a new builder; with no message_id set, an OK response sends "" and an error response no body
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public CommandId commandId() {
        return CommandId.DATA_SM_RESP;
    }

    @Override
    public DataSmResp withSequenceNumber(int sequenceNumber) {
        return (DataSmResp) super.withSequenceNumber(sequenceNumber);
    }

    /** Builds {@link DataSmResp}; see {@link MessageIdResponse.Builder} for the setters. */
    public static final class Builder extends MessageIdResponse.Builder<DataSmResp, Builder> {
        private Builder() {}

        @Override
        DataSmResp create(CommandStatus status, Tlvs tlvs, String messageId) {
            return new DataSmResp(status, 0, tlvs, messageId);
        }
    }
}
