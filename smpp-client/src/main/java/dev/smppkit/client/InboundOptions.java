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
 *
 * <p>Receipts: recognised without esm_class 0x04 when they carry a receipted_message_id or the standard receipt text
 * ({@link #receiptDetection()}, on); one that finds no message is held 500 ms for a second lookup ({@link
 * #unmatchedReceiptWait()}), at most 10,000 at once ({@link #maxHeldReceipts()}); one that repeats a receipt the hook
 * took in the last 10 minutes is answered without calling the hook again ({@link #receiptDedupWindow()}), remembering
 * at most 100,000 ({@link #receiptDedupMaxEntries()}); once the hook took a segment's final receipt, its correlator
 * entry is removed, 4,096 final receipts later ({@link #forgetAfterFinalReceipt()}).
 */
public final class InboundOptions {
    private static final InboundOptions DEFAULTS = builder().build();

    private final int maxPduLength;
    private final int maxInboundInFlight; // 0: twice the window
    private final Duration hookTimeout;
    private final DataCoding smscDefaultCharset;
    private final boolean receiptDetection;
    private final Duration unmatchedReceiptWait;
    private final int maxHeldReceipts;
    private final Duration receiptDedupWindow;
    private final int receiptDedupMaxEntries;
    private final boolean receiptIdsInOtherBase;
    private final boolean forgetAfterFinalReceipt;

    private InboundOptions(Builder b) {
        this.maxPduLength = b.maxPduLength;
        this.maxInboundInFlight = b.maxInboundInFlight;
        this.hookTimeout = b.hookTimeout;
        this.smscDefaultCharset = b.smscDefaultCharset;
        this.receiptDetection = b.receiptDetection;
        this.unmatchedReceiptWait = b.unmatchedReceiptWait;
        this.maxHeldReceipts = b.maxHeldReceipts;
        this.receiptDedupWindow = b.receiptDedupWindow;
        this.receiptDedupMaxEntries = b.receiptDedupMaxEntries;
        this.receiptIdsInOtherBase = b.receiptIdsInOtherBase;
        this.forgetAfterFinalReceipt = b.forgetAfterFinalReceipt;
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
        b.receiptDetection = receiptDetection;
        b.unmatchedReceiptWait = unmatchedReceiptWait;
        b.maxHeldReceipts = maxHeldReceipts;
        b.receiptDedupWindow = receiptDedupWindow;
        b.receiptDedupMaxEntries = receiptDedupMaxEntries;
        b.receiptIdsInOtherBase = receiptIdsInOtherBase;
        b.forgetAfterFinalReceipt = forgetAfterFinalReceipt;
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

    /**
     * Whether a deliver_sm or data_sm without esm_class 0x04 or 0x20 is taken as a receipt when it carries a
     * receipted_message_id TLV or the standard receipt text; see {@link Builder#receiptDetection}.
     *
     * @return true if such receipts are recognised (default true)
     */
    public boolean receiptDetection() {
        return receiptDetection;
    }

    /**
     * How long a receipt that matches no message is held before its second and last lookup; see {@link
     * Builder#unmatchedReceiptWait}.
     *
     * @return 0–60 s, zero for no second lookup (default 500 ms); used up to half the {@link #hookTimeout()}
     */
    public Duration unmatchedReceiptWait() {
        return unmatchedReceiptWait;
    }

    /**
     * The most unmatched receipts held for a second lookup at once, per client; see {@link Builder#maxHeldReceipts}.
     *
     * @return 1–1,000,000 (default 10,000)
     */
    public int maxHeldReceipts() {
        return maxHeldReceipts;
    }

    /**
     * How long a receipt the hook took is remembered, so that the same receipt again is not handed to the hook twice;
     * see {@link Builder#receiptDedupWindow}.
     *
     * @return 0 (off) to 7 days (default 10 minutes)
     */
    public Duration receiptDedupWindow() {
        return receiptDedupWindow;
    }

    /**
     * The most receipts remembered for deduplication, per client; see {@link Builder#receiptDedupMaxEntries}.
     *
     * @return 1–10,000,000 (default 100,000)
     */
    public int receiptDedupMaxEntries() {
        return receiptDedupMaxEntries;
    }

    /**
     * Whether a receipt that matches no message under its id is looked up under the id's value in the other base; see
     * {@link Builder#receiptIdsInOtherBase}.
     *
     * @return true (the default) to try hex for a decimal id and decimal for a hex one
     */
    public boolean receiptIdsInOtherBase() {
        return receiptIdsInOtherBase;
    }

    /**
     * Whether a segment's correlator entry is removed once the hook took its final receipt; see {@link
     * Builder#forgetAfterFinalReceipt}.
     *
     * @return true (the default) to remove it, false to keep it until the correlator expires it
     */
    public boolean forgetAfterFinalReceipt() {
        return forgetAfterFinalReceipt;
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
                && smscDefaultCharset.equals(other.smscDefaultCharset)
                && receiptDetection == other.receiptDetection
                && unmatchedReceiptWait.equals(other.unmatchedReceiptWait)
                && maxHeldReceipts == other.maxHeldReceipts
                && receiptDedupWindow.equals(other.receiptDedupWindow)
                && receiptDedupMaxEntries == other.receiptDedupMaxEntries
                && receiptIdsInOtherBase == other.receiptIdsInOtherBase
                && forgetAfterFinalReceipt == other.forgetAfterFinalReceipt;
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                maxPduLength,
                maxInboundInFlight,
                hookTimeout,
                smscDefaultCharset,
                receiptDetection,
                unmatchedReceiptWait,
                maxHeldReceipts,
                receiptDedupWindow,
                receiptDedupMaxEntries,
                receiptIdsInOtherBase,
                forgetAfterFinalReceipt);
    }

    @Override
    public String toString() {
        return "InboundOptions(maxPduLength=" + maxPduLength
                + ", maxInboundInFlight=" + (maxInboundInFlight > 0 ? maxInboundInFlight : "twice the window")
                + ", hookTimeout=" + hookTimeout
                + ", smscDefaultCharset=" + smscDefaultCharset
                + ", receiptDetection=" + receiptDetection
                + ", unmatchedReceiptWait=" + unmatchedReceiptWait
                + ", maxHeldReceipts=" + maxHeldReceipts
                + ", receiptDedupWindow=" + receiptDedupWindow
                + ", receiptDedupMaxEntries=" + receiptDedupMaxEntries
                + ", receiptIdsInOtherBase=" + receiptIdsInOtherBase
                + ", forgetAfterFinalReceipt=" + forgetAfterFinalReceipt + ")";
    }

    /** Builds {@link InboundOptions}; every setter checks its argument and names the limit. */
    public static final class Builder {
        private int maxPduLength = SmppPduDecoder.DEFAULT_MAX_PDU_LENGTH;
        private int maxInboundInFlight;
        private Duration hookTimeout = Duration.ofSeconds(30);
        private DataCoding smscDefaultCharset = DataCoding.SMSC_DEFAULT;
        private boolean receiptDetection = true;
        private Duration unmatchedReceiptWait = Duration.ofMillis(500);
        private int maxHeldReceipts = 10_000;
        private Duration receiptDedupWindow = Duration.ofMinutes(10);
        private int receiptDedupMaxEntries = 100_000;
        private boolean receiptIdsInOtherBase = true;
        private boolean forgetAfterFinalReceipt = true;

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
         * Whether receipts are recognised without a receipt esm_class (default true). Some SMSCs send receipts as
         * deliver_sm with esm_class 0; with this on, a deliver_sm or data_sm is also a receipt when it carries a
         * receipted_message_id TLV, or when its text is a standard receipt: labelled {@code id:} and {@code stat:} with a
         * known stat code and at least one of {@code sub}, {@code dlvrd}, {@code submit date}, {@code done date}, {@code
         * err}. Turn it off if your mobile users may send such text and it must reach {@code onIncomingMessage}; esm_class
         * 0x04 and 0x20 are receipts either way.
         *
         * @param on true to recognise such receipts
         * @return this builder
         */
        public Builder receiptDetection(boolean on) {
            this.receiptDetection = on;
            return this;
        }

        /**
         * How long a receipt that matches no message waits before its second and last lookup (default 500 ms). A
         * receipt can arrive before the submit_sm_resp of its message (an SMSC that sends it at once, or another process
         * sharing the correlator); the wait is a timer, so it blocks no thread, and the receipt counts against {@link
         * #maxInboundInFlight} and its {@link #hookTimeout} meanwhile. After it, the receipt goes to the hook unmatched.
         *
         * @param wait 0 (no second lookup) to 60 s; a wait longer than half the hook timeout is cut to that, so that the
         *     receipt still has time for the hook
         * @return this builder
         * @throws IllegalArgumentException if wait is null, negative or over 60 s ("unmatchedReceiptWait is PT-1S; must be
         *     0-60 s")
         */
        public Builder unmatchedReceiptWait(Duration wait) {
            this.unmatchedReceiptWait = durationRange("unmatchedReceiptWait", wait, Duration.ofSeconds(60), "60 s");
            return this;
        }

        /**
         * The most unmatched receipts held for their second lookup at once, per client (default 10,000). Beyond it a
         * receipt that finds no message goes to the hook unmatched at once (a warning is logged), so that an SMSC
         * sending receipts for messages this client never sent cannot pile up timers.
         *
         * @param max 1–1,000,000
         * @return this builder
         * @throws IllegalArgumentException if max is outside 1–1,000,000 ("maxHeldReceipts is 0; must be 1-1000000")
         */
        public Builder maxHeldReceipts(int max) {
            this.maxHeldReceipts = Fields.range("maxHeldReceipts", max, 1, 1_000_000);
            return this;
        }

        /**
         * How long a receipt the hook took is remembered, so that the same receipt arriving again (an SMSC that missed
         * the deliver_sm_resp, or repeats it on another bind) is answered ESME_ROK without calling the hook again
         * (default 10 minutes). A receipt is the same when its account, its message id (ignoring leading zeros and the
         * case of a hex id) and its stat are: ENROUTE then DELIVRD both reach the hook. A receipt answered
         * ESME_RX_T_APPN (hook failed or timed out) is not remembered, so its redelivery reaches the hook.
         *
         * @param window 0 (no deduplication) to 7 days
         * @return this builder
         * @throws IllegalArgumentException if window is null, negative or over 7 days ("receiptDedupWindow is PT-1S;
         *     must be 0-7 days")
         */
        public Builder receiptDedupWindow(Duration window) {
            this.receiptDedupWindow = durationRange("receiptDedupWindow", window, Duration.ofDays(7), "7 days");
            return this;
        }

        /**
         * The most receipts remembered for deduplication, per client (default 100,000, about 20 MB at most); the oldest
         * are forgotten first, so a repeat arriving later than this many receipts is delivered again.
         *
         * @param max 1–10,000,000
         * @return this builder
         * @throws IllegalArgumentException if max is outside 1–10,000,000 ("receiptDedupMaxEntries is 0; must be
         *     1-10000000")
         */
        public Builder receiptDedupMaxEntries(int max) {
            this.receiptDedupMaxEntries = Fields.range("receiptDedupMaxEntries", max, 1, 10_000_000);
            return this;
        }

        /**
         * Whether a receipt whose id matches no message is also looked up under the id's value in the other base
         * (default true): some SMSCs answer submit_sm with a hex id and write the receipt's id in decimal, or the other
         * way round. A conversion is tried only when exactly one of the two spellings has a hex letter ({@code 6699}
         * and {@code 1a2b}), since a decimal id's hex spelling made only of digits is another message's decimal id.
         * The one case left is an SMSC that uses hex on both sides: a receipt for a message this client does not know
         * (another application on the same account, or one sent by a process that crashed before storing its id) with a
         * hex letter in its id can match a message whose hex id has no letter and reads as that decimal value. Turn
         * this off when your SMSC writes ids the same way in both places; leading zeros and the case of hex letters are
         * ignored either way.
         *
         * @param on true to look ids up in the other base as well
         * @return this builder
         */
        public Builder receiptIdsInOtherBase(boolean on) {
            this.receiptIdsInOtherBase = on;
            return this;
        }

        /**
         * Whether the client removes a segment's entry from the {@link Correlator} once the hook took (answered
         * ESME_ROK) its final receipt (default true). Final is as {@link ReceiptEvent#isFinal()} says: DELIVRD,
         * UNDELIV, EXPIRED, DELETED, REJECTD or SKIPPED, not in an intermediate notification. The removal waits for
         * 4,096 later final receipts of this client: the SMSC repeats a receipt whose deliver_sm_resp it never read, so
         * when the process dies the last answers may be lost, and the repeats it then sends to the restarted client
         * must still find their entries (a persistent correlator keeps the held-back ones until they expire, as the
         * process that would have removed them is gone). A repeat within {@link #receiptDedupWindow} in a running
         * client is answered by the deduplicator without a lookup. Removing keeps the correlator's room (the in-memory
         * one holds 1,000,000) for messages still waiting for a receipt instead of finished ones, and spares the
         * garbage collector copying them. ENROUTE, ACCEPTD (which some SMSCs send before the final receipt), SCHEDLD,
         * UNKNOWN and unrecognised stats keep the entry, as does a receipt the hook refused. Turn this off if your SMSC
         * repeats final receipts long after the first, or if your hook looks the entry up itself after the receipt: a
         * repeat that comes after the entry is gone goes to the hook unmatched.
         *
         * @param on true to remove the entry after a final receipt the hook took
         * @return this builder
         */
        public Builder forgetAfterFinalReceipt(boolean on) {
            this.forgetAfterFinalReceipt = on;
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

        private static Duration durationRange(String name, Duration d, Duration max, String maxText) {
            if (d == null || d.isNegative() || d.compareTo(max) > 0) {
                throw new IllegalArgumentException(name + " is " + d + "; must be 0-" + maxText);
            }
            return d;
        }
    }
}
