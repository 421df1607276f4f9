package dev.smppkit.codec.text;

import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.internal.text.Alphabet;
import dev.smppkit.codec.internal.text.GsmAlphabet;
import dev.smppkit.codec.internal.text.GsmTables;
import dev.smppkit.codec.internal.text.Udh;
import java.util.List;
import java.util.Objects;

/**
 * The one entry point for message text: chooses the encoding, plans the cuts and encodes outgoing text into
 * {@link Segment}s, and decodes incoming bodies by {@code data_coding}.
 *
 * <p>Sending: the text is scanned once, which settles the encoding (GSM 7-bit when every character is in the GSM
 * 03.38 alphabet or its extension table, UCS-2 otherwise, or the one the caller forces), counts its units and plans
 * the cuts; then each segment is written once, straight into its final array behind its UDH. A text that fits in one
 * message (160 GSM septets, 140 octets, 70 UCS-2 units) is one segment with no UDH and no SAR TLVs, whatever the mode
 * (unless it is written in national shift tables, whose UDH names them).
 * A longer one is cut greedily at the concatenated capacity of the mode (see {@link Encoding#segmentCapacity}), never
 * between ESC and its extension character and never inside a surrogate pair, so each segment decodes on its own. A
 * reference number is drawn from the {@link ReferenceGenerator} only for messages of more than one segment.
 *
 * <p>With {@link Builder#nationalLanguages national languages} allowed, GSM 7-bit may instead be written in their shift
 * tables, announced by UDH information elements, when that takes fewer segments (see {@link NationalLanguages}).
 *
 * <p>The static methods are stateless. An instance is immutable and thread-safe if its reference generator is; keep
 * one per connection, since the generator is.
 *
 * <pre>{@code
 * TextCodec codec = TextCodec.builder().referenceGenerator(ReferenceGenerator.sequential()).build();
 * for (Segment s : codec.split("Hello €uro")) { ... }   // GSM 7-bit, 1 segment, 11 septets
 * }</pre>
 */
public final class TextCodec {
    /** The most octets one {@code message_payload} TLV can hold (its length field is 16 bits). */
    public static final int MAX_PAYLOAD_OCTETS = 0xFFFF;

    private final ConcatMode mode;
    private final int maxSegments;
    private final ReferenceGenerator references;
    private final boolean replaceUnencodable;
    private final boolean packGsm;
    private final NationalLanguages nationalLanguages;

    private TextCodec(Builder b) {
        this.nationalLanguages = b.nationalLanguages;
        this.mode = b.mode;
        this.maxSegments = b.maxSegments;
        this.references = b.references;
        this.replaceUnencodable = b.replaceUnencodable;
        this.packGsm = b.packGsm;
    }

