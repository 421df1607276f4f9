package dev.smppkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.client.OutboundMessage;
import dev.smppkit.codec.Address;
import dev.smppkit.testkit.ReceiptPolicy;
import dev.smppkit.testkit.SmscSimulator;
import dev.smppkit.testkit.StoredMessage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real crash: a child JVM ({@link KilledEsmeMain}) sends the outbox through the JDBC broker to the simulator in this
 * JVM, is killed with SIGKILL twice mid-run (once a count of accepted messages shows in the database, not after a
 * sleep) and restarted. When the outbox has drained, every message is in exactly one final state, accepted with the id
 * of a copy the SMSC holds; none is lost; a message reached the SMSC twice only if it was in flight (leased, not yet
 * recorded) at a kill, which is what at-least-once allows, and those duplicates are counted.
 *
 * <p>H2 in file mode with AUTO_SERVER (this JVM opens it first, so it serves the child over TCP and the database
 * survives the kill); PostgreSQL too when {@code SMPPKIT_TEST_POSTGRES_URL} is set.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class ProcessKillIT {
    static final String SYSTEM_ID = "killed";
    static final String PASSWORD = "secret";
    private static final int MESSAGES = Integer.getInteger("smppkit.killTest.messages", 20_000);
    private static final double[] KILL_AT = {0.25, 0.5}; // fractions of MESSAGES accepted

    @TempDir
    Path dir;

    @Test
    void h2() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("outbox").toAbsolutePath() + ";AUTO_SERVER=TRUE;LOCK_TIMEOUT=20000";
        run(url);
    }

    @Test
    void postgresql() throws Exception {
        String url = System.getenv("SMPPKIT_TEST_POSTGRES_URL");
        Assumptions.assumeTrue(url != null && !url.isBlank(), "SMPPKIT_TEST_POSTGRES_URL is not set");
        run(url);
    }

    private void run(String url) throws Exception {
        DataSource ds = KilledEsmeMain.dataSource(url);
        String outbox = TestDatabases.table("kill_outbox");
        String correlation = TestDatabases.table("kill_corr");
        try (Connection holder = ds.getConnection(); // H2: this JVM opens first, so it is the server
                SmscSimulator smsc = SmscSimulator.builder()
                        .credential(SYSTEM_ID, PASSWORD)
                        .receipts(ReceiptPolicy.builder()
                                .delay(Duration.ofMillis(100))
                                .build())
                        .redelivery(1000, Duration.ofMillis(100))
                        .recordTraffic(false)
                        .maxStoredMessages(1_000_000)
                        .start();
                JdbcBroker broker = JdbcBroker.builder(ds).table(outbox).build();
                JdbcCorrelator correlator =
                        JdbcCorrelator.builder(ds).table(correlation).build()) {
            broker.initializeSchema();
            correlator.initializeSchema();
            for (int start = 0; start < MESSAGES; start += 1000) {
                List<OutboundMessage> chunk = new ArrayList<>();
                for (int i = start; i < Math.min(MESSAGES, start + 1000); i++) {
                    chunk.add(message(i));
                }
                broker.enqueue(chunk).toCompletableFuture().join();
            }
            Supplier<Map<OutboxState, Long>> counts =
                    () -> broker.countByState().toCompletableFuture().join();

            Set<String> inFlightAtKills = new HashSet<>();
            List<String> killLog = new ArrayList<>();
            for (double fraction : KILL_AT) {
                Child child = Child.start(url, outbox, correlation, smsc);
                long target = (long) (MESSAGES * fraction);
                await("accepted >= " + target, Duration.ofMinutes(5), () -> accepted(counts) >= target, child);
                child.process.destroyForcibly();
                assertThat(child.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
                if (System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux")) {
                    assertThat(child.process.exitValue())
                            .as("killed by SIGKILL (128 + 9)")
                            .isEqualTo(137);
                }
                Set<String> inFlight = trackingIds(ds, outbox, "in_flight");
                inFlightAtKills.addAll(inFlight);
                killLog.add("killed at " + counts.get() + " (" + inFlight.size() + " in flight)");
            }

            Child last = Child.start(url, outbox, correlation, smsc);
            await(
                    "the outbox drained",
                    Duration.ofMinutes(8),
                    () -> {
                        Map<OutboxState, Long> c = counts.get();
                        return c.get(OutboxState.QUEUED) == 0 && c.get(OutboxState.IN_FLIGHT) == 0;
                    },
                    last);
            last.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

            // One row per message, each in exactly one final state; accepted ones carry the id of an SMSC copy.
            Map<OutboxState, Long> end = counts.get();
            assertThat(end.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(MESSAGES);
            Map<String, List<String>> idsByTracking = acceptedIds(ds, outbox);
            Map<String, List<StoredMessage>> copies =
                    smsc.messages().all().stream().collect(Collectors.groupingBy(ProcessKillIT::tracking));
            long finals = end.get(OutboxState.ACCEPTED) + end.get(OutboxState.REJECTED) + end.get(OutboxState.FAILED);
            assertThat(finals).as("messages in a final state").isEqualTo(MESSAGES);
            // Nothing failed or was rejected here (the simulator has no faults), so every message must be accepted.
            assertThat(end.get(OutboxState.ACCEPTED)).isEqualTo(MESSAGES);
            assertThat(idsByTracking).hasSize(MESSAGES);
            idsByTracking.forEach((tracking, ids) -> {
                assertThat(ids).as("message ids of %s", tracking).hasSize(1);
                assertThat(copies.get(tracking))
                        .as("SMSC copies of %s", tracking)
                        .extracting(StoredMessage::messageId)
                        .contains(ids.get(0));
            });
            // None lost: the SMSC has every message. A message reaches it twice only when it was taken twice, as
            // at-least-once allows: in flight at a kill, or taken again after its lease expired (a slow database).
            assertThat(copies.keySet()).isEqualTo(idsByTracking.keySet());
            Map<String, Integer> attempts = attempts(ds, outbox);
            long duplicates = 0;
            long afterKill = 0;
            for (Map.Entry<String, List<StoredMessage>> e : copies.entrySet()) {
                int extra = e.getValue().size() - 1;
                if (extra > 0) {
                    assertThat(attempts.get(e.getKey()))
                            .as("attempts of %s, which reached the SMSC %d times", e.getKey(), extra + 1)
                            .isGreaterThan(extra);
                    duplicates += extra;
                    afterKill += inFlightAtKills.contains(e.getKey()) ? extra : 0;
                }
            }
            System.out.printf(
                    "ProcessKillIT %s: %,d messages; %s; at the end %s; SMSC copies %,d, duplicates %,d (%,d of"
                            + " messages in flight at a kill, %,d after a lease expired); %,d were in flight at the"
                            + " kills%n",
                    url.startsWith("jdbc:h2") ? "H2" : "PostgreSQL",
                    MESSAGES,
                    String.join(", ", killLog),
                    end,
                    smsc.messages().size(),
                    duplicates,
                    afterKill,
                    duplicates - afterKill,
                    inFlightAtKills.size());
        } finally {
            TestDatabases.drop(ds, outbox, correlation);
        }
    }

    private static long accepted(Supplier<Map<OutboxState, Long>> counts) {
        return counts.get().getOrDefault(OutboxState.ACCEPTED, 0L);
    }

    private static OutboundMessage message(int i) {
        String tracking = "t" + i;
        return OutboundMessage.builder()
                .from(Address.alphanumeric("ACME"))
                .to(Address.international("44770" + String.format("%07d", i)))
                .text("msg " + tracking) // the SMSC's copy names the message
                .requestReceipt(true)
                .trackingId(tracking)
                .build();
    }

    private static String tracking(StoredMessage m) {
        return new String(m.body(), StandardCharsets.ISO_8859_1).substring("msg ".length());
    }

    private static Set<String> trackingIds(DataSource ds, String outbox, String state) throws Exception {
        Set<String> ids = new HashSet<>();
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT tracking_id FROM " + outbox + " WHERE state = '" + state + "'")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    private static Map<String, Integer> attempts(DataSource ds, String outbox) throws Exception {
        Map<String, Integer> attempts = new HashMap<>();
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT tracking_id, attempts FROM " + outbox)) {
            while (rs.next()) {
                attempts.put(rs.getString(1), rs.getInt(2));
            }
        }
        return attempts;
    }

    private static Map<String, List<String>> acceptedIds(DataSource ds, String outbox) throws Exception {
        Map<String, List<String>> ids = new HashMap<>();
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT tracking_id, message_ids FROM " + outbox + " WHERE state = 'accepted'")) {
            while (rs.next()) {
                String list = rs.getString(2);
                ids.put(
                        rs.getString(1),
                        list == null
                                ? List.of()
                                : List.of(list.replaceAll("[\\[\\]\"]", "").split(",")));
            }
        }
        return ids;
    }

    private static void await(String what, Duration within, BooleanSupplier condition, Child child) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (!child.process.isAlive()) {
                throw new AssertionError("the child died waiting until " + what + ":\n" + child.log());
            }
            if (System.nanoTime() > deadline) {
                child.process.destroyForcibly();
                throw new AssertionError("timed out waiting until " + what + "; child log:\n" + child.log());
            }
            Thread.sleep(250); // the parent serves the H2 database: poll gently
        }
    }

    /** The child JVM, on this JVM's class path, its output in a file. */
    private record Child(Process process, File output) {
        static Child start(String url, String outbox, String correlation, SmscSimulator smsc) throws Exception {
            Path logs = Files.createDirectories(Path.of("target", "process-kill"));
            File output = Files.createTempFile(logs, "child", ".log").toFile();
            List<String> command = List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m",
                    "-cp",
                    System.getProperty("java.class.path"),
                    KilledEsmeMain.class.getName(),
                    url,
                    outbox,
                    correlation,
                    smsc.host(),
                    Integer.toString(smsc.port()));
            Process p = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(output)
                    .start();
            return new Child(p, output);
        }

        String log() throws Exception {
            List<String> lines = Files.readAllLines(output.toPath());
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        }
    }
}
