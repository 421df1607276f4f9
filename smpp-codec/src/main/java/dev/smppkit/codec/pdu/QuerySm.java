package dev.smppkit.codec.pdu;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandId;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.MessageState;
import dev.smppkit.codec.internal.Fields;
import java.util.Objects;

/**
 * query_sm (§4.8.1): asks the state of a submitted message. Fields: message_id C65 and the source address (C21) it
 * was submitted with.
 */
public final class QuerySm extends PduRequest<QuerySmResp> {
    private final String messageId;
    private final Address sourceAddress;

    QuerySm(int sequenceNumber, Tlvs tlvs, String messageId, Address sourceAddress) {
        super(sequenceNumber, tlvs);
        this.messageId = messageId;
        this.sourceAddress = sourceAddress;
    }

    /**
     * A query for a message id (at most 64 characters) and the source address it was submitted with (at most 20).
     *
     * @param messageId the message_id (§5.2.23) from the submit_sm_resp, at most 65 octets with the NUL
     * @param sourceAddress the source address the message was submitted with (§5.2.8), at most 21 octets with the NUL
     * @return the PDU, with sequence_number 0
     * @throws NullPointerException if messageId or sourceAddress is null
     * @throws IllegalArgumentException if a field is too long
     */
    public static QuerySm of(String messageId, Address sourceAddress) {
        return new QuerySm(
                0,
                Tlvs.EMPTY,
                Fields.cString("message_id", messageId, FieldLimits.MESSAGE_ID),
                Fields.address("source_addr", sourceAddress, FieldLimits.ADDR));
    }

    @Override
    public CommandId commandId() {
        return CommandId.QUERY_SM;
    }

    /**
     * message_id (§5.2.23): the message whose state is asked.
     *
     * @return the id, at most 64 characters
     */
    public String messageId() {
        return messageId;
    }

    /**
     * source_addr_ton, source_addr_npi, source_addr (§5.2.8): the source the message was submitted with.
     *
     * @return the address, at most 20 characters; {@link Address#NULL} (never null) if NULL
     */
    public Address sourceAddress() {
        return sourceAddress;
    }

    @Override
    public QuerySmResp createResponse(CommandStatus status) {
        return status.isOk()
                ? new QuerySmResp(status, sequenceNumber(), Tlvs.EMPTY, messageId, null, MessageState.UNKNOWN.code(), 0)
                : new QuerySmResp(status, sequenceNumber(), Tlvs.EMPTY, null, null, 0, 0);
    }

    @Override
    public QuerySm withSequenceNumber(int sequenceNumber) {
        return (QuerySm) super.withSequenceNumber(sequenceNumber);
    }

    @Override
    void fields(FieldVisitor v) {
        v.field("message_id", messageId).field("source", sourceAddress);
    }

    @Override
    boolean sameFields(Pdu other) {
        QuerySm o = (QuerySm) other;
        return Objects.equals(messageId, o.messageId) && Objects.equals(sourceAddress, o.sourceAddress);
    }

    @Override
    int fieldsHash(int h) {
        return hash(hash(h, messageId), sourceAddress);
    }
}
