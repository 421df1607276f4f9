package dev.smppkit.jdbc;

import dev.smppkit.client.Broker;
import dev.smppkit.client.Correlator;
import dev.smppkit.client.Esme;
import dev.smppkit.client.InMemoryBroker;
import dev.smppkit.client.InMemoryCorrelator;
import dev.smppkit.client.OutboundMessage;
import dev.smppkit.client.QueuedMessage;
import dev.smppkit.client.SubmitOutcome;
import dev.smppkit.codec.Address;
import dev.smppkit.testkit.SmscSimulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Throughput of the JDBC broker, run by hand (not a test):
 *
 * <pre>
 * java -cp "$(cat cp.txt):target/classes:target/test-classes" dev.smppkit.jdbc.JdbcBrokerBenchmark \
 *     [postgres-url]
 * </pre>
 *
 * <p>Part 1: take + complete rate of one broker (4 JDBC threads) with 4 consumers taking batches of 1, 10 and 100,
 * on H2 (in memory) and PostgreSQL (from the argument or {@code SMPPKIT_TEST_POSTGRES_URL}). Part 2: the end-to-end
 * submit rate of an ESME against the simulator with the in-memory broker and correlator versus the JDBC ones.
 * Rates are wall-clock messages per second after a warm-up round; they are figures for a report, not assertions.
 */
public final class JdbcBrokerBenchmark {
    private JdbcBrokerBenchmark() {}

    public static void main(String[] args) throws Exception {
        String pgUrl = args.length > 0 ? args[0] : System.getenv("SMPPKIT_TEST_POSTGRES_URL");
        List<String[]> rows = new ArrayList<>();
        System.out.printf(
                "machine: %d cores, %s %s%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"),
                System.getProperty("java.version"));
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

        System.out.println();
        System.out.println("| broker + correlator | ESME submit rate (msg/s) |");
        System.out.println("|---|---:|");
        esmeRound("warm-up", null, 5_000);
        System.out.printf("| in-memory | %s |%n", fmt(esmeRound("in-memory", null, 30_000)));
        System.out.printf("| JDBC, H2 | %s |%n", fmt(esmeRound("H2", h2(), 30_000)));
        if (pgUrl != null) {
            System.out.printf("| JDBC, PostgreSQL | %s |%n", fmt(esmeRound("PostgreSQL", postgres(pgUrl), 30_000)));
        }
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

    /** Queues {@code n} messages, starts an ESME and returns how many per second it submitted. */
    static double esmeRound(String name, DataSource ds, int n) throws Exception {
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
                JdbcBroker b = JdbcBroker.builder(ds).table(outbox).threads(4).build();
                JdbcCorrelator c =
                        JdbcCorrelator.builder(ds).table(corr).threads(2).build();
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
            Esme esme = Esme.builder()
                    .host(smsc.host())
                    .port(smsc.port())
                    .systemId("bench")
                    .password("secret")
                    .broker(broker)
                    .correlator(correlator)
                    .sessions(2)
                    .window(256)
                    .build();
            long t0 = System.nanoTime();
            esme.start().get(10, TimeUnit.SECONDS);
            while (esme.stats().accepted() < n) {
                Thread.sleep(5);
            }
            double rate = n / seconds(t0);
            esme.stop(Duration.ofSeconds(10)).join();
            for (AutoCloseable c : closeables) {
                c.close();
            }
            if (ds != null) {
                TestDatabases.drop(ds, outbox, corr);
            }
            return rate;
        }
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
        return ds;
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    static String fmt(double rate) {
        return String.format(Locale.ROOT, "%,.0f", rate);
    }
}
