package dev.smppkit.client;

import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.pdu.UnsuccessSme;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * How a message ended: accepted by the SMSC (with its message id, one per segment), rejected with a status, failed
 * with an error, or expired before it could be submitted. Every message taken from a broker ends in exactly one of
 * these, or is released back to the broker. Each outcome names the account (the {@linkplain EsmeBuilder#name ESME's
 * name}) that produced it.
 */
public sealed interface SubmitOutcome {
    /**
     * Whether the SMSC accepted every segment.
     *
     * @return true for {@link Accepted}
     */
    default boolean isAccepted() {
        return this instanceof Accepted;
    }

    /**
     * The account that produced this outcome: the name of the ESME that sent the message (by default its system_id),
     * or, for a message a gateway expired or failed before any account took it, the first account of its route.
     * Empty when unknown (an outcome made without one).
     *
     * @return the account's name, never null
     */
    String account();

    /**
     * The SMSC accepted the message. For a message to several destinations (submit_multi) the SMSC may still have
     * refused some of them: those are in {@code unsuccessful}, each with its error_status_code.
     *
     * @param messageIds the SMSC's message_id for each segment, in segment order
     * @param account the account that sent it; empty when unknown
     * @param unsuccessful the destinations the SMSC did not accept (the unsuccess_sme list of submit_multi_resp, every
     *     segment's merged, each destination once with the first error); empty for a submit_sm or when all were taken
     */
    record Accepted(List<String> messageIds, String account, List<UnsuccessSme> unsuccessful) implements SubmitOutcome {
        /**
         * An accepted outcome; copies the lists.
         *
         * @param messageIds the SMSC's message_id for each segment, in segment order
         * @param account the account that sent it; empty when unknown
         * @param unsuccessful the destinations the SMSC did not accept; empty if none
         * @throws NullPointerException if a list is null or holds null
         */
        public Accepted {
            messageIds = List.copyOf(messageIds);
            account = Objects.requireNonNullElse(account, "");
            unsuccessful = List.copyOf(unsuccessful);
        }

        /**
         * An accepted outcome where every destination was accepted.
         *
         * @param messageIds the SMSC's message_id for each segment, in segment order
         * @param account the account that sent it; empty when unknown
         */
        public Accepted(List<String> messageIds, String account) {
            this(messageIds, account, List.of());
        }

        /**
         * An accepted outcome without an account.
         *
         * @param messageIds the SMSC's message_id for each segment, in segment order
         */
        public Accepted(List<String> messageIds) {
            this(messageIds, "", List.of());
        }

        /**
         * The message id of the first (or only) segment.
         *
         * @return the first segment's id
         */
        public String messageId() {
            return messageIds.get(0);
        }
    }

    /**
     * The SMSC rejected the message (or one of its segments).
     *
     * @param status the SMSC's status
     * @param acceptedMessageIds ids of segments the SMSC had accepted before another was rejected (usually empty)
     * @param account the account that sent it; empty when unknown
     */
    record Rejected(CommandStatus status, List<String> acceptedMessageIds, String account) implements SubmitOutcome {
        /**
         * A rejected outcome; copies the ids.
         *
         * @param status the SMSC's status
         * @param acceptedMessageIds ids of segments the SMSC had accepted before another was rejected (usually empty)
         * @param account the account that sent it; empty when unknown
         */
        public Rejected {
            Objects.requireNonNull(status, "status");
            acceptedMessageIds = List.copyOf(acceptedMessageIds);
            account = Objects.requireNonNullElse(account, "");
        }

        /**
         * A rejected outcome without an account.
         *
         * @param status the SMSC's status
         * @param acceptedMessageIds ids of segments the SMSC had accepted before another was rejected (usually empty)
         */
        public Rejected(CommandStatus status, List<String> acceptedMessageIds) {
            this(status, acceptedMessageIds, "");
        }
    }

    /**
     * The message could not be sent or its answer was lost.
     *
     * @param error why; see {@link SmppClientException} for the kinds
     * @param account the account that tried to send it; empty when unknown
     */
    record Failed(SmppClientException error, String account) implements SubmitOutcome {
        /**
         * A failed outcome.
         *
         * @param error why; see {@link SmppClientException} for the kinds
         * @param account the account that tried to send it; empty when unknown
         */
        public Failed {
            Objects.requireNonNull(error, "error");
            account = Objects.requireNonNullElse(account, "");
        }

        /**
         * A failed outcome without an account.
         *
         * @param error why; see {@link SmppClientException} for the kinds
         */
        public Failed(SmppClientException error) {
            this(error, "");
        }
    }

    /**
     * The message reached its deadline (its {@linkplain OutboundMessage#expiresAt() expiry}, its
     * {@linkplain OutboundMessage#maxAge() maximum age} or its route's maximum age) before it was submitted, so it was
     * never sent. No segment of it reached the SMSC.
     *
     * @param deadline the deadline it passed
     * @param account the account that would have sent it; empty when unknown
     */
    record Expired(Instant deadline, String account) implements SubmitOutcome {
        /**
         * An expired outcome.
         *
         * @param deadline the deadline it passed
         * @param account the account that would have sent it; empty when unknown
         */
        public Expired {
            Objects.requireNonNull(deadline, "deadline");
            account = Objects.requireNonNullElse(account, "");
        }
    }
}
