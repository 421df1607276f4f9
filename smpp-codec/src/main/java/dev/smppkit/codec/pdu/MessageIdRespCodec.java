package dev.smppkit.codec.pdu;

import static dev.smppkit.codec.CommandStatus.ESME_RINVMSGID;

import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.SmppDecodeException;
import dev.smppkit.codec.internal.FrameReader;
import dev.smppkit.codec.internal.Wire;
import io.netty.buffer.ByteBuf;

/**
 * submit_sm_resp, deliver_sm_resp and data_sm_resp (§4.4.2, §4.6.2, §4.7.2): a message_id, absent from a header-only
 * error response.
 */
final class MessageIdRespCodec<P extends MessageIdResponse> implements BodyCodec<P> {
    /** Makes the response from its header, TLVs and message_id (null when the body was absent). */
    @FunctionalInterface
    interface Factory<P> {
        P create(CommandStatus status, int seq, Tlvs tlvs, String messageId);
    }

    static final MessageIdRespCodec<SubmitSmResp> SUBMIT_SM_RESP =
            new MessageIdRespCodec<>(SubmitSmResp.class, SubmitSmResp::new);
    static final MessageIdRespCodec<DeliverSmResp> DELIVER_SM_RESP =
            new MessageIdRespCodec<>(DeliverSmResp.class, DeliverSmResp::new);
    static final MessageIdRespCodec<DataSmResp> DATA_SM_RESP =
            new MessageIdRespCodec<>(DataSmResp.class, DataSmResp::new);

    private final Class<P> type;
    private final Factory<P> factory;

    private MessageIdRespCodec(Class<P> type, Factory<P> factory) {
        this.type = type;
        this.factory = factory;
    }

    @Override
    public Class<P> type() {
        return type;
    }

    @Override
    public P decode(FrameReader r, int commandId, CommandStatus status, int seq) {
        String messageId = null;
        Tlvs tlvs = Tlvs.EMPTY;
        if (r.hasRemaining()) {
            try {
                messageId = r.cString("message_id", FieldLimits.MESSAGE_ID, ESME_RINVMSGID);
                tlvs = TlvCodec.decode(r);
            } catch (SmppDecodeException e) {
                if (status.isOk()) {
                    throw e;
                }
                messageId = null; // a failed request's stray body says nothing; keep the status
                tlvs = Tlvs.EMPTY;
            }
        }
        return factory.create(status, seq, tlvs, messageId);
    }

    @Override
    public int bodyLength(P p) {
        return p.rawMessageId() == null ? 0 : Wire.cStringLength(p.rawMessageId());
    }

    @Override
    public void write(P p, ByteBuf out) {
        if (p.rawMessageId() != null) {
            Wire.writeCString(out, p.rawMessageId());
        }
    }
}
