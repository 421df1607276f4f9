package dev.smppkit.codec.pdu;

import dev.smppkit.codec.CommandId;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.internal.Fields;
import java.util.Optional;

/**
 * submit_sm_resp (§4.4.2): message_id C65, the SMSC's id for the message, which its receipts will quote. On error the body is usually absent, but some SMSCs send a message_id or a lone NUL anyway; both decode and
 * re-encode as they came. {@link #messageId()} is empty when there was no body.
 */
public final class SubmitSmResp extends PduResponse {
    private final String messageId; // null: no body

    SubmitSmResp(CommandStatus status, int sequenceNumber, Tlvs tlvs, String messageId) {
        super(status, sequenceNumber, tlvs);
        this.messageId = messageId;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public CommandId commandId() {
        return CommandId.SUBMIT_SM_RESP;
    }

    /** The message_id; empty when the response had no body. */
    public Optional<String> messageId() {
        return Optional.ofNullable(messageId);
    }

    String rawMessageId() {
        return messageId;
    }

    @Override
    public SubmitSmResp withSequenceNumber(int sequenceNumber) {
        return (SubmitSmResp) super.withSequenceNumber(sequenceNumber);
    }

    @Override
    void fields(FieldVisitor v) {
        v.field("message_id", messageId);
    }

    public static final class Builder extends PduResponse.Builder<SubmitSmResp, Builder> {
        private String messageId;

        private Builder() {}

        /** message_id, at most 64 characters. Left unset, an OK response sends an empty one and an error none. */
        public Builder messageId(String messageId) {
            this.messageId = Fields.cString("message_id", messageId, 65);
            return this;
        }

        @Override
        public SubmitSmResp build() {
            Tlvs tlvs = builtTlvs();
            // TLVs come after the mandatory body, so an error response with TLVs sends a NULL message_id
            String id = messageId == null && (commandStatus.isOk() || !tlvs.isEmpty()) ? "" : messageId;
            return new SubmitSmResp(commandStatus, 0, tlvs, id);
        }
    }
}
