package dev.smppkit.codec.pdu;

import static dev.smppkit.codec.CommandStatus.ESME_RINVDSTADR;
import static dev.smppkit.codec.CommandStatus.ESME_RINVMSGID;
import static dev.smppkit.codec.CommandStatus.ESME_RINVSERTYP;
import static dev.smppkit.codec.CommandStatus.ESME_RINVSRCADR;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandId;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.EsmClass;
import dev.smppkit.codec.RegisteredDelivery;
import dev.smppkit.codec.SmppDecodeException;
import dev.smppkit.codec.SmppTime;
import dev.smppkit.codec.internal.FrameReader;
import dev.smppkit.codec.internal.Wire;
import io.netty.buffer.ByteBuf;

/**
 * data_sm (§4.7), query_sm (§4.8), cancel_sm (§4.9), alert_notification (§4.12), the message_id responses
 * (submit_sm_resp, deliver_sm_resp, data_sm_resp), cancel_sm_resp, and PDUs with an unknown command_id.
 */
final class ExchangeCodec {
    private ExchangeCodec() {}

    static Pdu decode(FrameReader r, int commandId, CommandStatus status, int seq) {
        switch (commandId) {
            case 0x80000004:
            case 0x80000005:
            case 0x80000103:
                return decodeMessageIdResp(r, commandId, status, seq);
            case 0x00000103: {
                String serviceType = r.cString("service_type", 6, ESME_RINVSERTYP);
                Address source = r.address("source_addr", 65, ESME_RINVSRCADR);
                Address dest = r.address("destination_addr", 65, ESME_RINVDSTADR);
                EsmClass esmClass = EsmClass.of(r.u8("esm_class"));
                RegisteredDelivery registeredDelivery = RegisteredDelivery.of(r.u8("registered_delivery"));
                DataCoding dataCoding = DataCoding.of(r.u8("data_coding"));
                return new DataSm(
                        seq, TlvCodec.decode(r), serviceType, source, dest, esmClass, registeredDelivery, dataCoding);
            }
            case 0x00000003: {
                String messageId = r.cString("message_id", 65, ESME_RINVMSGID);
                Address source = r.address("source_addr", 21, ESME_RINVSRCADR);
                return new QuerySm(seq, TlvCodec.decode(r), messageId, source);
            }
            case 0x80000003:
                return decodeQuerySmResp(r, status, seq);
            case 0x00000008: {
                String serviceType = r.cString("service_type", 6, ESME_RINVSERTYP);
                String messageId = r.cString("message_id", 65, ESME_RINVMSGID);
                Address source = r.address("source_addr", 21, ESME_RINVSRCADR);
                Address dest = r.address("destination_addr", 21, ESME_RINVDSTADR);
                return new CancelSm(seq, TlvCodec.decode(r), serviceType, messageId, source, dest);
            }
            case 0x80000008:
                return new CancelSmResp(status, seq, TlvCodec.decode(r));
            case 0x00000102: {
                Address source = r.address("source_addr", 65, ESME_RINVSRCADR);
                Address esme = r.address("esme_addr", 65, ESME_RINVDSTADR);
                return new AlertNotification(seq, TlvCodec.decode(r), source, esme);
            }
            default:
                return new UnknownPdu(
                        CommandId.of(commandId),
                        status,
                        seq,
                        r.octets("body", r.remaining(), CommandStatus.ESME_RINVCMDLEN));
        }
    }

    private static PduResponse decodeMessageIdResp(FrameReader r, int commandId, CommandStatus status, int seq) {
        String messageId = null;
        Tlvs tlvs = Tlvs.EMPTY;
        if (r.hasRemaining()) {
            try {
                messageId = r.cString("message_id", 65, ESME_RINVMSGID);
                tlvs = TlvCodec.decode(r);
            } catch (SmppDecodeException e) {
                if (status.isOk()) {
                    throw e;
                }
                messageId = null; // a failed request's stray body says nothing; keep the status
                tlvs = Tlvs.EMPTY;
            }
        }
        return switch (commandId) {
            case 0x80000004 -> new SubmitSmResp(status, seq, tlvs, messageId);
            case 0x80000005 -> new DeliverSmResp(status, seq, tlvs, messageId);
            default -> new DataSmResp(status, seq, tlvs, messageId);
        };
    }

