package dev.smppkit.jdbc;

import dev.smppkit.client.Broker;
import dev.smppkit.client.Correlator;
import dev.smppkit.client.Esme;
import dev.smppkit.client.EsmeBuilder;
import dev.smppkit.client.InMemoryBroker;
import dev.smppkit.client.InMemoryCorrelator;
import dev.smppkit.client.InboundOptions;
import dev.smppkit.client.OutboundMessage;
import dev.smppkit.client.QueuedMessage;
import dev.smppkit.client.SubmitOutcome;
import dev.smppkit.codec.Address;
import dev.smppkit.testkit.SmscSimulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Throughput of the JDBC broker, run by hand (not a test):
 *
 * <pre>
 * java [-Dbench.messages=30000] [-Dbench.sql=true] [-Dbench.unlogged=true] [-Dbench.only=PostgreSQL] \
 *     -cp "$(cat cp.txt):target/classes:target/test-classes" dev.smppkit.jdbc.JdbcBrokerBenchmark [e2e]
 * </pre>
 *
 * <p>Part 1 (skipped with {@code e2e}): take + complete rate of one broker (4 JDBC threads) with 4 consumers taking
 * batches of 1, 10 and 100, on H2 (in memory) and PostgreSQL ({@code SMPPKIT_TEST_POSTGRES_URL}). Part 2: the
 * end-to-end rate of an ESME against the simulator (2 binds, window 256, every message with a receipt), from its start
 * until every message is accepted and every receipt matched, with the in-memory broker and correlator versus the JDBC
 * ones on PostgreSQL (also with unlogged tables if asked), MariaDB ({@code SMPPKIT_TEST_MARIADB_URL}) and H2. Beside
 * the rate, which depends on the machine and its load, it prints what does not: statements, round trips and commits
 * per message ({@link CountingDataSource}), and CPU time per message of this process and of the PostgreSQL server
 * processes serving it (from /proc, when the server runs on this machine). {@code bench.sql} lists the statements.
 * Figures for a report, not assertions.
 */
public final class JdbcBrokerBenchmark {
    private static final String APPLICATION = "smppkit-bench";

    private JdbcBrokerBenchmark() {}

    public static void main(String[] args) throws Exception {
        boolean endToEndOnly = args.length > 0 && args[0].equals("e2e");
        String pgUrl = System.getenv("SMPPKIT_TEST_POSTGRES_URL");
        String mariaUrl = System.getenv("SMPPKIT_TEST_MARIADB_URL");
        System.out.printf(
                "machine: %d cores, %s %s%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"),
                System.getProperty("java.version"));
        if (!endToEndOnly) {
            brokerRounds(pgUrl);
        }
        int n = Integer.getInteger("bench.messages", 30_000);
        System.out.println();
        System.out.println("| broker + correlator | msg/s, receipts matched | statements/msg | round trips/msg"
                + " | commits/msg | client CPU µs/msg | PostgreSQL CPU µs/msg |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        // -Dbench.only=PostgreSQL (or MariaDB, H2, in-memory): one row, e.g. to profile it alone
        String only = System.getProperty("bench.only", "");
        Predicate<String> runs = row -> only.isEmpty() || only.equals(row);
        esmeRound("warm-up", null, 5_000);
        if (runs.test("in-memory")) {
            print("in-memory", esmeRound("in-memory", null, n));
        }
        if (pgUrl != null && runs.test("PostgreSQL")) {
            esmeRound("warm-up", new CountingDataSource(postgres(pgUrl)), 5_000);
            print("JDBC, PostgreSQL", esmeRound("PostgreSQL", new CountingDataSource(postgres(pgUrl)), n));
            if (Boolean.getBoolean("bench.unlogged")) {
                print(
                        "JDBC, PostgreSQL unlogged",
                        esmeRound("PostgreSQL unlogged", new CountingDataSource(postgres(pgUrl)), n));
            }
        }
        if (mariaUrl != null && runs.test("MariaDB")) {
            print("JDBC, MariaDB", esmeRound("MariaDB", new CountingDataSource(mariadb(mariaUrl)), n));
        }
        if (runs.test("H2")) {
            print("JDBC, H2", esmeRound("H2", new CountingDataSource(h2()), n));
        }
    }

    private static void print(String name, double[] r) {
        System.out.printf(
                Locale.ROOT,
                "| %s | %s | %.2f | %.2f | %.3f | %.0f | %.0f |%n",
                name,
                fmt(r[0]),
                r[1],
                r[2],
                r[3],
                r[4],
                r[5]);
    }

