package dev.smppkit.jdbc;

import dev.smppkit.client.OutboundMessage;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One row of the outbox, as {@link JdbcBroker#find} reads it.
 *
 * @param id the broker's id ({@link dev.smppkit.client.QueuedMessage#id()})
 * @param state where it is
 * @param attempts how many times it was taken
 * @param trackingId the user's tracking id, may be null
 * @param message the message
 * @param messageIds the SMSC's message ids, one per accepted segment (empty until it is accepted)
 * @param commandStatus the SMSC's status for a rejected message (or a failure that carried one), else empty
 * @param error why it failed or was rejected (the error type and message), or {@code expired: deadline <instant>}
 *     for an expired one; else empty
 * @param account the account whose outcome made it final ({@link dev.smppkit.client.SubmitOutcome#account()}); empty
 *     while it is not final, or when the outcome named none
 * @param leaseOwner the consumer holding it while in flight, else empty
 * @param availableAt when it may be taken next (for an in-flight message: when its lease expires); empty once final
 * @param createdAt when it was queued
 * @param updatedAt when it last changed
 * @param completedAt when it reached its final state, else empty
 */
public record OutboxEntry(
        String id,
        OutboxState state,
        int attempts,
        String trackingId,
        OutboundMessage message,
        List<String> messageIds,
        Optional<Integer> commandStatus,
        Optional<String> error,
        Optional<String> account,
        Optional<String> leaseOwner,
        Optional<Instant> availableAt,
        Instant createdAt,
        Instant updatedAt,
        Optional<Instant> completedAt) {
    /**
     * An entry; copies {@code messageIds}, so the entry is immutable.
     *
     * @param id the broker's id ({@link dev.smppkit.client.QueuedMessage#id()})
     * @param state where it is
     * @param attempts how many times it was taken
     * @param trackingId the user's tracking id, may be null
     * @param message the message
     * @param messageIds the SMSC's message ids, one per accepted segment (empty until it is accepted)
     * @param commandStatus the SMSC's status for a rejected message (or a failure that carried one), else empty
     * @param error why it failed or was rejected (the error type and message), or {@code expired: deadline <instant>}
     *     for an expired one; else empty
     * @param account the account whose outcome made it final ({@link dev.smppkit.client.SubmitOutcome#account()}); empty
     *     while it is not final, or when the outcome named none
     * @param leaseOwner the consumer holding it while in flight, else empty
     * @param availableAt when it may be taken next (for an in-flight message: when its lease expires); empty once final
     * @param createdAt when it was queued
     * @param updatedAt when it last changed
     * @param completedAt when it reached its final state, else empty
     */
    public OutboxEntry {
        messageIds = List.copyOf(messageIds);
    }
}
