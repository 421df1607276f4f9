package dev.smppkit.codec.pdu;

import static dev.smppkit.codec.CommandStatus.ESME_RINVDLNAME;
import static dev.smppkit.codec.CommandStatus.ESME_RINVDSTADR;
import static dev.smppkit.codec.CommandStatus.ESME_RINVEXPIRY;
import static dev.smppkit.codec.CommandStatus.ESME_RINVMSGID;
import static dev.smppkit.codec.CommandStatus.ESME_RINVMSGLEN;
import static dev.smppkit.codec.CommandStatus.ESME_RINVSCHED;
import static dev.smppkit.codec.CommandStatus.ESME_RINVSERTYP;
import static dev.smppkit.codec.CommandStatus.ESME_RINVSRCADR;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.EsmClass;
import dev.smppkit.codec.RegisteredDelivery;
import dev.smppkit.codec.SmppDecodeException;
import dev.smppkit.codec.internal.FrameReader;
import dev.smppkit.codec.internal.Wire;
import io.netty.buffer.ByteBuf;
import java.util.ArrayList;
import java.util.List;

/** submit_sm, deliver_sm (§4.4, §4.6), submit_multi and its response (§4.5), and replace_sm (§4.10). */
final class ShortMessageCodec {
    private static final int DEST_SME = 1;
    private static final int DEST_DISTRIBUTION_LIST = 2;

    private ShortMessageCodec() {}

    static SubmitSm decodeSubmitSm(FrameReader r, int seq) {
        BaseSm.Fieldset f = new BaseSm.Fieldset();
        f.serviceType = r.cString("service_type", 6, ESME_RINVSERTYP);
        f.sourceAddress = r.address("source_addr", 21, ESME_RINVSRCADR);
        f.destAddress = r.address("destination_addr", 21, ESME_RINVDSTADR);
        return new SubmitSm(seq, decodeTail(r, f), f);
    }

    static DeliverSm decodeDeliverSm(FrameReader r, int seq) {
        BaseSm.Fieldset f = new BaseSm.Fieldset();
        f.serviceType = r.cString("service_type", 6, ESME_RINVSERTYP);
        f.sourceAddress = r.address("source_addr", 21, ESME_RINVSRCADR);
        f.destAddress = r.address("destination_addr", 21, ESME_RINVDSTADR);
        return new DeliverSm(seq, decodeTail(r, f), f);
    }

