package dev.smppkit.client;

import dev.smppkit.client.internal.OptionChecks;
import dev.smppkit.codec.internal.Fields;
import dev.smppkit.codec.text.ConcatMode;
import dev.smppkit.codec.text.NationalLanguages;
import java.time.Duration;
import java.util.Objects;

/**
 * How messages go out: the window, the rate, what a throttled or lost request becomes, and how long text is split.
 * Immutable; {@link #builder()}, or {@link #mutate()} to start from these values.
 *
 * <p>Defaults: window 100 per session, broker takes of at most the window, no rate limit, throttle backoff 100 ms
 * doubling to 10 s with at most 20 retries, in-flight requests fail when the connection is lost, UDH with 8-bit
 * reference, at most 255 segments, no national language shift tables, unpacked GSM 7-bit.
 */
public final class SubmissionOptions {
    private static final SubmissionOptions DEFAULTS = builder().build();

    private final int window;
    private final int takeBatch; // 0: the window
    private final double maxTps;
    private final Backoff throttleBackoff;
    private final int maxThrottleRetries;
    private final InFlightPolicy inFlightPolicy;
    private final ConcatMode concatMode;
    private final int maxSegments;
    private final NationalLanguages nationalLanguages;
    private final boolean packGsm;

    private SubmissionOptions(Builder b) {
        this.nationalLanguages = b.nationalLanguages;
        this.packGsm = b.packGsm;
        this.window = b.window;
        this.takeBatch = b.takeBatch;
        this.maxTps = b.maxTps;
        this.throttleBackoff = b.throttleBackoff;
        this.maxThrottleRetries = b.maxThrottleRetries;
        this.inFlightPolicy = b.inFlightPolicy;
        this.concatMode = b.concatMode;
        this.maxSegments = b.maxSegments;
    }

    /**
     * Every option at its default: window 100, takes of at most the window, no rate limit, throttle backoff 100 ms
     * doubling to 10 s with at most 20 retries, {@link InFlightPolicy#FAIL}, UDH with 8-bit reference, at most 255
     * segments, no national language shift tables, unpacked GSM 7-bit.
     *
     * @return the shared default options
     */
    public static SubmissionOptions defaults() {
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
     * A builder holding these values, to change some of them (a take batch left at its default still follows the
     * window).
     *
     * @return a new builder with every option set to this one's value
     */
    public Builder mutate() {
        Builder b = new Builder();
        b.window = window;
        b.takeBatch = takeBatch;
        b.maxTps = maxTps;
        b.throttleBackoff = throttleBackoff;
        b.maxThrottleRetries = maxThrottleRetries;
        b.inFlightPolicy = inFlightPolicy;
        b.concatMode = concatMode;
        b.maxSegments = maxSegments;
        b.nationalLanguages = nationalLanguages;
        b.packGsm = packGsm;
        return b;
    }

    /**
     * The most submit requests in flight per session: written and not yet answered.
     *
     * @return 1–100,000 (default 100)
     */
    public int window() {
        return window;
    }

    /**
     * The most messages asked of the broker in one take: as set, or else the {@link #window()}.
     *
     * @return 1–100,000 (default the window)
     */
    public int takeBatch() {
        return takeBatch > 0 ? takeBatch : window;
    }

    /**
     * The most submit_sm per second for the whole client, across all its sessions (in this process); 0 means
     * unlimited.
     *
     * @return the rate limit, 0 or more (default 0: unlimited)
     */
    public double maxTps() {
        return maxTps;
    }

    /**
     * The pause after ESME_RTHROTTLED / ESME_RMSGQFUL, growing with each such answer in a row.
     *
     * @return the throttle backoff (default exponential 100 ms to 10 s with jitter)
     */
    public Backoff throttleBackoff() {
        return throttleBackoff;
    }

    /**
     * How often a throttled segment is retried before its message fails.
     *
     * @return 0–1,000 (default 20)
     */
    public int maxThrottleRetries() {
        return maxThrottleRetries;
    }

    /**
     * What happens to unanswered requests when a connection is lost.
     *
     * @return the policy (default {@link InFlightPolicy#FAIL})
     */
    public InFlightPolicy inFlightPolicy() {
        return inFlightPolicy;
    }

    /**
     * How long messages are split unless a message says otherwise.
     *
     * @return the split mode (default {@link ConcatMode#UDH_8BIT})
     */
    public ConcatMode concatMode() {
        return concatMode;
    }

    /**
     * The most segments a message may take.
     *
     * @return 1–255 (default 255)
     */
    public int maxSegments() {
        return maxSegments;
    }

    /**
     * The national languages whose shift tables text may be sent in when that saves segments.
     *
     * @return the allowed languages (default {@link NationalLanguages#none()})
     */
    public NationalLanguages nationalLanguages() {
        return nationalLanguages;
    }

    /**
     * Whether GSM 7-bit text is sent packed, 8 septets in 7 octets.
     *
     * @return true to pack (default false: one septet per octet)
     */
    public boolean packGsm() {
        return packGsm;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SubmissionOptions other
                && window == other.window
                && takeBatch == other.takeBatch
                && Double.compare(maxTps, other.maxTps) == 0
                && throttleBackoff.equals(other.throttleBackoff)
                && maxThrottleRetries == other.maxThrottleRetries
                && inFlightPolicy == other.inFlightPolicy
                && concatMode == other.concatMode
                && maxSegments == other.maxSegments
                && nationalLanguages.equals(other.nationalLanguages)
                && packGsm == other.packGsm;
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                window,
                takeBatch,
                maxTps,
                throttleBackoff,
                maxThrottleRetries,
                inFlightPolicy,
                concatMode,
                maxSegments,
                nationalLanguages,
                packGsm);
    }

