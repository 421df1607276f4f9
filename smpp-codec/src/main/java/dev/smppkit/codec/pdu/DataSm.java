package dev.smppkit.codec.pdu;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandId;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.EsmClass;
import dev.smppkit.codec.RegisteredDelivery;
import dev.smppkit.codec.internal.Fields;
import java.util.Objects;

/**
 * data_sm (§4.7.1), in either direction: service_type C6, source and destination addresses (C65 each), esm_class,
 * registered_delivery, data_coding. The user data goes only in the message_payload TLV.
 */
public final class DataSm extends PduRequest<DataSmResp> {
    private final String serviceType;
    private final Address sourceAddress;
    private final Address destAddress;
    private final EsmClass esmClass;
    private final RegisteredDelivery registeredDelivery;
    private final DataCoding dataCoding;

    DataSm(
            int sequenceNumber,
            Tlvs tlvs,
            String serviceType,
            Address sourceAddress,
            Address destAddress,
            EsmClass esmClass,
            RegisteredDelivery registeredDelivery,
            DataCoding dataCoding) {
        super(sequenceNumber, tlvs);
        this.serviceType = serviceType;
        this.sourceAddress = sourceAddress;
        this.destAddress = destAddress;
        this.esmClass = esmClass;
        this.registeredDelivery = registeredDelivery;
        this.dataCoding = dataCoding;
    }

    /**
     * A builder with every field at its default: NULL addresses, zero flags, no TLVs.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder that starts from this PDU's fields and TLVs.
     *
     * @return a new builder; building it without changes gives a PDU equal to this one with sequence_number 0
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.serviceType = serviceType;
        b.sourceAddress = sourceAddress;
        b.destAddress = destAddress;
        b.esmClass = esmClass;
        b.registeredDelivery = registeredDelivery;
        b.dataCoding = dataCoding;
        return b.tlvs(tlvs());
    }

    @Override
    public CommandId commandId() {
        return CommandId.DATA_SM;
    }

    /**
     * service_type (§5.2.11).
     *
     * @return the service type, at most 5 characters; empty (never null) for the SMSC default
     */
    public String serviceType() {
        return serviceType;
    }

    /**
     * source_addr_ton, source_addr_npi, source_addr (§5.2.8); in data_sm the address may be up to 64 characters.
     *
     * @return the originator; {@link Address#NULL} (never null) when not set
     */
    public Address sourceAddress() {
        return sourceAddress;
    }

    /**
     * dest_addr_ton, dest_addr_npi, destination_addr (§5.2.9); in data_sm the address may be up to 64 characters.
     *
     * @return the recipient; {@link Address#NULL} (never null) when not set
     */
    public Address destAddress() {
        return destAddress;
    }

    /**
     * esm_class (§5.2.12).
     *
     * @return the esm_class; {@link EsmClass#DEFAULT} (0) when not set
     */
    public EsmClass esmClass() {
        return esmClass;
    }

    /**
     * registered_delivery (§5.2.17).
     *
     * @return the flags; {@link RegisteredDelivery#NONE} (0) when not set
     */
    public RegisteredDelivery registeredDelivery() {
        return registeredDelivery;
    }

    /**
     * data_coding (§5.2.19) of the message_payload.
     *
     * @return the coding; {@link DataCoding#SMSC_DEFAULT} (0) when not set
     */
    public DataCoding dataCoding() {
        return dataCoding;
    }

    /**
     * Whether esm_class says this is an SMSC delivery receipt or an intermediate notification.
     *
     * @return true if the esm_class message type is 0x04 or 0x20
     */
    public boolean isDeliveryReceipt() {
        return esmClass.isDeliveryReceipt() || esmClass.isIntermediateNotification();
    }

    @Override
    public DataSmResp createResponse(CommandStatus status) {
        return new DataSmResp(status, sequenceNumber(), Tlvs.EMPTY, status.isOk() ? "" : null);
    }

    @Override
    public DataSm withSequenceNumber(int sequenceNumber) {
        return (DataSm) super.withSequenceNumber(sequenceNumber);
    }

    @Override
    void fields(FieldVisitor v) {
        v.field("service_type", serviceType)
                .field("source", sourceAddress)
                .field("dest", destAddress)
                .field("esm_class", esmClass)
                .field("registered_delivery", registeredDelivery)
                .field("data_coding", dataCoding);
    }

