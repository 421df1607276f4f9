package dev.smppkit.codec;

import dev.smppkit.codec.pdu.Pdu;
import dev.smppkit.codec.pdu.PduCodec;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;

/**
 * Splits the inbound byte stream into SMPP PDUs and decodes each into a {@link Pdu}. One instance per channel.
 *
 * <p>command_length is checked against 16 and {@code maxPduLength} as soon as the header arrives, before any of the
 * body is buffered, so a hostile length never causes a large allocation. Each frame is decoded straight from the
 * cumulation buffer through a slice; nothing is copied.
 *
 * <p>A PDU that cannot be decoded is reported as a {@link SmppDecodeException} through
 * {@code exceptionCaught}, in order with the PDUs around it:
 * <ul>
 *   <li>a malformed body: the frame is skipped whole ({@link SmppDecodeException#isFramingLost()} false) and decoding
 *       goes on with the next frame;
 *   <li>command_length above the maximum (reported once its 16-octet header has arrived, so that the error carries
 *       command_id and sequence_number) or below 16: every later byte is discarded and the exception says
 *       {@link SmppDecodeException#isFramingLost()}; the session should answer (generic_nack ESME_RINVCMDLEN) and
 *       close. An oversize frame could in principle be skipped, but a peer that announces up to 4 GiB would keep the
 *       connection busy that long for nothing, and one that sends garbage (an HTTP request, a wrong port) is better
 *       disconnected at once.
 * </ul>
 */
public final class SmppPduDecoder extends ByteToMessageDecoder {
    /** The default maximum PDU: 64 KiB of body (room for a full message_payload) plus the header. */
    public static final int DEFAULT_MAX_PDU_LENGTH = 65536 + PduCodec.HEADER_LENGTH;

    private final int maxPduLength;
    // per connection, event loop only
    private boolean framingLost;

    /** A decoder with the default maximum PDU length. */
    public SmppPduDecoder() {
        this(DEFAULT_MAX_PDU_LENGTH);
    }

    /**
     * A decoder that rejects PDUs longer than {@code maxPduLength} octets.
     *
     * @param maxPduLength the largest command_length accepted, in octets (16 or more)
     * @throws IllegalArgumentException if {@code maxPduLength} is below 16
     */
    public SmppPduDecoder(int maxPduLength) {
        if (maxPduLength < PduCodec.HEADER_LENGTH) {
            throw new IllegalArgumentException("maxPduLength is " + maxPduLength + "; at least 16");
        }
        this.maxPduLength = maxPduLength;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (framingLost) {
            in.skipBytes(in.readableBytes());
            return;
        }
        int readable = in.readableBytes();
        if (readable < 4) {
            return;
        }
        int start = in.readerIndex();
        long length = in.getUnsignedInt(start);
        if (length < PduCodec.HEADER_LENGTH || length > maxPduLength) {
            if (length > maxPduLength && readable < PduCodec.HEADER_LENGTH) {
                return; // wait for the 16-octet header, so the error carries command_id and sequence_number
            }
            rejectLength(ctx, in, length);
            return;
        }
        if (readable < length) {
            return; // the body is bounded by maxPduLength, so buffering it is safe
        }
        ByteBuf frame = in.readSlice((int) length);
        try {
            out.add(PduCodec.decode(frame));
        } catch (SmppDecodeException e) {
            ctx.fireExceptionCaught(e); // the frame is consumed: carry on with the next one
        }
    }

    private void rejectLength(ChannelHandlerContext ctx, ByteBuf in, long length) {
        int start = in.readerIndex();
        int readable = in.readableBytes();
        int commandId = readable >= 8 ? in.getInt(start + 4) : 0;
        boolean headerRead = readable >= PduCodec.HEADER_LENGTH;
        int sequenceNumber = headerRead ? in.getInt(start + 12) : 0;
        framingLost = true; // the session answers and closes: never resynchronise on a hostile length
        in.skipBytes(readable);
        ctx.fireExceptionCaught(new SmppDecodeException(
                "command_length is " + length + "; must be 16-" + maxPduLength,
                commandId,
                sequenceNumber,
                headerRead,
                CommandStatus.ESME_RINVCMDLEN,
                true));
    }

    /**
     * The largest PDU this decoder accepts.
     *
     * @return the maximum command_length in octets
     */
    public int maxPduLength() {
        return maxPduLength;
    }
}
