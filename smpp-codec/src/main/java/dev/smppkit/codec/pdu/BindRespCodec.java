package dev.smppkit.codec.pdu;

import static dev.smppkit.codec.CommandStatus.ESME_RINVSYSID;

import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.SmppDecodeException;
import dev.smppkit.codec.internal.FrameReader;
import dev.smppkit.codec.internal.Wire;
import io.netty.buffer.ByteBuf;

/** The three bind_*_resp (§4.1.2, §4.1.4, §4.1.6): system_id, absent from a header-only error response. */
final class BindRespCodec implements BodyCodec<BindResp> {
    static final BindRespCodec INSTANCE = new BindRespCodec();

    private BindRespCodec() {}

    @Override
    public Class<BindResp> type() {
        return BindResp.class;
    }

    @Override
    public BindResp decode(FrameReader r, int commandId, CommandStatus status, int seq) {
        BindType type = BindType.of(commandId);
        if (!r.hasRemaining()) {
            return new BindResp(status, seq, Tlvs.EMPTY, type, null);
        }
        try {
            String systemId = r.cString("system_id", FieldLimits.SYSTEM_ID, ESME_RINVSYSID);
            return new BindResp(status, seq, TlvCodec.decode(r), type, systemId);
        } catch (SmppDecodeException e) {
            if (status.isOk()) {
                throw e;
            }
            return new BindResp(status, seq, Tlvs.EMPTY, type, null); // a failed bind's stray body says nothing
        }
    }

    @Override
    public int bodyLength(BindResp b) {
        return b.rawSystemId() == null ? 0 : Wire.cStringLength(b.rawSystemId());
    }

    @Override
    public void write(BindResp b, ByteBuf out) {
        if (b.rawSystemId() != null) {
            Wire.writeCString(out, b.rawSystemId());
        }
    }
}
