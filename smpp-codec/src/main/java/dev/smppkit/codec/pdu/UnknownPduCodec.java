package dev.smppkit.codec.pdu;

import dev.smppkit.codec.CommandId;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.internal.FrameReader;
import io.netty.buffer.ByteBuf;

/**
 * A PDU with a command_id SMPP 3.4 does not define, or any {@link UnknownPdu} a user built (also with a 3.4 id): the
 * body is kept and written as raw octets, TLVs included.
 */
final class UnknownPduCodec implements BodyCodec<UnknownPdu> {
    static final UnknownPduCodec INSTANCE = new UnknownPduCodec();

    private UnknownPduCodec() {}

    @Override
    public Class<UnknownPdu> type() {
        return UnknownPdu.class;
    }

    @Override
    public UnknownPdu decode(FrameReader r, int commandId, CommandStatus status, int seq) {
        return new UnknownPdu(
                CommandId.of(commandId), status, seq, r.octets("body", r.remaining(), CommandStatus.ESME_RINVCMDLEN));
    }

    @Override
    public int bodyLength(UnknownPdu u) {
        return u.rawBody().length;
    }

    @Override
    public void write(UnknownPdu u, ByteBuf out) {
        out.writeBytes(u.rawBody());
    }
}
