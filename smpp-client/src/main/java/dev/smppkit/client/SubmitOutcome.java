package dev.smppkit.client;

import dev.smppkit.codec.CommandStatus;
import java.util.List;

/**
 * How a message ended: accepted by the SMSC (with its message id, one per segment), rejected with a status, or failed
 * with an error. Every message taken from a broker ends in exactly one of these, or is released back to the broker.
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
     * The SMSC accepted the message.
     *
     * @param messageIds the SMSC's message_id for each segment, in segment order
     */
    record Accepted(List<String> messageIds) implements SubmitOutcome {
        /**
         * An accepted outcome; copies the ids.
         *
         * @param messageIds the SMSC's message_id for each segment, in segment order
         */
        public Accepted {
            messageIds = List.copyOf(messageIds);
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
     */
    record Rejected(CommandStatus status, List<String> acceptedMessageIds) implements SubmitOutcome {
        /**
         * A rejected outcome; copies the ids.
         *
         * @param status the SMSC's status
         * @param acceptedMessageIds ids of segments the SMSC had accepted before another was rejected (usually empty)
         */
        public Rejected {
            acceptedMessageIds = List.copyOf(acceptedMessageIds);
        }
    }

    /**
     * The message could not be sent or its answer was lost.
     *
     * @param error why; see {@link SmppClientException} for the kinds
     */
    record Failed(SmppClientException error) implements SubmitOutcome {}
}
