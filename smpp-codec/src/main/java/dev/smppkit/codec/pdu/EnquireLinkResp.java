package dev.smppkit.codec.pdu;

import dev.smppkit.codec.CommandId;
import dev.smppkit.codec.CommandStatus;

/** enquire_link_resp (§4.11.2); its status is always ESME_ROK. Header only. */
public final class EnquireLinkResp extends PduResponse {
    EnquireLinkResp(CommandStatus commandStatus, int sequenceNumber, Tlvs tlvs) {
        super(commandStatus, sequenceNumber, tlvs);
    }

    /**
     * A new enquire_link_resp with the given status.
     *
     * @param commandStatus the command_status; always ESME_ROK per §4.11.2
     * @return the PDU (header only, no TLVs) with sequence_number 0; give it the request's with {@link
     *     #withSequenceNumber(int)}
     * @throws NullPointerException if commandStatus is null
     */
    public static EnquireLinkResp create(CommandStatus commandStatus) {
        return new EnquireLinkResp(java.util.Objects.requireNonNull(commandStatus, "command_status"), 0, Tlvs.EMPTY);
    }

    @Override
    public CommandId commandId() {
        return CommandId.ENQUIRE_LINK_RESP;
    }

    @Override
    public EnquireLinkResp withSequenceNumber(int sequenceNumber) {
        return (EnquireLinkResp) super.withSequenceNumber(sequenceNumber);
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
