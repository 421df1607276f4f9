package dev.smppkit.jdbc.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.smppkit.client.OutboundMessage;
import dev.smppkit.client.QueuedMessage;
import dev.smppkit.client.SubmitOutcome;
import dev.smppkit.jdbc.JdbcDialect;
import dev.smppkit.jdbc.LeaseLostException;
import dev.smppkit.jdbc.OutboxEntry;
import dev.smppkit.jdbc.OutboxState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox table's statements, run on a connection the {@link JdbcExecutor} provides. Stateless apart from the
 * SQL; thread-safe.
 */
public final class OutboxStore {
    private static final Logger log = LoggerFactory.getLogger(OutboxStore.class);
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    /** A message taken from the queue, with the attempt number that fences its later completion. */
    public record Completion(long id, int attempt, SubmitOutcome outcome) implements Fence {
        @Override
        public String stateAfter() {
            return stateOf(outcome).column();
        }

        @Override
        public int attemptsAfter() {
            return attempt;
        }
    }

    /** The final state an outcome leaves. */
    public static OutboxState stateOf(SubmitOutcome outcome) {
        if (outcome instanceof SubmitOutcome.Accepted) {
            return OutboxState.ACCEPTED;
        } else if (outcome instanceof SubmitOutcome.Rejected) {
            return OutboxState.REJECTED;
        } else if (outcome instanceof SubmitOutcome.Expired) {
            return OutboxState.EXPIRED;
        }
        return OutboxState.FAILED;
    }

    /** Back to the queue from {@code availableAt}; {@code unclaim} also undoes the take's attempt count. */
    public record Release(long id, int attempt, Instant availableAt, boolean unclaim) implements Fence {
        @Override
        public String stateAfter() {
            return OutboxState.QUEUED.column();
        }

        @Override
        public int attemptsAfter() {
            return unclaim ? attempt - 1 : attempt;
        }
    }

    /** A message to insert, already serialized. */
    public record NewMessage(OutboundMessage message, String json) {}

    /** A lease to extend. */
    public record Held(long id, int attempt) {}

    /**
     * An enqueued message's row: its id, the time stored as its created_at, and, when the row was there before (the
     * same deduplication key), its attempt and message; {@code earlier} is null for a row inserted now.
     */
    public record Inserted(long id, Instant createdAt, int attempt, OutboundMessage earlier) {}

    private final JdbcDialect dialect;
    private final String table;
    private final Columns columns;
    private final OutboxSql sql;
    private final ObjectMapper mapper;

    public OutboxStore(JdbcDialect dialect, String table, ObjectMapper mapper) {
        this.dialect = dialect;
        this.table = table;
        this.columns = new Columns(dialect);
        this.sql = new OutboxSql(dialect, table, columns);
        this.mapper = mapper;
    }

    public String table() {
        return table;
    }

    /**
     * Claims up to {@code max} due messages for {@code owner} until {@code leaseUntil}, in the order they are handed
     * out: first in-flight ones whose lease expired, then queued ones by priority (highest first, oldest first within
     * one) except that the queued handouts at the positions {@code every}, {@code 2 * every}, ... counted on from
     * {@code sinceOldest} (the queued handouts since the last such one) take the oldest queued message whatever its
     * priority. A row whose message cannot be read (corrupt or written by an incompatible version) is marked failed
     * instead of being handed out.
     *
     * @param every every how many queued handouts one goes to the oldest; 0 for strict priority
     */
    public Claimed claim(
            Connection c, int max, int every, int sinceOldest, String owner, Instant now, Instant leaseUntil)
            throws SQLException {
        List<Row> rows = dialect == JdbcDialect.H2
                ? new ArrayList<>() // one statement below
                : claim(c, OutboxSql.Order.LEASES, max, owner, now, leaseUntil);
        int left = max - rows.size();
        int fair = every == 0 || left == 0 ? 0 : (sinceOldest + left) / every;
        List<Row> pool;
        if (left == 0) {
            pool = List.of();
        } else if (dialect == JdbcDialect.H2) {
            pool = claimQueuedH2(c, left - fair, fair, owner, now, leaseUntil);
        } else {
            pool = left > fair
                    ? claim(c, OutboxSql.Order.PRIORITY, left - fair, owner, now, leaseUntil)
                    : new ArrayList<>();
            if (fair > 0) {
                pool.addAll(claim(c, OutboxSql.Order.OLDEST, fair, owner, now, leaseUntil));
            }
        }
        // Hand the claimed rows out as the rule would one at a time: the highest priority left, or at each n-th
        // position the oldest left. (Priority first, so that with one priority the batch stays first in first out.)
        List<Row> byPriority = new ArrayList<>(pool);
        byPriority.sort(BY_PRIORITY);
        List<Row> byAge = new ArrayList<>(pool);
        byAge.sort(BY_AGE);
        Set<Long> out = new HashSet<>();
        for (int i = 1, p = 0, a = 0; i <= pool.size(); i++) {
            boolean oldestHere = every > 0 && (sinceOldest + i) % every == 0;
            List<Row> from = oldestHere ? byAge : byPriority;
            int next = oldestHere ? a : p;
            while (out.contains(from.get(next).id)) {
                next++;
            }
            Row r = from.get(next);
            out.add(r.id);
            rows.add(r);
            if (oldestHere) {
                a = next + 1;
            } else {
                p = next + 1;
            }
        }
        int queued = pool.size();
        List<QueuedMessage> taken = new ArrayList<>(rows.size());
        for (Row r : rows) {
            try {
                OutboundMessage m = mapper.readValue(r.json, OutboundMessage.class);
                taken.add(new QueuedMessage(Long.toString(r.id), m, r.attempts, r.createdAt));
            } catch (JsonProcessingException | RuntimeException e) {
                log.error("{}: message {} cannot be read and is marked failed", table, r.id, e);
                markUnreadable(c, r.id, e, now);
            }
        }
        return new Claimed(taken, every == 0 ? 0 : (sinceOldest + queued) % every);
    }

