package dev.smppkit.jackson.internal;

import dev.smppkit.codec.pdu.DeliverSm;
import dev.smppkit.codec.pdu.Pdu;
import dev.smppkit.codec.pdu.PduCodec;
import dev.smppkit.codec.pdu.QuerySmResp;
import dev.smppkit.codec.pdu.SubmitMulti;
import dev.smppkit.codec.pdu.SubmitSm;
import dev.smppkit.codec.pdu.Tlv;
import dev.smppkit.codec.pdu.Tlvs;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * Rebuilds the PDUs the codec's builders cannot express, through its public wire codec: encode what the builder can
 * make, change the octets it could not set, decode. The decoder is the one that would have produced such a PDU from
 * the wire, so the result equals the PDU that was serialized. Only used for rare values (TLVs on header-only PDUs,
 * non-NULL reserved fields, undefined message states); the common paths use the builders alone.
 */
final class PduRebuild {
    private static final int COMMAND_LENGTH = 0;
    private static final int COMMAND_ID = 4;
    private static final int DELIVER_SM = 0x00000005;

    private PduRebuild() {}

    /**
     * {@code pdu} with {@code tlvs} appended; for PDUs whose factory takes no TLVs.
     *
     * @throws IllegalArgumentException if the TLVs make a PDU the codec rejects
     */
    static Pdu withTlvs(Pdu pdu, Tlvs tlvs) {
        if (tlvs.isEmpty()) {
            return pdu;
        }
        ByteBuf buf = encode(pdu, tlvs.encodedLength());
        try {
            for (Tlv t : tlvs.list()) {
                buf.writeShort(t.tag()).writeShort(t.length()).writeBytes(t.value());
            }
            buf.setInt(COMMAND_LENGTH, buf.readableBytes());
            return decode(buf);
        } finally {
            buf.release();
        }
    }

    /** The deliver_sm with the same fields as {@code submit} (their layouts are identical, §4.4.1 and §4.6.1). */
    static DeliverSm asDeliverSm(SubmitSm submit) {
        ByteBuf buf = encode(submit, 0);
        try {
            buf.setInt(COMMAND_ID, DELIVER_SM);
            return (DeliverSm) decode(buf);
        } finally {
            buf.release();
        }
    }

    /** {@code multi} with a non-zero replace_if_present_flag, which precedes data_coding, sm_default_msg_id and sm_length. */
    static SubmitMulti withReplaceIfPresentFlag(SubmitMulti multi, int flag) {
        checkOctet("replace_if_present_flag", flag);
        ByteBuf buf = encode(multi, 0);
        try {
            int at = buf.writerIndex() - multi.tlvs().encodedLength() - multi.smLength() - 4;
            buf.setByte(at, flag);
            return (SubmitMulti) decode(buf);
        } finally {
            buf.release();
        }
    }

    /** {@code resp} (which has a body) with a message_state octet 3.4 does not define; error_code follows it. */
    static QuerySmResp withMessageState(QuerySmResp resp, int state) {
        checkOctet("message_state", state);
        ByteBuf buf = encode(resp, 0);
        try {
            buf.setByte(buf.writerIndex() - resp.tlvs().encodedLength() - 2, state);
            return (QuerySmResp) decode(buf);
        } finally {
            buf.release();
        }
    }

    private static ByteBuf encode(Pdu pdu, int extra) {
        int length = PduCodec.encodedLength(pdu);
        ByteBuf buf = Unpooled.buffer(length + extra);
        PduCodec.encode(pdu, buf);
        return buf;
    }

    private static Pdu decode(ByteBuf buf) {
        try {
            return PduCodec.decode(buf);
        } catch (RuntimeException e) { // SmppDecodeException: the fields make a PDU the codec would not accept
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static void checkOctet(String field, int value) {
        if (value < 0 || value > 255) {
            throw new IllegalArgumentException(field + " is " + value + "; must be 0-255");
        }
    }
}
