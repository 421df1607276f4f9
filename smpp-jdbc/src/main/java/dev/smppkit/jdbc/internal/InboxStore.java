package dev.smppkit.jdbc.internal;

import dev.smppkit.client.InboxClaim;
import dev.smppkit.client.InboxItem;
import dev.smppkit.jdbc.JdbcDialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SQL of the inbox table: insert, claim, delete and release, each run by the caller in one transaction. A claim
 * reads which single PDUs and which groups are ready without locking, then leases them with conditional updates that
 * re-check the lease (a row another taker leased meanwhile is left alone) under a token of its own, reads back what
 * the token holds, and gives back a group that turned out not to be ready after all (a taker got part of it).
 * Stateless apart from its SQL; thread-safe.
 */
public final class InboxStore {
    private static final String FREE = "(lease_until IS NULL OR lease_until <= ?)";

    private final String table;
    private final Columns columns;
    private final String[] generatedKey;
    private final String insert;
    private final String readySingles;
    private final String readyGroups;
    private final String claimed;

    public InboxStore(JdbcDialect dialect, String table) {
        this.table = table;
        this.columns = new Columns(dialect);
        this.generatedKey = switch (dialect) {
            case POSTGRESQL -> new String[] {"id"};
            case MARIADB -> null; // Statement.RETURN_GENERATED_KEYS
            default -> new String[] {"ID"};
        };
        this.insert = "INSERT INTO " + table
                + " (account, group_key, segment, total_segments, pdu, created_at) VALUES (?, ?, ?, ?, ?, ?)";
        this.readySingles = "SELECT id FROM " + table + " WHERE account = ? AND group_key IS NULL AND " + FREE
                + " ORDER BY id LIMIT ?";
        // a group is ready when every segment number is in, or its first segment is older than the incomplete
        // timeout, and no row of it is leased
        this.readyGroups = "SELECT group_key, MIN(id) AS first_id FROM " + table
                + " WHERE account = ? AND group_key IS NOT NULL GROUP BY group_key"
                + " HAVING (COUNT(DISTINCT segment) >= MAX(total_segments) OR MIN(created_at) <= ?)"
                + " AND SUM(CASE WHEN lease_until > ? THEN 1 ELSE 0 END) = 0 ORDER BY first_id LIMIT ?";
        this.claimed = "SELECT id, account, group_key, segment, total_segments, pdu, created_at FROM " + table
                + " WHERE lease_owner = ? ORDER BY id";
    }

    /** Inserts the items, in one batch; returns their ids in order. */
    public List<Object> insert(Connection c, List<InboxItem> items, Instant now) throws SQLException {
        try (PreparedStatement ps = generatedKey != null
                ? c.prepareStatement(insert, generatedKey)
                : c.prepareStatement(insert, Statement.RETURN_GENERATED_KEYS)) {
            for (InboxItem item : items) {
                ps.setString(1, item.account());
                ps.setString(2, item.groupKey());
                ps.setInt(3, item.segment());
                ps.setInt(4, item.totalSegments());
                ps.setBytes(5, item.pdu());
                columns.setInstant(ps, 6, now);
                ps.addBatch();
            }
            ps.executeBatch();
            List<Object> ids = new ArrayList<>(items.size());
            try (ResultSet keys = ps.getGeneratedKeys()) {
                while (keys.next()) {
                    ids.add(keys.getLong(1));
                }
            }
            if (ids.size() != items.size()) {
                throw new SQLException("inserted " + items.size() + " rows into " + table + " but the driver returned "
                        + ids.size() + " generated ids");
            }
            return ids;
        }
    }

