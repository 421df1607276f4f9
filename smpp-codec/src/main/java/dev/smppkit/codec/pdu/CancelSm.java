package dev.smppkit.codec.pdu;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandId;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.internal.Fields;
import java.util.Objects;

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

    /**
     * A builder with every field at its default: empty service_type and message_id, NULL addresses.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public CommandId commandId() {
        return CommandId.CANCEL_SM;
    }

    /**
     * service_type (§5.2.11): when message_id is NULL, only messages of this service type are cancelled.
     *
     * @return the service type, at most 5 characters; empty for any
     */
    public String serviceType() {
        return serviceType;
    }

    /**
     * The message to cancel; empty (NULL) to cancel by source, destination and service_type.
     *
     * @return the message_id (§5.2.23), at most 64 characters; empty (never null) for NULL
     */
    public String messageId() {
        return messageId;
    }

    /**
     * source_addr_ton, source_addr_npi, source_addr (§5.2.8): must match the message's source.
     *
     * @return the source address, at most 20 characters; {@link Address#NULL} (never null) when not set
     */
    public Address sourceAddress() {
        return sourceAddress;
    }

    /**
     * dest_addr_ton, dest_addr_npi, destination_addr (§5.2.9): with a NULL message_id, whose messages to cancel.
     *
     * @return the destination address, at most 20 characters; {@link Address#NULL} (never null) when not set
     */
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

    @Override
    boolean sameFields(Pdu other) {
        CancelSm o = (CancelSm) other;
        return Objects.equals(serviceType, o.serviceType)
                && Objects.equals(messageId, o.messageId)
                && Objects.equals(sourceAddress, o.sourceAddress)
                && Objects.equals(destAddress, o.destAddress);
    }

    @Override
    int fieldsHash(int h) {
        return hash(hash(hash(hash(h, serviceType), messageId), sourceAddress), destAddress);
    }

    /** Builds {@link CancelSm}; each setter checks its field and names the limit. */
    public static final class Builder extends Pdu.Builder<CancelSm, Builder> {
        private String serviceType = "";
        private String messageId = "";
        private Address sourceAddress = Address.NULL;
        private Address destAddress = Address.NULL;

        private Builder() {}

        /**
         * Sets service_type.
         *
         * @param serviceType the service_type (§5.2.11), at most 5 characters (6 octets with the NUL); "" (the
         *     default) for any
         * @return this builder
         * @throws NullPointerException if serviceType is null
         * @throws IllegalArgumentException if longer than 5 characters or not Latin-1 without NUL
         */
        public Builder serviceType(String serviceType) {
            this.serviceType = Fields.cString("service_type", serviceType, FieldLimits.SERVICE_TYPE);
            return this;
        }

        /**
         * Sets message_id.
         *
         * @param messageId the message_id (§5.2.23) to cancel, at most 64 characters (65 octets with the NUL); "" (the
         *     default) to cancel every message from the source to the destination
         * @return this builder
         * @throws NullPointerException if messageId is null
         * @throws IllegalArgumentException if longer than 64 characters or not Latin-1 without NUL
         */
        public Builder messageId(String messageId) {
            this.messageId = Fields.cString("message_id", messageId, FieldLimits.MESSAGE_ID);
            return this;
        }

        /**
         * Sets the source address.
         *
         * @param source the source_addr_ton, source_addr_npi and source_addr (§5.2.8), at most 21 octets with the NUL
         * @return this builder
         * @throws NullPointerException if source is null
         * @throws IllegalArgumentException if the address is longer than 20 characters
         */
        public Builder sourceAddress(Address source) {
            this.sourceAddress = Fields.address("source_addr", source, FieldLimits.ADDR);
            return this;
        }

        /**
         * Sets the destination address.
         *
         * @param dest the dest_addr_ton, dest_addr_npi and destination_addr (§5.2.9), at most 21 octets with the NUL
         * @return this builder
         * @throws NullPointerException if dest is null
         * @throws IllegalArgumentException if the address is longer than 20 characters
         */
        public Builder destAddress(Address dest) {
            this.destAddress = Fields.address("destination_addr", dest, FieldLimits.ADDR);
            return this;
        }

        @Override
        public CancelSm build() {
            return new CancelSm(0, builtTlvs(), serviceType, messageId, sourceAddress, destAddress);
        }
    }
}
