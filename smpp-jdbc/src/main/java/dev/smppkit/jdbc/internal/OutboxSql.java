package dev.smppkit.jdbc.internal;

import dev.smppkit.jdbc.JdbcDialect;

/** The outbox statements for one table and dialect; built once per broker. */
final class OutboxSql {
    private static final String CLAIM_SET = "state = 'in_flight', attempts = attempts + 1, lease_owner = ?,"
            + " lease_expires_at = ?, available_at = ?, updated_at = ?";
    private static final String QUEUED = "state = 'queued' AND available_at <= ?";

    /** The orders a take claims in, each served by its own index (see the schema). */
    enum Order {
        /** In-flight rows whose lease expired, the longest expired first: their consumer is gone. */
        LEASES("state = 'in_flight' AND available_at <= ?", "available_at, id"),
        /** Queued rows, the oldest first whatever their priority: the low-priority share. */
        OLDEST(QUEUED, "id"),
        /** Queued rows, the highest priority first, the oldest first within one. */
        PRIORITY(QUEUED, "priority DESC, id");

        final String where;
        final String orderBy;

        Order(String where, String orderBy) {
            this.where = where;
            this.orderBy = orderBy;
        }
    }

    /** One claim per {@link Order}, by ordinal: the statement, and on MariaDB the update of the selected ids. */
    final String[] claim = new String[Order.values().length];

    final String[] claimUpdate = new String[Order.values().length];
    final String claimQueuedH2;
    final String complete;
    final String completeMany;
    final String release;
    final String renew;
    final String insert;
    final String[] generatedKey;
    final String find;
    final String findByTrackingId;
    final String findByDedupKey;
    final String forgetDedupKey;
    final String cancel;
    final String cancelByTrackingId;
    final String cancelOlderThan;
    final String cancelQueued;
    final String counts;
    final String countsByAccount;
    final String purge;
    final String failUnreadable;

