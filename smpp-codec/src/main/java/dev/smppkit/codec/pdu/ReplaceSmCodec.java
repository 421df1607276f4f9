package dev.smppkit.codec.pdu;

import static dev.smppkit.codec.CommandStatus.ESME_RINVEXPIRY;
import static dev.smppkit.codec.CommandStatus.ESME_RINVMSGID;
import static dev.smppkit.codec.CommandStatus.ESME_RINVMSGLEN;
import static dev.smppkit.codec.CommandStatus.ESME_RINVSCHED;
import static dev.smppkit.codec.CommandStatus.ESME_RINVSRCADR;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.RegisteredDelivery;
import dev.smppkit.codec.SmppTime;
import dev.smppkit.codec.internal.FrameReader;
import dev.smppkit.codec.internal.Wire;
import io.netty.buffer.ByteBuf;

/** replace_sm (§4.10.1). */
final class ReplaceSmCodec implements BodyCodec<ReplaceSm> {
    static final ReplaceSmCodec INSTANCE = new ReplaceSmCodec();

    private ReplaceSmCodec() {}

    @Override
    public Class<ReplaceSm> type() {
        return ReplaceSm.class;
    }

    @Override
    public ReplaceSm decode(FrameReader r, int commandId, CommandStatus status, int seq) {
        String messageId = r.cString("message_id", FieldLimits.MESSAGE_ID, ESME_RINVMSGID);
        Address source = r.address("source_addr", FieldLimits.ADDR, ESME_RINVSRCADR);
        SmppTime schedule = r.time("schedule_delivery_time", ESME_RINVSCHED);
        SmppTime validity = r.time("validity_period", ESME_RINVEXPIRY);
        RegisteredDelivery registeredDelivery = RegisteredDelivery.of(r.u8("registered_delivery"));
        int smDefaultMsgId = r.u8("sm_default_msg_id");
        int smLength = ShortMessageCodec.smLength(r);
        byte[] sm = r.octets("short_message", smLength, ESME_RINVMSGLEN);
        return new ReplaceSm(
                seq, TlvCodec.decode(r), messageId, source, schedule, validity, registeredDelivery, smDefaultMsgId, sm);
    }

    @Override
    public int bodyLength(ReplaceSm r) {
        return Wire.cStringLength(r.messageId())
                + Wire.addressLength(r.sourceAddress())
                + Wire.timeLength(r.rawScheduleDeliveryTime())
                + Wire.timeLength(r.rawValidityPeriod())
                + 3 // registered_delivery, sm_default_msg_id, sm_length
                + r.rawShortMessage().length;
    }

    @Override
    public void write(ReplaceSm r, ByteBuf out) {
        Wire.writeCString(out, r.messageId());
        Wire.writeAddress(out, r.sourceAddress());
        Wire.writeTime(out, r.rawScheduleDeliveryTime());
        Wire.writeTime(out, r.rawValidityPeriod());
        out.writeByte(r.registeredDelivery().value());
        out.writeByte(r.smDefaultMsgId());
        out.writeByte(r.rawShortMessage().length);
        out.writeBytes(r.rawShortMessage());
    }
}
