package dev.smppkit.codec.pdu;

import dev.smppkit.codec.CommandId;
import dev.smppkit.codec.CommandStatus;

/** unbind_resp (§4.2.2). Header only. */
public final class UnbindResp extends PduResponse {
    UnbindResp(CommandStatus commandStatus, int sequenceNumber, Tlvs tlvs) {
        super(commandStatus, sequenceNumber, tlvs);
    }

    /**
     * A new unbind_resp with the given status.
     *
     * @param commandStatus the command_status; ESME_ROK for success
     * @return the PDU (header only, no TLVs) with sequence_number 0; give it the request's with {@link
     *     #withSequenceNumber(int)}
     * @throws NullPointerException if commandStatus is null
     */
    public static UnbindResp create(CommandStatus commandStatus) {
        return new UnbindResp(java.util.Objects.requireNonNull(commandStatus, "command_status"), 0, Tlvs.EMPTY);
    }

    @Override
    public CommandId commandId() {
        return CommandId.UNBIND_RESP;
    }

    @Override
    public UnbindResp withSequenceNumber(int sequenceNumber) {
        return (UnbindResp) super.withSequenceNumber(sequenceNumber);
    }

    @Override
    void fields(FieldVisitor visitor) {}

    @Override
    boolean sameFields(Pdu other) {
        return true; // no body fields
    }

    @Override
    int fieldsHash(int h) {
        return h;
    }
}
