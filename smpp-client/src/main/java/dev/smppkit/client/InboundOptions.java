package dev.smppkit.client;

import dev.smppkit.client.internal.OptionChecks;
import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.SmppPduDecoder;
import dev.smppkit.codec.internal.Fields;
import java.time.Duration;
import java.util.Objects;

/**
 * What the client accepts from the SMSC and how long your code may take with it: the largest PDU, how many incoming
 * messages may wait for the hook, the hook's deadline, and how data_coding 0 is read. These are also the limits
 * against a hostile or broken SMSC. Immutable; {@link #builder()}, or {@link #mutate()} to start from these values.
 *
 * <p>Defaults: PDUs up to {@link SmppPduDecoder#DEFAULT_MAX_PDU_LENGTH} (65,552) octets, at most twice the
 * {@link SubmissionOptions#window() window} of incoming messages waiting for the hook, hook timeout 30 s, data_coding 0
 * read as GSM 03.38.
 */
public final class InboundOptions {
    private static final InboundOptions DEFAULTS = builder().build();

    private final int maxPduLength;
    private final int maxInboundInFlight; // 0: twice the window
    private final Duration hookTimeout;
    private final DataCoding smscDefaultCharset;

    private InboundOptions(Builder b) {
        this.maxPduLength = b.maxPduLength;
        this.maxInboundInFlight = b.maxInboundInFlight;
        this.hookTimeout = b.hookTimeout;
        this.smscDefaultCharset = b.smscDefaultCharset;
    }

    /**
     * Every option at its default: PDUs up to 65,552 octets, twice the window of incoming messages waiting for the
     * hook, hook timeout 30 s, data_coding 0 read as GSM 03.38.
     *
     * @return the shared default options
     */
    public static InboundOptions defaults() {
        return DEFAULTS;
    }

    /**
     * A builder starting from the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding these values, to change some of them (an in-flight limit left at its default still follows the
     * window).
     *
     * @return a new builder with every option set to this one's value
     */
    public Builder mutate() {
        Builder b = new Builder();
        b.maxPduLength = maxPduLength;
        b.maxInboundInFlight = maxInboundInFlight;
        b.hookTimeout = hookTimeout;
        b.smscDefaultCharset = smscDefaultCharset;
        return b;
    }

    /**
     * The largest PDU accepted from the SMSC, in octets including the 16-octet header.
     *
     * @return 16–16,777,216 (default {@link SmppPduDecoder#DEFAULT_MAX_PDU_LENGTH}, 65,552)
     */
    public int maxPduLength() {
        return maxPduLength;
    }

    /**
     * The most deliver_sm and data_sm per session waiting for the hook at once. 0 in a group built on its own when left
     * at its default, twice the window; {@link EsmeOptions#inbound()} (and so {@link Esme#options()}) shows the number.
     *
     * @return 1–1,000,000, or 0 for twice the window
     */
    public int maxInboundInFlight() {
        return maxInboundInFlight;
    }

    /**
     * How long an incoming message or receipt may take from its arrival until the hook accepts it, before it is
     * answered ESME_RX_T_APPN; also how long a submit outcome's hook stage may take.
     *
     * @return the hook timeout (default 30 s)
     */
    public Duration hookTimeout() {
        return hookTimeout;
    }

    /**
     * What data_coding 0 means on this SMSC when decoding incoming text.
     *
     * @return the coding that data_coding 0 stands for (default {@link DataCoding#SMSC_DEFAULT}: GSM 03.38)
     */
    public DataCoding smscDefaultCharset() {
        return smscDefaultCharset;
    }

