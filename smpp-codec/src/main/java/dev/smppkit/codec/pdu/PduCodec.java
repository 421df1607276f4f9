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
 * <p>This class reads and writes the header and the TLVs; the mandatory body in between is the job of one {@code
 * BodyCodec} per PDU type, looked up in {@code BodyCodecs} by command_id (e.g. {@code SubmitMultiCodec} for
 * submit_multi, {@code HeaderOnlyCodec} for the PDUs that have no body).
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
            return BodyCodecs.forDecoding(commandId).decode(r, commandId, CommandStatus.of(status), sequenceNumber);
        } finally {
            frame.readerIndex(frame.writerIndex()); // the frame is consumed whole, also on error
        }
    }

    /**
     * The exact encoded size of the PDU, header included.
     *
     * @param pdu the PDU to measure
     * @return the command_length the PDU will have: 16 for the header plus the body and the TLVs
     */
    public static int encodedLength(Pdu pdu) {
        return HEADER_LENGTH
                + BodyCodecs.forEncoding(pdu).bodyLength(pdu)
                + pdu.tlvs().encodedLength();
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
        BodyCodecs.forEncoding(pdu).write(pdu, out);
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
}
