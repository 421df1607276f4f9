package dev.smppkit.codec.pdu;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandId;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.internal.Fields;

/**
 * cancel_sm (§4.9.1): cancels one pending message (by message_id) or all pending messages from a source to a
 * destination (message_id NULL, optionally filtered by service_type). Fields: service_type C6, message_id C65,
 * source and destination addresses (C21 each).
 */
public final class CancelSm extends PduRequest<CancelSmResp> {
    private final String serviceType;
    private final String messageId;
    private final Address sourceAddress;
    private final Address destAddress;

    CancelSm(
            int sequenceNumber,
            Tlvs tlvs,
            String serviceType,
            String messageId,
            Address sourceAddress,
            Address destAddress) {
        super(sequenceNumber, tlvs);
        this.serviceType = serviceType;
        this.messageId = messageId;
        this.sourceAddress = sourceAddress;
        this.destAddress = destAddress;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public CommandId commandId() {
        return CommandId.CANCEL_SM;
    }

    public String serviceType() {
        return serviceType;
    }

    /** The message to cancel; empty (NULL) to cancel by source, destination and service_type. */
    public String messageId() {
        return messageId;
    }

    public Address sourceAddress() {
        return sourceAddress;
    }

    public Address destAddress() {
        return destAddress;
    }

    @Override
    public CancelSmResp createResponse(CommandStatus status) {
        return new CancelSmResp(status, sequenceNumber(), Tlvs.EMPTY);
    }

    @Override
    public CancelSm withSequenceNumber(int sequenceNumber) {
        return (CancelSm) super.withSequenceNumber(sequenceNumber);
    }

    @Override
    void fields(FieldVisitor v) {
        v.field("service_type", serviceType)
                .field("message_id", messageId)
                .field("source", sourceAddress)
                .field("dest", destAddress);
    }

    public static final class Builder extends Pdu.Builder<CancelSm, Builder> {
        private String serviceType = "";
        private String messageId = "";
        private Address sourceAddress = Address.NULL;
        private Address destAddress = Address.NULL;

        private Builder() {}

        public Builder serviceType(String serviceType) {
            this.serviceType = Fields.cString("service_type", serviceType, 6);
            return this;
        }

        public Builder messageId(String messageId) {
            this.messageId = Fields.cString("message_id", messageId, 65);
            return this;
        }

        public Builder sourceAddress(Address source) {
            this.sourceAddress = Fields.address("source_addr", source, 21);
            return this;
        }

        public Builder destAddress(Address dest) {
            this.destAddress = Fields.address("destination_addr", dest, 21);
            return this;
        }

        @Override
        public CancelSm build() {
            return new CancelSm(0, builtTlvs(), serviceType, messageId, sourceAddress, destAddress);
        }
    }
}
