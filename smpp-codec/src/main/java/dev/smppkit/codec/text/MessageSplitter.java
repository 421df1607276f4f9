package dev.smppkit.codec.text;

import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.internal.text.SegmentPlan;
import dev.smppkit.codec.internal.text.Udh;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits a text (or binary data) into the segments that carry it, in as few segments as its encoding allows.
 *
 * <p>A text that fits in one message (160 GSM septets, 140 octets, 70 UCS-2 units) is one segment with no UDH and no
 * SAR TLVs, whatever the mode. A longer one is cut greedily at the concatenated capacity of the mode (see
 * {@link Encoding#segmentCapacity}), never between ESC and its extension character and never inside a surrogate
 * pair, so each segment decodes on its own. A reference number is drawn from the {@link ReferenceGenerator} only for
 * messages of more than one segment.
 *
 * <p>Immutable and thread-safe if its reference generator is; keep one per connection, since the generator is.
 *
 * <pre>{@code
 * MessageSplitter splitter = MessageSplitter.builder().referenceGenerator(ReferenceGenerator.sequential()).build();
 * for (Segment s : splitter.split("Hello €uro")) { ... }   // GSM 7-bit, 1 segment, 11 septets
 * }</pre>
 */
public final class MessageSplitter {
    private final ConcatMode mode;
    private final int maxSegments;
    private final ReferenceGenerator references;
    private final boolean replaceUnencodable;
    private final boolean packGsm;

    private MessageSplitter(Builder b) {
        this.mode = b.mode;
        this.maxSegments = b.maxSegments;
        this.references = b.references;
        this.replaceUnencodable = b.replaceUnencodable;
        this.packGsm = b.packGsm;
    }

    /**
     * A builder with mode {@link ConcatMode#UDH_8BIT}, at most 255 segments, no replacement, unpacked GSM.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Splits {@code text} in the cheapest exact encoding ({@link TextCodec#choose}) and the default mode.
     *
     * @param text the message text; empty gives one empty segment
     * @return an unmodifiable list of 1 to {@code maxSegments} segments in order (one PAYLOAD segment in that mode)
     * @throws NullPointerException if text is null
     * @throws MessageTooLongException if it needs more than {@code maxSegments} segments
     */
    public List<Segment> split(CharSequence text) {
        return split(text, null, mode);
    }

    /**
     * Splits {@code text} in {@code encoding} (null to choose) and the default mode.
     *
     * @param text the message text
     * @param encoding the encoding to force, or null for the cheapest exact one
     * @return an unmodifiable list of 1 to {@code maxSegments} segments in order
     * @throws NullPointerException if text is null
     * @throws UnencodableCharacterException if {@code encoding} cannot represent a character and replacement is off
     * @throws MessageTooLongException if it needs more than {@code maxSegments} segments
     */
    public List<Segment> split(CharSequence text, Encoding encoding) {
        return split(text, encoding, mode);
    }

    /**
     * Splits {@code text} in {@code encoding} (null to choose) and {@code mode}.
     *
     * @param text the message text
     * @param encoding the encoding to force, or null for the cheapest exact one
     * @param mode how the segments are tied together, overriding the splitter's default
     * @return an unmodifiable list of 1 to {@code maxSegments} segments in order; exactly one for PAYLOAD
     * @throws NullPointerException if text or mode is null
     * @throws UnencodableCharacterException if {@code encoding} cannot represent a character and replacement is off
     * @throws MessageTooLongException if it needs more than {@code maxSegments} segments, or for
     *     {@link ConcatMode#PAYLOAD} more than {@link TextCodec#MAX_PAYLOAD_OCTETS} octets
     */
    public List<Segment> split(CharSequence text, Encoding encoding, ConcatMode mode) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(mode, "mode");
        Encoding enc = encoding != null ? encoding : TextCodec.choose(text);
        CharSequence exact = TextCodec.representable(text, enc, replaceUnencodable);
        DataCoding dc = enc.dataCoding();
        boolean pack = packGsm && enc == Encoding.GSM7;
        if (mode == ConcatMode.PAYLOAD) {
            byte[] body = TextCodec.encode(exact, enc);
            return List.of(payloadSegment(pack ? GsmCharset.pack(body, 0) : body, dc));
        }
        int[] cuts = plan(exact, enc, mode);
        int total = cuts.length - 1;
        int reference = total > 1 ? references.next() : 0;
        List<Segment> segments = new ArrayList<>(total);
        // every segment, single or concatenated, fits in the single-message capacity
        byte[] scratch = new byte[enc.singleCapacity() * enc.octetsPerUnit()];
        for (int i = 0; i < total; i++) {
            int unpacked = TextCodec.encodeInto(exact, cuts[i], cuts[i + 1], enc, scratch, 0);
            segments.add(segment(scratch, unpacked, pack, dc, mode, reference, i + 1, total));
        }
        return List.copyOf(segments);
    }

    /**
     * Splits binary data (e.g. {@code data_coding} 4 or a 0xF4 message class), passed through untouched: 140 octets in
     * one message, 134 or 133 per concatenated segment.
     *
     * @param data the octets to send, unchanged; not modified
     * @param dataCoding the data_coding the segments carry
     * @param mode how the segments are tied together
     * @return an unmodifiable list of 1 to {@code maxSegments} segments in order; exactly one for PAYLOAD
     * @throws NullPointerException if data or dataCoding is null
     * @throws MessageTooLongException if it needs more than {@code maxSegments} segments, or for PAYLOAD more than
     *     {@link TextCodec#MAX_PAYLOAD_OCTETS} octets
     */
    public List<Segment> splitBinary(byte[] data, DataCoding dataCoding, ConcatMode mode) {
        Objects.requireNonNull(dataCoding, "dataCoding");
        if (mode == ConcatMode.PAYLOAD) {
            return List.of(payloadSegment(data.clone(), dataCoding));
        }
        boolean single = data.length <= Encoding.LATIN1.singleCapacity();
        int capacity = single ? Encoding.LATIN1.singleCapacity() : Encoding.LATIN1.segmentCapacity(mode);
        int total = single ? 1 : (data.length + capacity - 1) / capacity;
        checkCount(total, data.length, capacity, "octets", mode);
        int reference = total > 1 ? references.next() : 0;
        List<Segment> segments = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            int from = i * capacity;
            int len = Math.min(capacity, data.length - from);
            byte[] chunk = new byte[len];
            System.arraycopy(data, from, chunk, 0, len);
            segments.add(segment(chunk, len, false, dataCoding, mode, reference, i + 1, total));
        }
        return List.copyOf(segments);
    }

    /**
     * How {@link #split(CharSequence)} would send {@code text}, without encoding it.
     *
     * @param text the message text
     * @return the encoding, segment count and lengths
     * @throws MessageTooLongException if it needs more than {@code maxSegments} segments
     */
    public SegmentInfo info(CharSequence text) {
        return info(text, null, mode);
    }

    /**
     * How {@link #split(CharSequence, Encoding, ConcatMode)} would send {@code text}, without encoding it.
     *
     * @param text the message text
     * @param encoding the encoding to force, or null for the cheapest exact one
     * @param mode how the segments would be tied together
     * @return the encoding, segment count and lengths
     * @throws UnencodableCharacterException if {@code encoding} cannot represent a character and replacement is off
     * @throws MessageTooLongException if it needs more than {@code maxSegments} segments, or for
     *     {@link ConcatMode#PAYLOAD} more than {@link TextCodec#MAX_PAYLOAD_OCTETS} octets
     */
    public SegmentInfo info(CharSequence text, Encoding encoding, ConcatMode mode) {
        Encoding enc = encoding != null ? encoding : TextCodec.choose(text);
        CharSequence exact = TextCodec.representable(text, enc, replaceUnencodable);
        int units = TextCodec.unitCount(exact, enc);
        if (mode == ConcatMode.PAYLOAD) {
            boolean pack = packGsm && enc == Encoding.GSM7;
            checkPayload(pack ? (7 * units + 7) / 8 : units * enc.octetsPerUnit());
            return new SegmentInfo(enc, 1, units, TextCodec.MAX_PAYLOAD_OCTETS / enc.octetsPerUnit(), mode);
        }
        int segments = plan(exact, enc, mode).length - 1;
        int capacity = units <= enc.singleCapacity() ? enc.singleCapacity() : enc.segmentCapacity(mode);
        return new SegmentInfo(enc, segments, units, capacity, mode);
    }

    /**
     * The default concatenation mode.
     *
     * @return the mode used by the calls that do not name one
     */
    public ConcatMode mode() {
        return mode;
    }

    /**
     * The most segments one message may take.
     *
     * @return 1–255
     */
    public int maxSegments() {
        return maxSegments;
    }

    /** Segment boundaries as char indices (see {@link SegmentPlan#cuts}), within {@code maxSegments}. */
    private int[] plan(CharSequence text, Encoding enc, ConcatMode mode) {
        SegmentPlan.Units units = switch (enc) {
            case GSM7 -> SegmentPlan.Units.GSM_SEPTETS;
            case UCS2 -> SegmentPlan.Units.UCS2_UNITS;
            default -> SegmentPlan.Units.OCTETS;
        };
        int capacity = enc.segmentCapacity(mode);
        int[] cuts = SegmentPlan.cuts(text, units, enc.singleCapacity(), capacity);
        checkCount(cuts.length - 1, TextCodec.unitCount(text, enc), capacity, unitName(enc), mode);
        return cuts;
    }

    private void checkCount(int needed, int units, int capacity, String unit, ConcatMode mode) {
        if (needed > maxSegments) {
            throw new MessageTooLongException(
                    "message of " + units + " " + unit + " needs " + needed + " segments of " + capacity + " (" + mode
                            + "); maxSegments is " + maxSegments,
                    needed,
                    maxSegments);
        }
    }

    private static String unitName(Encoding enc) {
        return switch (enc) {
            case GSM7 -> "GSM septets";
            case UCS2 -> "UCS-2 units";
            default -> "octets";
        };
    }

    private static Segment payloadSegment(byte[] body, DataCoding dc) {
        checkPayload(body.length);
        return new Segment(body, false, dc, true, null, 1, 1);
    }

    private static void checkPayload(int octets) {
        if (octets > TextCodec.MAX_PAYLOAD_OCTETS) {
            throw new MessageTooLongException(
                    "message of " + octets + " octets exceeds message_payload's " + TextCodec.MAX_PAYLOAD_OCTETS,
                    octets,
                    TextCodec.MAX_PAYLOAD_OCTETS);
        }
    }

    /** Builds one segment from {@code length} unpacked octets in {@code body}, adding the UDH or SAR values. */
    private static Segment segment(
            byte[] body, int length, boolean pack, DataCoding dc, ConcatMode mode, int ref, int number, int total) {
        boolean udh = total > 1 && (mode == ConcatMode.UDH_8BIT || mode == ConcatMode.UDH_16BIT);
        int headerLength = udh ? (mode == ConcatMode.UDH_16BIT ? Udh.CONCAT_16BIT_LENGTH : Udh.CONCAT_8BIT_LENGTH) : 0;
        byte[] packed = pack ? GsmCharset.pack(body, 0, length, GsmCharset.fillBits(headerLength)) : null;
        int bodyLength = pack ? packed.length : length;
        byte[] out = new byte[headerLength + bodyLength];
        if (udh) {
            Udh.writeConcat(out, mode == ConcatMode.UDH_16BIT, ref, total, number);
        }
        System.arraycopy(pack ? packed : body, 0, out, headerLength, bodyLength);
        SarParameters sar = total > 1 && mode == ConcatMode.SAR ? new SarParameters(ref & 0xFFFF, total, number) : null;
        return new Segment(out, udh, dc, false, sar, number, total);
    }

    /** Builds a {@link MessageSplitter}. Not thread-safe. */
    public static final class Builder {
        private ConcatMode mode = ConcatMode.UDH_8BIT;
        private int maxSegments = 255;
        private ReferenceGenerator references;
        private boolean replaceUnencodable;
        private boolean packGsm;

        private Builder() {}

        /**
         * The mode used when a call does not name one. Default {@link ConcatMode#UDH_8BIT}.
         *
         * @param mode the default concatenation mode
         * @return this builder
         * @throws NullPointerException if mode is null
         */
        public Builder concatMode(ConcatMode mode) {
            this.mode = Objects.requireNonNull(mode, "concatMode");
            return this;
        }

        /**
         * The most segments one message may take, 1–255 (the UDH and SAR fields are one octet). Default 255.
         *
         * @param maxSegments the limit, 1–255; a longer message is rejected with {@link MessageTooLongException}
         * @return this builder
         * @throws IllegalArgumentException if not 1–255
         */
        public Builder maxSegments(int maxSegments) {
            if (maxSegments < 1 || maxSegments > 255) {
                throw new IllegalArgumentException("maxSegments is " + maxSegments + "; must be 1-255");
            }
            this.maxSegments = maxSegments;
            return this;
        }

        /**
         * Where reference numbers come from; one per connection. Default {@link ReferenceGenerator#sequential()}.
         *
         * @param references the generator, called once per multi-segment message
         * @return this builder
         * @throws NullPointerException if references is null
         */
        public Builder referenceGenerator(ReferenceGenerator references) {
            this.references = Objects.requireNonNull(references, "referenceGenerator");
            return this;
        }

        /**
         * Whether a character a forced encoding cannot represent is replaced (see
         * {@link TextCodec#encode(CharSequence, Encoding, boolean)}) rather than rejected. Default false.
         *
         * @param replace true to replace, false to throw {@link UnencodableCharacterException}
         * @return this builder
         */
        public Builder replaceUnencodable(boolean replace) {
            this.replaceUnencodable = replace;
            return this;
        }

        /**
         * Whether GSM 7-bit is sent packed (with UDH fill bits) rather than one septet per octet. Default false: most
         * SMSCs expect unpacked septets with data_coding 0 and pack them themselves.
         *
         * @param pack true to pack 8 septets into 7 octets
         * @return this builder
         */
        public Builder packGsm(boolean pack) {
            this.packGsm = pack;
            return this;
        }

        /**
         * The splitter.
         *
         * @return a new splitter; with no reference generator set, a new {@link ReferenceGenerator#sequential()}
         */
        public MessageSplitter build() {
            if (references == null) {
                references = ReferenceGenerator.sequential();
            }
            return new MessageSplitter(this);
        }
    }
}
