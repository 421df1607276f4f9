package dev.smppkit.codec.pdu;

import static dev.smppkit.codec.CommandStatus.ESME_RINVDSTADR;
import static dev.smppkit.codec.CommandStatus.ESME_RINVEXPIRY;
import static dev.smppkit.codec.CommandStatus.ESME_RINVMSGLEN;
import static dev.smppkit.codec.CommandStatus.ESME_RINVSCHED;
import static dev.smppkit.codec.CommandStatus.ESME_RINVSERTYP;
import static dev.smppkit.codec.CommandStatus.ESME_RINVSRCADR;

import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.EsmClass;
import dev.smppkit.codec.RegisteredDelivery;
import dev.smppkit.codec.internal.FrameReader;
import dev.smppkit.codec.internal.Wire;
import io.netty.buffer.ByteBuf;

/**
 * submit_sm and deliver_sm (§4.4.1, §4.6.1), which share one layout; and the part from esm_class to short_message
 * that submit_multi (§4.5.1) shares with them, which {@link SubmitMultiCodec} reads and writes through the helpers
 * here.
 */
final class ShortMessageCodec<P extends BaseSm<?>> implements BodyCodec<P> {
    /** Makes the PDU from its header, its TLVs and the decoded fields. */
    @FunctionalInterface
    interface Factory<P> {
        P create(int seq, Tlvs tlvs, BaseSm.Fieldset f);
    }

    static final ShortMessageCodec<SubmitSm> SUBMIT_SM = new ShortMessageCodec<>(SubmitSm.class, SubmitSm::new);
    static final ShortMessageCodec<DeliverSm> DELIVER_SM = new ShortMessageCodec<>(DeliverSm.class, DeliverSm::new);

    private final Class<P> type;
    private final Factory<P> factory;

    private ShortMessageCodec(Class<P> type, Factory<P> factory) {
        this.type = type;
        this.factory = factory;
    }

    @Override
    public Class<P> type() {
        return type;
    }

    @Override
    public P decode(FrameReader r, int commandId, CommandStatus status, int seq) {
        BaseSm.Fieldset f = new BaseSm.Fieldset();
        f.serviceType = r.cString("service_type", FieldLimits.SERVICE_TYPE, ESME_RINVSERTYP);
        f.sourceAddress = r.address("source_addr", FieldLimits.ADDR, ESME_RINVSRCADR);
        f.destAddress = r.address("destination_addr", FieldLimits.ADDR, ESME_RINVDSTADR);
        return factory.create(seq, decodeTail(r, f), f);
    }

    @Override
    public int bodyLength(P sm) {
        return Wire.cStringLength(sm.serviceType)
                + Wire.addressLength(sm.sourceAddress)
                + Wire.addressLength(sm.destAddress)
                + tailLength(sm);
    }

    @Override
    public void write(P sm, ByteBuf out) {
        Wire.writeCString(out, sm.serviceType);
        Wire.writeAddress(out, sm.sourceAddress);
        Wire.writeAddress(out, sm.destAddress);
        writeTail(sm, out);
    }

    /** The fields from esm_class to short_message, then the TLVs. */
    static Tlvs decodeTail(FrameReader r, BaseSm.Fieldset f) {
        f.esmClass = EsmClass.of(r.u8("esm_class"));
        f.protocolId = r.u8("protocol_id");
        f.priorityFlag = r.u8("priority_flag");
        f.scheduleDeliveryTime = r.time("schedule_delivery_time", ESME_RINVSCHED);
        f.validityPeriod = r.time("validity_period", ESME_RINVEXPIRY);
        f.registeredDelivery = RegisteredDelivery.of(r.u8("registered_delivery"));
        f.replaceIfPresentFlag = r.u8("replace_if_present_flag");
        f.dataCoding = DataCoding.of(r.u8("data_coding"));
        f.smDefaultMsgId = r.u8("sm_default_msg_id");
        int smLength = smLength(r);
        f.shortMessage = r.octets("short_message", smLength, ESME_RINVMSGLEN);
        Tlvs tlvs = TlvCodec.decode(r);
        if (smLength > 0 && tlvs.contains(TlvTag.MESSAGE_PAYLOAD.tag())) {
            throw r.error(
                    "sm_length is " + smLength + " but message_payload is present; sm_length must be 0 with it",
                    ESME_RINVMSGLEN);
        }
        return tlvs;
    }

    /** sm_length: 0-254, the most short_message can hold (255 is not allowed, §4.4.1); replace_sm reads it too. */
    static int smLength(FrameReader r) {
        int smLength = r.u8("sm_length");
        if (smLength > BaseSm.MAX_SHORT_MESSAGE) {
            throw r.error("sm_length is " + smLength + "; at most " + BaseSm.MAX_SHORT_MESSAGE, ESME_RINVMSGLEN);
        }
        return smLength;
    }

    static int tailLength(BaseSm<?> sm) {
        return 3 // esm_class, protocol_id, priority_flag
                + Wire.timeLength(sm.scheduleDeliveryTime)
                + Wire.timeLength(sm.validityPeriod)
                + 5 // registered_delivery, replace_if_present_flag, data_coding, sm_default_msg_id, sm_length
                + sm.shortMessage.length;
    }

    static void writeTail(BaseSm<?> sm, ByteBuf out) {
        out.writeByte(sm.esmClass.value());
        out.writeByte(sm.protocolId);
        out.writeByte(sm.priorityFlag);
        Wire.writeTime(out, sm.scheduleDeliveryTime);
        Wire.writeTime(out, sm.validityPeriod);
        out.writeByte(sm.registeredDelivery.value());
        out.writeByte(sm.replaceIfPresentFlag);
        out.writeByte(sm.dataCoding.value());
        out.writeByte(sm.smDefaultMsgId);
        out.writeByte(sm.shortMessage.length);
        out.writeBytes(sm.shortMessage);
    }
}
