package dev.smppkit.codec.pdu;

import dev.smppkit.codec.CommandId;
import dev.smppkit.codec.CommandStatus;
import java.util.Arrays;
import java.util.Objects;

/**
 * A PDU whose command_id SMPP 3.4 does not define: the header and the raw body, so that a session can answer
 * {@code generic_nack ESME_RINVCMDID} with its sequence_number, or a user can handle a vendor extension.
 */
public final class UnknownPdu extends Pdu {
    private final CommandId commandId;
    private final byte[] body;

    UnknownPdu(CommandId commandId, CommandStatus status, int sequenceNumber, byte[] body) {
        super(status, sequenceNumber, Tlvs.EMPTY);
        this.commandId = commandId;
        this.body = body;
    }

    /**
     * A PDU with any command_id, status and body (copied), e.g. for a vendor extension.
     *
     * @param commandId the raw command_id (§5.1.2), any value, e.g. a vendor id in 0x00010200–0x000102FF
     * @param status the command_status; ESME_ROK for a request
     * @param body the octets after the 16-octet header; copied
     * @return the PDU, with sequence_number 0 and no TLVs (they are part of the body)
     * @throws NullPointerException if status or body is null
     */
    public static UnknownPdu of(int commandId, CommandStatus status, byte[] body) {
        return new UnknownPdu(
                CommandId.of(commandId), Objects.requireNonNull(status, "command_status"), 0, body.clone());
    }

    @Override
    public CommandId commandId() {
        return commandId;
    }

    /**
     * A copy of the body octets after the header.
     *
     * @return a new array on every call, with any TLVs still inside; empty for a header-only PDU
     */
    public byte[] body() {
        return body.clone();
    }

    byte[] rawBody() {
        return body;
    }

    @Override
    public UnknownPdu withSequenceNumber(int sequenceNumber) {
        return (UnknownPdu) super.withSequenceNumber(sequenceNumber);
    }

    @Override
    void fields(FieldVisitor v) {
        v.field("body", body);
    }

    @Override
    boolean sameFields(Pdu other) {
        UnknownPdu o = (UnknownPdu) other;
        return Arrays.equals(body, o.body);
    }

    @Override
    int fieldsHash(int h) {
        return hash(h, body);
    }
}
