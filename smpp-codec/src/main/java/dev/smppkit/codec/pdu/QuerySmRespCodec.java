package dev.smppkit.codec.pdu;

import static dev.smppkit.codec.CommandStatus.ESME_RINVMSGID;

import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.SmppDecodeException;
import dev.smppkit.codec.SmppTime;
import dev.smppkit.codec.internal.FrameReader;
import dev.smppkit.codec.internal.Wire;
import io.netty.buffer.ByteBuf;

/** query_sm_resp (§4.8.2): message_id, final_date, message_state, error_code; absent from a header-only error. */
final class QuerySmRespCodec implements BodyCodec<QuerySmResp> {
    static final QuerySmRespCodec INSTANCE = new QuerySmRespCodec();

    private QuerySmRespCodec() {}

    @Override
    public Class<QuerySmResp> type() {
        return QuerySmResp.class;
    }

    @Override
    public QuerySmResp decode(FrameReader r, int commandId, CommandStatus status, int seq) {
        if (!r.hasRemaining()) {
            return new QuerySmResp(status, seq, Tlvs.EMPTY, null, null, 0, 0);
        }
        try {
            String messageId = r.cString("message_id", FieldLimits.MESSAGE_ID, ESME_RINVMSGID);
            SmppTime finalDate = r.time("final_date", CommandStatus.ESME_RINVEXPIRY);
            int state = r.u8("message_state");
            int error = r.u8("error_code");
            return new QuerySmResp(status, seq, TlvCodec.decode(r), messageId, finalDate, state, error);
        } catch (SmppDecodeException e) {
            if (status.isOk()) {
                throw e;
            }
            return new QuerySmResp(status, seq, Tlvs.EMPTY, null, null, 0, 0);
        }
    }

    @Override
    public int bodyLength(QuerySmResp q) {
        return q.rawMessageId() == null
                ? 0
                : Wire.cStringLength(q.rawMessageId())
                        + Wire.timeLength(q.finalDate().orElse(null))
                        + 2; // message_state, error_code
    }

    @Override
    public void write(QuerySmResp q, ByteBuf out) {
        if (q.rawMessageId() != null) {
            Wire.writeCString(out, q.rawMessageId());
            Wire.writeTime(out, q.finalDate().orElse(null));
            out.writeByte(q.messageStateCode());
            out.writeByte(q.errorCode());
        }
    }
}
