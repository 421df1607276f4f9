package dev.smppkit.codec.pdu;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandId;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.RegisteredDelivery;
import dev.smppkit.codec.SmppTime;
import dev.smppkit.codec.internal.Fields;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * replace_sm (§4.10.1): replaces a pending message. Fields: message_id C65, source address (C21),
 * schedule_delivery_time, validity_period, registered_delivery, sm_default_msg_id, sm_length, short_message (0–254).
 */
public final class ReplaceSm extends PduRequest<ReplaceSmResp> {
    private final String messageId;
    private final Address sourceAddress;
    private final SmppTime scheduleDeliveryTime;
    private final SmppTime validityPeriod;
    private final RegisteredDelivery registeredDelivery;
    private final int smDefaultMsgId;
    private final byte[] shortMessage;

    ReplaceSm(
            int sequenceNumber,
            Tlvs tlvs,
            String messageId,
            Address sourceAddress,
            SmppTime scheduleDeliveryTime,
            SmppTime validityPeriod,
            RegisteredDelivery registeredDelivery,
            int smDefaultMsgId,
            byte[] shortMessage) {
        super(sequenceNumber, tlvs);
        this.messageId = messageId;
        this.sourceAddress = sourceAddress;
        this.scheduleDeliveryTime = scheduleDeliveryTime;
        this.validityPeriod = validityPeriod;
        this.registeredDelivery = registeredDelivery;
        this.smDefaultMsgId = smDefaultMsgId;
        this.shortMessage = shortMessage;
    }

    /**
     * A builder with every field at its default: empty message_id, NULL address and times, empty short_message.
     *
     * @return a new builder; set at least the message_id and the source address of the message to replace
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public CommandId commandId() {
        return CommandId.REPLACE_SM;
    }

    /**
     * message_id (§5.2.23): the SMSC's id of the message to replace, as returned in its submit_sm_resp.
     *
     * @return the id, at most 64 characters
     */
    public String messageId() {
        return messageId;
    }

    /**
     * source_addr_ton, source_addr_npi, source_addr (§5.2.8): must match the original message's source.
     *
     * @return the source address, at most 20 characters; {@link Address#NULL} (never null) when not set
     */
    public Address sourceAddress() {
        return sourceAddress;
    }

    /**
     * schedule_delivery_time (§5.2.15).
     *
     * @return the new delivery time, or empty for NULL (keep the original's)
     */
    public Optional<SmppTime> scheduleDeliveryTime() {
        return Optional.ofNullable(scheduleDeliveryTime);
    }

    /**
     * validity_period (§5.2.16).
     *
     * @return the new expiry time, or empty for NULL (keep the original's)
     */
    public Optional<SmppTime> validityPeriod() {
        return Optional.ofNullable(validityPeriod);
    }

    /**
     * registered_delivery (§5.2.17).
     *
     * @return the receipts requested for the replacement; {@link RegisteredDelivery#NONE} (0) when not set
     */
    public RegisteredDelivery registeredDelivery() {
        return registeredDelivery;
    }

    /**
     * sm_default_msg_id (§5.2.20).
     *
     * @return 1–254 for a canned message held by the SMSC, 0 for none
     */
    public int smDefaultMsgId() {
        return smDefaultMsgId;
    }

    /**
     * A copy of short_message.
     *
     * @return a new array of 0–254 octets (the new text) on every call
     */
    public byte[] shortMessage() {
        return shortMessage.clone();
    }

    byte[] rawShortMessage() {
        return shortMessage;
    }

    SmppTime rawScheduleDeliveryTime() {
        return scheduleDeliveryTime;
    }

    SmppTime rawValidityPeriod() {
        return validityPeriod;
    }

    @Override
    public ReplaceSmResp createResponse(CommandStatus status) {
        return new ReplaceSmResp(status, sequenceNumber(), Tlvs.EMPTY);
    }

    @Override
    public ReplaceSm withSequenceNumber(int sequenceNumber) {
        return (ReplaceSm) super.withSequenceNumber(sequenceNumber);
    }

    @Override
    void fields(FieldVisitor v) {
        v.field("message_id", messageId)
                .field("source", sourceAddress)
                .field("schedule_delivery_time", scheduleDeliveryTime)
                .field("validity_period", validityPeriod)
                .field("registered_delivery", registeredDelivery)
                .field("sm_default_msg_id", smDefaultMsgId)
                .field("short_message", shortMessage);
    }

