package dev.smppkit.jdbc.internal;

import dev.smppkit.jdbc.JdbcDialect;

/** The outbox statements for one table and dialect; built once per broker. */
final class OutboxSql {
    private static final String CLAIM_SET = "state = 'in_flight', attempts = attempts + 1, lease_owner = ?,"
            + " lease_expires_at = ?, available_at = ?, updated_at = ?";
    private static final String DUE = "available_at <= ? ORDER BY available_at, id LIMIT ?";
    private static final String H2_EPOCH = "TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00Z'";

    final String claim; // PostgreSQL and H2: one statement; MariaDB: the locking select
    final String claimUpdate; // MariaDB only: the update of the selected ids, "%s" for the id placeholders
    final String complete;
    final String release;
    final String renew;
    final String insert;
    final String[] generatedKey;
    final String find;
    final String findByTrackingId;
    final String counts;
    final String countsByAccount;
    final String purge;
    final String failUnreadable;

    OutboxSql(JdbcDialect dialect, String t, Columns columns) {
        switch (dialect) {
            case POSTGRESQL -> {
                // The CTE is evaluated once and locks what it returns; SKIP LOCKED passes over rows other consumers
                // are claiming right now, so concurrent claims never block each other or overlap.
                claim = "WITH due AS (SELECT id FROM " + t + " WHERE " + DUE + " FOR UPDATE SKIP LOCKED)"
                        + " UPDATE " + t + " AS o SET " + CLAIM_SET.replace("attempts + 1", "o.attempts + 1")
                        + " FROM due WHERE o.id = due.id RETURNING o.id, o.attempts, o.message, o.created_at";
                claimUpdate = null;
                generatedKey = new String[] {"id"};
            }
            case MARIADB -> {
                claim = "SELECT id, attempts, message, created_at FROM " + t + " WHERE " + DUE
                        + " FOR UPDATE SKIP LOCKED";
                claimUpdate = "UPDATE " + t + " SET " + CLAIM_SET + " WHERE id IN (%s)";
                generatedKey = null; // Statement.RETURN_GENERATED_KEYS
            }
            default -> {
                // H2 waits for a row another transaction is updating and then re-checks the condition, so the
                // second consumer skips rows the first claimed; FINAL TABLE reads back exactly the updated rows.
                // The lower bound keeps H2's index scan out of the final rows (available_at NULL sorts first), which
                // it would otherwise walk through on every claim.
                claim = "SELECT id, attempts, message, created_at FROM FINAL TABLE (UPDATE " + t + " SET " + CLAIM_SET
                        + " WHERE id IN (SELECT id FROM " + t + " WHERE available_at >= " + H2_EPOCH + " AND " + DUE
                        + ") AND available_at <= ?)";
                claimUpdate = null;
                generatedKey = new String[] {"ID"};
            }
        }
        // Every change to a taken message is fenced by its attempt number: a consumer whose lease expired and whose
        // message was taken again (attempts + 1) changes nothing.
        complete = "UPDATE " + t + " SET state = ?, message_ids = ?, command_status = ?, error = ?, account = ?,"
                + " available_at = NULL, lease_owner = NULL, lease_expires_at = NULL, updated_at = ?, completed_at = ?"
                + " WHERE id = ? AND attempts = ? AND state = 'in_flight'";
        release = "UPDATE " + t + " SET state = 'queued', attempts = attempts - ?, available_at = ?,"
                + " lease_owner = NULL, lease_expires_at = NULL, updated_at = ?"
                + " WHERE id = ? AND attempts = ? AND state = 'in_flight'";
        renew = "UPDATE " + t + " SET lease_expires_at = ?, available_at = ?, updated_at = ?"
                + " WHERE id = ? AND attempts = ? AND state = 'in_flight'";
        insert = "INSERT INTO " + t + " (state, attempts, available_at, tracking_id, message, created_at, updated_at)"
                + " VALUES ('queued', 0, ?, ?, " + columns.jsonParameter() + ", ?, ?)";
        find = "SELECT * FROM " + t + " WHERE id = ?";
        findByTrackingId = "SELECT * FROM " + t + " WHERE tracking_id = ? ORDER BY id";
        counts = "SELECT state, COUNT(*) FROM " + t + " GROUP BY state";
        countsByAccount = "SELECT state, account, COUNT(*) FROM " + t + " GROUP BY state, account";
        purge = "DELETE FROM " + t + " WHERE available_at IS NULL AND completed_at < ?";
        failUnreadable = "UPDATE " + t + " SET state = 'failed', error = ?, available_at = NULL, lease_owner = NULL,"
                + " lease_expires_at = NULL, updated_at = ?, completed_at = ? WHERE id = ?";
    }
}
