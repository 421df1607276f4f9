package dev.smppkit.client.internal;

import dev.smppkit.client.InvalidMessageException;
import dev.smppkit.client.OutboundMessage;
import dev.smppkit.client.SubmissionOptions;
import dev.smppkit.codec.EsmClass;
import dev.smppkit.codec.RegisteredDelivery;
import dev.smppkit.codec.pdu.BaseSm;
import dev.smppkit.codec.pdu.SubmitMulti;
import dev.smppkit.codec.pdu.SubmitSm;
import dev.smppkit.codec.pdu.Tlvs;
import dev.smppkit.codec.text.ConcatMode;
import dev.smppkit.codec.text.ReferenceGenerator;
import dev.smppkit.codec.text.Segment;
import dev.smppkit.codec.text.TextCodec;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an {@link OutboundMessage} into its submit_sm PDUs (submit_multi for a message to several destinations), one
 * per segment, through the text module's
 * {@link TextCodec} (which chooses the coding, plans the cuts and writes each segment once). Thread-safe (one per
 * client; the reference generator is atomic).
 */
final class MessageEncoder {
    /** Both codecs draw from one generator, so concatenation references stay unique across them. */
    private final TextCodec exact;

    private final TextCodec replacing;
    private final ConcatMode defaultMode;

    MessageEncoder(ConcatMode defaultMode, int maxSegments) {
        this(SubmissionOptions.builder()
                .concatMode(defaultMode)
                .maxSegments(maxSegments)
                .build());
    }

    /** An encoder following the client's split mode, segment limit, national languages and GSM packing. */
    MessageEncoder(SubmissionOptions options) {
        this.defaultMode = options.concatMode();
        ReferenceGenerator references = ReferenceGenerator.sequential();
        this.exact = codec(options, references, false);
        this.replacing = codec(options, references, true);
    }

    private static TextCodec codec(SubmissionOptions options, ReferenceGenerator references, boolean replace) {
        return TextCodec.builder()
                .concatMode(options.concatMode())
                .maxSegments(options.maxSegments())
                .referenceGenerator(references)
                .replaceUnencodable(replace)
                .nationalLanguages(options.nationalLanguages())
                .packGsm(options.packGsm())
                .build();
    }

    /**
     * The PDUs for a message, in segment order.
     *
     * @throws InvalidMessageException if the text cannot be encoded or split, or a field is invalid
     */
    List<BaseSm<?>> encode(OutboundMessage message) {
        if (message.submitSm().isPresent()) {
            return List.of(message.submitSm().get());
        }
        try {
            ConcatMode mode = message.concatMode().orElse(defaultMode);
            TextCodec codec = message.replaceUnencodable() ? replacing : exact;
            List<Segment> segments = message.text().isPresent()
                    ? codec.split(message.text().get(), message.encoding().orElse(null), mode)
                    : codec.splitBinary(message.binary().orElseThrow(), message.binaryCoding(), mode);
            List<BaseSm<?>> pdus = new ArrayList<>(segments.size());
            for (Segment segment : segments) {
                pdus.add(message.isMulti() ? toMultiPdu(message, segment) : toPdu(message, segment));
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
                .protocolId(message.protocolId())
                .registeredDelivery(message.requestReceipt() ? RegisteredDelivery.RECEIPT : RegisteredDelivery.NONE)
                .dataCoding(segment.dataCoding())
                .scheduleDeliveryTime(message.scheduleDeliveryTime().orElse(null))
                .validityPeriod(message.validityPeriod().orElse(null))
                .replaceIfPresentFlag(message.replaceIfPresent() ? 1 : 0);
        return body(b, message, segment);
    }

    /** The same segment as one submit_multi to every destination (§4.5.1): the body is submit_sm's. */
    private static SubmitMulti toMultiPdu(OutboundMessage message, Segment segment) {
        SubmitMulti.Builder b = SubmitMulti.builder()
                .serviceType(message.serviceType())
                .sourceAddress(message.source())
                .esmClass(EsmClass.of(segment.esmClassBits()))
                .priorityFlag(message.priority())
                .protocolId(message.protocolId())
                .registeredDelivery(message.requestReceipt() ? RegisteredDelivery.RECEIPT : RegisteredDelivery.NONE)
                .dataCoding(segment.dataCoding())
                .scheduleDeliveryTime(message.scheduleDeliveryTime().orElse(null))
                .validityPeriod(message.validityPeriod().orElse(null))
                .replaceIfPresentFlag(message.replaceIfPresent() ? 1 : 0);
        message.destinations().forEach(b::addDestination);
        return body(b, message, segment);
    }

    /** Adds the segment's octets (short_message or message_payload) and the message's TLVs with its SAR. */
    private static <P extends BaseSm<?>, B extends BaseSm.Builder<P, B>> P body(
            B b, OutboundMessage message, Segment segment) {
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