    /**
     * A builder with mode {@link ConcatMode#UDH_8BIT}, at most 255 segments, no replacement, unpacked GSM, no national
     * language tables.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The cheapest encoding that represents {@code text} exactly: {@link Encoding#GSM7} when every character is in the
     * GSM 03.38 alphabet or its extension table, {@link Encoding#UCS2} otherwise. Latin-1 and IA5 are never chosen:
     * the air interface has no such coding, so an SMSC turns them into GSM 7-bit or UCS-2 anyway and the text would
     * cost the same or be mangled.
     *
     * @param text the text to send
     * @return {@link Encoding#GSM7} or {@link Encoding#UCS2}; GSM7 for an empty text
     * @throws NullPointerException if text is null
     */
    public static Encoding choose(CharSequence text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            if (GsmTables.lookup(text.charAt(i)) == GsmTables.NONE) {
                return Encoding.UCS2;
            }
        }
        return Encoding.GSM7;
    }

    /**
     * Encodes {@code text} exactly; GSM 7-bit comes out unpacked (one septet per octet).
     *
     * @param text the text to encode, of any length (this does not split)
     * @param encoding the encoding to use
     * @return a new array: one octet per septet (extension characters take two, ESC first) for GSM7, one per character
     *     for IA5 and LATIN1, two per UTF-16 unit (big-endian) for UCS2
     * @throws UnencodableCharacterException naming the first character {@code encoding} cannot represent
     */
    public static byte[] encode(CharSequence text, Encoding encoding) {
        return encode(text, encoding, false);
    }

    /**
     * Encodes {@code text}; with {@code replace}, a character the encoding cannot represent becomes its unaccented
     * base letter when that is representable ({@code ê} → {@code e}), otherwise {@code ?} (one {@code ?} for a whole
     * surrogate pair); UCS-2 replaces only unpaired surrogates, with U+FFFD.
     *
     * @param text the text to encode, of any length (this does not split)
     * @param encoding the encoding to use
     * @param replace true to replace what the encoding cannot represent, false to throw
     * @return a new array of the encoded octets, GSM 7-bit unpacked
     * @throws UnencodableCharacterException without {@code replace}, naming the first unrepresentable character
     */
    public static byte[] encode(CharSequence text, Encoding encoding, boolean replace) {
        Objects.requireNonNull(encoding, "encoding");
        return SegmentWriter.encode(text, TextPlan.scan(text, encoding, replace, null));
    }

    /**
     * Splits {@code text} in the cheapest exact encoding ({@link #choose}) and the default mode.
     *
     * @param text the message text; empty gives one empty segment
     * @return an unmodifiable list of 1 to {@code maxSegments} segments in order (one PAYLOAD segment in that mode)
     * @throws NullPointerException if text is null
     * @throws UnencodableCharacterException if the text has an unpaired surrogate and replacement is off
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
     * @param mode how the segments are tied together, overriding the codec's default
     * @return an unmodifiable list of 1 to {@code maxSegments} segments in order; exactly one for PAYLOAD
     * @throws NullPointerException if text or mode is null
     * @throws UnencodableCharacterException if {@code encoding} cannot represent a character and replacement is off
     * @throws MessageTooLongException if it needs more than {@code maxSegments} segments, or for
     *     {@link ConcatMode#PAYLOAD} more than {@link #MAX_PAYLOAD_OCTETS} octets
     */
    public List<Segment> split(CharSequence text, Encoding encoding, ConcatMode mode) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(mode, "mode");
        TextPlan plan = PlanChooser.plan(text, encoding, replaceUnencodable, mode, nationalLanguages);
        boolean pack = packGsm && plan.encoding() == Encoding.GSM7;
        if (mode == ConcatMode.PAYLOAD) {
            checkPayload(SegmentWriter.bodyLength(plan.encoding(), plan.units(), pack, 0));
            return List.of(SegmentWriter.text(text, plan, 0, mode, 0, pack));
        }
        int total = plan.segments();
        checkCount(total, plan.units(), plan.segmentCapacity(mode), unitName(plan.encoding()), mode);
        int reference = total > 1 ? references.next() : 0;
        Segment[] segments = new Segment[total];
        for (int k = 0; k < total; k++) {
            segments[k] = SegmentWriter.text(text, plan, k, mode, reference, pack);
        }
        return List.of(segments);
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
     *     {@link #MAX_PAYLOAD_OCTETS} octets
     */
    public List<Segment> splitBinary(byte[] data, DataCoding dataCoding, ConcatMode mode) {
        Objects.requireNonNull(dataCoding, "dataCoding");
        if (mode == ConcatMode.PAYLOAD) {
            checkPayload(data.length);
            return List.of(SegmentWriter.binary(data, 0, data.length, dataCoding, mode, 0, 1, 1));
        }
        boolean single = data.length <= Encoding.LATIN1.singleCapacity();
        int capacity = single ? Encoding.LATIN1.singleCapacity() : Encoding.LATIN1.segmentCapacity(mode);
        int total = single ? 1 : (data.length + capacity - 1) / capacity;
        checkCount(total, data.length, capacity, "octets", mode);
        int reference = total > 1 ? references.next() : 0;
        Segment[] segments = new Segment[total];
        for (int k = 0; k < total; k++) {
            int from = k * capacity;
            int length = Math.min(capacity, data.length - from);
            segments[k] = SegmentWriter.binary(data, from, length, dataCoding, mode, reference, k + 1, total);
        }
        return List.of(segments);
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
     *     {@link ConcatMode#PAYLOAD} more than {@link #MAX_PAYLOAD_OCTETS} octets
     */
    public SegmentInfo info(CharSequence text, Encoding encoding, ConcatMode mode) {
        TextPlan plan = PlanChooser.plan(text, encoding, replaceUnencodable, mode, nationalLanguages);
        Encoding enc = plan.encoding();
        if (mode == ConcatMode.PAYLOAD) {
            boolean pack = packGsm && enc == Encoding.GSM7;
            checkPayload(SegmentWriter.bodyLength(enc, plan.units(), pack, 0));
            return new SegmentInfo(enc, 1, plan.units(), MAX_PAYLOAD_OCTETS / enc.octetsPerUnit(), mode);
        }
        checkCount(plan.segments(), plan.units(), plan.segmentCapacity(mode), unitName(enc), mode);
        return new SegmentInfo(
                enc, plan.segments(), plan.units(), plan.unitsPerSegment(mode), mode, shiftTables(plan.alphabet()));
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
     * The national languages whose shift tables this codec may choose.
     *
     * @return the allowed languages; {@link NationalLanguages#none()} by default
     */
    public NationalLanguages nationalLanguages() {
        return nationalLanguages;
    }

    /**
     * The most segments one message may take.
     *
     * @return 1–255
     */
    public int maxSegments() {
        return maxSegments;
    }

    /**
     * Decodes a message body (without any UDH) by its {@code data_coding}.
     *
     * @param body the short_message or message_payload octets, UDH removed; GSM 7-bit unpacked
     * @param dataCoding the PDU's data_coding
     * @param smscDefault the {@code data_coding} that 0 stands for on this connection: {@link DataCoding#SMSC_DEFAULT}
     *     for GSM 03.38 (unpacked), or e.g. {@link DataCoding#LATIN1} or {@link DataCoding#IA5} for SMSCs configured so
     * @return the text; empty for an empty body
     * @throws IllegalArgumentException if the coding is binary, compressed, reserved, or a charset this JVM lacks;
     *     {@link #isText} tells beforehand
     */
    public static String decode(byte[] body, DataCoding dataCoding, DataCoding smscDefault) {
        return decode(body, 0, body.length, dataCoding, smscDefault);
    }

    /**
     * Decodes {@code length} octets at {@code offset}. See {@link #decode(byte[], DataCoding, DataCoding)}.
     *
     * @param body the array holding the message body
     * @param offset where the body starts, e.g. after the UDH
     * @param length the body's length in octets
     * @param dataCoding the PDU's data_coding
     * @param smscDefault the data_coding that 0 stands for on this connection
     * @return the text; empty when length is 0
     * @throws IndexOutOfBoundsException if offset and length do not lie within body
     * @throws IllegalArgumentException if the coding is binary, compressed, reserved, or a charset this JVM lacks
     */
    public static String decode(byte[] body, int offset, int length, DataCoding dataCoding, DataCoding smscDefault) {
        return decode(body, offset, length, dataCoding, smscDefault, ShiftTables.NONE);
    }

    /**
     * Decodes {@code length} octets at {@code offset}, GSM 7-bit in the national shift tables the message's UDH named
     * (see {@link #shiftTables(byte[])}). See {@link #decode(byte[], DataCoding, DataCoding)}.
     *
     * @param body the array holding the message body
     * @param offset where the body starts, e.g. after the UDH
     * @param length the body's length in octets
     * @param dataCoding the PDU's data_coding
     * @param smscDefault the data_coding that 0 stands for on this connection
     * @param shifts the shift tables for GSM 7-bit; ignored for every other coding
     * @return the text; empty when length is 0
     * @throws NullPointerException if shifts is null
     * @throws IndexOutOfBoundsException if offset and length do not lie within body
     * @throws IllegalArgumentException if the coding is binary, compressed, reserved, or a charset this JVM lacks
     */
    public static String decode(
            byte[] body, int offset, int length, DataCoding dataCoding, DataCoding smscDefault, ShiftTables shifts) {
        Objects.checkFromIndexSize(offset, length, body.length);
        Alphabet alphabet = Alphabet.of(dataCoding.value(), smscDefault.value());
        if (alphabet == Alphabet.GSM7) {
            return GsmCharset.decode(body, offset, length, gsmAlphabet(shifts));
        }
        if (!alphabet.isText()) {
            throw new IllegalArgumentException("data_coding " + dataCoding + " is "
                    + (alphabet == Alphabet.BINARY ? "binary" : "not a text coding this library can decode")
                    + "; read the octets instead");
        }
        return new String(body, offset, length, alphabet.charset());
    }

    /**
     * Whether {@link #decode} can turn a body with this {@code data_coding} into text.
     *
     * @param dataCoding the PDU's data_coding
     * @param smscDefault the data_coding that 0 stands for on this connection
     * @return true for the GSM, IA5, Latin-1, UCS-2 and other character codings this JVM can decode; false for binary,
     *     compressed and reserved codings
     */
    public static boolean isText(DataCoding dataCoding, DataCoding smscDefault) {
        return Alphabet.of(dataCoding.value(), smscDefault.value()).isText();
    }

    /**
     * The national language shift tables that the User Data Header at the start of {@code shortMessage} names in its
     * locking shift (IEI 0x25) and single shift (IEI 0x24) information elements. A language this library has no table
     * for, or a Spanish locking shift (23.038 defines none), means the default table, as 23.038 prescribes.
     *
     * @param shortMessage the short_message (or message_payload) octets, starting with the UDH (esm_class UDHI set)
     * @return the tables named; {@link ShiftTables#NONE} for an empty array or a UDH that names none
     * @throws NullPointerException if shortMessage is null
     */
    public static ShiftTables shiftTables(byte[] shortMessage) {
        if (shortMessage.length == 0) {
            return ShiftTables.NONE;
        }
        int ids = Udh.findShifts(shortMessage);
        NationalLanguage locking = NationalLanguage.byId(ids >>> 8);
        NationalLanguage single = NationalLanguage.byId(ids & 0xFF);
        return new ShiftTables(locking != null && locking.hasLockingShift() ? locking : null, single);
    }

    /** The shift tables an alphabet stands for. */
    static ShiftTables shiftTables(GsmAlphabet alphabet) {
        if (alphabet == GsmAlphabet.DEFAULT) {
            return ShiftTables.NONE;
        }
        return new ShiftTables(NationalLanguage.byId(alphabet.lockingId()), NationalLanguage.byId(alphabet.singleId()));
    }

    /** The alphabet of some shift tables. */
    static GsmAlphabet gsmAlphabet(ShiftTables shifts) {
        return GsmAlphabet.of(
                shifts.locking() == null ? 0 : shifts.locking().id(),
                shifts.single() == null ? 0 : shifts.single().id());
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

    private static void checkPayload(int octets) {
        if (octets > MAX_PAYLOAD_OCTETS) {
            throw new MessageTooLongException(
                    "message of " + octets + " octets exceeds message_payload's " + MAX_PAYLOAD_OCTETS,
                    octets,
                    MAX_PAYLOAD_OCTETS);
        }
    }

    /** Builds a {@link TextCodec}. Not thread-safe. */
    public static final class Builder {
        private ConcatMode mode = ConcatMode.UDH_8BIT;
        private int maxSegments = 255;
        private ReferenceGenerator references;
        private boolean replaceUnencodable;
        private boolean packGsm;
        private NationalLanguages nationalLanguages = NationalLanguages.none();

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
         * {@link #encode(CharSequence, Encoding, boolean)}) rather than rejected. Default false.
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
         * The national languages whose shift tables the codec may choose for GSM 7-bit when that saves segments
         * (default {@link NationalLanguages#none()}: the default alphabet or UCS-2 only). Allow only languages the
         * receivers' handsets support: one without the tables shows the default alphabet's characters instead.
         *
         * @param languages the allowed languages
         * @return this builder
         * @throws NullPointerException if languages is null
         */
        public Builder nationalLanguages(NationalLanguages languages) {
            this.nationalLanguages = Objects.requireNonNull(languages, "nationalLanguages");
            return this;
        }

        /**
         * The codec.
         *
         * @return a new codec; with no reference generator set, a new {@link ReferenceGenerator#sequential()}
         */
        public TextCodec build() {
            if (references == null) {
                references = ReferenceGenerator.sequential();
            }
            return new TextCodec(this);
        }
    }
}
