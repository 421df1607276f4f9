package dev.smppkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.EsmClass;
import dev.smppkit.codec.pdu.DeliverSm;
import dev.smppkit.testkit.SmscSimulator;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real crash of the consuming JVM with a {@link JdbcInbox}: a child ({@link InboxKilledMain}) is killed with
 * SIGKILL once while a long incoming message is half received (two of its three segments acknowledged) and once
 * while its hook runs for another message; each kill happens when the database shows the state, not after a sleep.
 * After the restarts every message reached the hook's idempotent record exactly once per inbox id, the long message
 * whole, none lost, and the inbox is empty.
 *
 * <p>H2 in file mode with AUTO_SERVER, as in {@link ProcessKillIT}: this JVM opens it first and serves the child.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class InboxKillIT {
    static final String SYSTEM_ID = "inboxkill";
    static final String PASSWORD = "secret";
    private static final String[] PARTS = {"part one, ", "part two, ", "part three"};
    private static final String BLOCK = "block the hook";

    @TempDir
    Path dir;

    @Test
    void noIncomingMessageIsLostOrSeenTwiceByTheIdempotentHook() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("inbox").toAbsolutePath() + ";AUTO_SERVER=TRUE;LOCK_TIMEOUT=20000";
        DataSource ds = KilledEsmeMain.dataSource(url);
        String inboxTable = TestDatabases.table("kill_inbox");
        String calls = TestDatabases.table("kill_calls");
        String attempts = TestDatabases.table("kill_attempts");
        try (Connection holder = ds.getConnection(); // this JVM opens first, so it is the H2 server
                SmscSimulator smsc = SmscSimulator.builder()
                        .credential(SYSTEM_ID, PASSWORD)
                        .recordTraffic(false)
                        .start();
                JdbcInbox inbox = JdbcInbox.builder(ds).table(inboxTable).build()) {
            inbox.initializeSchema();
            try (Statement s = holder.createStatement()) {
                s.execute("CREATE TABLE " + calls
                        + " (inbox_id BIGINT PRIMARY KEY, text VARCHAR(200), complete BOOLEAN, segments INT)");
                s.execute("CREATE TABLE " + attempts
                        + " (inbox_id BIGINT, text VARCHAR(200), complete BOOLEAN, segments INT)");
            }
            String[] tables = {url, inboxTable, calls, attempts, smsc.host(), Integer.toString(smsc.port()), "-"};
            String[] blocking = tables.clone();
            blocking[6] = BLOCK; // only the second process's hook blocks on that message

            // 1. Killed while a long message is half received: its first two segments are acknowledged, so they
            //    must be in the database.
            Child first = Child.start(tables);
            awaitSessions(smsc, 1, first);
            deliver(smsc, "a short one");
            await("the short message reached the hook", () -> texts(ds, calls).contains("a short one"), first);
            deliver(smsc, segment(1));
            deliver(smsc, segment(2));
            assertThat(segmentRows(holder, inboxTable))
                    .as("acknowledged segments are stored")
                    .isEqualTo(2);
            kill(first);
            awaitSessions(smsc, 0, first);

            // 2. The last segment arrives at the restarted process: the message is whole across the restart. Then
            //    it is killed while the hook runs for another message.
            Child second = Child.start(blocking);
            awaitSessions(smsc, 1, second);
            deliver(smsc, segment(3));
            await("the long message reached the hook", () -> texts(ds, calls).contains(String.join("", PARTS)), second);
            deliver(smsc, BLOCK);
            await(
                    "the hook runs for the blocking message",
                    () -> texts(ds, attempts).contains(BLOCK),
                    second);
            kill(second);
            awaitSessions(smsc, 0, second);

            // 3. After the second restart the message whose hook was running is handed out again (its lease expires).
            Child third = Child.start(tables);
            await("the blocked message reached the hook", () -> texts(ds, calls).contains(BLOCK), third);
            await(
                    "the inbox is empty",
                    () -> inbox.count(SYSTEM_ID).toCompletableFuture().join() == 0,
                    third);
            kill(third);

            Map<String, List<Long>> recorded = rows(ds, calls);
            assertThat(recorded.keySet()).containsExactlyInAnyOrder("a short one", String.join("", PARTS), BLOCK);
            recorded.values()
                    .forEach(ids ->
                            assertThat(ids).as("one call record per message").hasSize(1));
            Map<String, List<Long>> tried = rows(ds, attempts);
            tried.forEach((text, ids) -> assertThat(Set.copyOf(ids))
                    .as("every attempt for %s has the same idempotency key", text)
                    .containsExactly(recorded.get(text).get(0)));
            assertThat(tried.get(BLOCK)).as("called again after the kill").hasSizeGreaterThan(1);
            System.out.printf("InboxKillIT: attempts per message %s%n", counts(tried));
        } finally {
            TestDatabases.drop(ds, inboxTable, calls, attempts);
        }
    }

    private static DeliverSm segment(int n) {
        byte[] text = PARTS[n - 1].getBytes(StandardCharsets.ISO_8859_1);
        byte[] sm = new byte[6 + text.length];
        // UDH: length 5; IE 00 (8-bit concatenation), length 3, reference 42, 3 segments, this one's number
        byte[] udh = {5, 0, 3, 42, 3, (byte) n};
        System.arraycopy(udh, 0, sm, 0, 6);
        System.arraycopy(text, 0, sm, 6, text.length);
        return DeliverSm.builder()
                .sourceAddress(Address.international("447900000001"))
                .destAddress(Address.of(0, 0, "12345"))
                .esmClass(EsmClass.of(0x40))
                .dataCoding(DataCoding.LATIN1)
                .shortMessage(sm)
                .build();
    }

    private static void deliver(SmscSimulator smsc, String text) throws Exception {
        deliver(
                smsc,
                DeliverSm.builder()
                        .sourceAddress(Address.international("447900000002"))
                        .destAddress(Address.of(0, 0, "12345"))
                        .dataCoding(DataCoding.LATIN1)
                        .shortMessage(text.getBytes(StandardCharsets.ISO_8859_1))
                        .build());
    }

    private static void deliver(SmscSimulator smsc, DeliverSm pdu) throws Exception {
        var resp = smsc.deliver(SYSTEM_ID, pdu).get(30, TimeUnit.SECONDS);
        assertThat(resp.commandStatus().isOk()).as("answered ESME_ROK").isTrue();
    }

    private static void kill(Child child) throws Exception {
        child.process.destroyForcibly();
        assertThat(child.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        if (System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux")) {
            assertThat(child.process.exitValue())
                    .as("killed by SIGKILL (128 + 9)")
                    .isEqualTo(137);
        }
    }

    /** Waits for the simulator to have {@code n} connections; with 1, also for it to be bound. */
    private static void awaitSessions(SmscSimulator smsc, int n, Child child) throws Exception {
        await("the simulator has " + n + " session(s)", () -> smsc.sessions().size() == n, child);
        if (n > 0) {
            smsc.awaitSession(SYSTEM_ID, Duration.ofSeconds(60));
        }
    }

    private static long segmentRows(Connection c, String table) throws Exception {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table + " WHERE group_key IS NOT NULL")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> texts(DataSource ds, String table) {
        return new ArrayList<>(rows(ds, table).keySet());
    }

    private static Map<String, List<Long>> rows(DataSource ds, String table) {
        Map<String, List<Long>> rows = new HashMap<>();
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT text, inbox_id FROM " + table)) {
            while (rs.next()) {
                rows.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getLong(2));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    private static Map<String, Integer> counts(Map<String, List<Long>> rows) {
        Map<String, Integer> counts = new HashMap<>();
        rows.forEach((k, v) -> counts.put(k, v.size()));
        return counts;
    }

    private static void await(String what, BooleanSupplier condition, Child child) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (!child.process.isAlive() && child.process.exitValue() != 137) {
                throw new AssertionError("the child died waiting until " + what + ":\n" + child.log());
            }
            if (System.nanoTime() > deadline) {
                child.process.destroyForcibly();
                throw new AssertionError("timed out waiting until " + what + "; child log:\n" + child.log());
            }
            Thread.sleep(50); // polls the condition; the parent serves the H2 database
        }
    }

    /** The child JVM, on this JVM's class path, its output in a file. */
    private record Child(Process process, File output) {
        static Child start(String[] args) throws Exception {
            Path logs = Files.createDirectories(Path.of("target", "inbox-kill"));
            File output = Files.createTempFile(logs, "child", ".log").toFile();
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m",
                    "-cp",
                    System.getProperty("java.class.path"),
                    InboxKilledMain.class.getName()));
            command.addAll(List.of(args));
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