    private static QuerySmResp decodeQuerySmResp(FrameReader r, CommandStatus status, int seq) {
        if (!r.hasRemaining()) {
            return new QuerySmResp(status, seq, Tlvs.EMPTY, null, null, 0, 0);
        }
        try {
            String messageId = r.cString("message_id", 65, ESME_RINVMSGID);
            SmppTime finalDate = r.time("final_date", CommandStatus.ESME_RINVEXPIRY);
            int state = r.u8("message_state");
            int error = r.u8("error_code");
            return new QuerySmResp(status, seq, TlvCodec.decode(r), messageId, finalDate, state, error);
        } catch (SmppDecodeException e) {
            if (status.isOk()) {
                throw e;
            }
            return new QuerySmResp(status, seq, Tlvs.EMPTY, null, null, 0, 0);
        }
    }

    static int bodyLength(Pdu pdu) {
        if (pdu instanceof MessageIdResponse p) {
            return optionalId(p.rawMessageId());
        } else if (pdu instanceof DataSm d) {
            return Wire.cStringLength(d.serviceType())
                    + Wire.addressLength(d.sourceAddress())
                    + Wire.addressLength(d.destAddress())
                    + 3;
        } else if (pdu instanceof QuerySm q) {
            return Wire.cStringLength(q.messageId()) + Wire.addressLength(q.sourceAddress());
        } else if (pdu instanceof QuerySmResp q) {
            return q.rawMessageId() == null
                    ? 0
                    : Wire.cStringLength(q.rawMessageId())
                            + Wire.timeLength(q.finalDate().orElse(null))
                            + 2;
        } else if (pdu instanceof CancelSm c) {
            return Wire.cStringLength(c.serviceType())
                    + Wire.cStringLength(c.messageId())
                    + Wire.addressLength(c.sourceAddress())
                    + Wire.addressLength(c.destAddress());
        } else if (pdu instanceof AlertNotification a) {
            return Wire.addressLength(a.sourceAddress()) + Wire.addressLength(a.esmeAddress());
        } else if (pdu instanceof UnknownPdu u) {
            return u.rawBody().length;
        }
        return 0; // header-only PDUs
    }

    private static int optionalId(String id) {
        return id == null ? 0 : Wire.cStringLength(id);
    }

    static void writeBody(Pdu pdu, ByteBuf out) {
        if (pdu instanceof MessageIdResponse p) {
            writeOptionalId(out, p.rawMessageId());
        } else if (pdu instanceof DataSm d) {
            Wire.writeCString(out, d.serviceType());
            Wire.writeAddress(out, d.sourceAddress());
            Wire.writeAddress(out, d.destAddress());
            out.writeByte(d.esmClass().value());
            out.writeByte(d.registeredDelivery().value());
            out.writeByte(d.dataCoding().value());
        } else if (pdu instanceof QuerySm q) {
            Wire.writeCString(out, q.messageId());
            Wire.writeAddress(out, q.sourceAddress());
        } else if (pdu instanceof QuerySmResp q) {
            if (q.rawMessageId() != null) {
                Wire.writeCString(out, q.rawMessageId());
                Wire.writeTime(out, q.finalDate().orElse(null));
                out.writeByte(q.messageStateCode());
                out.writeByte(q.errorCode());
            }
        } else if (pdu instanceof CancelSm c) {
            Wire.writeCString(out, c.serviceType());
            Wire.writeCString(out, c.messageId());
            Wire.writeAddress(out, c.sourceAddress());
            Wire.writeAddress(out, c.destAddress());
        } else if (pdu instanceof AlertNotification a) {
            Wire.writeAddress(out, a.sourceAddress());
            Wire.writeAddress(out, a.esmeAddress());
        } else if (pdu instanceof UnknownPdu u) {
            out.writeBytes(u.rawBody());
        }
    }

    private static void writeOptionalId(ByteBuf out, String id) {
        if (id != null) {
            Wire.writeCString(out, id);
        }
    }
}