    static SubmitMulti decodeSubmitMulti(FrameReader r, int seq) {
        BaseSm.Fieldset f = new BaseSm.Fieldset();
        f.serviceType = r.cString("service_type", 6, ESME_RINVSERTYP);
        f.sourceAddress = r.address("source_addr", 21, ESME_RINVSRCADR);
        int count = r.u8("number_of_dests");
        if (count == 0 || count > SubmitMulti.MAX_DESTINATIONS) {
            throw r.error("number_of_dests is " + count + "; must be 1-254", CommandStatus.ESME_RINVNUMDESTS);
        }
        List<DestinationAddress> destinations = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int flag = r.u8("dest_flag");
            if (flag == DEST_SME) {
                destinations.add(new DestinationAddress.Sme(r.address("destination_addr", 21, ESME_RINVDSTADR)));
            } else if (flag == DEST_DISTRIBUTION_LIST) {
                destinations.add(new DestinationAddress.DistributionList(r.cString("dl_name", 21, ESME_RINVDLNAME)));
            } else {
                throw r.error(
                        "dest_flag is " + flag + "; must be 1 (SME) or 2 (distribution list)",
                        CommandStatus.ESME_RINVDESTFLAG);
            }
        }
        return new SubmitMulti(seq, decodeTail(r, f), f, List.copyOf(destinations));
    }

    /** The fields from esm_class to short_message, then the TLVs, shared by the three. */
    private static Tlvs decodeTail(FrameReader r, BaseSm.Fieldset f) {
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

    /** sm_length: 0-254, the most short_message can hold (255 is not allowed, §4.4.1). */
    private static int smLength(FrameReader r) {
        int smLength = r.u8("sm_length");
        if (smLength > BaseSm.MAX_SHORT_MESSAGE) {
            throw r.error("sm_length is " + smLength + "; at most " + BaseSm.MAX_SHORT_MESSAGE, ESME_RINVMSGLEN);
        }
        return smLength;
    }

    static SubmitMultiResp decodeSubmitMultiResp(FrameReader r, CommandStatus status, int seq) {
        if (!r.hasRemaining()) {
            return new SubmitMultiResp(status, seq, Tlvs.EMPTY, null, List.of());
        }
        try {
            String messageId = r.cString("message_id", 65, ESME_RINVMSGID);
            List<UnsuccessSme> unsuccessful = List.of();
            if (r.hasRemaining()) { // a lone message_id on error is tolerated
                int count = r.u8("no_unsuccess");
                List<UnsuccessSme> list = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    Address a = r.address("destination_addr", 21, ESME_RINVDSTADR);
                    list.add(new UnsuccessSme(a, CommandStatus.of(r.u32("error_status_code"))));
                }
                unsuccessful = List.copyOf(list);
            } else if (status.isOk()) {
                throw r.error("submit_multi_resp has no no_unsuccess field", CommandStatus.ESME_RINVCMDLEN);
            }
            return new SubmitMultiResp(status, seq, TlvCodec.decode(r), messageId, unsuccessful);
        } catch (SmppDecodeException e) {
            if (status.isOk()) {
                throw e;
            }
            return new SubmitMultiResp(status, seq, Tlvs.EMPTY, null, List.of());
        }
    }

    static ReplaceSm decodeReplaceSm(FrameReader r, int seq) {
        String messageId = r.cString("message_id", 65, ESME_RINVMSGID);
        Address source = r.address("source_addr", 21, ESME_RINVSRCADR);
        var schedule = r.time("schedule_delivery_time", ESME_RINVSCHED);
        var validity = r.time("validity_period", ESME_RINVEXPIRY);
        RegisteredDelivery registeredDelivery = RegisteredDelivery.of(r.u8("registered_delivery"));
        int smDefaultMsgId = r.u8("sm_default_msg_id");
        int smLength = smLength(r);
        byte[] sm = r.octets("short_message", smLength, ESME_RINVMSGLEN);
        return new ReplaceSm(
                seq, TlvCodec.decode(r), messageId, source, schedule, validity, registeredDelivery, smDefaultMsgId, sm);
    }

    static int bodyLength(Pdu pdu) {
        if (pdu instanceof SubmitMulti m) {
            int n = Wire.cStringLength(m.serviceType) + Wire.addressLength(m.sourceAddress) + 1;
            for (DestinationAddress d : m.destinations()) {
                n += 1
                        + (d instanceof DestinationAddress.Sme sme
                                ? Wire.addressLength(sme.address())
                                : Wire.cStringLength(((DestinationAddress.DistributionList) d).name()));
            }
            return n + tailLength(m);
        }
        if (pdu instanceof BaseSm<?> sm) {
            return Wire.cStringLength(sm.serviceType)
                    + Wire.addressLength(sm.sourceAddress)
                    + Wire.addressLength(sm.destAddress)
                    + tailLength(sm);
        }
        if (pdu instanceof SubmitMultiResp m) {
            if (m.rawMessageId() == null) {
                return 0;
            }
            int n = Wire.cStringLength(m.rawMessageId()) + 1;
            for (UnsuccessSme u : m.unsuccessful()) {
                n += Wire.addressLength(u.address()) + 4;
            }
            return n;
        }
        ReplaceSm r = (ReplaceSm) pdu;
        return Wire.cStringLength(r.messageId())
                + Wire.addressLength(r.sourceAddress())
                + Wire.timeLength(r.rawScheduleDeliveryTime())
                + Wire.timeLength(r.rawValidityPeriod())
                + 3
                + r.rawShortMessage().length;
    }

    private static int tailLength(BaseSm<?> sm) {
        return 3
                + Wire.timeLength(sm.scheduleDeliveryTime)
                + Wire.timeLength(sm.validityPeriod)
                + 5
                + sm.shortMessage.length;
    }

    static void writeBody(Pdu pdu, ByteBuf out) {
        if (pdu instanceof SubmitMulti m) {
            Wire.writeCString(out, m.serviceType);
            Wire.writeAddress(out, m.sourceAddress);
            out.writeByte(m.destinations().size());
            for (DestinationAddress d : m.destinations()) {
                if (d instanceof DestinationAddress.Sme sme) {
                    out.writeByte(DEST_SME);
                    Wire.writeAddress(out, sme.address());
                } else {
                    out.writeByte(DEST_DISTRIBUTION_LIST);
                    Wire.writeCString(out, ((DestinationAddress.DistributionList) d).name());
                }
            }
            writeTail(m, out);
        } else if (pdu instanceof BaseSm<?> sm) {
            Wire.writeCString(out, sm.serviceType);
            Wire.writeAddress(out, sm.sourceAddress);
            Wire.writeAddress(out, sm.destAddress);
            writeTail(sm, out);
        } else if (pdu instanceof SubmitMultiResp m) {
            if (m.rawMessageId() != null) {
                Wire.writeCString(out, m.rawMessageId());
                out.writeByte(m.unsuccessful().size());
                for (UnsuccessSme u : m.unsuccessful()) {
                    Wire.writeAddress(out, u.address());
                    out.writeInt(u.errorStatus().code());
                }
            }
        } else {
            ReplaceSm r = (ReplaceSm) pdu;
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

    private static void writeTail(BaseSm<?> sm, ByteBuf out) {
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
