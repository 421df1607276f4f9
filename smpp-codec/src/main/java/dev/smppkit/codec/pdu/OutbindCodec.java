package dev.smppkit.codec.pdu;

import static dev.smppkit.codec.CommandStatus.ESME_RINVPASWD;
import static dev.smppkit.codec.CommandStatus.ESME_RINVSYSID;

import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.internal.FrameReader;
import dev.smppkit.codec.internal.Wire;
import io.netty.buffer.ByteBuf;

/** outbind (§4.1.7): system_id and password. */
final class OutbindCodec implements BodyCodec<Outbind> {
    static final OutbindCodec INSTANCE = new OutbindCodec();

    private OutbindCodec() {}

    @Override
    public Class<Outbind> type() {
        return Outbind.class;
    }

    @Override
    public Outbind decode(FrameReader r, int commandId, CommandStatus status, int seq) {
        String systemId = r.cString("system_id", FieldLimits.SYSTEM_ID, ESME_RINVSYSID);
        String password = r.cString("password", FieldLimits.PASSWORD, ESME_RINVPASWD);
        return new Outbind(seq, TlvCodec.decode(r), systemId, password);
    }

    @Override
    public int bodyLength(Outbind o) {
        return Wire.cStringLength(o.systemId()) + Wire.cStringLength(o.password());
    }

    @Override
    public void write(Outbind o, ByteBuf out) {
        Wire.writeCString(out, o.systemId());
        Wire.writeCString(out, o.password());
    }
}
