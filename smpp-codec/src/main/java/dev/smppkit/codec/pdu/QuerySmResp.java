package dev.smppkit.codec.pdu;

import dev.smppkit.codec.CommandId;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.MessageState;
import dev.smppkit.codec.SmppTime;
import dev.smppkit.codec.internal.Fields;
import java.util.Objects;
import java.util.Optional;

/**
 * query_sm_resp (§4.8.2): message_id C65, final_date (NULL while the message is not final), message_state and
 * error_code (a network error, 0 if none). On error the body may be absent.
 */
public final class QuerySmResp extends PduResponse {
    private final String messageId; // null: no body
    private final SmppTime finalDate; // null: NULL
    private final int messageState;
    private final int errorCode;

    QuerySmResp(
            CommandStatus status,
            int sequenceNumber,
            Tlvs tlvs,
            String messageId,
            SmppTime finalDate,
            int messageState,
            int errorCode) {
        super(status, sequenceNumber, tlvs);
        this.messageId = messageId;
        this.finalDate = finalDate;
        this.messageState = messageState;
        this.errorCode = errorCode;
    }

    /**
     * A builder for an ESME_ROK response with message_state UNKNOWN, NULL final_date and error_code 0.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public CommandId commandId() {
        return CommandId.QUERY_SM_RESP;
    }

    /**
     * The message_id; empty when the response had no body.
     *
     * @return the id the query was about, at most 64 characters; empty when the response had no body (usual on
     *     error)
     */
    public Optional<String> messageId() {
        return Optional.ofNullable(messageId);
    }

    String rawMessageId() {
        return messageId;
    }

    /**
     * final_date: when the message reached its final state; empty while it has not.
     *
     * @return the absolute time of the final state, or empty for NULL or when there was no body
     */
    public Optional<SmppTime> finalDate() {
        return Optional.ofNullable(finalDate);
    }

    /**
     * The raw message_state octet.
     *
     * @return the octet as sent (§5.2.28), any of 0–255; 0 when there was no body
     */
    public int messageStateCode() {
        return messageState;
    }

    /**
     * The message_state.
     *
     * @return the state; {@link MessageState#SCHEDULED} (code 0) when there was no body
     * @throws IllegalArgumentException if the SMSC sent a value 3.4 does not define (see {@link #messageStateCode()})
     */
    public MessageState messageState() {
        return MessageState.of(messageState);
    }

    /**
     * error_code: the network error for a failed message, 0 if none.
     *
     * @return the network-specific error, 0–255; 0 if none or when there was no body
     */
    public int errorCode() {
        return errorCode;
    }

    @Override
    public QuerySmResp withSequenceNumber(int sequenceNumber) {
        return (QuerySmResp) super.withSequenceNumber(sequenceNumber);
    }

    @Override
    void fields(FieldVisitor v) {
        v.field("message_id", messageId)
                .field("final_date", finalDate)
                .field("message_state", messageState)
                .field("error_code", errorCode);
    }

    @Override
    boolean sameFields(Pdu other) {
        QuerySmResp o = (QuerySmResp) other;
        return Objects.equals(messageId, o.messageId)
                && Objects.equals(finalDate, o.finalDate)
                && messageState == o.messageState
                && errorCode == o.errorCode;
    }

    @Override
    int fieldsHash(int h) {
        return hash(hash(hash(hash(h, messageId), finalDate), messageState), errorCode);
    }

    /**
     * Builds {@link QuerySmResp}. With ESME_ROK, or any body field or TLV set, the body is sent (message_id ""
     * if not set); otherwise the response is a header only.
     */
    public static final class Builder extends PduResponse.Builder<QuerySmResp, Builder> {
        private String messageId;
        private SmppTime finalDate;
        private int messageState = MessageState.UNKNOWN.code();
        private int errorCode;

        private Builder() {}

        /**
         * message_id, at most 64 characters (required for an OK response).
         *
         * @param messageId the message_id (§5.2.23) from the query_sm, at most 65 octets with the NUL
         * @return this builder
         * @throws NullPointerException if messageId is null
         * @throws IllegalArgumentException if longer than 64 characters or not Latin-1 without NUL
         */
        public Builder messageId(String messageId) {
            this.messageId = Fields.cString("message_id", messageId, FieldLimits.MESSAGE_ID);
            return this;
        }

        /**
         * final_date, or {@code null} (the default) while the message is not final.
         *
         * @param finalDate the final_date (§4.8.2), an absolute time; null for NULL
         * @return this builder
         */
        public Builder finalDate(SmppTime finalDate) {
            this.finalDate = finalDate;
            return this;
        }

        /**
         * Sets message_state.
         *
         * @param state the message_state (§5.2.28); default {@link MessageState#UNKNOWN}
         * @return this builder
         * @throws NullPointerException if state is null
         */
        public Builder messageState(MessageState state) {
            this.messageState = Objects.requireNonNull(state, "message_state").code();
            return this;
        }

        /**
         * error_code 0–255.
         *
         * @param errorCode the error_code (§4.8.2), 1 octet: the network's error for a failed message, 0 (the default)
         *     for none
         * @return this builder
         * @throws IllegalArgumentException if not 0–255
         */
        public Builder errorCode(int errorCode) {
            this.errorCode = Fields.range("error_code", errorCode, 0, 255);
            return this;
        }

        @Override
        public QuerySmResp build() {
            Tlvs tlvs = builtTlvs();
            // TLVs come after the mandatory body, so an error response with TLVs sends a NULL message_id
            boolean body = !tlvs.isEmpty()
                    || finalDate != null
                    || errorCode != 0
                    || messageState != MessageState.UNKNOWN.code();
            String id = messageId == null && (commandStatus.isOk() || body) ? "" : messageId;
            if (id == null) { // header only: hold what a peer decodes (no final_date, state 0, error 0)
                return new QuerySmResp(commandStatus, 0, tlvs, null, null, 0, 0);
            }
            return new QuerySmResp(commandStatus, 0, tlvs, id, finalDate, messageState, errorCode);
        }
    }
}