    @Override
    boolean sameFields(Pdu other) {
        DataSm o = (DataSm) other;
        return Objects.equals(serviceType, o.serviceType)
                && Objects.equals(sourceAddress, o.sourceAddress)
                && Objects.equals(destAddress, o.destAddress)
                && Objects.equals(esmClass, o.esmClass)
                && Objects.equals(registeredDelivery, o.registeredDelivery)
                && Objects.equals(dataCoding, o.dataCoding);
    }

    @Override
    int fieldsHash(int h) {
        return hash(
                hash(hash(hash(hash(hash(h, serviceType), sourceAddress), destAddress), esmClass), registeredDelivery),
                dataCoding);
    }

    /** Builds {@link DataSm}; each setter checks its field and names the limit. */
    public static final class Builder extends Pdu.Builder<DataSm, Builder> {
        private String serviceType = "";
        private Address sourceAddress = Address.NULL;
        private Address destAddress = Address.NULL;
        private EsmClass esmClass = EsmClass.DEFAULT;
        private RegisteredDelivery registeredDelivery = RegisteredDelivery.NONE;
        private DataCoding dataCoding = DataCoding.SMSC_DEFAULT;

        private Builder() {}

        /**
         * service_type, at most 5 characters.
         *
         * @param serviceType the service_type (§5.2.11), C-Octet String of at most 6 octets with its NUL; "" (the
         *     default) for the SMSC default
         * @return this builder
         * @throws NullPointerException if serviceType is null
         * @throws IllegalArgumentException if longer than 5 characters or not Latin-1 without NUL
         */
        public Builder serviceType(String serviceType) {
            this.serviceType = Fields.cString("service_type", serviceType, FieldLimits.SERVICE_TYPE);
            return this;
        }

        /**
         * source address, at most 64 characters.
         *
         * @param source the source_addr_ton, source_addr_npi and source_addr (§5.2.8), at most 65 octets with the NUL
         *     in data_sm; {@link Address#NULL} (the default) for none
         * @return this builder
         * @throws NullPointerException if source is null
         * @throws IllegalArgumentException if the address is longer than 64 characters
         */
        public Builder sourceAddress(Address source) {
            this.sourceAddress = Fields.address("source_addr", source, FieldLimits.LONG_ADDR);
            return this;
        }

        /**
         * destination address, at most 64 characters.
         *
         * @param dest the dest_addr_ton, dest_addr_npi and destination_addr (§5.2.9), at most 65 octets with the NUL in
         *     data_sm
         * @return this builder
         * @throws NullPointerException if dest is null
         * @throws IllegalArgumentException if the address is longer than 64 characters
         */
        public Builder destAddress(Address dest) {
            this.destAddress = Fields.address("destination_addr", dest, FieldLimits.LONG_ADDR);
            return this;
        }

        /**
         * Sets esm_class.
         *
         * @param esmClass the esm_class (§5.2.12), 1 octet; default {@link EsmClass#DEFAULT}
         * @return this builder
         * @throws NullPointerException if esmClass is null
         */
        public Builder esmClass(EsmClass esmClass) {
            this.esmClass = Objects.requireNonNull(esmClass, "esm_class");
            return this;
        }

        /**
         * Sets registered_delivery.
         *
         * @param registeredDelivery the registered_delivery (§5.2.17), 1 octet; default {@link RegisteredDelivery#NONE}
         * @return this builder
         * @throws NullPointerException if registeredDelivery is null
         */
        public Builder registeredDelivery(RegisteredDelivery registeredDelivery) {
            this.registeredDelivery = Objects.requireNonNull(registeredDelivery, "registered_delivery");
            return this;
        }

        /**
         * Sets data_coding.
         *
         * @param dataCoding the data_coding (§5.2.19), 1 octet; default {@link DataCoding#SMSC_DEFAULT}
         * @return this builder
         * @throws NullPointerException if dataCoding is null
         */
        public Builder dataCoding(DataCoding dataCoding) {
            this.dataCoding = Objects.requireNonNull(dataCoding, "data_coding");
            return this;
        }

        /**
         * The user data, in message_payload.
         *
         * @param payload the message_payload (§5.3.2.32), at most 65,535 octets in the data_coding; copied
         * @return this builder
         * @throws NullPointerException if payload is null
         * @throws IllegalArgumentException if payload is longer than 65,535 octets
         */
        public Builder messagePayload(byte[] payload) {
            tlvsBuilder().messagePayload(payload);
            return this;
        }

        @Override
        public DataSm build() {
            return new DataSm(
                    0, builtTlvs(), serviceType, sourceAddress, destAddress, esmClass, registeredDelivery, dataCoding);
        }
    }
}
