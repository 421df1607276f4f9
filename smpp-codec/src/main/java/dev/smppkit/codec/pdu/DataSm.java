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

    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from this PDU's fields and TLVs. */
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

    public String serviceType() {
        return serviceType;
    }

    public Address sourceAddress() {
        return sourceAddress;
    }

    public Address destAddress() {
        return destAddress;
    }

    public EsmClass esmClass() {
        return esmClass;
    }

    public RegisteredDelivery registeredDelivery() {
        return registeredDelivery;
    }

    public DataCoding dataCoding() {
        return dataCoding;
    }

    /** Whether esm_class says this is an SMSC delivery receipt or an intermediate notification. */
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

    public static final class Builder extends Pdu.Builder<DataSm, Builder> {
        private String serviceType = "";
        private Address sourceAddress = Address.NULL;
        private Address destAddress = Address.NULL;
        private EsmClass esmClass = EsmClass.DEFAULT;
        private RegisteredDelivery registeredDelivery = RegisteredDelivery.NONE;
        private DataCoding dataCoding = DataCoding.SMSC_DEFAULT;

        private Builder() {}

        /** service_type, at most 5 characters. */
        public Builder serviceType(String serviceType) {
            this.serviceType = Fields.cString("service_type", serviceType, 6);
            return this;
        }

        /** source address, at most 64 characters. */
        public Builder sourceAddress(Address source) {
            this.sourceAddress = Fields.address("source_addr", source, 65);
            return this;
        }

        /** destination address, at most 64 characters. */
        public Builder destAddress(Address dest) {
            this.destAddress = Fields.address("destination_addr", dest, 65);
            return this;
        }

        public Builder esmClass(EsmClass esmClass) {
            this.esmClass = Objects.requireNonNull(esmClass, "esm_class");
            return this;
        }

        public Builder registeredDelivery(RegisteredDelivery registeredDelivery) {
            this.registeredDelivery = Objects.requireNonNull(registeredDelivery, "registered_delivery");
            return this;
        }

        public Builder dataCoding(DataCoding dataCoding) {
            this.dataCoding = Objects.requireNonNull(dataCoding, "data_coding");
            return this;
        }

        /** The user data, in message_payload. */
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
