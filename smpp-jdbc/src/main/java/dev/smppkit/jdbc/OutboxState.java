package dev.smppkit.jdbc;

import java.util.Locale;

/** The state of a message in the JDBC broker's outbox table, stored as its lower-case name. */
public enum OutboxState {
    /** Waiting to be taken, from its {@code available_at} on. */
    QUEUED,
    /** Taken by a consumer holding a lease; taken again by anyone once the lease expires. */
    IN_FLIGHT,
    /** Final: the SMSC accepted every segment. */
    ACCEPTED,
    /** Final: the SMSC rejected it (or a segment). */
    REJECTED,
    /** Final: it could not be sent or its answer was lost. */
    FAILED,
    /**
     * Final: it passed its deadline ({@link dev.smppkit.client.SubmitOutcome.Expired}) before it was submitted, so no
     * segment of it was sent.
     */
    EXPIRED,
    /**
     * Final: cancelled while it was queued ({@link JdbcBroker#cancel}, {@link JdbcBroker#cancelByTrackingId},
     * {@link JdbcBroker#cancelQueuedOlderThan}), so it was never taken again and no segment of it was sent since.
     */
    CANCELLED;

    /**
     * The value stored in the {@code state} column.
     *
     * @return the state's name in lower case
     */
    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the message will not change any more.
     *
     * @return true for ACCEPTED, REJECTED, FAILED, EXPIRED and CANCELLED
     */
    public boolean isFinal() {
        return this != QUEUED && this != IN_FLIGHT;
    }

    /**
     * The state for a {@code state} column value.
     *
     * @param value a {@code state} column value, in any case
     * @return the state
     * @throws IllegalArgumentException for anything else
     */
    public static OutboxState ofColumn(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
