package dev.smppkit.codec.pdu;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.EsmClass;
import dev.smppkit.codec.RegisteredDelivery;
import dev.smppkit.codec.SmppTime;
import dev.smppkit.codec.internal.Fields;
import java.util.Arrays;
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

    /**
     * service_type (§5.2.11): "" for the SMSC default, or e.g. CMT, CPT, VMN, VMA, WAP, USSD.
     *
     * @return the service type, at most 5 characters; empty (never null) for NULL
     */
    public String serviceType() {
        return serviceType;
    }

    /**
     * source_addr_ton, source_addr_npi, source_addr (§5.2.5, §5.2.6, §5.2.8).
     *
     * @return the originator, at most 20 characters; {@link Address#NULL} (never null) if the SMSC is to use its
     *     default
     */
    public Address sourceAddress() {
        return sourceAddress;
    }

    /**
     * dest_addr_ton, dest_addr_npi, destination_addr (§5.2.5, §5.2.6, §5.2.9).
     *
     * @return the recipient, at most 20 characters; {@link Address#NULL} in a submit_multi, which has a list instead
     */
    public Address destAddress() {
        return destAddress;
    }

    /**
     * esm_class (§5.2.12): messaging mode, message type and the UDHI and reply path bits.
     *
     * @return the esm_class; {@link EsmClass#DEFAULT} (0) when not set
     */
    public EsmClass esmClass() {
        return esmClass;
    }

    /**
     * protocol_id (§5.2.13): the GSM TP-Protocol-Identifier (or the TDMA/CDMA equivalent).
     *
     * @return the octet, 0–255; 0 when not set
     */
    public int protocolId() {
        return protocolId;
    }

    /**
     * priority_flag (§5.2.14).
     *
     * @return 0 (lowest, the default) to 3 (highest); a decoded PDU may carry any octet the peer sent
     */
    public int priorityFlag() {
        return priorityFlag;
    }

    /**
     * schedule_delivery_time (§5.2.15); empty means NULL (deliver immediately).
     *
     * @return the absolute or relative time, or empty for NULL (always so in a deliver_sm built here)
     */
    public Optional<SmppTime> scheduleDeliveryTime() {
        return Optional.ofNullable(scheduleDeliveryTime);
    }

    /**
     * validity_period (§5.2.16); empty means NULL (the SMSC's default).
     *
     * @return the absolute or relative expiry time, or empty for NULL (always so in a deliver_sm built here)
     */
    public Optional<SmppTime> validityPeriod() {
        return Optional.ofNullable(validityPeriod);
    }

    /**
     * registered_delivery (§5.2.17): which receipts and acknowledgements are requested.
     *
     * @return the flags; {@link RegisteredDelivery#NONE} (0) when not set
     */
    public RegisteredDelivery registeredDelivery() {
        return registeredDelivery;
    }

    /**
     * replace_if_present_flag (§5.2.18).
     *
     * @return 1 to replace a stored message with the same source, destination and service_type, 0 (the default)
     *     not to; 0 in a deliver_sm or submit_multi built here, while a decoded PDU keeps the octet the peer sent
     */
    public int replaceIfPresentFlag() {
        return replaceIfPresentFlag;
    }

    /**
     * data_coding (§5.2.19): how the message octets are encoded.
     *
     * @return the coding; {@link DataCoding#SMSC_DEFAULT} (0) when not set
     */
    public DataCoding dataCoding() {
        return dataCoding;
    }

    /**
     * sm_default_msg_id (§5.2.20): the index of a canned message held by the SMSC.
     *
     * @return 1–254 for a canned message, 0 (the default) for none; 0 in a deliver_sm built here, while a decoded
     *     PDU keeps the octet the peer sent
     */
    public int smDefaultMsgId() {
        return smDefaultMsgId;
    }

    /**
     * A copy of short_message (sm_length octets; empty when the message is in message_payload).
     *
     * @return a new array of 0–254 octets on every call, including the UDH when esm_class has UDHI set
     */
    public byte[] shortMessage() {
        return shortMessage.clone();
    }

    /**
     * sm_length (§5.2.21).
     *
     * @return the length of short_message, 0–254; 0 when the user data is in message_payload
     */
    public int smLength() {
        return shortMessage.length;
    }

    /**
     * The user data: message_payload when present, short_message otherwise (a copy).
     *
     * @return a new array holding the message octets from wherever they are; empty if there are none
     */
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

    @Override
    boolean sameFields(Pdu other) {
        BaseSm<?> o = (BaseSm<?>) other;
        return Objects.equals(serviceType, o.serviceType)
                && Objects.equals(sourceAddress, o.sourceAddress)
                && Objects.equals(destAddress, o.destAddress)
                && Objects.equals(esmClass, o.esmClass)
                && protocolId == o.protocolId
                && priorityFlag == o.priorityFlag
                && Objects.equals(scheduleDeliveryTime, o.scheduleDeliveryTime)
                && Objects.equals(validityPeriod, o.validityPeriod)
                && Objects.equals(registeredDelivery, o.registeredDelivery)
                && replaceIfPresentFlag == o.replaceIfPresentFlag
                && Objects.equals(dataCoding, o.dataCoding)
                && smDefaultMsgId == o.smDefaultMsgId
                && Arrays.equals(shortMessage, o.shortMessage);
    }

    @Override
    int fieldsHash(int h) {
        return hash(
                hash(
                        hash(
                                hash(
                                        hash(
                                                hash(
                                                        hash(
                                                                hash(
                                                                        hash(
                                                                                hash(
                                                                                        hash(
                                                                                                hash(
                                                                                                        hash(
                                                                                                                h,
                                                                                                                serviceType),
                                                                                                        sourceAddress),
                                                                                                destAddress),
                                                                                        esmClass),
                                                                                protocolId),
                                                                        priorityFlag),
                                                                scheduleDeliveryTime),
                                                        validityPeriod),
                                                registeredDelivery),
                                        replaceIfPresentFlag),
                                dataCoding),
                        smDefaultMsgId),
                shortMessage);
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

        /**
         * service_type, at most 5 characters (default "" = SMSC default).
         *
         * @param serviceType the service_type (§5.2.11), C-Octet String of at most 6 octets with its NUL, e.g. CMT or
         *     WAP; "" for the SMSC default
         * @return this builder
         * @throws NullPointerException if serviceType is null
         * @throws IllegalArgumentException if longer than 5 characters or not Latin-1 without NUL
         */
        public B serviceType(String serviceType) {
            f.serviceType = Fields.cString("service_type", serviceType, FieldLimits.SERVICE_TYPE);
            return (B) this;
        }

        /**
         * source address, at most 20 characters.
         *
         * @param source the source_addr_ton, source_addr_npi and source_addr (§5.2.8), at most 21 octets with the NUL;
         *     {@link Address#NULL} (the default) lets the SMSC fill it in
         * @return this builder
         * @throws NullPointerException if source is null
         * @throws IllegalArgumentException if the address is longer than 20 characters
         */
        public B sourceAddress(Address source) {
            f.sourceAddress = Fields.address("source_addr", source, FieldLimits.ADDR);
            return (B) this;
        }

        /**
         * destination address, at most 20 characters.
         *
         * @param dest the dest_addr_ton, dest_addr_npi and destination_addr (§5.2.9), at most 21 octets with the NUL
         * @return this builder
         * @throws NullPointerException if dest is null
         * @throws IllegalArgumentException if the address is longer than 20 characters
         */
        public B destAddress(Address dest) {
            f.destAddress = Fields.address("destination_addr", dest, FieldLimits.ADDR);
            return (B) this;
        }

        /**
         * Sets esm_class.
         *
         * @param esmClass the esm_class (§5.2.12), 1 octet; default {@link EsmClass#DEFAULT}
         * @return this builder
         * @throws NullPointerException if esmClass is null
         */
        public B esmClass(EsmClass esmClass) {
            f.esmClass = Objects.requireNonNull(esmClass, "esm_class");
            return (B) this;
        }

        /**
         * Sets protocol_id.
         *
         * @param protocolId the protocol_id (§5.2.13), 0–255; default 0
         * @return this builder
         * @throws IllegalArgumentException if not 0–255
         */
        public B protocolId(int protocolId) {
            f.protocolId = Fields.range("protocol_id", protocolId, 0, 255);
            return (B) this;
        }

        /**
         * priority_flag 0–3 (default 0).
         *
         * @param priorityFlag the priority_flag (§5.2.14), 0 (lowest) to 3 (highest)
         * @return this builder
         * @throws IllegalArgumentException if not 0–3
         */
        public B priorityFlag(int priorityFlag) {
            f.priorityFlag = Fields.range("priority_flag", priorityFlag, 0, 3);
            return (B) this;
        }

        /**
         * Sets registered_delivery.
         *
         * @param registeredDelivery the registered_delivery (§5.2.17), 1 octet; default {@link RegisteredDelivery#NONE}
         * @return this builder
         * @throws NullPointerException if registeredDelivery is null
         */
        public B registeredDelivery(RegisteredDelivery registeredDelivery) {
            f.registeredDelivery = Objects.requireNonNull(registeredDelivery, "registered_delivery");
            return (B) this;
        }

        /**
         * Sets data_coding.
         *
         * @param dataCoding the data_coding (§5.2.19), 1 octet; default {@link DataCoding#SMSC_DEFAULT}
         * @return this builder
         * @throws NullPointerException if dataCoding is null
         */
        public B dataCoding(DataCoding dataCoding) {
            f.dataCoding = Objects.requireNonNull(dataCoding, "data_coding");
            return (B) this;
        }

        /**
         * short_message, at most 254 octets (copied).
         *
         * @param shortMessage the short_message (§5.2.22), 0–254 octets already encoded in the data_coding, including
         *     any UDH; sm_length is its length. Empty (the default) when the message goes in message_payload
         * @return this builder
         * @throws NullPointerException if shortMessage is null
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

        /**
         * Puts the user data in the message_payload TLV (up to 65,535 octets) and leaves short_message empty.
         *
         * @param payload the message_payload (§5.3.2.32), at most 65,535 octets; copied
         * @return this builder
         * @throws NullPointerException if payload is null
         * @throws IllegalArgumentException if payload is longer than 65,535 octets
         */
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
