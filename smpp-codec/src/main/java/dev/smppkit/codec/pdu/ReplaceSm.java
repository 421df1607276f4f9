package dev.smppkit.codec.pdu;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandId;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.RegisteredDelivery;
import dev.smppkit.codec.SmppTime;
import dev.smppkit.codec.internal.Fields;
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

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public CommandId commandId() {
        return CommandId.REPLACE_SM;
    }

    public String messageId() {
        return messageId;
    }

    public Address sourceAddress() {
        return sourceAddress;
    }

    public Optional<SmppTime> scheduleDeliveryTime() {
        return Optional.ofNullable(scheduleDeliveryTime);
    }

    public Optional<SmppTime> validityPeriod() {
        return Optional.ofNullable(validityPeriod);
    }

    public RegisteredDelivery registeredDelivery() {
        return registeredDelivery;
    }

    public int smDefaultMsgId() {
        return smDefaultMsgId;
    }

    /** A copy of short_message. */
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

    public static final class Builder extends Pdu.Builder<ReplaceSm, Builder> {
        private String messageId = "";
        private Address sourceAddress = Address.NULL;
        private SmppTime scheduleDeliveryTime;
        private SmppTime validityPeriod;
        private RegisteredDelivery registeredDelivery = RegisteredDelivery.NONE;
        private int smDefaultMsgId;
        private byte[] shortMessage = new byte[0];

        private Builder() {}

        public Builder messageId(String messageId) {
            this.messageId = Fields.cString("message_id", messageId, 65);
            return this;
        }

        public Builder sourceAddress(Address source) {
            this.sourceAddress = Fields.address("source_addr", source, 21);
            return this;
        }

        public Builder scheduleDeliveryTime(SmppTime time) {
            this.scheduleDeliveryTime = time;
            return this;
        }

        public Builder validityPeriod(SmppTime time) {
            this.validityPeriod = time;
            return this;
        }

        public Builder registeredDelivery(RegisteredDelivery registeredDelivery) {
            this.registeredDelivery = Objects.requireNonNull(registeredDelivery, "registered_delivery");
            return this;
        }

        public Builder smDefaultMsgId(int id) {
            this.smDefaultMsgId = Fields.range("sm_default_msg_id", id, 0, 254);
            return this;
        }

        /** short_message, at most 254 octets (replace_sm has no message_payload). */
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
