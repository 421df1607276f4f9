package dev.smppkit.client.internal;

import dev.smppkit.client.InvalidMessageException;
import dev.smppkit.client.OutboundMessage;
import dev.smppkit.codec.EsmClass;
import dev.smppkit.codec.RegisteredDelivery;
import dev.smppkit.codec.pdu.SubmitSm;
import dev.smppkit.codec.pdu.Tlvs;
import dev.smppkit.codec.text.ConcatMode;
import dev.smppkit.codec.text.MessageSplitter;
import dev.smppkit.codec.text.ReferenceGenerator;
import dev.smppkit.codec.text.Segment;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns an {@link OutboundMessage} into its submit_sm PDUs, one per segment, through the text module's splitter.
 * Thread-safe (one per client; the reference generator is atomic).
 */
final class MessageEncoder {
    private final Map<ConcatMode, MessageSplitter> splitters = new EnumMap<>(ConcatMode.class);
    private final Map<ConcatMode, MessageSplitter> replacingSplitters = new EnumMap<>(ConcatMode.class);
    private final ConcatMode defaultMode;

    MessageEncoder(ConcatMode defaultMode, int maxSegments) {
        this.defaultMode = defaultMode;
        ReferenceGenerator references = ReferenceGenerator.sequential();
        for (ConcatMode mode : ConcatMode.values()) {
            splitters.put(mode, splitter(mode, maxSegments, references, false));
            replacingSplitters.put(mode, splitter(mode, maxSegments, references, true));
        }
    }

    private static MessageSplitter splitter(
            ConcatMode mode, int maxSegments, ReferenceGenerator references, boolean replace) {
        return MessageSplitter.builder()
                .concatMode(mode)
                .maxSegments(maxSegments)
                .referenceGenerator(references)
                .replaceUnencodable(replace)
                .build();
    }

    /**
     * The PDUs for a message, in segment order.
     *
     * @throws InvalidMessageException if the text cannot be encoded or split, or a field is invalid
     */
    List<SubmitSm> encode(OutboundMessage message) {
        if (message.submitSm().isPresent()) {
            return List.of(message.submitSm().get());
        }
        try {
            ConcatMode mode = message.concatMode().orElse(defaultMode);
            MessageSplitter splitter = (message.replaceUnencodable() ? replacingSplitters : splitters).get(mode);
            List<Segment> segments;
            if (message.text().isPresent()) {
                segments = message.encoding().isPresent()
                        ? splitter.split(
                                message.text().get(), message.encoding().get(), mode)
                        : splitter.split(message.text().get());
            } else {
                segments = splitter.splitBinary(message.binary().orElseThrow(), message.binaryCoding(), mode);
            }
            List<SubmitSm> pdus = new ArrayList<>(segments.size());
            for (Segment segment : segments) {
                pdus.add(toPdu(message, segment));
            }
            return pdus;
        } catch (IllegalArgumentException e) {
            throw new InvalidMessageException(e.getMessage(), e);
        }
    }

    private static SubmitSm toPdu(OutboundMessage message, Segment segment) {
        SubmitSm.Builder b = SubmitSm.builder()
                .serviceType(message.serviceType())
                .sourceAddress(message.source())
                .destAddress(message.destination())
                .esmClass(EsmClass.of(segment.esmClassBits()))
                .priorityFlag(message.priority())
                .registeredDelivery(message.requestReceipt() ? RegisteredDelivery.RECEIPT : RegisteredDelivery.NONE)
                .dataCoding(segment.dataCoding())
                .scheduleDeliveryTime(message.scheduleDeliveryTime().orElse(null))
                .validityPeriod(message.validityPeriod().orElse(null));
        Tlvs.Builder tlvs = message.tlvs().toBuilder();
        segment.sar().ifPresent(sar -> tlvs.sar(sar.msgRefNum(), sar.totalSegments(), sar.segmentSeqnum()));
        if (segment.inMessagePayload()) {
            tlvs.messagePayload(segment.bytes());
        } else {
            b.shortMessage(segment.bytes());
        }
        return b.tlvs(tlvs.build()).build();
    }
}
