package dev.smppkit.codec.pdu;

import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.SmppDecodeException;
import dev.smppkit.codec.internal.FrameReader;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;

/**
 * Encodes and decodes single PDUs to and from Netty buffers: the layer under the channel handlers
 * ({@code SmppPduDecoder}, {@code SmppPduEncoder}), for users who frame PDUs themselves. Stateless and thread-safe.
 *
 * <p>Dispatch is a switch on command_id to one small codec per PDU family: {@code SessionCodec} (bind, outbind,
 * unbind, enquire_link, generic_nack), {@code ShortMessageCodec} (submit_sm, deliver_sm, submit_multi, replace_sm),
 * {@code ExchangeCodec} (data_sm, query_sm, cancel_sm, alert_notification and the message_id responses).
 */
public final class PduCodec {
    /** The header: command_length, command_id, command_status, sequence_number. */
    public static final int HEADER_LENGTH = 16;

    private PduCodec() {}

    /**
     * Decodes one whole PDU: {@code frame} must hold exactly command_length octets starting at its reader index. The
     * fields are read straight from the frame; nothing but the resulting PDU is allocated. The frame is consumed
     * whole whether decoding succeeds or not, and it is not released.
     *
     * @param frame one PDU, header included, from its reader index to its writer index; the caller keeps ownership
     * @return the PDU: the type for its command_id, or {@link UnknownPdu} for an id 3.4 does not define; never null
     * @throws SmppDecodeException if the PDU is malformed; it carries the status to answer with
     */
    public static Pdu decode(ByteBuf frame) {
        int readable = frame.readableBytes();
        if (readable < HEADER_LENGTH) {
            frame.skipBytes(readable);
            throw new SmppDecodeException(
                    "PDU of " + readable + " octets is shorter than the 16-octet header",
                    0,
                    0,
                    false,
                    CommandStatus.ESME_RINVCMDLEN,
                    false);
        }
        int length = frame.readInt();
        int commandId = frame.readInt();
        int status = frame.readInt();
        int sequenceNumber = frame.readInt();
        if (length != readable) {
            frame.skipBytes(frame.readableBytes());
            throw new SmppDecodeException(
                    "command_length is " + length + " but the frame has " + readable + " octets",
                    commandId,
                    sequenceNumber,
                    true,
                    CommandStatus.ESME_RINVCMDLEN,
                    false);
        }
        FrameReader r = new FrameReader(frame, commandId, sequenceNumber);
        try {
            return decodeBody(r, commandId, CommandStatus.of(status), sequenceNumber);
        } finally {
            frame.readerIndex(frame.writerIndex()); // the frame is consumed whole, also on error
        }
    }

    private static Pdu decodeBody(FrameReader r, int commandId, CommandStatus status, int seq) {
        switch (commandId) {
            case 0x80000000:
                return new GenericNack(status, seq, TlvCodec.decode(r));
            case 0x00000001:
            case 0x00000002:
            case 0x00000009:
                return SessionCodec.decodeBind(r, BindType.of(commandId), seq);
            case 0x80000001:
            case 0x80000002:
            case 0x80000009:
                return SessionCodec.decodeBindResp(r, BindType.of(commandId), status, seq);
            case 0x0000000B:
                return SessionCodec.decodeOutbind(r, seq);
            case 0x00000006:
                return new Unbind(seq, TlvCodec.decode(r));
            case 0x80000006:
                return new UnbindResp(status, seq, TlvCodec.decode(r));
            case 0x00000015:
                return new EnquireLink(seq, TlvCodec.decode(r));
            case 0x80000015:
                return new EnquireLinkResp(status, seq, TlvCodec.decode(r));
            case 0x00000004:
                return ShortMessageCodec.decodeSubmitSm(r, seq);
            case 0x00000005:
                return ShortMessageCodec.decodeDeliverSm(r, seq);
            case 0x00000021:
                return ShortMessageCodec.decodeSubmitMulti(r, seq);
            case 0x80000021:
                return ShortMessageCodec.decodeSubmitMultiResp(r, status, seq);
            case 0x00000007:
                return ShortMessageCodec.decodeReplaceSm(r, seq);
            case 0x80000007:
                return new ReplaceSmResp(status, seq, TlvCodec.decode(r));
            default:
                return ExchangeCodec.decode(r, commandId, status, seq);
        }
    }

