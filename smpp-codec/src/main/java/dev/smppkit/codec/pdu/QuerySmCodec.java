package dev.smppkit.codec.pdu;

import static dev.smppkit.codec.CommandStatus.ESME_RINVMSGID;
import static dev.smppkit.codec.CommandStatus.ESME_RINVSRCADR;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.internal.FrameReader;
import dev.smppkit.codec.internal.Wire;
import io.netty.buffer.ByteBuf;

/** query_sm (§4.8.1): message_id and the source address it was submitted with. */
final class QuerySmCodec implements BodyCodec<QuerySm> {
    static final QuerySmCodec INSTANCE = new QuerySmCodec();

    private QuerySmCodec() {}

    @Override
    public Class<QuerySm> type() {
        return QuerySm.class;
    }

    @Override
    public QuerySm decode(FrameReader r, int commandId, CommandStatus status, int seq) {
        String messageId = r.cString("message_id", FieldLimits.MESSAGE_ID, ESME_RINVMSGID);
        Address source = r.address("source_addr", FieldLimits.ADDR, ESME_RINVSRCADR);
        return new QuerySm(seq, TlvCodec.decode(r), messageId, source);
    }

    @Override
    public int bodyLength(QuerySm q) {
        return Wire.cStringLength(q.messageId()) + Wire.addressLength(q.sourceAddress());
    }

    @Override
    public void write(QuerySm q, ByteBuf out) {
        Wire.writeCString(out, q.messageId());
        Wire.writeAddress(out, q.sourceAddress());
    }
}
