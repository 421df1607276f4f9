package dev.smppkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.smppkit.client.SubmitOutcome;
import dev.smppkit.client.Tracking;
import dev.smppkit.jackson.SmppJacksonModule;
import dev.smppkit.jdbc.TestDatabases.Db;
import dev.smppkit.jdbc.internal.CorrelationStore;
import dev.smppkit.jdbc.internal.OutboxStore;
import dev.smppkit.jdbc.internal.Schema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The batched PostgreSQL statements of the hot path keep reading only the rows they are about after the server has
 * cached a generic plan made while the table was empty, as a server-prepared statement does (pgjdbc server-prepares
 * from the fifth run; {@code plan_cache_mode = force_generic_plan} makes PostgreSQL keep the generic plan from the
 * start). Rows read are counted in {@code pg_stat_xact_user_tables} within one transaction: counts, not timings.
 * Before the fix a receipt lookup of 10 ids read every row of the account and a completion of 10 messages every
 * in-flight row.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PostgresPlansTest {
    private static final int ROWS = 5_000;
    private static final int BATCH = 10;
    private final ObjectMapper mapper = SmppJacksonModule.newObjectMapper();

    @Test
    void aReceiptLookupReadsOnlyTheRowsOfItsIds() throws SQLException {
        DataSource ds = TestDatabases.dataSource(Db.POSTGRESQL);
        String table = TestDatabases.table("plans_corr");
        CorrelationStore store = new CorrelationStore(JdbcDialect.POSTGRESQL, table, mapper);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        try (Connection c = genericPlans(ds, "correlation", table)) {
            List<CorrelationStore.Key> keys = IntStream.range(0, BATCH)
                    .mapToObj(i -> new CorrelationStore.Key("esme", Integer.toString(i * 397)))
                    .toList();
            for (int i = 0; i < 6; i++) { // plans made while the table is empty
                assertThat(store.get(c, keys, now)).allMatch(Optional.empty()::equals);
            }
            fill(store, c, now, "esme");

            long before = rowsRead(c, table);
            List<Object> found = store.get(c, keys, now);
            long read = rowsRead(c, table) - before;

            assertThat(found).hasSize(BATCH).allMatch(o -> ((Optional<?>) o).isPresent());
            assertThat(read).as("rows read for %d ids among %d", BATCH, ROWS).isLessThanOrEqualTo(2L * BATCH);
            c.rollback();
        } finally {
            TestDatabases.drop(ds, table);
        }
    }

    @Test
    void removingAfterFinalReceiptsReadsOnlyTheRowsItDeletes() throws SQLException {
        DataSource ds = TestDatabases.dataSource(Db.POSTGRESQL);
        String table = TestDatabases.table("plans_corr_rm");
        CorrelationStore store = new CorrelationStore(JdbcDialect.POSTGRESQL, table, mapper);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        try (Connection c = genericPlans(ds, "correlation", table)) {
            List<CorrelationStore.Key> keys = IntStream.range(0, BATCH)
                    .mapToObj(i -> new CorrelationStore.Key(i % 2 == 0 ? "esme" : "other", Integer.toString(i * 397)))
                    .toList();
            for (int i = 0; i < 6; i++) { // plans made while the table is empty
                assertThat(store.remove(c, keys)).hasSize(BATCH).containsOnlyNulls();
            }
            fill(store, c, now, "esme", "other");

            long before = rowsRead(c, table);
            store.remove(c, keys);
            long read = rowsRead(c, table) - before;

            assertThat(read).as("rows read to remove %d of %d", BATCH, 2 * ROWS).isLessThanOrEqualTo(2L * BATCH);
            assertThat(store.get(c, keys, now)).allMatch(Optional.empty()::equals);
            List<CorrelationStore.Key> others = keys.stream()
                    .map(k -> new CorrelationStore.Key(k.systemId().equals("esme") ? "other" : "esme", k.messageId()))
                    .toList();
            assertThat(store.get(c, others, now))
                    .as("the same ids of the other account stay")
                    .allMatch(o -> ((Optional<?>) o).isPresent());
            c.rollback();
        } finally {
            TestDatabases.drop(ds, table);
        }
    }

    @Test
    void completingABatchReadsOnlyItsRowsWhateverIsInFlight() throws SQLException {
        DataSource ds = TestDatabases.dataSource(Db.POSTGRESQL);
        String table = TestDatabases.table("plans_outbox");
        OutboxStore store = new OutboxStore(JdbcDialect.POSTGRESQL, table, mapper);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        SubmitOutcome accepted = new SubmitOutcome.Accepted(List.of("m"));
        try (Connection c = genericPlans(ds, "outbox", table)) {
            List<OutboxStore.Completion> none =
                    List.of(new OutboxStore.Completion(1, 1, accepted), new OutboxStore.Completion(2, 1, accepted));
            for (int i = 0; i < 6; i++) { // plans made while nothing is in flight
                assertThat(store.complete(c, none, now)).doesNotContainNull();
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO " + table + " (state, attempts, available_at, message, created_at,"
                        + " updated_at) SELECT 'in_flight', 1, now() + interval '1 hour', '{}', now(), now()"
                        + " FROM generate_series(1, " + ROWS + ")");
            }
            c.commit();
            List<OutboxStore.Completion> batch = IntStream.range(0, BATCH)
                    .mapToObj(i -> new OutboxStore.Completion(1 + i * 397L, 1, accepted))
                    .toList();

            long before = rowsRead(c, table);
            List<Object> results = store.complete(c, batch, now);
            long read = rowsRead(c, table) - before;

            assertThat(results).hasSize(BATCH).containsOnlyNulls();
            assertThat(read)
                    .as("rows read to complete %d of %d in flight", BATCH, ROWS)
                    .isLessThanOrEqualTo(3L * BATCH);
            c.rollback();
        } finally {
            TestDatabases.drop(ds, table);
        }
    }

    /** Stores and commits ids 0 to {@code ROWS - 1} for each account. */
    private static void fill(CorrelationStore store, Connection c, Instant now, String... accounts)
            throws SQLException {
        List<CorrelationStore.Put> puts = new ArrayList<>(accounts.length * ROWS);
        for (String account : accounts) {
            for (int i = 0; i < ROWS; i++) {
                Tracking t = new Tracking("b" + i, null, Map.of(), 1, 1, "447700900000", now);
                puts.add(new CorrelationStore.Put(
                        new CorrelationStore.Key(account, Integer.toString(i)), t, now.plusSeconds(3600)));
            }
        }
        store.put(c, puts);
        c.commit();
    }

    /** A connection in a transaction whose statements keep generic plans, with the table created. */
    private static Connection genericPlans(DataSource ds, String kind, String table) throws SQLException {
        Connection c = ds.getConnection();
        try (Statement s = c.createStatement()) {
            for (String ddl : Schema.statements(JdbcDialect.POSTGRESQL, kind, table)) {
                s.execute(ddl);
            }
            s.execute("SET plan_cache_mode = force_generic_plan");
        }
        c.setAutoCommit(false);
        return c;
    }

    /** Rows this transaction has read from the table, by sequential and index scans. */
    private static long rowsRead(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(seq_tup_read, 0) + coalesce(idx_tup_fetch, 0)"
                + " FROM pg_stat_xact_user_tables WHERE relid = CAST(? AS regclass)")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }
}
