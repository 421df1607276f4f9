package dev.smppkit.client.internal;

import dev.smppkit.client.InboundOptions;
import dev.smppkit.client.InboxItem;
import dev.smppkit.codec.Address;
import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.EsmClass;
import dev.smppkit.codec.pdu.BaseSm;
import dev.smppkit.codec.pdu.DataSm;
import dev.smppkit.codec.pdu.DeliverSm;
import dev.smppkit.codec.pdu.Pdu;
import dev.smppkit.codec.pdu.PduCodec;
import dev.smppkit.codec.pdu.PduRequest;
import dev.smppkit.codec.pdu.Tlvs;
import dev.smppkit.codec.text.IncompleteMessage;
import dev.smppkit.codec.text.Reassembler;
import dev.smppkit.codec.text.SarParameters;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an incoming deliver_sm or data_sm into the {@link InboxItem} an inbox stores, and back. A segment of a long
 * message (a concatenation UDH, or the SAR TLVs) gets a group key built like the reassembler's: account, originator,
 * kind of reference, reference and number of segments, so segments stored by different sessions or processes meet
 * in one group (the kind and reference come from the codec's {@link Reassembler}). Everything else (short messages, receipts, malformed segments) is whole by itself. Stateless.
 */
final class InboxPdus {
    private InboxPdus() {}

    /** The fields of a deliver_sm or data_sm that reading it needs. */
    record Parts(EsmClass esm, DataCoding dataCoding, byte[] body, Tlvs tlvs, Address source, Address destination) {
        static Parts of(PduRequest<?> pdu) {
            if (pdu instanceof BaseSm<?> sm) {
                return new Parts(
                        sm.esmClass(),
                        sm.dataCoding(),
                        sm.messageBytes(),
                        sm.tlvs(),
                        sm.sourceAddress(),
                        sm.destAddress());
            }
            DataSm d = (DataSm) pdu;
            return new Parts(
                    d.esmClass(),
                    d.dataCoding(),
                    d.tlvs().messagePayload().orElse(new byte[0]),
                    d.tlvs(),
                    d.sourceAddress(),
                    d.destAddress());
        }

        /** Whether it is a receipt, by the same rules as without an inbox ({@link ReceiptDetector}). */
        boolean isReceipt(InboundOptions inbound) {
            return ReceiptDetector.isReceipt(esm, tlvs, () -> text(inbound), inbound.receiptDetection());
        }

        private String text(InboundOptions inbound) {
            return IncomingText.of(body, dataCoding, inbound.smscDefaultCharset())
                    .orElse(null);
        }
    }

    /** The item to store for {@code pdu}, received on {@code account}. */
    static InboxItem item(String account, PduRequest<?> pdu, InboundOptions inbound) {
        byte[] bytes = encode(pdu);
        Parts p = Parts.of(pdu);
        if (!p.isReceipt(inbound)) {
            try {
                InboxItem segment = segment(account, p, bytes);
                if (segment != null) {
                    return segment;
                }
            } catch (IllegalArgumentException malformed) {
                // a malformed UDH or inconsistent SAR values: the hook gets the body as it is, as without an inbox
            }
        }
        return new InboxItem(account, null, 1, 1, bytes);
    }

    private static InboxItem segment(String account, Parts p, byte[] bytes) {
        // The codec's reassembler decides what is a segment (UDH or SAR, the same checks as without an inbox): a
        // throwaway one is offered the PDU alone and, if it holds it, made to give it up at once to say which it is.
        List<IncompleteMessage> held = new ArrayList<>(1);
        long[] now = {0};
        Reassembler probe = Reassembler.builder()
                .clock(() -> Instant.ofEpochMilli(now[0]))
                .timeout(Duration.ofMillis(1))
                .onIncomplete(held::add)
                .build();
        SarParameters sar = sar(p.tlvs());
        if (probe.offer(p.source().value(), p.body(), p.esm().hasUdhi(), p.dataCoding(), sar)
                .isPresent()) {
            return null; // whole by itself
        }
        now[0] = 1_000;
        probe.expire();
        IncompleteMessage m = held.get(0);
        String kind = p.esm().hasUdhi() || sar == null ? "udh" : "sar";
        String key = account + "|" + p.source().value() + "|" + kind + "|" + m.reference() + "|" + m.totalSegments();
        return new InboxItem(account, key, m.receivedSegments().get(0), m.totalSegments(), bytes);
    }

    /** The SAR TLVs' values, or null if they are missing or inconsistent (the body is then taken as it is). */
    static SarParameters sar(Tlvs t) {
        if (t.sarMsgRefNum().isEmpty()
                || t.sarTotalSegments().isEmpty()
                || t.sarSegmentSeqnum().isEmpty()) {
            return null;
        }
        try {
            return new SarParameters(
                    t.sarMsgRefNum().getAsInt(),
                    t.sarTotalSegments().getAsInt(),
                    t.sarSegmentSeqnum().getAsInt());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static byte[] encode(PduRequest<?> pdu) {
        ByteBuf buf = Unpooled.buffer(PduCodec.encodedLength(pdu));
        PduCodec.encode(pdu, buf);
        byte[] bytes = new byte[buf.readableBytes()];
        buf.readBytes(bytes);
        return bytes;
    }

    /**
     * The PDU an item holds.
     *
     * @throws IllegalArgumentException if it is not a deliver_sm or data_sm, or does not decode
     */
    static PduRequest<?> decode(InboxItem item) {
        Pdu pdu;
        try {
            pdu = PduCodec.decode(Unpooled.wrappedBuffer(item.pdu()));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("stored PDU does not decode: " + e.getMessage(), e);
        }
        if (pdu instanceof DeliverSm || pdu instanceof DataSm) {
            return (PduRequest<?>) pdu;
        }
        throw new IllegalArgumentException("stored PDU is a " + pdu.commandId() + ", not a deliver_sm or data_sm");
    }
}
