package dev.smppkit.codec.pdu;

import dev.smppkit.codec.CommandId;
import dev.smppkit.codec.CommandStatus;

/** unbind (§4.2.1): asks the peer to end the session. Header only. */
public final class Unbind extends PduRequest<UnbindResp> {
    Unbind(int sequenceNumber, Tlvs tlvs) {
        super(sequenceNumber, tlvs);
    }

    /**
     * A new unbind request.
     *
     * @return the PDU (header only), with sequence_number 0 until a session assigns one
     */
    public static Unbind create() {
        return new Unbind(0, Tlvs.EMPTY);
    }

    @Override
    public CommandId commandId() {
        return CommandId.UNBIND;
    }

    @Override
    public UnbindResp createResponse(CommandStatus status) {
        return new UnbindResp(status, sequenceNumber(), Tlvs.EMPTY);
    }

    @Override
    public Unbind withSequenceNumber(int sequenceNumber) {
        return (Unbind) super.withSequenceNumber(sequenceNumber);
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
