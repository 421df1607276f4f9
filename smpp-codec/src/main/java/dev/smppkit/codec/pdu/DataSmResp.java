package dev.smppkit.codec.pdu;

import dev.smppkit.codec.CommandId;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.internal.Fields;
import java.util.Optional;

/**
 * data_sm_resp (§4.7.2): message_id C65 and the TLVs delivery_failure_reason, network_error_code, additional_status_info_text and dpf_result. On error the body is usually absent, but some SMSCs send a message_id or a lone NUL anyway; both decode and
 * re-encode as they came. {@link #messageId()} is empty when there was no body.
 */
public final class DataSmResp extends PduResponse {
    private final String messageId; // null: no body

    DataSmResp(CommandStatus status, int sequenceNumber, Tlvs tlvs, String messageId) {
        super(status, sequenceNumber, tlvs);
        this.messageId = messageId;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public CommandId commandId() {
        return CommandId.DATA_SM_RESP;
    }

    /** The message_id; empty when the response had no body. */
    public Optional<String> messageId() {
        return Optional.ofNullable(messageId);
    }

    String rawMessageId() {
        return messageId;
    }

    @Override
    public DataSmResp withSequenceNumber(int sequenceNumber) {
        return (DataSmResp) super.withSequenceNumber(sequenceNumber);
    }

    @Override
    void fields(FieldVisitor v) {
        v.field("message_id", messageId);
    }

    public static final class Builder extends PduResponse.Builder<DataSmResp, Builder> {
        private String messageId;

        private Builder() {}

        /** message_id, at most 64 characters. Left unset, an OK response sends an empty one and an error none. */
        public Builder messageId(String messageId) {
            this.messageId = Fields.cString("message_id", messageId, 65);
            return this;
        }

        @Override
        public DataSmResp build() {
            Tlvs tlvs = builtTlvs();
            // TLVs come after the mandatory body, so an error response with TLVs sends a NULL message_id
            String id = messageId == null && (commandStatus.isOk() || !tlvs.isEmpty()) ? "" : messageId;
            return new DataSmResp(commandStatus, 0, tlvs, id);
        }
    }
}