    @Override
    public String toString() {
        return "SubmissionOptions(window=" + window
                + ", takeBatch=" + takeBatch()
                + ", maxTps=" + maxTps
                + ", throttleBackoff=" + throttleBackoff
                + ", maxThrottleRetries=" + maxThrottleRetries
                + ", inFlightPolicy=" + inFlightPolicy
                + ", concatMode=" + concatMode
                + ", maxSegments=" + maxSegments
                + ", nationalLanguages=" + nationalLanguages
                + ", packGsm=" + packGsm + ")";
    }

    /** Builds {@link SubmissionOptions}; every setter checks its argument and names the limit. */
    public static final class Builder {
        private int window = 100;
        private int takeBatch;
        private double maxTps;
        private Backoff throttleBackoff = Backoff.exponential(Duration.ofMillis(100), Duration.ofSeconds(10));
        private int maxThrottleRetries = 20;
        private InFlightPolicy inFlightPolicy = InFlightPolicy.FAIL;
        private ConcatMode concatMode = ConcatMode.UDH_8BIT;
        private int maxSegments = 255;
        private NationalLanguages nationalLanguages = NationalLanguages.none();
        private boolean packGsm;

        private Builder() {}

        /**
         * The most submit requests in flight per session, written and not yet answered (default 100). Each segment of a
         * long message takes a slot of its own. A full window pauses the session's taking from the broker until a
         * response frees a slot; ask the SMSC operator what window the account allows, as a larger window than theirs
         * usually earns ESME_RTHROTTLED or ESME_RMSGQFUL.
         *
         * @param window 1–100,000
         * @return this builder
         * @throws IllegalArgumentException if window is outside 1–100,000 ("window is 0; must be 1-100000")
         */
        public Builder window(int window) {
            this.window = Fields.range("window", window, 1, 100_000);
            return this;
        }

        /**
         * The most messages asked of the broker in one {@link Broker#take take} (default: the window). A session never
         * asks for more than the free room in its window, so a value above the window acts as the window; a smaller one
         * keeps fewer messages taken but not yet written, e.g. for a slow persistent broker shared by many clients.
         *
         * @param takeBatch 1–100,000
         * @return this builder
         * @throws IllegalArgumentException if takeBatch is outside 1–100,000 ("takeBatch is 0; must be 1-100000")
         */
        public Builder takeBatch(int takeBatch) {
            this.takeBatch = Fields.range("takeBatch", takeBatch, 1, 100_000);
            return this;
        }

        /**
         * The most submit_sm per second for the whole client (one SMSC account), e.g. what the SMSC contract allows;
         * 0 means unlimited (the default). One limiter is shared by every session of the client, whatever event loop
         * it runs on: 4 sessions with maxTps 200 send 200 a second in total, not 800. The first message goes at once;
         * after a quiet spell at most one second's worth goes in a burst, then the rate holds. The limit holds in this
         * process only: when several processes (instances of a service) bind the same account, split the contract
         * rate between them, e.g. {@code maxTps = contract / instances}.
         *
         * @param maxTps 0 for unlimited, or a rate above 0
         * @return this builder
         * @throws IllegalArgumentException if maxTps is negative or NaN ("maxTps is -1.0; must be 0 (unlimited) or
         *     more")
         */
        public Builder maxTps(double maxTps) {
            this.maxTps = OptionChecks.zeroOrMore("maxTps", maxTps, "unlimited");
            return this;
        }

