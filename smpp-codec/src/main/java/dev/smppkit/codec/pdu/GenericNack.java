package dev.smppkit.codec.pdu;

import dev.smppkit.codec.CommandId;
import dev.smppkit.codec.CommandStatus;

/**
 * generic_nack (§4.3): the answer to a PDU whose header is invalid (bad command_length or unknown command_id); its
 * sequence_number is the offending PDU's, or 0 when that could not be read. Header only.
 */
public final class GenericNack extends PduResponse {
    GenericNack(CommandStatus commandStatus, int sequenceNumber, Tlvs tlvs) {
        super(commandStatus, sequenceNumber, tlvs);
    }

    /**
     * A new generic_nack with the given status.
     *
     * @param commandStatus the command_status: ESME_RINVCMDLEN for a bad command_length, ESME_RINVCMDID for an unknown
     *     command_id
     * @return the PDU (header only, no TLVs) with sequence_number 0; give it the request's with {@link
     *     #withSequenceNumber(int)}
     * @throws NullPointerException if commandStatus is null
     */
    public static GenericNack create(CommandStatus commandStatus) {
        return new GenericNack(java.util.Objects.requireNonNull(commandStatus, "command_status"), 0, Tlvs.EMPTY);
    }

    @Override
    public CommandId commandId() {
        return CommandId.GENERIC_NACK;
    }

    @Override
    public GenericNack withSequenceNumber(int sequenceNumber) {
        return (GenericNack) super.withSequenceNumber(sequenceNumber);
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
