package dev.smppkit.codec.pdu;

import static dev.smppkit.codec.CommandStatus.ESME_RINVDLNAME;
import static dev.smppkit.codec.CommandStatus.ESME_RINVDSTADR;
import static dev.smppkit.codec.CommandStatus.ESME_RINVSERTYP;
import static dev.smppkit.codec.CommandStatus.ESME_RINVSRCADR;

import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.internal.FrameReader;
import dev.smppkit.codec.internal.Wire;
import io.netty.buffer.ByteBuf;
import java.util.ArrayList;
import java.util.List;

/** submit_multi (§4.5.1): submit_sm with a list of destinations in place of destination_addr. */
final class SubmitMultiCodec implements BodyCodec<SubmitMulti> {
    static final SubmitMultiCodec INSTANCE = new SubmitMultiCodec();

    private static final int DEST_SME = 1;
    private static final int DEST_DISTRIBUTION_LIST = 2;

    private SubmitMultiCodec() {}

    @Override
    public Class<SubmitMulti> type() {
        return SubmitMulti.class;
    }

    @Override
    public SubmitMulti decode(FrameReader r, int commandId, CommandStatus status, int seq) {
        BaseSm.Fieldset f = new BaseSm.Fieldset();
        f.serviceType = r.cString("service_type", FieldLimits.SERVICE_TYPE, ESME_RINVSERTYP);
        f.sourceAddress = r.address("source_addr", FieldLimits.ADDR, ESME_RINVSRCADR);
        int count = r.u8("number_of_dests");
        if (count == 0 || count > SubmitMulti.MAX_DESTINATIONS) {
            throw r.error("number_of_dests is " + count + "; must be 1-254", CommandStatus.ESME_RINVNUMDESTS);
        }
        List<DestinationAddress> destinations = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int flag = r.u8("dest_flag");
            if (flag == DEST_SME) {
                destinations.add(
                        new DestinationAddress.Sme(r.address("destination_addr", FieldLimits.ADDR, ESME_RINVDSTADR)));
            } else if (flag == DEST_DISTRIBUTION_LIST) {
                destinations.add(new DestinationAddress.DistributionList(
                        r.cString("dl_name", FieldLimits.DL_NAME, ESME_RINVDLNAME)));
            } else {
                throw r.error(
                        "dest_flag is " + flag + "; must be 1 (SME) or 2 (distribution list)",
                        CommandStatus.ESME_RINVDESTFLAG);
            }
        }
        return new SubmitMulti(seq, ShortMessageCodec.decodeTail(r, f), f, List.copyOf(destinations));
    }

    @Override
    public int bodyLength(SubmitMulti m) {
        int n = Wire.cStringLength(m.serviceType) + Wire.addressLength(m.sourceAddress) + 1;
        for (DestinationAddress d : m.destinations()) {
            n += 1
                    + (d instanceof DestinationAddress.Sme sme
                            ? Wire.addressLength(sme.address())
                            : Wire.cStringLength(((DestinationAddress.DistributionList) d).name()));
        }
        return n + ShortMessageCodec.tailLength(m);
    }

    @Override
    public void write(SubmitMulti m, ByteBuf out) {
        Wire.writeCString(out, m.serviceType);
        Wire.writeAddress(out, m.sourceAddress);
        out.writeByte(m.destinations().size());
        for (DestinationAddress d : m.destinations()) {
            if (d instanceof DestinationAddress.Sme sme) {
                out.writeByte(DEST_SME);
                Wire.writeAddress(out, sme.address());
            } else {
                out.writeByte(DEST_DISTRIBUTION_LIST);
                Wire.writeCString(out, ((DestinationAddress.DistributionList) d).name());
            }
        }
        ShortMessageCodec.writeTail(m, out);
    }
}