    /** Claimed messages in hand-out order, and the queued handouts since the last that went to the oldest. */
    public record Claimed(List<QueuedMessage> messages, int sinceOldest) {}

    private List<Row> claimQueuedH2(
            Connection c, int byPriority, int oldest, String owner, Instant now, Instant leaseUntil)
            throws SQLException {
        int max = byPriority + oldest;
        List<Long> ids = new ArrayList<>(max);
        try (PreparedStatement ps = c.prepareStatement(sql.claimCandidatesH2)) {
            columns.setInstant(ps, 1, now);
            ps.setInt(2, max); // expired leases
            columns.setInstant(ps, 3, now);
            ps.setInt(4, byPriority);
            columns.setInstant(ps, 5, now);
            ps.setInt(6, oldest);
            ps.setInt(7, max);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        List<Row> rows = new ArrayList<>(ids.size());
        if (ids.isEmpty()) {
            return rows;
        }
        Collections.sort(ids); // rows are locked in this order
        try (PreparedStatement ps =
                c.prepareStatement(String.format(sql.claimIdsH2, JdbcSupport.marks(ids.size(), "?")))) {
            int i = setClaim(ps, 1, owner, now, leaseUntil);
            for (long id : ids) {
                ps.setLong(i++, id);
            }
            columns.setInstant(ps, i, now);
            readClaimed(ps, rows, 0);
        }
        return rows;
    }

    private List<Row> claim(Connection c, OutboxSql.Order order, int max, String owner, Instant now, Instant leaseUntil)
            throws SQLException {
        List<Row> rows = new ArrayList<>(Math.min(max, 1024));
        String claim = sql.claim[order.ordinal()];
        if (dialect == JdbcDialect.MARIADB) {
            try (PreparedStatement ps = c.prepareStatement(claim)) {
                columns.setInstant(ps, 1, now);
                ps.setInt(2, max);
                readClaimed(ps, rows, 1); // the select sees attempts before the update below adds 1
            }
            if (rows.isEmpty()) {
                return rows;
            }
            String marks = JdbcSupport.marks(rows.size(), "?");
            try (PreparedStatement ps = c.prepareStatement(String.format(sql.claimUpdate[order.ordinal()], marks))) {
                int i = setClaim(ps, 1, owner, now, leaseUntil);
                for (Row r : rows) {
                    ps.setLong(i++, r.id);
                }
                ps.executeUpdate();
            }
        } else if (dialect == JdbcDialect.POSTGRESQL) {
            try (PreparedStatement ps = c.prepareStatement(claim)) {
                columns.setInstant(ps, 1, now); // the CTE's parameters come first
                ps.setInt(2, max);
                setClaim(ps, 3, owner, now, leaseUntil);
                readClaimed(ps, rows, 0);
            }
        } else {
            try (PreparedStatement ps = c.prepareStatement(claim)) {
                int i = setClaim(ps, 1, owner, now, leaseUntil);
                columns.setInstant(ps, i++, now);
                ps.setInt(i++, max);
                columns.setInstant(ps, i, now);
                readClaimed(ps, rows, 0);
            }
        }
        // RETURNING and FINAL TABLE have no order: put them back in the claim's
        rows.sort(order == OutboxSql.Order.PRIORITY ? BY_PRIORITY : BY_AGE);
        return rows;
    }

    private record Row(long id, int attempts, String json, Instant createdAt, int priority) {}

    private static final Comparator<Row> BY_PRIORITY =
            Comparator.comparingInt(Row::priority).reversed().thenComparingLong(Row::id);
    private static final Comparator<Row> BY_AGE = Comparator.comparingLong(Row::id);

    private int setClaim(PreparedStatement ps, int i, String owner, Instant now, Instant leaseUntil)
            throws SQLException {
        ps.setString(i++, owner);
        columns.setInstant(ps, i++, leaseUntil);
        columns.setInstant(ps, i++, leaseUntil);
        columns.setInstant(ps, i++, now);
        return i;
    }

    private void readClaimed(PreparedStatement ps, List<Row> rows, int attemptOffset) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new Row(
                        rs.getLong("id"),
                        rs.getInt("attempts") + attemptOffset,
                        rs.getString("message"),
                        columns.getInstant(rs, "created_at"),
                        rs.getInt("priority")));
            }
        }
    }

    private void markUnreadable(Connection c, long id, Exception e, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql.failUnreadable)) {
            ps.setString(1, OutcomeColumns.truncate("unreadable message: " + e.getMessage()));
            columns.setInstant(ps, 2, now);
            columns.setInstant(ps, 3, now);
            ps.setLong(4, id);
            ps.executeUpdate();
        }
    }

    /**
     * Records outcomes; per item {@code null} or a {@link BatchQueue.Failure} with a {@link LeaseLostException}. On
     * PostgreSQL the whole batch is one statement (arrays joined to the table), elsewhere one JDBC batch.
     */
    public List<Object> complete(Connection c, List<Completion> items, Instant now) throws SQLException {
        if (dialect == JdbcDialect.POSTGRESQL) {
            return completeAsOneStatement(c, items, now);
        }
        try (PreparedStatement ps = c.prepareStatement(sql.complete)) {
            for (Completion item : items) {
                OutcomeColumns o = OutcomeColumns.of(item.outcome(), mapper);
                ps.setString(1, o.state());
                ps.setString(2, o.messageIds());
                if (o.status() != null) {
                    ps.setInt(3, o.status());
                } else {
                    ps.setNull(3, java.sql.Types.INTEGER);
                }
                ps.setString(4, o.error());
                ps.setString(5, o.account());
                columns.setInstant(ps, 6, now);
                columns.setInstant(ps, 7, now);
                ps.setLong(8, item.id());
                ps.setInt(9, item.attempt());
                ps.addBatch();
            }
            return fenced(c, ps.executeBatch(), items, "complete");
        }
    }

    /**
     * PostgreSQL: one UPDATE for the batch, the outcomes passed as arrays, the rows it changed read back from
     * RETURNING. The same message and attempt twice in a batch is sent once (its first outcome, as one statement each
     * would have stored); the later ones find it completed, as they would have.
     */
    private List<Object> completeAsOneStatement(Connection c, List<Completion> items, Instant now) throws SQLException {
        Set<Held> sent = new HashSet<>();
        int n = items.size();
        Long[] ids = new Long[n];
        Integer[] attempts = new Integer[n];
        String[] states = new String[n];
        String[] messageIds = new String[n];
        Integer[] statuses = new Integer[n];
        String[] errors = new String[n];
        String[] accounts = new String[n];
        List<Completion> distinct = new ArrayList<>(n);
        for (Completion item : items) {
            if (sent.add(new Held(item.id(), item.attempt()))) {
                distinct.add(item);
            }
        }
        distinct.sort(Comparator.comparingLong(Completion::id)); // rows are locked in this order
        int k = 0;
        for (Completion item : distinct) {
            OutcomeColumns o = OutcomeColumns.of(item.outcome(), mapper);
            ids[k] = item.id();
            attempts[k] = item.attempt();
            states[k] = o.state();
            messageIds[k] = o.messageIds();
            statuses[k] = o.status();
            errors[k] = o.error();
            accounts[k++] = o.account();
        }
        Set<Held> made = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(sql.completeMany)) {
            ps.setArray(1, c.createArrayOf("bigint", Arrays.copyOf(ids, k)));
            ps.setArray(2, c.createArrayOf("integer", Arrays.copyOf(attempts, k)));
            ps.setArray(3, c.createArrayOf("text", Arrays.copyOf(states, k)));
            ps.setArray(4, c.createArrayOf("text", Arrays.copyOf(messageIds, k)));
            ps.setArray(5, c.createArrayOf("integer", Arrays.copyOf(statuses, k)));
            ps.setArray(6, c.createArrayOf("text", Arrays.copyOf(errors, k)));
            ps.setArray(7, c.createArrayOf("text", Arrays.copyOf(accounts, k)));
            columns.setInstant(ps, 8, now);
            columns.setInstant(ps, 9, now);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    made.add(new Held(rs.getLong(1), rs.getInt(2)));
                }
            }
        }
        List<Object> results = new ArrayList<>(n);
        for (Completion item : items) {
            // remove: only the first of a repeated message and attempt counts as made
            results.add(made.remove(new Held(item.id(), item.attempt())) ? null : lost(item, "complete"));
        }
        return results;
    }

    /** Puts messages back; per item {@code null} or a {@link BatchQueue.Failure}. */
    public List<Object> release(Connection c, List<Release> items, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql.release)) {
            for (Release r : items) {
                ps.setInt(1, r.unclaim() ? 1 : 0);
                columns.setInstant(ps, 2, r.availableAt());
                columns.setInstant(ps, 3, now);
                ps.setLong(4, r.id());
                ps.setInt(5, r.attempt());
                ps.addBatch();
            }
            return fenced(c, ps.executeBatch(), items, "release");
        }
    }

    /** Extends leases; returns the ids whose lease was lost (completed elsewhere or taken again). */
    public List<Long> renew(Connection c, List<Held> held, Instant now, Instant leaseUntil) throws SQLException {
        List<Long> lost = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql.renew)) {
            for (Held h : held) {
                columns.setInstant(ps, 1, leaseUntil);
                columns.setInstant(ps, 2, leaseUntil);
                columns.setInstant(ps, 3, now);
                ps.setLong(4, h.id());
                ps.setInt(5, h.attempt());
                ps.addBatch();
            }
            int[] counts = ps.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    lost.add(held.get(i).id());
                }
            }
        }
        return lost;
    }

    /**
     * Inserts messages, returning an {@link Inserted} per message, in order. A message whose deduplication key a row
     * already holds is not inserted: its result is that row, unless the row was queued longer than {@code retention}
     * ago, which then forgets the key and the message is inserted.
     */
    public List<Object> insert(Connection c, List<NewMessage> items, Instant now, Duration retention)
            throws SQLException {
        List<Object> results = new ArrayList<>(items.size());
        int i = 0;
        while (i < items.size()) {
            if (items.get(i).message().deduplicationKey().isPresent()) {
                results.add(insertKeyed(c, items.get(i++), now, retention));
            } else {
                int j = i;
                while (j < items.size()
                        && items.get(j).message().deduplicationKey().isEmpty()) {
                    j++;
                }
                results.addAll(insertBatch(c, items.subList(i, j), now));
                i = j;
            }
        }
        return results;
    }

    private List<Inserted> insertBatch(Connection c, List<NewMessage> items, Instant now) throws SQLException {
        try (PreparedStatement ps = prepareInsert(c)) {
            for (NewMessage m : items) {
                setInsert(ps, m, now);
                ps.addBatch();
            }
            ps.executeBatch();
            List<Inserted> ids = new ArrayList<>(items.size());
            Instant created = Columns.millis(now);
            try (ResultSet keys = ps.getGeneratedKeys()) {
                while (keys.next()) {
                    ids.add(new Inserted(keys.getLong(1), created, 1, null));
                }
            }
            if (ids.size() != items.size()) {
                throw new SQLException("inserted " + items.size() + " messages into " + table
                        + " but the driver returned " + ids.size() + " generated ids");
            }
            return ids;
        }
    }

    /**
     * Inserts one message with a deduplication key, or finds the row holding it. The unique index decides races:
     * an insert of a key another transaction inserted and has not committed yet waits for it, then fails as a
     * duplicate (committed) or goes in (rolled back). A savepoint undoes just the failed insert, so the rest of the
     * transaction (a batch of enqueues) stands; read committed then sees the other transaction's row.
     */
    private Inserted insertKeyed(Connection c, NewMessage m, Instant now, Duration retention) throws SQLException {
        String key = m.message().deduplicationKey().orElseThrow();
        SQLException duplicate = null;
        for (int round = 0; round < 3; round++) {
            // in auto-commit (a caller's connection) a failed insert spoils nothing and there is no transaction to mark
            Savepoint savepoint = c.getAutoCommit() ? null : c.setSavepoint();
            try (PreparedStatement ps = prepareInsert(c)) {
                setInsert(ps, m, now);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    if (!keys.next()) {
                        throw new SQLException("inserted a message into " + table + " but got no generated id");
                    }
                    Inserted row = new Inserted(keys.getLong(1), Columns.millis(now), 1, null);
                    if (savepoint != null) {
                        c.releaseSavepoint(savepoint);
                    }
                    return row;
                }
            } catch (SQLException e) {
                if (!isDuplicateKey(e)) {
                    throw e;
                }
                if (savepoint != null) {
                    c.rollback(savepoint);
                }
                duplicate = e;
            }
            Inserted earlier = findByDedupKey(c, key);
            if (earlier == null) {
                continue; // the row that held it was purged meanwhile: insert again
            }
            if (earlier.createdAt().isAfter(now.minus(retention))) {
                return earlier;
            }
            try (PreparedStatement ps = c.prepareStatement(sql.forgetDedupKey)) {
                ps.setLong(1, earlier.id()); // past the retention: the key is free for a new message
                ps.executeUpdate();
            }
        }
        throw new SQLException(
                table + ": could not insert or find the message with deduplication key " + key, duplicate);
    }

    private Inserted findByDedupKey(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql.findByDedupKey)) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                long id = rs.getLong("id");
                try {
                    return new Inserted(
                            id,
                            columns.getInstant(rs, "created_at"),
                            Math.max(1, rs.getInt("attempts")),
                            mapper.readValue(rs.getString("message"), OutboundMessage.class));
                } catch (JsonProcessingException e) {
                    throw new SQLException(table + " row " + id + " holds unreadable JSON", e);
                }
            }
        }
    }

    /** A unique index violation: SQLState 23505 (PostgreSQL, H2), MariaDB's error 1062. */
    private static boolean isDuplicateKey(SQLException e) {
        return "23505".equals(e.getSQLState()) || e.getErrorCode() == 1062;
    }

    private PreparedStatement prepareInsert(Connection c) throws SQLException {
        return sql.generatedKey != null
                ? c.prepareStatement(sql.insert, sql.generatedKey)
                : c.prepareStatement(sql.insert, Statement.RETURN_GENERATED_KEYS);
    }

    private void setInsert(PreparedStatement ps, NewMessage m, Instant now) throws SQLException {
        columns.setInstant(ps, 1, now);
        ps.setString(2, m.message().trackingId());
        ps.setString(3, m.json());
        columns.setInstant(ps, 4, now);
        columns.setInstant(ps, 5, now);
        ps.setInt(6, m.message().queuePriority());
        ps.setString(7, m.message().deduplicationKey().orElse(null));
    }

    /** Cancels the queued row with this id; returns whether there was one. */
    public boolean cancel(Connection c, long id, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql.cancel)) {
            setCancel(ps, now).setLong(3, id);
            return ps.executeUpdate() > 0;
        }
    }

    /** Cancels the queued rows with this tracking id; returns how many. */
    public int cancelByTrackingId(Connection c, String trackingId, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql.cancelByTrackingId)) {
            setCancel(ps, now).setString(3, trackingId);
            return ps.executeUpdate();
        }
    }

    /** Cancels the queued rows created at or before {@code before}, or all queued rows if it is null. */
    public int cancelQueuedBefore(Connection c, Instant before, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(before == null ? sql.cancelQueued : sql.cancelOlderThan)) {
            setCancel(ps, now);
            if (before != null) {
                columns.setInstant(ps, 3, before);
            }
            return ps.executeUpdate();
        }
    }

    private PreparedStatement setCancel(PreparedStatement ps, Instant now) throws SQLException {
        columns.setInstant(ps, 1, now);
        columns.setInstant(ps, 2, now);
        return ps;
    }

    /** The row with this id. */
    public Optional<OutboxEntry> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql.find)) {
            ps.setLong(1, id);
            List<OutboxEntry> rows = entries(ps);
            return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
        }
    }

    /** The rows with this tracking id, oldest first. */
    public List<OutboxEntry> findByTrackingId(Connection c, String trackingId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql.findByTrackingId)) {
            ps.setString(1, trackingId);
            return entries(ps);
        }
    }

    /** How many rows are in each state (every state present, zero if none). */
    public Map<OutboxState, Long> counts(Connection c) throws SQLException {
        Map<OutboxState, Long> counts = new EnumMap<>(OutboxState.class);
        for (OutboxState s : OutboxState.values()) {
            counts.put(s, 0L);
        }
        try (PreparedStatement ps = c.prepareStatement(sql.counts);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                counts.put(OutboxState.ofColumn(rs.getString(1)), rs.getLong(2));
            }
        }
        return Collections.unmodifiableMap(counts);
    }

    /**
     * How many rows are in each state, per account: rows without an account (not final yet, or completed with an
     * outcome that named none) under {@code ""}. Every state is present for each account listed, zero if none.
     */
    public Map<String, Map<OutboxState, Long>> countsByAccount(Connection c) throws SQLException {
        Map<String, Map<OutboxState, Long>> counts = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql.countsByAccount);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String account = rs.getString(2);
                counts.computeIfAbsent(account == null ? "" : account, a -> {
                            Map<OutboxState, Long> m = new EnumMap<>(OutboxState.class);
                            for (OutboxState s : OutboxState.values()) {
                                m.put(s, 0L);
                            }
                            return m;
                        })
                        .merge(OutboxState.ofColumn(rs.getString(1)), rs.getLong(3), Long::sum);
            }
        }
        Map<String, Map<OutboxState, Long>> frozen = new TreeMap<>();
        counts.forEach((a, m) -> frozen.put(a, Collections.unmodifiableMap(m)));
        return Collections.unmodifiableMap(frozen);
    }

    /** Deletes final rows completed before {@code before}; returns how many. */
    public int purge(Connection c, Instant before) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql.purge)) {
            columns.setInstant(ps, 1, before);
            return ps.executeUpdate();
        }
    }

    private List<OutboxEntry> entries(PreparedStatement ps) throws SQLException {
        List<OutboxEntry> list = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String ids = rs.getString("message_ids");
                try {
                    list.add(new OutboxEntry(
                            Long.toString(rs.getLong("id")),
                            OutboxState.ofColumn(rs.getString("state")),
                            rs.getInt("attempts"),
                            rs.getString("tracking_id"),
                            mapper.readValue(rs.getString("message"), OutboundMessage.class),
                            ids == null ? List.of() : mapper.readValue(ids, STRINGS),
                            Optional.ofNullable(Columns.getInteger(rs, "command_status")),
                            Optional.ofNullable(rs.getString("error")),
                            Optional.ofNullable(rs.getString("account")).filter(a -> !a.isEmpty()),
                            Optional.ofNullable(rs.getString("lease_owner")),
                            Optional.ofNullable(columns.getInstant(rs, "available_at")),
                            columns.getInstant(rs, "created_at"),
                            columns.getInstant(rs, "updated_at"),
                            Optional.ofNullable(columns.getInstant(rs, "completed_at"))));
                } catch (JsonProcessingException e) {
                    throw new SQLException(table + " row " + rs.getLong("id") + " holds unreadable JSON", e);
                }
            }
        }
        return list;
    }

    /**
     * Turns batch update counts into per-item results: 0 rows means the attempt fence did not hold. A driver may answer
     * {@link Statement#SUCCESS_NO_INFO} for a batch it sent in one go (MariaDB with {@code useBulkStmts=true}); such
     * rows are read back and the change counts as made when the row is in {@code expected} state with the attempt
     * number the change left.
     */
    private List<Object> fenced(Connection c, int[] counts, List<? extends Fence> items, String op)
            throws SQLException {
        List<Object> results = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Fence f = items.get(i);
            boolean made = counts[i] == Statement.SUCCESS_NO_INFO ? readBack(c, f) : counts[i] > 0;
            results.add(made ? null : lost(f, op));
        }
        return results;
    }

    private BatchQueue.Failure lost(Fence f, String op) {
        return new BatchQueue.Failure(new LeaseLostException(table + ": cannot " + op + " message " + f.id()
                + " attempt " + f.attempt()
                + ": it is no longer in flight with that attempt (its lease expired and it was taken again, or it was"
                + " already completed)"));
    }

    /** A fenced change: the row, the attempt it expects, and the state and attempt count it leaves. */
    public interface Fence {
        long id();

        int attempt();

        String stateAfter();

        int attemptsAfter();
    }

    private boolean readBack(Connection c, Fence f) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT state, attempts FROM " + table + " WHERE id = ?")) {
            ps.setLong(1, f.id());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getString(1).equals(f.stateAfter()) && rs.getInt(2) == f.attemptsAfter();
            }
        }
    }
}
