package dev.smppkit.jdbc.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.smppkit.client.Tracking;
import dev.smppkit.jdbc.CorrelationEntry;
import dev.smppkit.jdbc.JdbcDialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/** The correlation table's statements, run on a connection the {@link JdbcExecutor} provides. Thread-safe. */
public final class CorrelationStore {
    private static final TypeReference<Map<String, String>> EXTRA = new TypeReference<>() {};
    private static final String COLUMNS = "system_id, message_id, broker_id, tracking_id, extra, segment,"
            + " total_segments, destination, submitted_at, expires_at";

    /** A segment to store. */
    public record Put(Key key, Tracking tracking, Instant expiresAt) {}

    /** The primary key. */
    public record Key(String systemId, String messageId) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = systemId.compareTo(o.systemId);
            return c != 0 ? c : messageId.compareTo(o.messageId);
        }
    }

    private final String table;
    // PostgreSQL: a batch is one statement with arrays (unnest, = ANY) instead of a JDBC batch or an IN list
    private final boolean arrays;
    // H2: the ids as a list of (system_id, message_id) rows
    private final boolean rows;
    private final Columns columns;
    private final ObjectMapper mapper;
    private final String upsert;
    private final String select;
    private final String delete;
    private final String byBroker;
    private final String purge;

    public CorrelationStore(JdbcDialect dialect, String t, ObjectMapper mapper) {
        this.table = t;
        this.arrays = dialect == JdbcDialect.POSTGRESQL;
        this.rows = dialect == JdbcDialect.H2;
        this.columns = new Columns(dialect);
        this.mapper = mapper;
        String values = " VALUES (?, ?, ?, ?, " + columns.jsonParameter() + ", ?, ?, ?, ?, ?)";
        String[] updated = {
            "broker_id",
            "tracking_id",
            "extra",
            "segment",
            "total_segments",
            "destination",
            "submitted_at",
            "expires_at"
        };
        StringJoiner set = new StringJoiner(", ");
        switch (dialect) {
            case POSTGRESQL -> {
                for (String col : updated) {
                    set.add(col + " = EXCLUDED." + col);
                }
                // every put of a batch in one statement: one array per column, the times as ISO-8601 text
                upsert = "INSERT INTO " + t + " (" + COLUMNS + ") SELECT s, m, b, tr, CAST(e AS JSONB), seg, tot, d,"
                        + " CAST(sub AS TIMESTAMPTZ), CAST(ex AS TIMESTAMPTZ) FROM unnest(CAST(? AS TEXT[]),"
                        + " CAST(? AS TEXT[]), CAST(? AS TEXT[]), CAST(? AS TEXT[]), CAST(? AS TEXT[]),"
                        + " CAST(? AS INTEGER[]), CAST(? AS INTEGER[]), CAST(? AS TEXT[]), CAST(? AS TEXT[]),"
                        + " CAST(? AS TEXT[])) AS v(s, m, b, tr, e, seg, tot, d, sub, ex)"
                        + " ON CONFLICT (system_id, message_id) DO UPDATE SET " + set;
                purge = "DELETE FROM " + t + " WHERE ctid = ANY (ARRAY(SELECT ctid FROM " + t
                        + " WHERE expires_at <= ? LIMIT ?))";
            }
            case MARIADB -> {
                for (String col : updated) {
                    set.add(col + " = VALUES(" + col + ")");
                }
                upsert = "INSERT INTO " + t + " (" + COLUMNS + ")" + values + " ON DUPLICATE KEY UPDATE " + set;
                purge = "DELETE FROM " + t + " WHERE expires_at <= ? LIMIT ?";
            }
            default -> {
                upsert = "MERGE INTO " + t + " (" + COLUMNS + ") KEY (system_id, message_id)" + values;
                purge = "DELETE FROM " + t + " WHERE expires_at <= ? FETCH FIRST ? ROWS ONLY";
            }
        }
        // PostgreSQL: one primary-key probe per id. With message_id = ANY (?) a server-prepared statement kept the
        // generic plan it made while the table was empty (seek system_id, filter message_id): every lookup then read
        // every row of the account. A lateral subquery on both key columns cannot be planned as such a filter (its
        // LIMIT 1, right for a primary key, keeps PostgreSQL from flattening it into a join it may hash).
        this.select = arrays
                ? "SELECT c.* FROM unnest(CAST(? AS TEXT[])) AS k(id) CROSS JOIN LATERAL (SELECT * FROM " + t
                        + " WHERE system_id = ? AND message_id = k.id AND expires_at > ? LIMIT 1) AS c"
                : dialect == JdbcDialect.H2
                        // H2 seeks only a leading column with an IN list (system_id, then every row of the account
                        // was read); a list of (system_id, message_id) rows is a primary-key seek per id
                        ? "SELECT * FROM " + t + " WHERE (system_id, message_id) IN (%s) AND expires_at > ?"
                        : "SELECT * FROM " + t + " WHERE system_id = ? AND expires_at > ? AND message_id IN (%s)";
        // PostgreSQL: one statement per batch (a receipt's removal is as frequent as its lookup), each row found by the
        // lookup's primary-key probe and deleted by its row address. Joined to unnest directly, or by ctid = ANY, the
        // generic plan made on an empty table hashes or scans the whole table for every batch (PostgresPlansTest).
        this.delete = arrays
                ? "DELETE FROM " + t + " AS d USING unnest(CAST(? AS TEXT[]), CAST(? AS TEXT[])) AS k(s, id)"
                        + " CROSS JOIN LATERAL (SELECT ctid AS row_id FROM " + t
                        + " WHERE system_id = k.s AND message_id = k.id LIMIT 1) AS c WHERE d.ctid = c.row_id"
                // MariaDB and H2: one statement of (system_id, message_id) rows, a primary-key seek each (EXPLAIN:
                // range on PRIMARY), instead of a JDBC batch row per entry
                : "DELETE FROM " + t + " WHERE (system_id, message_id) IN (%s)";
        this.byBroker = "SELECT * FROM " + t + " WHERE broker_id = ? AND expires_at > ? ORDER BY segment";
    }

    public String table() {
        return table;
    }

    /**
     * Upserts segments. Within one batch the last put of a key wins and keys are written in key order, so that
     * concurrent batches lock rows in the same order (no deadlocks) and no statement touches a row twice.
     */
    public List<Object> put(Connection c, List<Put> items) throws SQLException {
        Map<Key, Put> last = new HashMap<>();
        items.forEach(p -> last.put(p.key(), p));
        List<Put> ordered = new ArrayList<>(last.values());
        ordered.sort((a, b) -> a.key().compareTo(b.key()));
        if (arrays) {
            upsertAsOneStatement(c, ordered);
        } else {
            try (PreparedStatement ps = c.prepareStatement(upsert)) {
                for (Put p : ordered) {
                    Tracking t = p.tracking();
                    ps.setString(1, p.key().systemId());
                    ps.setString(2, p.key().messageId());
                    ps.setString(3, t.brokerId());
                    ps.setString(4, t.trackingId());
                    ps.setString(5, extra(t));
                    ps.setInt(6, t.segment());
                    ps.setInt(7, t.totalSegments());
                    ps.setString(8, t.destination());
                    columns.setInstant(ps, 9, t.submittedAt());
                    columns.setInstant(ps, 10, p.expiresAt());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        return nulls(items.size());
    }

    private void upsertAsOneStatement(Connection c, List<Put> puts) throws SQLException {
        int n = puts.size();
        String[][] text = new String[8][n]; // system_id, message_id, broker_id, tracking_id, extra, destination, times
        Integer[] segments = new Integer[n];
        Integer[] totals = new Integer[n];
        for (int i = 0; i < n; i++) {
            Put p = puts.get(i);
            Tracking t = p.tracking();
            text[0][i] = p.key().systemId();
            text[1][i] = p.key().messageId();
            text[2][i] = t.brokerId();
            text[3][i] = t.trackingId();
            text[4][i] = extra(t);
            text[5][i] = t.destination();
            text[6][i] = Columns.millis(t.submittedAt()).toString();
            text[7][i] = Columns.millis(p.expiresAt()).toString();
            segments[i] = t.segment();
            totals[i] = t.totalSegments();
        }
        try (PreparedStatement ps = c.prepareStatement(upsert)) {
            for (int col = 0; col < 5; col++) {
                ps.setArray(col + 1, c.createArrayOf("text", text[col]));
            }
            ps.setArray(6, c.createArrayOf("integer", segments));
            ps.setArray(7, c.createArrayOf("integer", totals));
            ps.setArray(8, c.createArrayOf("text", text[5]));
            ps.setArray(9, c.createArrayOf("text", text[6]));
            ps.setArray(10, c.createArrayOf("text", text[7]));
            ps.executeUpdate();
        }
    }

    private String extra(Tracking t) {
        return t.extra().isEmpty() ? null : json(t.extra());
    }

    /** Looks keys up, one query per system_id; per item an {@code Optional<Tracking>}. */
    public List<Object> get(Connection c, List<Key> keys, Instant now) throws SQLException {
        Map<String, List<String>> bySystem = new LinkedHashMap<>();
        keys.forEach(k ->
                bySystem.computeIfAbsent(k.systemId(), s -> new ArrayList<>()).add(k.messageId()));
        Map<Key, Tracking> found = new HashMap<>();
        for (Map.Entry<String, List<String>> e : bySystem.entrySet()) {
            List<String> ids = e.getValue().stream().distinct().toList();
            String marks = JdbcSupport.marks(ids.size(), rows ? "(?, ?)" : "?");
            try (PreparedStatement ps = c.prepareStatement(arrays ? select : String.format(select, marks))) {
                if (arrays) {
                    ps.setArray(1, c.createArrayOf("text", ids.toArray(new String[0])));
                    ps.setString(2, e.getKey());
                    columns.setInstant(ps, 3, now);
                } else if (rows) {
                    int i = 1;
                    for (String id : ids) {
                        ps.setString(i++, e.getKey());
                        ps.setString(i++, id);
                    }
                    columns.setInstant(ps, i, now);
                } else {
                    ps.setString(1, e.getKey());
                    columns.setInstant(ps, 2, now);
                    for (int i = 0; i < ids.size(); i++) {
                        ps.setString(3 + i, ids.get(i));
                    }
                }
                for (CorrelationEntry entry : entries(ps)) {
                    found.put(new Key(entry.systemId(), entry.messageId()), entry.tracking());
                }
            }
        }
        List<Object> results = new ArrayList<>(keys.size());
        keys.forEach(k -> results.add(Optional.ofNullable(found.get(k))));
        return results;
    }

    public List<Object> remove(Connection c, List<Key> keys) throws SQLException {
        List<Key> ordered = new ArrayList<>(keys);
        ordered.sort(Key::compareTo); // concurrent batches lock their rows in one order
        String sql = arrays ? delete : String.format(delete, JdbcSupport.marks(ordered.size(), "(?, ?)"));
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (arrays) {
                ps.setArray(
                        1,
                        c.createArrayOf(
                                "text", ordered.stream().map(Key::systemId).toArray()));
                ps.setArray(
                        2,
                        c.createArrayOf(
                                "text", ordered.stream().map(Key::messageId).toArray()));
            } else {
                int i = 1;
                for (Key k : ordered) {
                    ps.setString(i++, k.systemId());
                    ps.setString(i++, k.messageId());
                }
            }
            ps.executeUpdate();
        }
        return nulls(keys.size());
    }

    private static List<Object> nulls(int n) {
        List<Object> results = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            results.add(null);
        }
        return results;
    }

    /** Every live segment of one message, in segment order. */
    public List<CorrelationEntry> byBrokerId(Connection c, String brokerId, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(byBroker)) {
            ps.setString(1, brokerId);
            columns.setInstant(ps, 2, now);
            return entries(ps);
        }
    }

    /** Deletes up to {@code limit} expired rows; returns how many. */
    public int purge(Connection c, Instant now, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(purge)) {
            columns.setInstant(ps, 1, now);
            ps.setInt(2, limit);
            return ps.executeUpdate();
        }
    }

    private List<CorrelationEntry> entries(PreparedStatement ps) throws SQLException {
        List<CorrelationEntry> list = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String extra = rs.getString("extra");
                Map<String, String> map;
                try {
                    map = extra == null ? Map.of() : mapper.readValue(extra, EXTRA);
                } catch (JsonProcessingException e) {
                    throw new SQLException(table + ": unreadable extra for " + rs.getString("message_id"), e);
                }
                Tracking t = new Tracking(
                        rs.getString("broker_id"),
                        rs.getString("tracking_id"),
                        map,
                        rs.getInt("segment"),
                        rs.getInt("total_segments"),
                        rs.getString("destination"),
                        columns.getInstant(rs, "submitted_at"));
                list.add(new CorrelationEntry(
                        rs.getString("system_id"),
                        rs.getString("message_id"),
                        t,
                        columns.getInstant(rs, "expires_at")));
            }
        }
        return list;
    }

    private String json(Map<String, String> extra) {
        try {
            return mapper.writeValueAsString(extra);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
