package dev.smppkit.codec.pdu;

import dev.smppkit.codec.CommandId;
import dev.smppkit.codec.CommandStatus;

/** enquire_link (§4.11.1): a keepalive that checks the link and the peer's application. Header only. */
public final class EnquireLink extends PduRequest<EnquireLinkResp> {
    EnquireLink(int sequenceNumber, Tlvs tlvs) {
        super(sequenceNumber, tlvs);
    }

    /**
     * A new enquire_link request.
     *
     * @return the PDU (header only), with sequence_number 0 until a session assigns one
     */
    public static EnquireLink create() {
        return new EnquireLink(0, Tlvs.EMPTY);
    }

    @Override
    public CommandId commandId() {
        return CommandId.ENQUIRE_LINK;
    }

    @Override
    public EnquireLinkResp createResponse(CommandStatus status) {
        return new EnquireLinkResp(status, sequenceNumber(), Tlvs.EMPTY);
    }

    @Override
    public EnquireLink withSequenceNumber(int sequenceNumber) {
        return (EnquireLink) super.withSequenceNumber(sequenceNumber);
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
