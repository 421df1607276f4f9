package dev.smppkit.codec.pdu;

import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.internal.FrameReader;
import io.netty.buffer.ByteBuf;

/**
 * The mandatory body of one PDU type (or of a family sharing one layout) on the wire: how it is read, how long it is
 * and how it is written, side by side so that the three cannot drift apart. {@link BodyCodecs} holds one per
 * command_id; the header and the TLVs after the body are {@link PduCodec}'s and {@link TlvCodec}'s.
 *
 * <p>Implementations are stateless singletons: dispatch allocates nothing.
 *
 * @param <P> the PDU type this codec reads and writes
 */
interface BodyCodec<P extends Pdu> {
    /**
     * The PDU class this codec reads and writes, so a test can check every PDU type has one.
     *
     * @return the class of the PDUs {@link #decode} returns
     */
    Class<P> type();

    /**
     * Reads the body and the TLVs after it.
     *
     * @param r the frame body after the 16-octet header
     * @param commandId the raw command_id from the header (a codec for several ids tells them apart by it)
     * @param status the command_status from the header
     * @param seq the sequence_number from the header
     * @return the PDU
     * @throws dev.smppkit.codec.SmppDecodeException if the body is malformed
     */
    P decode(FrameReader r, int commandId, CommandStatus status, int seq);

    /**
     * The exact size {@link #write} will write, TLVs not included.
     *
     * @param pdu the PDU to measure
     * @return the octets of the mandatory body; 0 for a header-only PDU
     */
    int bodyLength(P pdu);

    /**
     * Writes the mandatory body, exactly {@link #bodyLength} octets; the TLVs follow it.
     *
     * @param pdu the PDU to write
     * @param out the buffer to write to, at its writer index
     */
    void write(P pdu, ByteBuf out);
}
