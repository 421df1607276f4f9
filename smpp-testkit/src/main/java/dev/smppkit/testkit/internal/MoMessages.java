package dev.smppkit.testkit.internal;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.EsmClass;
import dev.smppkit.codec.pdu.DeliverSm;
import dev.smppkit.codec.pdu.Tlv;
import dev.smppkit.codec.pdu.TlvTag;
import dev.smppkit.codec.text.SarParameters;
import dev.smppkit.codec.text.Segment;
import dev.smppkit.codec.text.TextCodec;
import java.util.ArrayList;
import java.util.List;

/**
 * Mobile-originated texts as deliver_sm PDUs: one per segment of the simulator's codec (GSM 7-bit when the text
 * allows, UCS-2 otherwise; UDH, SAR or message_payload as the concat mode says). Thread-safe.
 */
final class MoMessages {
    private final TextCodec codec;

    MoMessages(TextCodec codec) {
        this.codec = codec;
    }

    /**
     * @throws IllegalArgumentException if an address is too long for deliver_sm or the text needs too many segments
     */
    List<DeliverSm> deliverSms(Address from, Address to, String text) {
        List<Segment> segments = codec.split(text);
        List<DeliverSm> out = new ArrayList<>(segments.size());
        for (Segment s : segments) {
            DeliverSm.Builder b = DeliverSm.builder()
                    .sourceAddress(from)
                    .destAddress(to)
                    .esmClass(EsmClass.of(s.esmClassBits()))
                    .dataCoding(s.dataCoding());
            if (s.inMessagePayload()) {
                b.messagePayload(s.bytes());
            } else {
                b.shortMessage(s.bytes());
            }
            if (s.sar().isPresent()) {
                SarParameters sar = s.sar().get();
                b.setTlv(Tlv.ofInt(TlvTag.SAR_MSG_REF_NUM, sar.msgRefNum()))
                        .setTlv(Tlv.ofInt(TlvTag.SAR_TOTAL_SEGMENTS, sar.totalSegments()))
                        .setTlv(Tlv.ofInt(TlvTag.SAR_SEGMENT_SEQNUM, sar.segmentSeqnum()));
            }
            out.add(b.build());
        }
        return out;
    }
}