        /**
         * The pause in a session's writing after the SMSC answers ESME_RTHROTTLED or ESME_RMSGQFUL (default exponential
         * 100 ms doubling to 10 s with jitter). Each such answer in a row waits the next, longer delay; an accepted
         * submission starts the backoff again from its first delay.
         *
         * @param backoff the pause per throttling answer in a row
         * @return this builder
         * @throws NullPointerException if backoff is null
         */
        public Builder throttleBackoff(Backoff backoff) {
            this.throttleBackoff = Objects.requireNonNull(backoff, "throttleBackoff");
            return this;
        }

        /**
         * How often a throttled segment is sent again before its message fails (default 20). A segment answered
         * ESME_RTHROTTLED or ESME_RMSGQFUL more than this many times fails its message with {@link ThrottledException};
         * 0 fails a message on its first throttling answer.
         *
         * @param retries 0–1,000
         * @return this builder
         * @throws IllegalArgumentException if retries is outside 0–1,000 ("maxThrottleRetries is -1; must be 0-1000")
         */
        public Builder maxThrottleRetries(int retries) {
            this.maxThrottleRetries = Fields.range("maxThrottleRetries", retries, 0, 1000);
            return this;
        }

        /**
         * What happens to requests written but not answered when their connection is lost (default {@link
         * InFlightPolicy#FAIL}: at most once; {@link InFlightPolicy#RELEASE} gives them back to the broker: at least
         * once). Messages taken but never written are always released.
         *
         * @param policy the policy
         * @return this builder
         * @throws NullPointerException if policy is null
         */
        public Builder inFlightPolicy(InFlightPolicy policy) {
            this.inFlightPolicy = Objects.requireNonNull(policy, "inFlightPolicy");
            return this;
        }

        /**
         * How a message too long for one short_message is carried unless the message sets its own {@link
         * OutboundMessage#concatMode() mode} (default {@link ConcatMode#UDH_8BIT}, the most widely supported).
         *
         * @param mode UDH with an 8-bit or 16-bit reference, SAR TLVs, or one message_payload
         * @return this builder
         * @throws NullPointerException if mode is null
         */
        public Builder concatMode(ConcatMode mode) {
            this.concatMode = Objects.requireNonNull(mode, "concatMode");
            return this;
        }

        /**
         * The most segments a message may take (default 255, the most a concatenation header can number). A longer
         * message is not sent: it fails with {@link InvalidMessageException}. A lower limit guards against sending (and
         * paying for) very long texts by mistake.
         *
         * @param maxSegments 1–255
         * @return this builder
         * @throws IllegalArgumentException if maxSegments is outside 1–255 ("maxSegments is 0; must be 1-255")
         */
        public Builder maxSegments(int maxSegments) {
            this.maxSegments = Fields.range("maxSegments", maxSegments, 1, 255);
            return this;
        }

        /**
         * The national languages (3GPP TS 23.038 §6.2.1.2) whose shift tables a text may be sent in (default {@link
         * NationalLanguages#none()}: GSM 7-bit in the default alphabet, else UCS-2). When the client chooses the
         * encoding (the message forces none, or forces {@link dev.smppkit.codec.text.Encoding#GSM7 GSM7}) and the
         * concatenation mode is a UDH one, a text goes in an allowed language's tables when that takes fewer segments
         * than UCS-2, e.g. Turkish text in 1 segment instead of 2; the tables are named by UDH information elements,
         * so such a message carries a UDH (and esm_class UDHI) even when it is a single segment. Allow only languages
         * the recipients' handsets support, and only with an SMSC that passes the UDH through.
         *
         * @param languages e.g. {@code NationalLanguages.allow(NationalLanguage.TURKISH)}
         * @return this builder
         * @throws NullPointerException if languages is null
         */
        public Builder nationalLanguages(NationalLanguages languages) {
            this.nationalLanguages = Objects.requireNonNull(languages, "nationalLanguages");
            return this;
        }

        /**
         * Whether GSM 7-bit text (data_coding 0) is sent packed, 8 septets in 7 octets with the fill bits that align
         * it behind a UDH, for an SMSC that wants it so (default false: one septet per octet, which most SMSCs expect
         * and pack themselves).
         *
         * @param pack true to pack
         * @return this builder
         */
        public Builder packGsm(boolean pack) {
            this.packGsm = pack;
            return this;
        }

        /**
         * Builds the options; every value was checked by its setter.
         *
         * @return immutable options holding this builder's values
         */
        public SubmissionOptions build() {
            return new SubmissionOptions(this);
        }
    }
}
