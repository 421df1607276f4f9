package dev.smppkit.codec.pdu;

import dev.smppkit.codec.CommandId;
import dev.smppkit.codec.CommandStatus;

/** cancel_sm_resp (§4.9.2). Header only. */
public final class CancelSmResp extends PduResponse {
    CancelSmResp(CommandStatus commandStatus, int sequenceNumber, Tlvs tlvs) {
        super(commandStatus, sequenceNumber, tlvs);
    }

    /**
     * A new cancel_sm_resp with the given status.
     *
     * @param commandStatus the command_status; ESME_ROK for success
     * @return the PDU (header only, no TLVs) with sequence_number 0; give it the request's with {@link
     *     #withSequenceNumber(int)}
     * @throws NullPointerException if commandStatus is null
     */
    public static CancelSmResp create(CommandStatus commandStatus) {
        return new CancelSmResp(java.util.Objects.requireNonNull(commandStatus, "command_status"), 0, Tlvs.EMPTY);
    }

    @Override
    public CommandId commandId() {
        return CommandId.CANCEL_SM_RESP;
    }

    @Override
    public CancelSmResp withSequenceNumber(int sequenceNumber) {
        return (CancelSmResp) super.withSequenceNumber(sequenceNumber);
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