    /** These options with the default in-flight limit made a number, for a client of this window. */
    InboundOptions withWindow(int window) {
        return maxInboundInFlight > 0
                ? this
                : mutate().maxInboundInFlight(2 * window).build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InboundOptions other
                && maxPduLength == other.maxPduLength
                && maxInboundInFlight == other.maxInboundInFlight
                && hookTimeout.equals(other.hookTimeout)
                && smscDefaultCharset.equals(other.smscDefaultCharset);
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxPduLength, maxInboundInFlight, hookTimeout, smscDefaultCharset);
    }

    @Override
    public String toString() {
        return "InboundOptions(maxPduLength=" + maxPduLength
                + ", maxInboundInFlight=" + (maxInboundInFlight > 0 ? maxInboundInFlight : "twice the window")
                + ", hookTimeout=" + hookTimeout
                + ", smscDefaultCharset=" + smscDefaultCharset + ")";
    }

    /** Builds {@link InboundOptions}; every setter checks its argument and names the limit. */
    public static final class Builder {
        private int maxPduLength = SmppPduDecoder.DEFAULT_MAX_PDU_LENGTH;
        private int maxInboundInFlight;
        private Duration hookTimeout = Duration.ofSeconds(30);
        private DataCoding smscDefaultCharset = DataCoding.SMSC_DEFAULT;

        private Builder() {}

        /**
         * The largest PDU accepted from the SMSC, in octets including the 16-octet header (default {@link
         * SmppPduDecoder#DEFAULT_MAX_PDU_LENGTH}, 65,552: room for a full message_payload). A longer command_length is
         * answered with generic_nack ESME_RINVCMDLEN and the connection is then closed (and redialed): the frame is
         * never buffered. Lower it to bound the memory one connection may take; raise it only for an SMSC known to send
         * larger PDUs.
         *
         * @param maxPduLength 16–16,777,216 octets
         * @return this builder
         * @throws IllegalArgumentException if maxPduLength is outside 16–16,777,216 ("maxPduLength is 8; must be
         *     16-16777216")
         */
        public Builder maxPduLength(int maxPduLength) {
            this.maxPduLength = Fields.range("maxPduLength", maxPduLength, 16, 16 * 1024 * 1024);
            return this;
        }

        /**
         * The most deliver_sm and data_sm per session waiting for the hook (and, for receipts, the correlator) at once
         * (default twice the {@link SubmissionOptions#window() window}, following it when the window changes). At the
         * limit the session stops reading from the socket until one is answered, so a flooding SMSC is slowed down by
         * TCP rather than filling the heap.
         *
         * @param max 1–1,000,000
         * @return this builder
         * @throws IllegalArgumentException if max is outside 1–1,000,000 ("maxInboundInFlight is 0; must be 1-1000000")
         */
        public Builder maxInboundInFlight(int max) {
            this.maxInboundInFlight = Fields.range("maxInboundInFlight", max, 1, 1_000_000);
            return this;
        }

        /**
         * How long an incoming message or receipt may take, from its arrival until the hook accepts it (for a receipt,
         * its correlator lookup included), before it is answered ESME_RX_T_APPN so that the SMSC delivers it again
         * (default 30 s). It also bounds how long a submit outcome's hook stage may take, and how long {@link Esme#stop
         * stop} waits for deliveries in progress.
         *
         * @param timeout a positive duration
         * @return this builder
         * @throws IllegalArgumentException if timeout is null, zero or negative ("hookTimeout is PT0S; must be
         *     positive")
         */
        public Builder hookTimeout(Duration timeout) {
            this.hookTimeout = OptionChecks.positive("hookTimeout", timeout);
            return this;
        }

        /**
         * What data_coding 0 means on this SMSC when decoding incoming text (default {@link DataCoding#SMSC_DEFAULT},
         * GSM 03.38; some SMSCs use {@link DataCoding#LATIN1} or {@link DataCoding#IA5}). It is used only to read the
         * text of incoming deliver_sm and data_sm, reassembled ones included.
         *
         * @param charset the text coding that data_coding 0 stands for
         * @return this builder
         * @throws NullPointerException if charset is null
         */
        public Builder smscDefaultCharset(DataCoding charset) {
            this.smscDefaultCharset = Objects.requireNonNull(charset, "smscDefaultCharset");
            return this;
        }

        /**
         * Builds the options; every value was checked by its setter.
         *
         * @return immutable options holding this builder's values
         */
        public InboundOptions build() {
            return new InboundOptions(this);
        }
    }
}
