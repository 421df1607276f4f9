package dev.smppkit.codec.pdu;

import dev.smppkit.codec.CommandId;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.internal.Fields;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * submit_multi_resp (§4.5.2): message_id C65, no_unsuccess and the unsuccess_sme list of destinations the SMSC
 * rejected. On error the body may be absent.
 */
public final class SubmitMultiResp extends PduResponse {
    private final String messageId; // null: no body
    private final List<UnsuccessSme> unsuccessful;

    SubmitMultiResp(
            CommandStatus status, int sequenceNumber, Tlvs tlvs, String messageId, List<UnsuccessSme> unsuccessful) {
        super(status, sequenceNumber, tlvs);
        this.messageId = messageId;
        this.unsuccessful = unsuccessful;
    }

    /**
     * A builder for an ESME_ROK response with no unsuccessful destinations.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public CommandId commandId() {
        return CommandId.SUBMIT_MULTI_RESP;
    }

    /**
     * The message_id; empty when the response had no body.
     *
     * @return the SMSC's id for the message (§5.2.23), at most 64 characters; empty when the response had no body
     */
    public Optional<String> messageId() {
        return Optional.ofNullable(messageId);
    }

    String rawMessageId() {
        return messageId;
    }

    /**
     * The destinations that were not accepted.
     *
     * @return an unmodifiable list of 0–255 entries (no_unsuccess, §5.2.26); empty if all were accepted or there was
     *     no body
     */
    public List<UnsuccessSme> unsuccessful() {
        return unsuccessful;
    }

    @Override
    public SubmitMultiResp withSequenceNumber(int sequenceNumber) {
        return (SubmitMultiResp) super.withSequenceNumber(sequenceNumber);
    }

    @Override
    void fields(FieldVisitor v) {
        v.field("message_id", messageId).field("unsuccess_sme", unsuccessful);
    }

    @Override
    boolean sameFields(Pdu other) {
        SubmitMultiResp o = (SubmitMultiResp) other;
        return Objects.equals(messageId, o.messageId) && sameElements(unsuccessful, o.unsuccessful);
    }

    @Override
    int fieldsHash(int h) {
        return hash(hash(h, messageId), unsuccessful);
    }

    /** Builds {@link SubmitMultiResp}. */
    public static final class Builder extends PduResponse.Builder<SubmitMultiResp, Builder> {
        private String messageId;
        private final List<UnsuccessSme> unsuccessful = new ArrayList<>();

        private Builder() {}

        /**
         * message_id, at most 64 characters.
         *
         * @param messageId the message_id (§5.2.23), at most 65 octets with the NUL; left unset, an OK response sends
         *     "" and an error response no body
         * @return this builder
         * @throws NullPointerException if messageId is null
         * @throws IllegalArgumentException if longer than 64 characters or not Latin-1 without NUL
         */
        public Builder messageId(String messageId) {
            this.messageId = Fields.cString("message_id", messageId, FieldLimits.MESSAGE_ID);
            return this;
        }

        /**
         * Adds a destination the SMSC rejected.
         *
         * @param sme one unsuccess_sme entry (§4.5.2.1); at most 255 in all
         * @return this builder
         * @throws NullPointerException if sme is null
         */
        public Builder addUnsuccessful(UnsuccessSme sme) {
            unsuccessful.add(java.util.Objects.requireNonNull(sme, "unsuccess_sme"));
            return this;
        }

        /** @throws IllegalArgumentException if there are more than 255 unsuccessful destinations (no_unsuccess) */
        @Override
        public SubmitMultiResp build() {
            Fields.range("no_unsuccess", unsuccessful.size(), 0, 255);
            Tlvs tlvs = builtTlvs();
            // TLVs come after the mandatory body, so an error response with TLVs sends a NULL message_id
            String id = messageId == null && (commandStatus.isOk() || !unsuccessful.isEmpty() || !tlvs.isEmpty())
                    ? ""
                    : messageId;
            return new SubmitMultiResp(commandStatus, 0, tlvs, id, List.copyOf(unsuccessful));
        }
    }
}
