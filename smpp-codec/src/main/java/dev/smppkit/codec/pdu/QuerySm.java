package dev.smppkit.codec.pdu;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandId;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.MessageState;
import dev.smppkit.codec.internal.Fields;

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
     * @throws IllegalArgumentException if a field is too long
     */
    public static QuerySm of(String messageId, Address sourceAddress) {
        return new QuerySm(
                0,
                Tlvs.EMPTY,
                Fields.cString("message_id", messageId, 65),
                Fields.address("source_addr", sourceAddress, 21));
    }

    @Override
    public CommandId commandId() {
        return CommandId.QUERY_SM;
    }

    public String messageId() {
        return messageId;
    }

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
}
