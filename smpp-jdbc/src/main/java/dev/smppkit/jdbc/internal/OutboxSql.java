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
    final String claimCandidatesH2;
    final String claimIdsH2;
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

    /** The name of one of the table's indexes as the schema scripts create it: the unqualified table name + suffix. */
    private static String indexName(String table, String suffix) {
        return table.substring(table.indexOf('.') + 1) + "_" + suffix;
    }

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
        // H2 has no SKIP LOCKED and waits for rows other takes lock: a take whose statements each locked rows
        // (leases, priority, age) deadlocked there under load. So on H2 a take reads its candidates without locking
        // (expired leases, queued by priority, queued by age; the same row in both queued orders makes the take
        // smaller, never wrong), expired leases first, at most the take's size, then claims them in one update that
        // locks in id order and re-checks that each is still due: a row another take claimed meanwhile is skipped.
        // Each branch is led by its state and ordered by its index's columns, named with USE INDEX: H2 otherwise
        // picked the leases index for the queued branches and sorted every queued row (and before that scanned the
        // whole table, final rows too). The candidates are not a subquery of the update, which H2 ran again per row.
        String queuedH2 = " WHERE state = 'queued' AND available_at <= ? ORDER BY state, ";
        claimCandidatesH2 = "SELECT id FROM ("
                + "SELECT id, 0 AS k FROM (SELECT id FROM " + t + " USE INDEX (" + indexName(t, "leases") + ")"
                + " WHERE state = 'in_flight' AND available_at <= ? ORDER BY state, available_at, id LIMIT ?) AS l"
                + " UNION SELECT id, 1 FROM (SELECT id FROM " + t + " USE INDEX (" + indexName(t, "take") + ")"
                + queuedH2 + "priority DESC, id LIMIT ?) AS p"
                + " UNION SELECT id, 1 FROM (SELECT id FROM " + t + " USE INDEX (" + indexName(t, "oldest") + ")"
                + queuedH2 + "id LIMIT ?) AS a"
                + ") AS u ORDER BY k, id LIMIT ?";
        claimIdsH2 = "SELECT id, attempts, message, created_at, priority FROM FINAL TABLE (UPDATE " + t + " SET "
                + CLAIM_SET + " WHERE id IN (%s) AND available_at <= ?)";
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
        // PostgreSQL: a batch of completions in one statement, the outcomes as arrays (one element per message).
        // Each row is found by a primary-key probe in a lateral subquery (LIMIT 1 keeps the state test out of it):
        // as a join of the arrays with the table, a server-prepared statement kept the generic plan it made while
        // the table was empty, which read every in-flight row through the partial leases index for each batch.
        // The probe locks the row before its attempt and state are tested, and the ids come sorted, so concurrent
        // batches lock in one order.
        completeMany = "WITH hit AS (SELECT x.id, v.state, v.message_ids, v.command_status, v.error, v.account"
                + " FROM unnest(CAST(? AS BIGINT[]), CAST(? AS INTEGER[]), CAST(? AS TEXT[]), CAST(? AS TEXT[]),"
                + " CAST(? AS INTEGER[]), CAST(? AS TEXT[]), CAST(? AS TEXT[]))"
                + " AS v(id, attempt, state, message_ids, command_status, error, account)"
                + " CROSS JOIN LATERAL (SELECT id, attempts, state FROM " + t + " WHERE id = v.id LIMIT 1 FOR UPDATE)"
                + " AS x WHERE x.attempts = v.attempt AND x.state = 'in_flight')"
                + " UPDATE " + t + " AS o SET state = hit.state, message_ids = hit.message_ids,"
                + " command_status = hit.command_status, error = hit.error, account = hit.account, available_at = NULL,"
                + " lease_owner = NULL, lease_expires_at = NULL, updated_at = ?, completed_at = ?"
                + " FROM hit WHERE o.id = hit.id RETURNING o.id, o.attempts";
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
