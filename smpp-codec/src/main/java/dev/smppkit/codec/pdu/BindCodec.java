package dev.smppkit.codec.pdu;

import static dev.smppkit.codec.CommandStatus.ESME_RINVPASWD;
import static dev.smppkit.codec.CommandStatus.ESME_RINVSYSID;
import static dev.smppkit.codec.CommandStatus.ESME_RINVSYSTYP;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.internal.FrameReader;
import dev.smppkit.codec.internal.Wire;
import io.netty.buffer.ByteBuf;

/** bind_transmitter, bind_receiver and bind_transceiver (§4.1.1, §4.1.3, §4.1.5): one layout, told apart by id. */
final class BindCodec implements BodyCodec<Bind> {
    static final BindCodec INSTANCE = new BindCodec();

    private BindCodec() {}

    @Override
    public Class<Bind> type() {
        return Bind.class;
    }

    @Override
    public Bind decode(FrameReader r, int commandId, CommandStatus status, int seq) {
        String systemId = r.cString("system_id", FieldLimits.SYSTEM_ID, ESME_RINVSYSID);
        String password = r.cString("password", FieldLimits.PASSWORD, ESME_RINVPASWD);
        String systemType = r.cString("system_type", FieldLimits.SYSTEM_TYPE, ESME_RINVSYSTYP);
        int version = r.u8("interface_version");
        Address range = r.address("address_range", FieldLimits.ADDRESS_RANGE, CommandStatus.ESME_RINVPARLEN);
        return new Bind(
                seq, TlvCodec.decode(r), BindType.of(commandId), systemId, password, systemType, version, range);
    }

    @Override
    public int bodyLength(Bind b) {
        return Wire.cStringLength(b.systemId())
                + Wire.cStringLength(b.password())
                + Wire.cStringLength(b.systemType())
                + 1
                + Wire.addressLength(b.addressRange());
    }

    @Override
    public void write(Bind b, ByteBuf out) {
        Wire.writeCString(out, b.systemId());
        Wire.writeCString(out, b.password());
        Wire.writeCString(out, b.systemType());
        out.writeByte(b.interfaceVersion());
        Wire.writeAddress(out, b.addressRange());
    }
}
