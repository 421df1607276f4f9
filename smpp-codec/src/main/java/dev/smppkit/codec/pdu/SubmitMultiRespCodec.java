package dev.smppkit.codec.pdu;

import static dev.smppkit.codec.CommandStatus.ESME_RINVDSTADR;
import static dev.smppkit.codec.CommandStatus.ESME_RINVMSGID;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.SmppDecodeException;
import dev.smppkit.codec.internal.FrameReader;
import dev.smppkit.codec.internal.Wire;
import io.netty.buffer.ByteBuf;
import java.util.ArrayList;
import java.util.List;

/** submit_multi_resp (§4.5.2): message_id and the destinations the SMSC did not accept. */
final class SubmitMultiRespCodec implements BodyCodec<SubmitMultiResp> {
    static final SubmitMultiRespCodec INSTANCE = new SubmitMultiRespCodec();

    private SubmitMultiRespCodec() {}

    @Override
    public Class<SubmitMultiResp> type() {
        return SubmitMultiResp.class;
    }

    @Override
    public SubmitMultiResp decode(FrameReader r, int commandId, CommandStatus status, int seq) {
        if (!r.hasRemaining()) {
            return new SubmitMultiResp(status, seq, Tlvs.EMPTY, null, List.of());
        }
        try {
            String messageId = r.cString("message_id", FieldLimits.MESSAGE_ID, ESME_RINVMSGID);
            List<UnsuccessSme> unsuccessful = List.of();
            if (r.hasRemaining()) { // a lone message_id on error is tolerated
                int count = r.u8("no_unsuccess");
                List<UnsuccessSme> list = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    Address a = r.address("destination_addr", FieldLimits.ADDR, ESME_RINVDSTADR);
                    list.add(new UnsuccessSme(a, CommandStatus.of(r.u32("error_status_code"))));
                }
                unsuccessful = List.copyOf(list);
            } else if (status.isOk()) {
                throw r.error("submit_multi_resp has no no_unsuccess field", CommandStatus.ESME_RINVCMDLEN);
            }
            return new SubmitMultiResp(status, seq, TlvCodec.decode(r), messageId, unsuccessful);
        } catch (SmppDecodeException e) {
            if (status.isOk()) {
                throw e;
            }
            return new SubmitMultiResp(status, seq, Tlvs.EMPTY, null, List.of());
        }
    }

    @Override
    public int bodyLength(SubmitMultiResp m) {
        if (m.rawMessageId() == null) {
            return 0;
        }
        int n = Wire.cStringLength(m.rawMessageId()) + 1;
        for (UnsuccessSme u : m.unsuccessful()) {
            n += Wire.addressLength(u.address()) + 4;
        }
        return n;
    }

    @Override
    public void write(SubmitMultiResp m, ByteBuf out) {
        if (m.rawMessageId() != null) {
            Wire.writeCString(out, m.rawMessageId());
            out.writeByte(m.unsuccessful().size());
            for (UnsuccessSme u : m.unsuccessful()) {
                Wire.writeAddress(out, u.address());
                out.writeInt(u.errorStatus().code());
            }
        }
    }
}