    OutboxSql(JdbcDialect dialect, String t, Columns columns) {
        for (Order o : Order.values()) {
            String due = o.where + " ORDER BY " + o.orderBy + " LIMIT ?";
            switch (dialect) {
                case POSTGRESQL ->
                    // The CTE is evaluated once and locks what it returns; SKIP LOCKED passes over rows other
                    // consumers are claiming right now, so concurrent claims never block each other or overlap.
                    claim[o.ordinal()] = "WITH due AS (SELECT id FROM " + t + " WHERE " + due
                            + " FOR UPDATE SKIP LOCKED)"
                            + " UPDATE " + t + " AS o SET " + CLAIM_SET.replace("attempts + 1", "o.attempts + 1")
                            + " FROM due WHERE o.id = due.id RETURNING o.id, o.attempts, o.message, o.created_at, o.priority";
                case MARIADB -> {
                    claim[o.ordinal()] = "SELECT id, attempts, message, created_at, priority FROM " + t + " WHERE "
                            + due + " FOR UPDATE SKIP LOCKED";
                    claimUpdate[o.ordinal()] = "UPDATE " + t + " SET " + CLAIM_SET + " WHERE id IN (%s)";
                }
                default ->
                    // H2 waits for a row another transaction is updating and then re-checks the condition, so the
                    // second consumer skips rows the first claimed; FINAL TABLE reads back exactly the updated rows.
                    claim[o.ordinal()] = "SELECT id, attempts, message, created_at, priority FROM FINAL TABLE (UPDATE "
                            + t
                            + " SET " + CLAIM_SET + " WHERE id IN (SELECT id FROM " + t + " WHERE " + due + ") AND "
                            + o.where + ")";
            }
        }
        // H2 has no SKIP LOCKED and waits for rows other takes lock: a take in several statements (leases, priority,
        // age) deadlocked there under load. So on H2 a take is one statement, as before priorities: due rows (queued
        // or with an expired lease; final rows have available_at NULL), the union of both orders' candidates (the same
        // row in both makes the take smaller, never wrong); expired leases come in that order too.
        String dueH2 = "available_at >= TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00Z' AND available_at <= ?";
        claimQueuedH2 = "SELECT id, attempts, message, created_at, priority FROM FINAL TABLE (UPDATE " + t + " SET "
                + CLAIM_SET + " WHERE id IN (SELECT id FROM (SELECT id FROM " + t + " WHERE " + dueH2
                + " ORDER BY priority DESC, id LIMIT ?) AS p UNION SELECT id FROM (SELECT id FROM " + t + " WHERE "
                + dueH2 + " ORDER BY id LIMIT ?) AS a) AND available_at <= ?)";
        generatedKey = switch (dialect) {
            case POSTGRESQL -> new String[] {"id"};
            case MARIADB -> null; // Statement.RETURN_GENERATED_KEYS
            default -> new String[] {"ID"};
        };
        // Every change to a taken message is fenced by its attempt number: a consumer whose lease expired and whose
        // message was taken again (attempts + 1) changes nothing.
        complete = "UPDATE " + t + " SET state = ?, message_ids = ?, command_status = ?, error = ?, account = ?,"
                + " available_at = NULL, lease_owner = NULL, lease_expires_at = NULL, updated_at = ?, completed_at = ?"
                + " WHERE id = ? AND attempts = ? AND state = 'in_flight'";
        // PostgreSQL: a batch of completions in one statement, the outcomes as arrays (one element per message)
        completeMany = "UPDATE " + t + " AS o SET state = v.state, message_ids = v.message_ids,"
                + " command_status = v.command_status, error = v.error, account = v.account, available_at = NULL,"
                + " lease_owner = NULL, lease_expires_at = NULL, updated_at = ?, completed_at = ?"
                + " FROM unnest(CAST(? AS BIGINT[]), CAST(? AS INTEGER[]), CAST(? AS TEXT[]), CAST(? AS TEXT[]),"
                + " CAST(? AS INTEGER[]), CAST(? AS TEXT[]), CAST(? AS TEXT[]))"
                + " AS v(id, attempt, state, message_ids, command_status, error, account)"
                + " WHERE o.id = v.id AND o.attempts = v.attempt AND o.state = 'in_flight' RETURNING o.id, o.attempts";
        release = "UPDATE " + t + " SET state = 'queued', attempts = attempts - ?, available_at = ?,"
                + " lease_owner = NULL, lease_expires_at = NULL, updated_at = ?"
                + " WHERE id = ? AND attempts = ? AND state = 'in_flight'";
        renew = "UPDATE " + t + " SET lease_expires_at = ?, available_at = ?, updated_at = ?"
                + " WHERE id = ? AND attempts = ? AND state = 'in_flight'";
        insert = "INSERT INTO " + t + " (state, attempts, available_at, tracking_id, message, created_at, updated_at,"
                + " priority, dedup_key) VALUES ('queued', 0, ?, ?, " + columns.jsonParameter() + ", ?, ?, ?, ?)";
        findByDedupKey = "SELECT id, attempts, message, created_at FROM " + t + " WHERE dedup_key = ?";
        forgetDedupKey = "UPDATE " + t + " SET dedup_key = NULL WHERE id = ?";
        // Only queued rows, whether due or waiting after a delayed release: a claim locks the rows it takes, so a
        // cancel racing it waits and then finds them in flight (PostgreSQL and H2 re-check the condition on the row
        // as the claim left it, MariaDB's update reads the latest version).
        String cancelSet = "UPDATE " + t + " SET state = 'cancelled', available_at = NULL, lease_owner = NULL,"
                + " lease_expires_at = NULL, updated_at = ?, completed_at = ? WHERE state = 'queued'";
        cancel = cancelSet + " AND id = ?";
        cancelByTrackingId = cancelSet + " AND tracking_id = ?";
        cancelOlderThan = cancelSet + " AND created_at <= ?";
        cancelQueued = cancelSet;
        find = "SELECT * FROM " + t + " WHERE id = ?";
        findByTrackingId = "SELECT * FROM " + t + " WHERE tracking_id = ? ORDER BY id";
        counts = "SELECT state, COUNT(*) FROM " + t + " GROUP BY state";
        countsByAccount = "SELECT state, account, COUNT(*) FROM " + t + " GROUP BY state, account";
        purge = "DELETE FROM " + t + " WHERE available_at IS NULL AND completed_at < ?";
        failUnreadable = "UPDATE " + t + " SET state = 'failed', error = ?, available_at = NULL, lease_owner = NULL,"
                + " lease_expires_at = NULL, updated_at = ?, completed_at = ? WHERE id = ?";
    }
}
