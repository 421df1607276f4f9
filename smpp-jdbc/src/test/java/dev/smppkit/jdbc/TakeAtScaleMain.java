package dev.smppkit.jdbc;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.smppkit.client.OutboundMessage;
import dev.smppkit.client.QueuedMessage;
import dev.smppkit.client.SubmitOutcome;
import dev.smppkit.codec.Address;
import dev.smppkit.jackson.SmppJacksonModule;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Whether a take costs the same with 10,000 and 1,000,000 queued messages of mixed priority on PostgreSQL, run by hand
 * (not a test; figures for a report, never assertions):
 *
 * <pre>
 * java -cp "$(cat cp.txt):target/classes:target/test-classes" dev.smppkit.jdbc.TakeAtScaleMain [postgres-url]
 * </pre>
 *
 * <p>Fills the outbox with one bulk INSERT ... SELECT over generate_series (priority = row number mod 10), prints
 * the EXPLAIN of the take's two queued orders, then times takes of 10 (each completed) at each size.
 */
public final class TakeAtScaleMain {
    private static final int TAKES = 300;

    private TakeAtScaleMain() {}

    public static void main(String[] args) throws Exception {
        String url = args.length > 0 ? args[0] : System.getenv("SMPPKIT_TEST_POSTGRES_URL");
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(url);
        String table = "smppkit_scale_outbox";
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + table);
        }
        try (JdbcBroker broker = JdbcBroker.builder(ds).table(table).threads(2).build()) {
            broker.initializeSchema();
            for (int size : new int[] {10_000, 1_000_000}) {
                fill(ds, table, size);
                explain(ds, table, "priority DESC, id");
                explain(ds, table, "id");
                measure(broker, size);
            }
        }
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + table);
        }
    }

    /** Tops the queued rows up to {@code size} with one statement, then refreshes the planner's statistics. */
    private static void fill(DataSource ds, String table, int size) throws Exception {
        ObjectMapper mapper = SmppJacksonModule.newObjectMapper();
        String json = mapper.writeValueAsString(OutboundMessage.builder()
                .from(Address.alphanumeric("BULK"))
                .to(Address.international("447700900123"))
                .text("bulk message")
                .build());
        long start = System.nanoTime();
        try (Connection c = ds.getConnection()) {
            long queued;
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table + " WHERE state = 'queued'")) {
                rs.next();
                queued = rs.getLong(1);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table
                    + " (state, attempts, available_at, message, created_at, updated_at, priority)"
                    + " SELECT 'queued', 0, now(), CAST(? AS JSONB), now(), now(), g % 10"
                    + " FROM generate_series(1, ?) AS g")) {
                ps.setString(1, json);
                ps.setLong(2, size - queued);
                ps.executeUpdate();
            }
            try (Statement s = c.createStatement()) {
                s.execute("VACUUM ANALYZE " + table);
            }
        }
        System.out.printf("filled to %,d queued rows in %,d ms%n", size, (System.nanoTime() - start) / 1_000_000);
    }

    private static void explain(DataSource ds, String table, String order) throws Exception {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("EXPLAIN (ANALYZE, BUFFERS) SELECT id FROM " + table
                        + " WHERE state = 'queued' AND available_at <= now() ORDER BY " + order
                        + " LIMIT 10 FOR UPDATE SKIP LOCKED")) {
            System.out.println("EXPLAIN take ordered by " + order + ":");
            while (rs.next()) {
                System.out.println("  " + rs.getString(1));
            }
        }
    }

    private static void measure(JdbcBroker broker, int size) {
        for (int warm = 0; warm < 30; warm++) {
            takeAndComplete(broker);
        }
        long[] micros = new long[TAKES];
        long start = System.nanoTime();
        for (int i = 0; i < TAKES; i++) {
            long t = System.nanoTime();
            takeAndComplete(broker);
            micros[i] = (System.nanoTime() - t) / 1_000;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(micros);
        System.out.printf(
                "%,9d queued: %d takes of 10 (+ complete): median %.2f ms, p90 %.2f ms, p99 %.2f ms; %.0f msg/s%n",
                size,
                TAKES,
                micros[TAKES / 2] / 1000.0,
                micros[TAKES * 9 / 10] / 1000.0,
                micros[TAKES * 99 / 100] / 1000.0,
                TAKES * 10 / seconds);
    }

    private static void takeAndComplete(JdbcBroker broker) {
        List<QueuedMessage> batch = broker.take(10).toCompletableFuture().join();
        batch.stream()
                .map(m -> broker.complete(m, new SubmitOutcome.Accepted(List.of("x"), "bench"))
                        .toCompletableFuture())
                .toList()
                .forEach(f -> f.join());
    }
}