    @Override
    boolean sameFields(Pdu other) {
        ReplaceSm o = (ReplaceSm) other;
        return Objects.equals(messageId, o.messageId)
                && Objects.equals(sourceAddress, o.sourceAddress)
                && Objects.equals(scheduleDeliveryTime, o.scheduleDeliveryTime)
                && Objects.equals(validityPeriod, o.validityPeriod)
                && Objects.equals(registeredDelivery, o.registeredDelivery)
                && smDefaultMsgId == o.smDefaultMsgId
                && Arrays.equals(shortMessage, o.shortMessage);
    }

    @Override
    int fieldsHash(int h) {
        return hash(
                hash(
                        hash(
                                hash(
                                        hash(hash(hash(h, messageId), sourceAddress), scheduleDeliveryTime),
                                        validityPeriod),
                                registeredDelivery),
                        smDefaultMsgId),
                shortMessage);
    }

    /** Builds {@link ReplaceSm}; each setter checks its field and names the limit. */
    public static final class Builder extends Pdu.Builder<ReplaceSm, Builder> {
        private String messageId = "";
        private Address sourceAddress = Address.NULL;
        private SmppTime scheduleDeliveryTime;
        private SmppTime validityPeriod;
        private RegisteredDelivery registeredDelivery = RegisteredDelivery.NONE;
        private int smDefaultMsgId;
        private byte[] shortMessage = new byte[0];

        private Builder() {}

        /**
         * Sets message_id.
         *
         * @param messageId the message_id (§5.2.23) of the message to replace, at most 64 characters (65 octets with
         *     the NUL)
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
         * @param source the source_addr_ton, source_addr_npi and source_addr (§5.2.8) of the original message, at most
         *     21 octets with the NUL
         * @return this builder
         * @throws NullPointerException if source is null
         * @throws IllegalArgumentException if the address is longer than 20 characters
         */
        public Builder sourceAddress(Address source) {
            this.sourceAddress = Fields.address("source_addr", source, FieldLimits.ADDR);
            return this;
        }

        /**
         * Sets schedule_delivery_time.
         *
         * @param time the schedule_delivery_time (§5.2.15); null (the default) for NULL
         * @return this builder
         */
        public Builder scheduleDeliveryTime(SmppTime time) {
            this.scheduleDeliveryTime = time;
            return this;
        }

        /**
         * Sets validity_period.
         *
         * @param time the validity_period (§5.2.16); null (the default) for NULL
         * @return this builder
         */
        public Builder validityPeriod(SmppTime time) {
            this.validityPeriod = time;
            return this;
        }

        /**
         * Sets registered_delivery.
         *
         * @param registeredDelivery the registered_delivery (§5.2.17); default {@link RegisteredDelivery#NONE}
         * @return this builder
         * @throws NullPointerException if registeredDelivery is null
         */
        public Builder registeredDelivery(RegisteredDelivery registeredDelivery) {
            this.registeredDelivery = Objects.requireNonNull(registeredDelivery, "registered_delivery");
            return this;
        }

        /**
         * Sets sm_default_msg_id.
         *
         * @param id the sm_default_msg_id (§5.2.20): 0 (the default) for none, or a canned message 1–254
         * @return this builder
         * @throws IllegalArgumentException if not 0–254
         */
        public Builder smDefaultMsgId(int id) {
            this.smDefaultMsgId = Fields.range("sm_default_msg_id", id, 0, 254);
            return this;
        }

        /**
         * short_message, at most 254 octets (replace_sm has no message_payload).
         *
         * @param shortMessage the short_message (§5.2.22), 0–254 octets; copied
         * @return this builder
         * @throws NullPointerException if shortMessage is null
         * @throws IllegalArgumentException if longer than 254 octets
         */
        public Builder shortMessage(byte[] shortMessage) {
            if (shortMessage.length > BaseSm.MAX_SHORT_MESSAGE) {
                throw new IllegalArgumentException("short_message is " + shortMessage.length + " octets; at most "
                        + BaseSm.MAX_SHORT_MESSAGE + " (replace_sm has no message_payload)");
            }
            this.shortMessage = shortMessage.clone();
            return this;
        }

        @Override
        public ReplaceSm build() {
            return new ReplaceSm(
                    0,
                    builtTlvs(),
                    messageId,
                    sourceAddress,
                    scheduleDeliveryTime,
                    validityPeriod,
                    registeredDelivery,
                    smDefaultMsgId,
                    shortMessage);
        }
    }
}
