package dev.smppkit.codec.pdu;

import dev.smppkit.codec.CommandId;
import dev.smppkit.codec.CommandStatus;

/** replace_sm_resp (§4.10.2). Header only. */
public final class ReplaceSmResp extends PduResponse {
    ReplaceSmResp(CommandStatus commandStatus, int sequenceNumber, Tlvs tlvs) {
        super(commandStatus, sequenceNumber, tlvs);
    }

    /**
     * A new replace_sm_resp with the given status.
     *
     * @param commandStatus the command_status; ESME_ROK for success
     * @return the PDU (header only, no TLVs) with sequence_number 0; give it the request's with {@link
     *     #withSequenceNumber(int)}
     * @throws NullPointerException if commandStatus is null
     */
    public static ReplaceSmResp create(CommandStatus commandStatus) {
        return new ReplaceSmResp(java.util.Objects.requireNonNull(commandStatus, "command_status"), 0, Tlvs.EMPTY);
    }

    @Override
    public CommandId commandId() {
        return CommandId.REPLACE_SM_RESP;
    }

    @Override
    public ReplaceSmResp withSequenceNumber(int sequenceNumber) {
        return (ReplaceSmResp) super.withSequenceNumber(sequenceNumber);
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