    /**
     * Leases up to {@code max} ready units of {@code account} to {@code token} until {@code leaseUntil}.
     *
     * @param incompleteBefore a group whose first segment was stored at or before this is ready even if incomplete
     */
    public List<InboxClaim> claim(
            Connection c,
            String account,
            int max,
            Instant now,
            Instant incompleteBefore,
            Instant leaseUntil,
            String token)
            throws SQLException {
        TreeMap<Long, Object> candidates = new TreeMap<>(); // first id -> Long (single) or String (group key)
        try (PreparedStatement ps = c.prepareStatement(readySingles)) {
            ps.setString(1, account);
            columns.setInstant(ps, 2, now);
            ps.setInt(3, max);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    candidates.put(rs.getLong(1), rs.getLong(1));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(readyGroups)) {
            ps.setString(1, account);
            columns.setInstant(ps, 2, incompleteBefore);
            columns.setInstant(ps, 3, now);
            ps.setInt(4, max);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    candidates.put(rs.getLong(2), rs.getString(1));
                }
            }
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<Long> singles = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        candidates.values().stream().limit(max).forEach(v -> {
            if (v instanceof Long id) {
                singles.add(id);
            } else {
                groups.add((String) v);
            }
        });
        if (!singles.isEmpty()) {
            lease(c, "id", singles, account, now, leaseUntil, token);
        }
        if (!groups.isEmpty()) {
            lease(c, "group_key", groups, account, now, leaseUntil, token);
        }
        return readBack(c, token, incompleteBefore);
    }

    private void lease(
            Connection c, String column, List<?> keys, String account, Instant now, Instant until, String token)
            throws SQLException {
        String sql = "UPDATE " + table + " SET lease_owner = ?, lease_until = ? WHERE account = ? AND " + FREE + " AND "
                + column + " IN (" + JdbcSupport.marks(keys.size(), "?") + ")";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, token);
            columns.setInstant(ps, 2, until);
            ps.setString(3, account);
            columns.setInstant(ps, 4, now);
            int i = 5;
            for (Object k : keys) {
                ps.setObject(i++, k);
            }
            ps.executeUpdate();
        }
    }

    private List<InboxClaim> readBack(Connection c, String token, Instant incompleteBefore) throws SQLException {
        List<InboxClaim> claims = new ArrayList<>();
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(claimed)) {
            ps.setString(1, token);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Row row = new Row(
                            rs.getLong("id"),
                            new InboxItem(
                                    rs.getString("account"),
                                    rs.getString("group_key"),
                                    rs.getInt("segment"),
                                    rs.getInt("total_segments"),
                                    rs.getBytes("pdu")),
                            columns.getInstant(rs, "created_at"));
                    if (row.item.groupKey() == null) {
                        claims.add(new InboxClaim(row.id, List.of(row.id), List.of(row.item), 1, token));
                    } else {
                        groups.computeIfAbsent(row.item.groupKey(), k -> new ArrayList<>())
                                .add(row);
                    }
                }
            }
        }
        for (Map.Entry<String, List<Row>> g : groups.entrySet()) {
            InboxClaim claim = group(g.getValue(), token);
            Instant first = g.getValue().get(0).created;
            if (claim.complete() || !first.isAfter(incompleteBefore)) {
                claims.add(claim);
            } else {
                unlease(c, token, g.getKey()); // another taker holds part of it: not ready for us
            }
        }
        claims.sort((a, b) -> Long.compare(a.id(), b.id()));
        return claims;
    }

    /** The rows of one group, in id order, as a claim: the first row per segment number (a repeat is dropped). */
    private static InboxClaim group(List<Row> rows, String token) {
        TreeMap<Integer, InboxItem> bySegment = new TreeMap<>();
        List<Long> ids = new ArrayList<>(rows.size());
        int total = 1;
        for (Row r : rows) {
            ids.add(r.id);
            bySegment.putIfAbsent(r.item.segment(), r.item);
            total = Math.max(total, r.item.totalSegments());
        }
        return new InboxClaim(rows.get(0).id, ids, new ArrayList<>(bySegment.values()), total, token);
    }

    private void unlease(Connection c, String token, String groupKey) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + table
                + " SET lease_owner = NULL, lease_until = NULL WHERE lease_owner = ? AND group_key = ?")) {
            ps.setString(1, token);
            ps.setString(2, groupKey);
            ps.executeUpdate();
        }
    }

    /** Deletes each claim's rows that its lease still holds. One result (null) per claim. */
    public List<Object> delete(Connection c, List<InboxClaim> claims) throws SQLException {
        List<Object> results = new ArrayList<>(claims.size());
        for (InboxClaim claim : claims) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE lease_owner = ? AND id IN ("
                    + JdbcSupport.marks(claim.rowIds().size(), "?") + ")")) {
                bindClaim(ps, 1, claim);
                ps.executeUpdate();
            }
            results.add(null);
        }
        return results;
    }

    /** Frees a claim's rows that its lease still holds, to be taken again from {@code availableAt}. */
    public void release(Connection c, InboxClaim claim, Instant availableAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + table
                + " SET lease_owner = NULL, lease_until = ? WHERE lease_owner = ? AND id IN ("
                + JdbcSupport.marks(claim.rowIds().size(), "?") + ")")) {
            columns.setInstant(ps, 1, availableAt);
            bindClaim(ps, 2, claim);
            ps.executeUpdate();
        }
    }

    private static void bindClaim(PreparedStatement ps, int from, InboxClaim claim) throws SQLException {
        ps.setString(from, claim.lease());
        int i = from + 1;
        for (Long id : claim.rowIds()) {
            ps.setLong(i++, id);
        }
    }

    /** Rows per account, for monitoring and tests. */
    public long count(Connection c, String account) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE account = ?")) {
            ps.setString(1, account);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private record Row(long id, InboxItem item, Instant created) {}
}
