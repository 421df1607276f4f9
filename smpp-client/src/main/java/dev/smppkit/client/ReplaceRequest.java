package dev.smppkit.client;

import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.SmppTime;
import dev.smppkit.codec.text.ConcatMode;
import dev.smppkit.codec.text.Encoding;
import dev.smppkit.codec.text.MessageTooLongException;
import dev.smppkit.codec.text.SegmentInfo;
import dev.smppkit.codec.text.TextCodec;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link Esme#replace} puts in place of a message the SMSC still holds (replace_sm, SMPP 3.4 §4.10): a new text,
 * and optionally a new delivery time, a new validity period and whether to ask for a receipt. Immutable; build one
 * with {@link #builder()}.
 *
 * <p>The text is encoded by the rules of a submit: the cheapest exact encoding (GSM 7-bit, else UCS-2) unless one is
 * forced, unencodable characters failing unless replacement is on. replace_sm carries one short_message (no
 * message_payload, no UDH) and no data_coding: the SMSC reads the new text with the original message's data_coding.
 * So the new text must fit one segment (160 GSM 7-bit characters, 70 UCS-2 units), and should be in the original's
 * encoding: force it with {@link Builder#encoding} when the automatic choice could differ (an original in UCS-2, a
 * new text that is plain GSM).
 */
public final class ReplaceRequest {
    private final String text;
    private final Encoding encoding;
    private final byte[] shortMessage;
    private final SmppTime scheduleDeliveryTime;
    private final SmppTime validityPeriod;
    private final boolean requestReceipt;

    private ReplaceRequest(Builder b, Encoding encoding, byte[] shortMessage) {
        this.text = b.text;
        this.encoding = encoding;
        this.shortMessage = shortMessage;
        this.scheduleDeliveryTime = b.scheduleDeliveryTime;
        this.validityPeriod = b.validityPeriod;
        this.requestReceipt = b.requestReceipt;
    }

    /**
     * A builder; only the text is required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The new text.
     *
     * @return the text as given
     */
    public String text() {
        return text;
    }

    /**
     * The encoding the text was encoded in: the forced one, or the one chosen.
     *
     * @return {@link Encoding#GSM7} or {@link Encoding#UCS2} when chosen, else the forced encoding
     */
    public Encoding encoding() {
        return encoding;
    }

    /**
     * The data_coding the new short_message is in (replace_sm does not carry it; the SMSC uses the original's).
     *
     * @return the encoding's data_coding
     */
    public DataCoding dataCoding() {
        return encoding.dataCoding();
    }

    /**
     * The new short_message.
     *
     * @return a copy of the encoded text, 0–160 octets (GSM 7-bit unpacked, one octet per septet)
     */
    public byte[] shortMessage() {
        return shortMessage.clone();
    }

    /**
     * The new schedule_delivery_time.
     *
     * @return the time, or empty to keep the original's (NULL on the wire)
     */
    public Optional<SmppTime> scheduleDeliveryTime() {
        return Optional.ofNullable(scheduleDeliveryTime);
    }

    /**
     * The new validity_period.
     *
     * @return the time, or empty to keep the original's (NULL on the wire)
     */
    public Optional<SmppTime> validityPeriod() {
        return Optional.ofNullable(validityPeriod);
    }

    /**
     * Whether the replacement asks for a delivery receipt (registered_delivery 1, else 0).
     *
     * @return true to ask for a receipt
     */
    public boolean requestReceipt() {
        return requestReceipt;
    }

    @Override
    public String toString() {
        return "ReplaceRequest[" + encoding + " " + shortMessage.length + " octets, schedule " + scheduleDeliveryTime
                + ", validity " + validityPeriod + ", receipt " + requestReceipt + "]";
    }

    /** Builds a {@link ReplaceRequest}; {@link #build()} encodes and checks the text. Not thread-safe. */
    public static final class Builder {
        private String text;
        private Encoding encoding;
        private boolean replaceUnencodable;
        private SmppTime scheduleDeliveryTime;
        private SmppTime validityPeriod;
        private boolean requestReceipt;

        private Builder() {}

        /**
         * The new text (required); may be empty. It must fit one short_message: 160 GSM 7-bit characters (extension
         * characters count two), 140 in IA5 or Latin-1, 70 UTF-16 units in UCS-2.
         *
         * @param text the text
         * @return this builder
         * @throws NullPointerException if text is null
         */
        public Builder text(String text) {
            this.text = Objects.requireNonNull(text, "text");
            return this;
        }

        /**
         * Forces an encoding instead of choosing the cheapest exact one; use the original message's encoding.
         *
         * @param encoding the encoding, or null to choose (the default)
         * @return this builder
         */
        public Builder encoding(Encoding encoding) {
            this.encoding = encoding;
            return this;
        }

        /**
         * Replace characters the forced encoding cannot represent (as a submit does) instead of failing the build.
         *
         * @param replace true to replace, false (the default) to fail
         * @return this builder
         */
        public Builder replaceUnencodable(boolean replace) {
            this.replaceUnencodable = replace;
            return this;
        }

        /**
         * A new delivery time (schedule_delivery_time), absolute or relative.
         *
         * @param time the time, or null (the default) to keep the original's
         * @return this builder
         */
        public Builder scheduleDeliveryTime(SmppTime time) {
            this.scheduleDeliveryTime = time;
            return this;
        }

        /**
         * A new validity period (validity_period), absolute or relative.
         *
         * @param time the time, or null (the default) to keep the original's
         * @return this builder
         */
        public Builder validityPeriod(SmppTime time) {
            this.validityPeriod = time;
            return this;
        }

        /**
         * Ask for a delivery receipt for the replacement (default off). replace_sm has no other way to keep the
         * original's request: without this the SMSC sends none.
         *
         * @param request true to ask for a receipt
         * @return this builder
         */
        public Builder requestReceipt(boolean request) {
            this.requestReceipt = request;
            return this;
        }

        /**
         * Encodes the text and builds the request.
         *
         * @return the request
         * @throws IllegalArgumentException if the text is not set, has a character the forced encoding cannot
         *     represent (without replacement), or does not fit one short_message (the message says how many segments
         *     it would need and how many units fit in one)
         */
        public ReplaceRequest build() {
            if (text == null) {
                throw new IllegalArgumentException("text is required: replace_sm always carries the new text");
            }
            TextCodec codec = TextCodec.builder()
                    .maxSegments(255)
                    .replaceUnencodable(replaceUnencodable)
                    .build();
            SegmentInfo info;
            try {
                info = codec.info(text, encoding, ConcatMode.UDH_8BIT);
            } catch (MessageTooLongException e) {
                throw new IllegalArgumentException(
                        "text is " + text.length()
                                + " characters; replace_sm carries a single short_message, which it is far too long for",
                        e);
            }
            if (!info.isSingle()) {
                throw new IllegalArgumentException("text needs " + info.segments() + " segments in "
                        + info.encoding() + " (" + info.units() + " units; at most "
                        + info.encoding().singleCapacity()
                        + " fit in one); replace_sm carries a single short_message, so it cannot be split");
            }
            byte[] bytes = TextCodec.encode(text, info.encoding(), replaceUnencodable);
            return new ReplaceRequest(this, info.encoding(), bytes);
        }
    }
}