    /**
     * The exact encoded size of the PDU, header included.
     *
     * @param pdu the PDU to measure
     * @return the command_length the PDU will have: 16 for the header plus the body and the TLVs
     */
    public static int encodedLength(Pdu pdu) {
        return HEADER_LENGTH + bodyLength(pdu) + pdu.tlvs().encodedLength();
    }

    /**
     * Writes the PDU into {@code out}, which must have {@link #encodedLength(Pdu)} octets of room.
     *
     * @param pdu the PDU to write, with its sequence_number already set
     * @param out the buffer to write to, from its writer index; it is not released
     * @throws IllegalStateException if the PDU wrote a different number of octets than it announced (a bug)
     */
    public static void encode(Pdu pdu, ByteBuf out) {
        int length = encodedLength(pdu);
        int start = out.writerIndex();
        out.writeInt(length);
        out.writeInt(pdu.commandId().value());
        out.writeInt(pdu.commandStatus().code());
        out.writeInt(pdu.sequenceNumber());
        writeBody(pdu, out);
        TlvCodec.encode(pdu.tlvs(), out);
        if (out.writerIndex() - start != length) {
            throw new IllegalStateException(
                    pdu.commandId() + " announced " + length + " octets but wrote " + (out.writerIndex() - start));
        }
    }

    /**
     * Encodes the PDU into a new buffer of exactly its size from {@code alloc} (an I/O buffer, direct when pooled
     * direct buffers are available). The caller owns the buffer.
     *
     * @param pdu the PDU to write, with its sequence_number already set
     * @param alloc the allocator to take the buffer from
     * @return a buffer holding exactly the encoded PDU; the caller must release it. On failure it is released here
     *     and the exception propagates
     * @throws IllegalStateException if the PDU wrote a different number of octets than it announced (a bug)
     */
    public static ByteBuf encode(Pdu pdu, ByteBufAllocator alloc) {
        int length = encodedLength(pdu);
        ByteBuf out = alloc.ioBuffer(length, length);
        try {
            encode(pdu, out);
            return out;
        } catch (RuntimeException e) {
            out.release();
            throw e;
        }
    }

    private static int bodyLength(Pdu pdu) {
        if (pdu instanceof BaseSm<?> sm) {
            return ShortMessageCodec.bodyLength(sm);
        }
        if (pdu instanceof UnknownPdu u) { // any command_id, also a 3.4 one: the raw body
            return u.rawBody().length;
        }
        return switch (pdu.commandId().value()) {
            case 0x00000001, 0x00000002, 0x00000009, 0x80000001, 0x80000002, 0x80000009, 0x0000000B ->
                SessionCodec.bodyLength(pdu);
            case 0x80000021, 0x00000007 -> ShortMessageCodec.bodyLength(pdu);
            default -> ExchangeCodec.bodyLength(pdu);
        };
    }

    private static void writeBody(Pdu pdu, ByteBuf out) {
        if (pdu instanceof BaseSm<?> sm) {
            ShortMessageCodec.writeBody(sm, out);
            return;
        }
        if (pdu instanceof UnknownPdu u) {
            out.writeBytes(u.rawBody());
            return;
        }
        switch (pdu.commandId().value()) {
            case 0x00000001, 0x00000002, 0x00000009, 0x80000001, 0x80000002, 0x80000009, 0x0000000B ->
                SessionCodec.writeBody(pdu, out);
            case 0x80000021, 0x00000007 -> ShortMessageCodec.writeBody(pdu, out);
            default -> ExchangeCodec.writeBody(pdu, out);
        }
    }
}
