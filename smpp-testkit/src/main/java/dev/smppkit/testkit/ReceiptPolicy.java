package dev.smppkit.testkit;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.MessageState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * When an accepted message reaches its final state and what that state is. The state shows in query_sm and, when the
 * submit's registered_delivery asks, in a delivery receipt: a deliver_sm with esm_class 0x04, the
 * receipted_message_id and message_state TLVs (network_error_code too when the error is not 0) and the Appendix B
 * text. Until then the message is ENROUTE; when registered_delivery asks for intermediate notifications (0x10) an
 * ENROUTE notification (esm_class 0x20) is sent right after the response. Immutable.
 *
 * <pre>{@code
 * ReceiptPolicy.builder()
 *         .delay(Duration.ofMillis(200))
 *         .rule("^4477009000[0-4]$", MessageState.UNDELIVERABLE, 1)
 *         .rule("^99", MessageState.EXPIRED)
 *         .build();
 * }</pre>
 */
public final class ReceiptPolicy {
    private static final ReceiptPolicy DEFAULTS = builder().build();

    private final Duration delay;
    private final Outcome defaultOutcome;
    private final List<Rule> rules;
    private final boolean intermediate;

    private ReceiptPolicy(Builder b) {
        this.delay = b.delay;
        this.defaultOutcome = b.defaultOutcome;
        this.rules = List.copyOf(b.rules);
        this.intermediate = b.intermediate;
    }

    /**
     * No delay, every message DELIVERED, intermediate notifications when asked.
     *
     * @return the default policy
     */
    public static ReceiptPolicy defaults() {
        return DEFAULTS;
    }

    /**
     * A builder that starts from {@link #defaults()}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The final state and error of a message to this destination: the first matching rule, else the default.
     *
     * @param destination the message's destination address
     * @return the outcome; never null
     */
    public Outcome outcomeFor(Address destination) {
        for (Rule rule : rules) {
            if (rule.pattern.matcher(destination.value()).find()) {
                return rule.outcome;
            }
        }
        return defaultOutcome;
    }

    /**
     * Time from acceptance to the final state (and its receipt).
     *
     * @return the delay; zero for right after the response
     */
    public Duration delay() {
        return delay;
    }

    /**
     * Whether ENROUTE notifications are sent to submits that ask for them.
     *
     * @return true if they are sent
     */
    public boolean intermediateNotifications() {
        return intermediate;
    }

    /**
     * A final state and the error code that goes with it (the receipt's {@code err}, query_sm_resp's error_code and,
     * when not 0, the network_error_code TLV as a GSM error).
     *
     * @param state the final state
     * @param errorCode the error code, 0-255
     */
    public record Outcome(MessageState state, int errorCode) {
        /**
         * An outcome.
         *
         * @param state the final state
         * @param errorCode the error code, 0-255
         * @throws IllegalArgumentException if the state is not final or the error is not 0-255
         */
        public Outcome {
            Objects.requireNonNull(state, "state");
            if (!state.isFinal() && state != MessageState.UNKNOWN) {
                throw new IllegalArgumentException("final state is " + state + "; must be a final state");
            }
            if (errorCode < 0 || errorCode > 255) {
                throw new IllegalArgumentException("errorCode is " + errorCode + "; must be 0-255");
            }
        }
    }

    private record Rule(Pattern pattern, Outcome outcome) {}

    /** Builds a {@link ReceiptPolicy}. Not thread-safe. */
    public static final class Builder {
        private Duration delay = Duration.ZERO;
        private Outcome defaultOutcome = new Outcome(MessageState.DELIVERED, 0);
        private final List<Rule> rules = new ArrayList<>();
        private boolean intermediate = true;

        private Builder() {}

        /**
         * Time from acceptance to the final state and its receipt; default zero (right after the response).
         *
         * @param delay the delay, not negative
         * @return this builder
         */
        public Builder delay(Duration delay) {
            Objects.requireNonNull(delay, "delay");
            if (delay.isNegative()) {
                throw new IllegalArgumentException("delay is " + delay + "; must not be negative");
            }
            this.delay = delay;
            return this;
        }

        /**
         * The state of messages no rule matches; default DELIVERED with error 0.
         *
         * @param state a final state
         * @param errorCode the error code, 0-255
         * @return this builder
         */
        public Builder defaultState(MessageState state, int errorCode) {
            this.defaultOutcome = new Outcome(state, errorCode);
            return this;
        }

        /**
         * {@link #defaultState(MessageState, int)} with error 0.
         *
         * @param state a final state
         * @return this builder
         */
        public Builder defaultState(MessageState state) {
            return defaultState(state, 0);
        }

        /**
         * Messages whose destination address matches {@code regex} (found anywhere; anchor it to match whole) end in
         * {@code state} with {@code errorCode}. Rules are tried in the order added.
         *
         * @param regex a pattern for the destination address
         * @param state a final state
         * @param errorCode the error code, 0-255
         * @return this builder
         * @throws java.util.regex.PatternSyntaxException if the regex is invalid
         */
        public Builder rule(String regex, MessageState state, int errorCode) {
            rules.add(new Rule(Pattern.compile(regex), new Outcome(state, errorCode)));
            return this;
        }

        /**
         * {@link #rule(String, MessageState, int)} with error 0.
         *
         * @param regex a pattern for the destination address
         * @param state a final state
         * @return this builder
         */
        public Builder rule(String regex, MessageState state) {
            return rule(regex, state, 0);
        }

        /**
         * Whether ENROUTE notifications are sent when registered_delivery asks (0x10); default true.
         *
         * @param send true to send them
         * @return this builder
         */
        public Builder intermediateNotifications(boolean send) {
            this.intermediate = send;
            return this;
        }

        /**
         * The policy as configured.
         *
         * @return a new, immutable policy
         */
        public ReceiptPolicy build() {
            return new ReceiptPolicy(this);
        }
    }
}
