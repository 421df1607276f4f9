package dev.smppkit.codec.pdu;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.EsmClass;
import dev.smppkit.codec.RegisteredDelivery;
import dev.smppkit.codec.SmppTime;
import dev.smppkit.codec.internal.Fields;
import java.util.Objects;
import java.util.Optional;

/**
 * The body shared by submit_sm (§4.4.1) and deliver_sm (§4.6.1): service_type C6, source and destination addresses
 * (C21 each), esm_class, protocol_id, priority_flag, schedule_delivery_time, validity_period, registered_delivery,
 * replace_if_present_flag, data_coding, sm_default_msg_id, sm_length and short_message (0–254 octets).
 */
public abstract class BaseSm<R extends PduResponse> extends PduRequest<R> {
    /** The most octets short_message can hold; longer messages go in message_payload. */
    public static final int MAX_SHORT_MESSAGE = 254;

    final String serviceType;
    final Address sourceAddress;
    final Address destAddress;
    final EsmClass esmClass;
    final int protocolId;
    final int priorityFlag;
    final SmppTime scheduleDeliveryTime; // null: NULL (immediate)
    final SmppTime validityPeriod; // null: NULL (SMSC default)
    final RegisteredDelivery registeredDelivery;
    final int replaceIfPresentFlag;
    final DataCoding dataCoding;
    final int smDefaultMsgId;
    final byte[] shortMessage; // never exposed: shortMessage() copies

    BaseSm(int sequenceNumber, Tlvs tlvs, Fieldset f) {
        super(sequenceNumber, tlvs);
        this.serviceType = f.serviceType;
        this.sourceAddress = f.sourceAddress;
        this.destAddress = f.destAddress;
        this.esmClass = f.esmClass;
        this.protocolId = f.protocolId;
        this.priorityFlag = f.priorityFlag;
        this.scheduleDeliveryTime = f.scheduleDeliveryTime;
        this.validityPeriod = f.validityPeriod;
        this.registeredDelivery = f.registeredDelivery;
        this.replaceIfPresentFlag = f.replaceIfPresentFlag;
        this.dataCoding = f.dataCoding;
        this.smDefaultMsgId = f.smDefaultMsgId;
        this.shortMessage = f.shortMessage;
    }

    /** service_type: "" for the SMSC default, or e.g. CMT, CPT, VMN, VMA, WAP, USSD. */
    public String serviceType() {
        return serviceType;
    }

    /** source_addr_ton, source_addr_npi, source_addr. */
    public Address sourceAddress() {
        return sourceAddress;
    }

    /** dest_addr_ton, dest_addr_npi, destination_addr. */
    public Address destAddress() {
        return destAddress;
    }

    public EsmClass esmClass() {
        return esmClass;
    }

    public int protocolId() {
        return protocolId;
    }

    public int priorityFlag() {
        return priorityFlag;
    }

    /** schedule_delivery_time; empty means NULL (deliver immediately). */
    public Optional<SmppTime> scheduleDeliveryTime() {
        return Optional.ofNullable(scheduleDeliveryTime);
    }

    /** validity_period; empty means NULL (the SMSC's default). */
    public Optional<SmppTime> validityPeriod() {
        return Optional.ofNullable(validityPeriod);
    }

    public RegisteredDelivery registeredDelivery() {
        return registeredDelivery;
    }

    public int replaceIfPresentFlag() {
        return replaceIfPresentFlag;
    }

    public DataCoding dataCoding() {
        return dataCoding;
    }

    public int smDefaultMsgId() {
        return smDefaultMsgId;
    }

    /** A copy of short_message (sm_length octets; empty when the message is in message_payload). */
    public byte[] shortMessage() {
        return shortMessage.clone();
    }

    /** sm_length. */
    public int smLength() {
        return shortMessage.length;
    }

    /** The user data: message_payload when present, short_message otherwise (a copy). */
    public byte[] messageBytes() {
        return tlvs().messagePayload().orElseGet(this::shortMessage);
    }

    @Override
    void fields(FieldVisitor v) {
        v.field("service_type", serviceType)
                .field("source", sourceAddress)
                .field("dest", destAddress)
                .field("esm_class", esmClass)
                .field("protocol_id", protocolId)
                .field("priority_flag", priorityFlag)
                .field("schedule_delivery_time", scheduleDeliveryTime)
                .field("validity_period", validityPeriod)
                .field("registered_delivery", registeredDelivery)
                .field("replace_if_present_flag", replaceIfPresentFlag)
                .field("data_coding", dataCoding)
                .field("sm_default_msg_id", smDefaultMsgId)
                .field("short_message", shortMessage);
    }

