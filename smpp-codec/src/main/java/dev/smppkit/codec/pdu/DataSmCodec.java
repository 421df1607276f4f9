package dev.smppkit.codec.pdu;

import static dev.smppkit.codec.CommandStatus.ESME_RINVDSTADR;
import static dev.smppkit.codec.CommandStatus.ESME_RINVSERTYP;
import static dev.smppkit.codec.CommandStatus.ESME_RINVSRCADR;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.EsmClass;
import dev.smppkit.codec.RegisteredDelivery;
import dev.smppkit.codec.internal.FrameReader;
import dev.smppkit.codec.internal.Wire;
import io.netty.buffer.ByteBuf;

/** data_sm (§4.7.1): the addresses and three flags; the message itself travels in TLVs. */
final class DataSmCodec implements BodyCodec<DataSm> {
    static final DataSmCodec INSTANCE = new DataSmCodec();

    private DataSmCodec() {}

    @Override
    public Class<DataSm> type() {
        return DataSm.class;
    }

    @Override
    public DataSm decode(FrameReader r, int commandId, CommandStatus status, int seq) {
        String serviceType = r.cString("service_type", FieldLimits.SERVICE_TYPE, ESME_RINVSERTYP);
        Address source = r.address("source_addr", FieldLimits.LONG_ADDR, ESME_RINVSRCADR);
        Address dest = r.address("destination_addr", FieldLimits.LONG_ADDR, ESME_RINVDSTADR);
        EsmClass esmClass = EsmClass.of(r.u8("esm_class"));
        RegisteredDelivery registeredDelivery = RegisteredDelivery.of(r.u8("registered_delivery"));
        DataCoding dataCoding = DataCoding.of(r.u8("data_coding"));
        return new DataSm(seq, TlvCodec.decode(r), serviceType, source, dest, esmClass, registeredDelivery, dataCoding);
    }

    @Override
    public int bodyLength(DataSm d) {
        return Wire.cStringLength(d.serviceType())
                + Wire.addressLength(d.sourceAddress())
                + Wire.addressLength(d.destAddress())
                + 3; // esm_class, registered_delivery, data_coding
    }

    @Override
    public void write(DataSm d, ByteBuf out) {
        Wire.writeCString(out, d.serviceType());
        Wire.writeAddress(out, d.sourceAddress());
        Wire.writeAddress(out, d.destAddress());
        out.writeByte(d.esmClass().value());
        out.writeByte(d.registeredDelivery().value());
        out.writeByte(d.dataCoding().value());
    }
}
