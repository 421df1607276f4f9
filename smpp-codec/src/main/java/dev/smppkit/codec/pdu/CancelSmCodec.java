package dev.smppkit.codec.pdu;

import static dev.smppkit.codec.CommandStatus.ESME_RINVDSTADR;
import static dev.smppkit.codec.CommandStatus.ESME_RINVMSGID;
import static dev.smppkit.codec.CommandStatus.ESME_RINVSERTYP;
import static dev.smppkit.codec.CommandStatus.ESME_RINVSRCADR;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.internal.FrameReader;
import dev.smppkit.codec.internal.Wire;
import io.netty.buffer.ByteBuf;

/** cancel_sm (§4.9.1). */
final class CancelSmCodec implements BodyCodec<CancelSm> {
    static final CancelSmCodec INSTANCE = new CancelSmCodec();

    private CancelSmCodec() {}

    @Override
    public Class<CancelSm> type() {
        return CancelSm.class;
    }

    @Override
    public CancelSm decode(FrameReader r, int commandId, CommandStatus status, int seq) {
        String serviceType = r.cString("service_type", FieldLimits.SERVICE_TYPE, ESME_RINVSERTYP);
        String messageId = r.cString("message_id", FieldLimits.MESSAGE_ID, ESME_RINVMSGID);
        Address source = r.address("source_addr", FieldLimits.ADDR, ESME_RINVSRCADR);
        Address dest = r.address("destination_addr", FieldLimits.ADDR, ESME_RINVDSTADR);
        return new CancelSm(seq, TlvCodec.decode(r), serviceType, messageId, source, dest);
    }

    @Override
    public int bodyLength(CancelSm c) {
        return Wire.cStringLength(c.serviceType())
                + Wire.cStringLength(c.messageId())
                + Wire.addressLength(c.sourceAddress())
                + Wire.addressLength(c.destAddress());
    }

    @Override
    public void write(CancelSm c, ByteBuf out) {
        Wire.writeCString(out, c.serviceType());
        Wire.writeCString(out, c.messageId());
        Wire.writeAddress(out, c.sourceAddress());
        Wire.writeAddress(out, c.destAddress());
    }
}
