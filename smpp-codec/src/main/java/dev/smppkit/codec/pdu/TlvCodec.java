package dev.smppkit.codec.pdu;

import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.internal.FrameReader;
import io.netty.buffer.ByteBuf;

/** Reads and writes the optional-parameter part of a PDU (§3.2.4): tag I2, length I2, value. */
final class TlvCodec {
    private TlvCodec() {}

    /**
     * Reads every TLV up to the end of the frame. A first pass checks the stream and counts, so the second allocates
     * exactly one array and one value per TLV.
     */
    static Tlvs decode(FrameReader r) {
        ByteBuf buf = r.buffer();
        if (!buf.isReadable()) {
            return Tlvs.EMPTY;
        }
        int start = buf.readerIndex();
        int end = buf.writerIndex();
        int count = 0;
        for (int at = start; at < end; count++) {
            if (end - at < 4) {
                throw r.error(
                        "TLV header needs 4 octets but only " + (end - at) + " remain",
                        CommandStatus.ESME_RINVOPTPARSTREAM);
            }
            int tag = buf.getUnsignedShort(at);
            int length = buf.getUnsignedShort(at + 2);
            if (length > end - at - 4) {
                throw r.error(
                        String.format("TLV 0x%04X length %d runs past the end of the PDU", tag, length),
                        CommandStatus.ESME_RINVOPTPARSTREAM);
            }
            TlvTag known = TlvTag.known(tag);
            if (known != null && !known.allowsLength(length)) {
                throw r.error(
                        known.name() + " is " + length + " octets; must be " + known.minLength() + "-"
                                + known.maxLength(),
                        CommandStatus.ESME_RINVPARLEN);
            }
            at += 4 + length;
        }
        Tlv[] items = new Tlv[count];
        for (int i = 0; i < count; i++) {
            int tag = buf.readUnsignedShort();
            byte[] value = new byte[buf.readUnsignedShort()];
            buf.readBytes(value);
            items[i] = new Tlv(tag, value);
        }
        return Tlvs.wrap(items);
    }

    static void encode(Tlvs tlvs, ByteBuf out) {
        for (int i = 0; i < tlvs.size(); i++) {
            Tlv t = tlvs.at(i);
            out.writeShort(t.tag());
            out.writeShort(t.length());
            out.writeBytes(t.rawValue());
        }
    }
}