    /** The mandatory fields, shared by the builders and the decoder. */
    static final class Fieldset {
        String serviceType = "";
        Address sourceAddress = Address.NULL;
        Address destAddress = Address.NULL;
        EsmClass esmClass = EsmClass.DEFAULT;
        int protocolId;
        int priorityFlag;
        SmppTime scheduleDeliveryTime;
        SmppTime validityPeriod;
        RegisteredDelivery registeredDelivery = RegisteredDelivery.NONE;
        int replaceIfPresentFlag;
        DataCoding dataCoding = DataCoding.SMSC_DEFAULT;
        int smDefaultMsgId;
        byte[] shortMessage = NO_OCTETS; // shared: an empty array cannot change, and the decoder replaces it anyway

        private static final byte[] NO_OCTETS = {};

        Fieldset copy() {
            Fieldset f = new Fieldset();
            f.serviceType = serviceType;
            f.sourceAddress = sourceAddress;
            f.destAddress = destAddress;
            f.esmClass = esmClass;
            f.protocolId = protocolId;
            f.priorityFlag = priorityFlag;
            f.scheduleDeliveryTime = scheduleDeliveryTime;
            f.validityPeriod = validityPeriod;
            f.registeredDelivery = registeredDelivery;
            f.replaceIfPresentFlag = replaceIfPresentFlag;
            f.dataCoding = dataCoding;
            f.smDefaultMsgId = smDefaultMsgId;
            f.shortMessage = shortMessage;
            return f;
        }

        static Fieldset of(BaseSm<?> sm) {
            Fieldset f = new Fieldset();
            f.serviceType = sm.serviceType;
            f.sourceAddress = sm.sourceAddress;
            f.destAddress = sm.destAddress;
            f.esmClass = sm.esmClass;
            f.protocolId = sm.protocolId;
            f.priorityFlag = sm.priorityFlag;
            f.scheduleDeliveryTime = sm.scheduleDeliveryTime;
            f.validityPeriod = sm.validityPeriod;
            f.registeredDelivery = sm.registeredDelivery;
            f.replaceIfPresentFlag = sm.replaceIfPresentFlag;
            f.dataCoding = sm.dataCoding;
            f.smDefaultMsgId = sm.smDefaultMsgId;
            f.shortMessage = sm.shortMessage;
            return f;
        }
    }

    /** The setters shared by the submit_sm and deliver_sm builders; each checks its field and names the limit. */
    @SuppressWarnings("unchecked")
    public abstract static class Builder<P extends BaseSm<?>, B extends Builder<P, B>> extends Pdu.Builder<P, B> {
        Fieldset f;

        Builder(Fieldset f) {
            this.f = f;
        }

        /** service_type, at most 5 characters (default "" = SMSC default). */
        public B serviceType(String serviceType) {
            f.serviceType = Fields.cString("service_type", serviceType, 6);
            return (B) this;
        }

        /** source address, at most 20 characters. */
        public B sourceAddress(Address source) {
            f.sourceAddress = Fields.address("source_addr", source, 21);
            return (B) this;
        }

        /** destination address, at most 20 characters. */
        public B destAddress(Address dest) {
            f.destAddress = Fields.address("destination_addr", dest, 21);
            return (B) this;
        }

        public B esmClass(EsmClass esmClass) {
            f.esmClass = Objects.requireNonNull(esmClass, "esm_class");
            return (B) this;
        }

        public B protocolId(int protocolId) {
            f.protocolId = Fields.range("protocol_id", protocolId, 0, 255);
            return (B) this;
        }

        /** priority_flag 0–3 (default 0). */
        public B priorityFlag(int priorityFlag) {
            f.priorityFlag = Fields.range("priority_flag", priorityFlag, 0, 3);
            return (B) this;
        }

        public B registeredDelivery(RegisteredDelivery registeredDelivery) {
            f.registeredDelivery = Objects.requireNonNull(registeredDelivery, "registered_delivery");
            return (B) this;
        }

        public B dataCoding(DataCoding dataCoding) {
            f.dataCoding = Objects.requireNonNull(dataCoding, "data_coding");
            return (B) this;
        }

        /**
         * short_message, at most 254 octets (copied).
         *
         * @throws IllegalArgumentException e.g. "short_message is 300 octets; at most 254 — use message_payload"
         */
        public B shortMessage(byte[] shortMessage) {
            if (shortMessage.length > MAX_SHORT_MESSAGE) {
                throw new IllegalArgumentException("short_message is " + shortMessage.length + " octets; at most "
                        + MAX_SHORT_MESSAGE + " — use message_payload");
            }
            f.shortMessage = shortMessage.clone();
            return (B) this;
        }

        /** Puts the user data in the message_payload TLV (up to 65,535 octets) and leaves short_message empty. */
        public B messagePayload(byte[] payload) {
            f.shortMessage = new byte[0];
            tlvsBuilder().messagePayload(payload);
            return (B) this;
        }

        void checkPayload(Tlvs tlvs) {
            if (f.shortMessage.length > 0 && tlvs.contains(TlvTag.MESSAGE_PAYLOAD.tag())) {
                throw new IllegalArgumentException(
                        "short_message and message_payload are both set; use one (sm_length must be 0 with message_payload)");
            }
        }
    }
}
