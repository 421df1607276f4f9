package dev.smppkit.codec.pdu;

import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.internal.Fields;
import java.util.Objects;
import java.util.Optional;

/**
 * The body that submit_sm_resp, deliver_sm_resp and data_sm_resp share: an optional message_id, then TLVs. On error
 * the body is usually absent, but some SMSCs send a message_id or a lone NUL anyway; all three forms decode and
 * re-encode as they came. {@link #messageId()} is empty when there was no body.
 */
public abstract class MessageIdResponse extends PduResponse {
    private final String messageId; // null: no body

    MessageIdResponse(CommandStatus status, int sequenceNumber, Tlvs tlvs, String messageId) {
        super(status, sequenceNumber, tlvs);
        this.messageId = messageId;
    }

    /**
     * The message_id; empty when the response had no body.
     *
     * @return the SMSC's id for the message (§5.2.23), at most 64 characters, possibly "" (deliver_sm_resp usually
     *     carries a lone NUL); empty when the response had no body, which is usual on error
     */
    public Optional<String> messageId() {
        return Optional.ofNullable(messageId);
    }

    /** The message_id as on the wire: null when there was no body. */
    String rawMessageId() {
        return messageId;
    }

    @Override
    public MessageIdResponse withSequenceNumber(int sequenceNumber) {
        return (MessageIdResponse) super.withSequenceNumber(sequenceNumber);
    }

    @Override
    void fields(FieldVisitor v) {
        v.field("message_id", messageId);
    }

    @Override
    boolean sameFields(Pdu other) {
        MessageIdResponse o = (MessageIdResponse) other;
        return Objects.equals(messageId, o.messageId);
    }

    @Override
    int fieldsHash(int h) {
        return hash(h, messageId);
    }

    /** The part the three builders share: message_id, and the rule for when the body is sent. */
    @SuppressWarnings("unchecked")
    public abstract static class Builder<P extends MessageIdResponse, B extends Builder<P, B>>
            extends PduResponse.Builder<P, B> {
        private String messageId;

        Builder() {}

        /**
         * message_id, at most 64 characters. Left unset, an OK response sends an empty one and an error none.
         *
         * @param messageId the message_id (§5.2.23), at most 65 octets with the NUL
         * @return this builder
         * @throws NullPointerException if messageId is null
         * @throws IllegalArgumentException if longer than 64 characters or not Latin-1 without NUL
         */
        public B messageId(String messageId) {
            this.messageId = Fields.cString("message_id", messageId, FieldLimits.MESSAGE_ID);
            return (B) this;
        }

        @Override
        public P build() {
            Tlvs tlvs = builtTlvs();
            // TLVs come after the mandatory body, so an error response with TLVs sends a NULL message_id
            String id = messageId == null && (commandStatus.isOk() || !tlvs.isEmpty()) ? "" : messageId;
            return create(commandStatus, tlvs, id);
        }

        abstract P create(CommandStatus status, Tlvs tlvs, String messageId);
    }
}
