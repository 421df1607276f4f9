package dev.smppkit.client;

import dev.smppkit.client.internal.OptionChecks;
import dev.smppkit.codec.internal.Fields;
import dev.smppkit.codec.text.ConcatMode;
import java.time.Duration;
import java.util.Objects;

/**
 * How messages go out: the window, the rate, what a throttled or lost request becomes, and how long text is split.
 * Immutable; {@link #builder()}, or {@link #mutate()} to start from these values.
 *
 * <p>Defaults: window 100 per session, broker takes of at most the window, no rate limit, throttle backoff 100 ms
 * doubling to 10 s with at most 20 retries, in-flight requests fail when the connection is lost, UDH with 8-bit
 * reference, at most 255 segments.
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

    private SubmissionOptions(Builder b) {
        this.window = b.window;
        this.takeBatch = b.takeBatch;
        this.maxTps = b.maxTps;
        this.throttleBackoff = b.throttleBackoff;
        this.maxThrottleRetries = b.maxThrottleRetries;
        this.inFlightPolicy = b.inFlightPolicy;
        this.concatMode = b.concatMode;
        this.maxSegments = b.maxSegments;
    }

    /** Every option at its default. */
    public static SubmissionOptions defaults() {
        return DEFAULTS;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding these values, to change some of them (a take batch left at its default still follows the
     * window).
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
        return b;
    }

    /** The most submit requests in flight per session. */
    public int window() {
        return window;
    }

    /** The most messages asked of the broker in one take: as set, or else the {@link #window()}. */
    public int takeBatch() {
        return takeBatch > 0 ? takeBatch : window;
    }

    /**
     * The most submit_sm per second for the whole client, across all its sessions (in this process); 0 means
     * unlimited.
     */
    public double maxTps() {
        return maxTps;
    }

    /** The pause after ESME_RTHROTTLED / ESME_RMSGQFUL. */
    public Backoff throttleBackoff() {
        return throttleBackoff;
    }

    /** How often a throttled segment is retried before its message fails. */
    public int maxThrottleRetries() {
        return maxThrottleRetries;
    }

    /** What happens to unanswered requests when a connection is lost. */
    public InFlightPolicy inFlightPolicy() {
        return inFlightPolicy;
    }

    /** How long messages are split unless a message says otherwise. */
    public ConcatMode concatMode() {
        return concatMode;
    }

    /** The most segments a message may take. */
    public int maxSegments() {
        return maxSegments;
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
                && maxSegments == other.maxSegments;
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
                maxSegments);
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
                + ", maxSegments=" + maxSegments + ")";
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

        private Builder() {}

        /** The most submit requests in flight per session, 1–100,000 (default 100). */
        public Builder window(int window) {
            this.window = Fields.range("window", window, 1, 100_000);
            return this;
        }

        /** The most messages asked of the broker in one take, 1–100,000 (default: the window). */
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
         */
        public Builder maxTps(double maxTps) {
            this.maxTps = OptionChecks.zeroOrMore("maxTps", maxTps, "unlimited");
            return this;
        }

        /** The pause after ESME_RTHROTTLED / ESME_RMSGQFUL (default exponential 100 ms to 10 s). */
        public Builder throttleBackoff(Backoff backoff) {
            this.throttleBackoff = Objects.requireNonNull(backoff, "throttleBackoff");
            return this;
        }

        /** How often a throttled segment is retried before its message fails, 0–1,000 (default 20). */
        public Builder maxThrottleRetries(int retries) {
            this.maxThrottleRetries = Fields.range("maxThrottleRetries", retries, 0, 1000);
            return this;
        }

        /** What happens to unanswered requests when a connection is lost (default {@link InFlightPolicy#FAIL}). */
        public Builder inFlightPolicy(InFlightPolicy policy) {
            this.inFlightPolicy = Objects.requireNonNull(policy, "inFlightPolicy");
            return this;
        }

        /** How long messages are split unless a message says otherwise (default UDH with 8-bit reference). */
        public Builder concatMode(ConcatMode mode) {
            this.concatMode = Objects.requireNonNull(mode, "concatMode");
            return this;
        }

        /** The most segments a message may take, 1–255 (default 255). */
        public Builder maxSegments(int maxSegments) {
            this.maxSegments = Fields.range("maxSegments", maxSegments, 1, 255);
            return this;
        }

        public SubmissionOptions build() {
            return new SubmissionOptions(this);
        }
    }
}