    private static void brokerRounds(String pgUrl) throws Exception {
        List<String[]> rows = new ArrayList<>();
        for (String db : pgUrl != null ? List.of("H2", "PostgreSQL") : List.of("H2")) {
            DataSource ds = db.equals("H2") ? h2() : postgres(pgUrl);
            brokerRound(ds, 20, 1_000, true); // warm-up: JIT, connections, statement caches
            for (int batch : new int[] {1, 10, 100}) {
                int n = batch == 1 ? 10_000 : 40_000;
                double[] r = brokerRound(ds, batch, n, false);
                rows.add(new String[] {db, Integer.toString(batch), fmt(r[0]), fmt(r[1])});
                System.out.printf(
                        "%-10s batch %3d: enqueue %8s msg/s, take+complete %8s msg/s%n",
                        db, batch, fmt(r[0]), fmt(r[1]));
            }
        }
        System.out.println();
        System.out.println("| database | take batch | enqueue (msg/s) | take + complete (msg/s) |");
        System.out.println("|---|---:|---:|---:|");
        rows.forEach(r -> System.out.printf("| %s | %s | %s | %s |%n", r[0], r[1], r[2], r[3]));
    }

    /** Returns {enqueue rate, take + complete rate}. */
    static double[] brokerRound(DataSource ds, int batch, int n, boolean quiet) throws Exception {
        String table = "bench_outbox_" + System.nanoTime();
        try (JdbcBroker broker = JdbcBroker.builder(ds).table(table).threads(4).build()) {
            broker.initializeSchema();
            long t0 = System.nanoTime();
            List<CompletableFuture<List<QueuedMessage>>> inserts = new ArrayList<>();
            for (int start = 0; start < n; start += 500) {
                List<OutboundMessage> chunk = new ArrayList<>();
                for (int i = start; i < Math.min(n, start + 500); i++) {
                    chunk.add(message(i));
                }
                inserts.add(broker.enqueue(chunk).toCompletableFuture());
            }
            inserts.forEach(CompletableFuture::join);
            double enqueue = n / seconds(t0);

            AtomicInteger done = new AtomicInteger();
            ExecutorService consumers = Executors.newFixedThreadPool(4);
            long t1 = System.nanoTime();
            List<CompletableFuture<Void>> all = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                all.add(CompletableFuture.runAsync(
                        () -> {
                            while (done.get() < n) {
                                List<QueuedMessage> taken =
                                        broker.take(batch).toCompletableFuture().join();
                                List<CompletableFuture<Void>> completions = new ArrayList<>(taken.size());
                                for (QueuedMessage m : taken) {
                                    completions.add(
                                            broker.complete(m, new SubmitOutcome.Accepted(List.of("id" + m.id())))
                                                    .toCompletableFuture());
                                }
                                completions.forEach(CompletableFuture::join);
                                done.addAndGet(taken.size());
                            }
                        },
                        consumers));
            }
            all.forEach(CompletableFuture::join);
            double drain = n / seconds(t1);
            consumers.shutdown();
            return new double[] {enqueue, drain};
        } finally {
            TestDatabases.drop(ds, table);
        }
    }

    /**
     * Queues {@code n} messages, starts an ESME and returns {msg/s until every receipt is matched, statements, round
     * trips and commits per message (JDBC only), CPU microseconds of this process per message (client and simulator)}.
     */
    static double[] esmeRound(String name, CountingDataSource ds, int n) throws Exception {
        String outbox = "bench_e2e_outbox_" + System.nanoTime();
        String corr = "bench_e2e_corr_" + System.nanoTime();
        List<AutoCloseable> closeables = new ArrayList<>();
        try (SmscSimulator smsc = SmscSimulator.builder()
                .credential("bench", "secret")
                .recordTraffic(false)
                .maxStoredMessages(1000)
                .eventLoopThreads(1)
                .start()) {
            Broker broker;
            Correlator correlator;
            if (ds == null) {
                broker = new InMemoryBroker(n + 1);
                correlator = new InMemoryCorrelator();
            } else {
                boolean unlogged = name.endsWith("unlogged");
                JdbcBroker.Builder bb = JdbcBroker.builder(ds).table(outbox).threads(4);
                JdbcCorrelator.Builder cb =
                        JdbcCorrelator.builder(ds).table(corr).threads(2);
                if (unlogged) { // only then: the benchmark also runs against classes of versions without the option
                    bb.unlogged(true);
                    cb.unlogged(true);
                }
                JdbcBroker b = bb.build();
                JdbcCorrelator c = cb.build();
                b.initializeSchema();
                c.initializeSchema();
                closeables.add(b);
                closeables.add(c);
                broker = b;
                correlator = c;
            }
            List<CompletableFuture<QueuedMessage>> queued = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                queued.add(broker.enqueue(message(i)).toCompletableFuture());
            }
            queued.forEach(CompletableFuture::join);
            EsmeBuilder eb = Esme.builder()
                    .host(smsc.host())
                    .port(smsc.port())
                    .systemId("bench")
                    .password("secret")
                    .broker(broker)
                    .correlator(correlator)
                    .sessions(2)
                    .window(256);
            if (Boolean.getBoolean("bench.keepEntries")) { // correlator entries outlive their final receipt
                eb.inbound(
                        InboundOptions.builder().forgetAfterFinalReceipt(false).build());
            }
            Esme esme = eb.build();
            if (ds != null) {
                ds.reset();
            }
            Map<Long, Long> server0 = serverTicks(name);
            long cpu0 = processCpuNanos();
            long t0 = System.nanoTime();
            esme.start().get(10, TimeUnit.SECONDS);
            while (esme.stats().accepted() < n || esme.stats().receiptsMatched() < n) {
                Thread.sleep(5);
            }
            double rate = n / seconds(t0);
            double cpu = (processCpuNanos() - cpu0) / 1e3 / n;
            Map<Long, Long> server1 = serverTicks(name);
            long ticks = 0;
            for (Map.Entry<Long, Long> e : server1.entrySet()) {
                ticks += e.getValue() - server0.getOrDefault(e.getKey(), 0L);
            }
            double[] result = {
                rate,
                ds == null ? 0 : ds.statements.sum() / (double) n,
                ds == null ? 0 : ds.roundTrips.sum() / (double) n,
                ds == null ? 0 : ds.commits.sum() / (double) n,
                cpu,
                ticks * 10_000.0 / n // Linux counts 100 ticks a second
            };
            if (ds != null && Boolean.getBoolean("bench.sql")) {
                ds.bySql.forEach((sql, count) ->
                        System.out.printf(Locale.ROOT, "  %s %.3f/msg: %s%n", name, count.sum() / (double) n, sql));
            }
            esme.stop(Duration.ofSeconds(10)).join();
            for (AutoCloseable c : closeables) {
                c.close();
            }
            if (ds != null) {
                TestDatabases.drop(ds, outbox, corr);
            }
            return result;
        }
    }

    /**
     * PostgreSQL: the CPU ticks (user + system) of each server process serving this benchmark's connections (named by
     * their application_name), read from /proc; empty elsewhere or when the server is not on this machine.
     */
    private static Map<Long, Long> serverTicks(String name) {
        Map<Long, Long> ticks = new HashMap<>();
        String url = System.getenv("SMPPKIT_TEST_POSTGRES_URL");
        if (!name.startsWith("PostgreSQL") || url == null) {
            return ticks;
        }
        try (Connection c = postgresPlain(url).getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT pid FROM pg_stat_activity WHERE application_name = '" + APPLICATION + "'")) {
            while (rs.next()) {
                long pid = rs.getLong(1);
                Path stat = Path.of("/proc", Long.toString(pid), "stat");
                if (Files.isReadable(stat)) {
                    String line = Files.readString(stat);
                    String[] f = line.substring(line.lastIndexOf(')') + 2).split(" ");
                    ticks.put(pid, Long.parseLong(f[11]) + Long.parseLong(f[12])); // utime, stime
                }
            }
        } catch (SQLException | IOException e) {
            System.out.println("(no server CPU: " + e.getMessage() + ")");
        }
        return ticks;
    }

    private static long processCpuNanos() {
        return ProcessHandle.current()
                .info()
                .totalCpuDuration()
                .map(Duration::toNanos)
                .orElse(0L);
    }

    static OutboundMessage message(int i) {
        return OutboundMessage.builder()
                .from(Address.alphanumeric("ACME"))
                .to(Address.international("44770" + String.format("%07d", i)))
                .text("benchmark message number " + i)
                .requestReceipt(true)
                .trackingId("b" + i)
                .build();
    }

    static DataSource h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000");
        return h2;
    }

    static DataSource postgres(String url) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        ds.setApplicationName(APPLICATION);
        return ds;
    }

    private static DataSource postgresPlain(String url) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        return ds;
    }

    static DataSource mariadb(String url) throws SQLException {
        return new org.mariadb.jdbc.MariaDbDataSource(url);
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    static String fmt(double rate) {
        return String.format(Locale.ROOT, "%,.0f", rate);
    }
}
