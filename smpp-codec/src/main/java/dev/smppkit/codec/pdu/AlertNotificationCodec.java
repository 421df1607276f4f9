package dev.smppkit.codec.pdu;

import static dev.smppkit.codec.CommandStatus.ESME_RINVDSTADR;
import static dev.smppkit.codec.CommandStatus.ESME_RINVSRCADR;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.internal.FrameReader;
import dev.smppkit.codec.internal.Wire;
import io.netty.buffer.ByteBuf;

/** alert_notification (§4.12.1): the mobile that became available and the ESME that asked. */
final class AlertNotificationCodec implements BodyCodec<AlertNotification> {
    static final AlertNotificationCodec INSTANCE = new AlertNotificationCodec();

    private AlertNotificationCodec() {}

    @Override
    public Class<AlertNotification> type() {
        return AlertNotification.class;
    }

    @Override
    public AlertNotification decode(FrameReader r, int commandId, CommandStatus status, int seq) {
        Address source = r.address("source_addr", FieldLimits.LONG_ADDR, ESME_RINVSRCADR);
        Address esme = r.address("esme_addr", FieldLimits.LONG_ADDR, ESME_RINVDSTADR);
        return new AlertNotification(seq, TlvCodec.decode(r), source, esme);
    }

    @Override
    public int bodyLength(AlertNotification a) {
        return Wire.addressLength(a.sourceAddress()) + Wire.addressLength(a.esmeAddress());
    }

    @Override
    public void write(AlertNotification a, ByteBuf out) {
        Wire.writeAddress(out, a.sourceAddress());
        Wire.writeAddress(out, a.esmeAddress());
    }
}
