package dev.smppkit.codec.pdu;

import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.internal.FrameReader;
import io.netty.buffer.ByteBuf;

/**
 * The PDUs with no mandatory body, only TLVs after the header: generic_nack (§4.3), unbind and unbind_resp (§4.2),
 * enquire_link and enquire_link_resp (§4.11), cancel_sm_resp (§4.9.2) and replace_sm_resp (§4.10.2). One instance
 * per type, each with the constructor to call.
 */
final class HeaderOnlyCodec<P extends Pdu> implements BodyCodec<P> {
    /** Makes the PDU from its header and TLVs; requests ignore the status, as their constructors do. */
    @FunctionalInterface
    interface Factory<P> {
        P create(CommandStatus status, int seq, Tlvs tlvs);
    }

    static final HeaderOnlyCodec<GenericNack> GENERIC_NACK = new HeaderOnlyCodec<>(GenericNack.class, GenericNack::new);
    static final HeaderOnlyCodec<Unbind> UNBIND =
            new HeaderOnlyCodec<>(Unbind.class, (status, seq, tlvs) -> new Unbind(seq, tlvs));
    static final HeaderOnlyCodec<UnbindResp> UNBIND_RESP = new HeaderOnlyCodec<>(UnbindResp.class, UnbindResp::new);
    static final HeaderOnlyCodec<EnquireLink> ENQUIRE_LINK =
            new HeaderOnlyCodec<>(EnquireLink.class, (status, seq, tlvs) -> new EnquireLink(seq, tlvs));
    static final HeaderOnlyCodec<EnquireLinkResp> ENQUIRE_LINK_RESP =
            new HeaderOnlyCodec<>(EnquireLinkResp.class, EnquireLinkResp::new);
    static final HeaderOnlyCodec<CancelSmResp> CANCEL_SM_RESP =
            new HeaderOnlyCodec<>(CancelSmResp.class, CancelSmResp::new);
    static final HeaderOnlyCodec<ReplaceSmResp> REPLACE_SM_RESP =
            new HeaderOnlyCodec<>(ReplaceSmResp.class, ReplaceSmResp::new);

    private final Class<P> type;
    private final Factory<P> factory;

    private HeaderOnlyCodec(Class<P> type, Factory<P> factory) {
        this.type = type;
        this.factory = factory;
    }

    @Override
    public Class<P> type() {
        return type;
    }

    @Override
    public P decode(FrameReader r, int commandId, CommandStatus status, int seq) {
        return factory.create(status, seq, TlvCodec.decode(r));
    }

    @Override
    public int bodyLength(P pdu) {
        return 0;
    }

    @Override
    public void write(P pdu, ByteBuf out) {}
}
