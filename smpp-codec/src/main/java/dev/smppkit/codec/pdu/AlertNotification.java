package dev.smppkit.codec.pdu;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandId;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.internal.Fields;
import java.util.Objects;

/**
 * alert_notification (§4.12.1): the SMSC tells the ESME that a mobile subscriber is available again. Fields: source
 * address (C65), esme address (C65), TLV ms_availability_status. It has no response.
 */
public final class AlertNotification extends PduRequest<GenericNack> {
    private final Address sourceAddress;
    private final Address esmeAddress;

    AlertNotification(int sequenceNumber, Tlvs tlvs, Address sourceAddress, Address esmeAddress) {
        super(sequenceNumber, tlvs);
        this.sourceAddress = sourceAddress;
        this.esmeAddress = esmeAddress;
    }

    /**
     * An alert_notification; pass ms_availability_status in {@code tlvs} if wanted.
     *
     * @param sourceAddress the source_addr_ton, source_addr_npi and source_addr (§5.2.8) of the mobile that became
     *     available, at most 65 octets with the NUL
     * @param esmeAddress the esme_addr_ton, esme_addr_npi and esme_addr (§5.2.10) that asked to be alerted, at most 65
     *     octets with the NUL
     * @param tlvs the TLVs, e.g. ms_availability_status; {@link Tlvs#EMPTY} for none
     * @return the PDU, with sequence_number 0
     * @throws NullPointerException if an address is null
     * @throws IllegalArgumentException if an address is longer than 64 characters
     */
    public static AlertNotification of(Address sourceAddress, Address esmeAddress, Tlvs tlvs) {
        return new AlertNotification(
                0,
                tlvs,
                Fields.address("source_addr", sourceAddress, FieldLimits.LONG_ADDR),
                Fields.address("esme_addr", esmeAddress, FieldLimits.LONG_ADDR));
    }

    @Override
    public CommandId commandId() {
        return CommandId.ALERT_NOTIFICATION;
    }

    /**
     * The mobile subscriber that became available.
     *
     * @return the source address, at most 64 characters
     */
    public Address sourceAddress() {
        return sourceAddress;
    }

    /**
     * The ESME address that asked to be alerted.
     *
     * @return the esme_addr, at most 64 characters
     */
    public Address esmeAddress() {
        return esmeAddress;
    }

    /** @throws UnsupportedOperationException always: alert_notification has no response */
    @Override
    public GenericNack createResponse(CommandStatus status) {
        throw new UnsupportedOperationException("alert_notification has no response");
    }

    @Override
    public AlertNotification withSequenceNumber(int sequenceNumber) {
        return (AlertNotification) super.withSequenceNumber(sequenceNumber);
    }

    @Override
    void fields(FieldVisitor v) {
        v.field("source", sourceAddress).field("esme_addr", esmeAddress);
    }

    @Override
    boolean sameFields(Pdu other) {
        AlertNotification o = (AlertNotification) other;
        return Objects.equals(sourceAddress, o.sourceAddress) && Objects.equals(esmeAddress, o.esmeAddress);
    }

    @Override
    int fieldsHash(int h) {
        return hash(hash(h, sourceAddress), esmeAddress);
    }
}
