package dev.smppkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.client.Backoff;
import dev.smppkit.client.BindMode;
import dev.smppkit.client.Esme;
import dev.smppkit.client.Hook;
import dev.smppkit.client.OutboundMessage;
import dev.smppkit.client.ReceiptEvent;
import dev.smppkit.client.Tracking;
import dev.smppkit.codec.Address;
import dev.smppkit.jdbc.TestDatabases.Db;
import dev.smppkit.testkit.ReceiptPolicy;
import dev.smppkit.testkit.SmscSimulator;
import dev.smppkit.testkit.StoredMessage;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The ESME with the JDBC broker and correlator against the SMSC simulator: a process that dies half-way loses no
 * message and no receipt, and a receipt that arrives on another instance's bind is matched through the shared table.
 * H2 (a file database, as a single-host deployment would use) always; PostgreSQL when available.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class JdbcEsmeIT {
    private static final String SYSTEM_ID = "esme";
    private static final int MESSAGES = 10_000;

    @Nested
    class H2 extends Scenarios {
        @Override
        DataSource dataSource() {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:file:./target/e2e-" + System.nanoTime() + ";LOCK_TIMEOUT=20000");
            return h2;
        }
    }

    @Nested
    class PostgreSQL extends Scenarios {
        @Override
        DataSource dataSource() {
            return TestDatabases.dataSource(Db.POSTGRESQL);
        }
    }

    /** A hook that records receipts; once "dead" it acknowledges nothing, as a crashed process would not. */
    static final class ReceiptLog implements Hook {
        final Map<String, List<Optional<Tracking>>> receipts = new ConcurrentHashMap<>();
        volatile boolean dead;

        @Override
        public CompletionStage<Void> onDeliveryReceipt(ReceiptEvent event) {
            if (dead) {
                return CompletableFuture.failedFuture(new IllegalStateException("the process is dead"));
            }
            receipts.computeIfAbsent(event.receipt().id(), id -> new CopyOnWriteArrayList<>())
                    .add(event.tracking());
            return CompletableFuture.completedFuture(null);
        }

        int count() {
            return receipts.values().stream().mapToInt(List::size).sum();
        }
    }

    abstract static class Scenarios {
        final List<AutoCloseable> closeables = new ArrayList<>();
        DataSource ds;
        String outbox;
        String correlation;

        abstract DataSource dataSource();

        @AfterEach
        void cleanUp() throws Exception {
            for (int i = closeables.size() - 1; i >= 0; i--) {
                closeables.get(i).close();
            }
            if (outbox != null) {
                TestDatabases.drop(ds, outbox, correlation);
            }
        }

        void tables() {
            ds = dataSource();
            outbox = TestDatabases.table("e2e_outbox");
            correlation = TestDatabases.table("e2e_corr");
        }

        SmscSimulator smsc(Duration receiptDelay) {
            SmscSimulator smsc = SmscSimulator.builder()
                    .credential(SYSTEM_ID, "secret")
                    .receipts(ReceiptPolicy.builder().delay(receiptDelay).build())
                    .redelivery(1000, Duration.ofMillis(100)) // receipts outlast the restart
                    .recordTraffic(false)
                    .maxStoredMessages(1_000_000)
                    .start();
            closeables.add(smsc);
            return smsc;
        }

        JdbcBroker broker(Duration lease) {
            JdbcBroker b = JdbcBroker.builder(ds)
                    .table(outbox)
                    .leaseDuration(lease)
                    .maxTakeWait(Duration.ofMillis(100))
                    .build();
            closeables.add(b);
            return b;
        }

        JdbcCorrelator correlator() {
            JdbcCorrelator c = JdbcCorrelator.builder(ds).table(correlation).build();
            closeables.add(c);
            return c;
        }

        Esme esme(SmscSimulator smsc, JdbcBroker broker, JdbcCorrelator correlator, Hook hook, BindMode mode) {
            Esme e = Esme.builder()
                    .host(smsc.host())
                    .port(smsc.port())
                    .systemId(SYSTEM_ID)
                    .password("secret")
                    .bindMode(mode)
                    .broker(broker)
                    .correlator(correlator)
                    .hook(hook)
                    .reconnect(Backoff.exponential(Duration.ofMillis(50), Duration.ofMillis(500)))
                    .build();
            closeables.add(e);
            return e;
        }

        static OutboundMessage message(int i) {
            String tracking = "t" + i;
            return OutboundMessage.builder()
                    .from(Address.alphanumeric("ACME"))
                    .to(Address.international("44770" + String.format("%07d", i)))
                    .text("msg " + tracking) // the SMSC's copy names the message, for the accounting below
                    .requestReceipt(true)
                    .trackingId(tracking)
                    .build();
        }

        static void await(String what, Duration within, BooleanSupplier condition) throws InterruptedException {
            await(what, within, condition, () -> "");
        }

        static void await(
                String what, Duration within, BooleanSupplier condition, java.util.function.Supplier<String> state)
                throws InterruptedException {
            long deadline = System.nanoTime() + within.toNanos();
            while (!condition.getAsBoolean()) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("timed out waiting until " + what + "; " + state.get());
                }
                Thread.sleep(50);
            }
        }

        static Map<OutboxState, Long> counts(JdbcBroker broker) {
            return broker.countByState().toCompletableFuture().join();
        }

        @Test
        void aProcessThatDiesHalfWayLosesNothing() throws Exception {
            tables();
            SmscSimulator smsc = smsc(Duration.ofMillis(300));
            JdbcBroker broker1 = broker(Duration.ofSeconds(2));
            JdbcCorrelator correlator1 = correlator();
            broker1.initializeSchema();
            correlator1.initializeSchema();
            for (int start = 0; start < MESSAGES; start += 1000) {
                List<OutboundMessage> chunk = new ArrayList<>();
                for (int i = start; i < start + 1000; i++) {
                    chunk.add(message(i));
                }
                broker1.enqueue(chunk).toCompletableFuture().join();
            }

            ReceiptLog log1 = new ReceiptLog();
            Esme esme1 = esme(smsc, broker1, correlator1, log1, BindMode.TRANSCEIVER);
            esme1.start().get(10, TimeUnit.SECONDS);
            await(
                    "half the messages were sent",
                    Duration.ofSeconds(120),
                    () -> esme1.stats().accepted() >= MESSAGES / 2);

            // The process dies: its hook acknowledges nothing more, its database work stops, its connection drops
            // without an unbind (cut at the SMSC end, which keeps its pending receipts for the next bind), and its
            // client is stopped with no time to drain. A graceful stop(ZERO) alone would unbind, and the client
            // refuses receipts that arrive while it unbinds with a permanent ESME_RINVBNDSTS (see the report).
            log1.dead = true;
            broker1.close();
            correlator1.close();
            smsc.stop();
            esme1.stop(Duration.ZERO).get(10, TimeUnit.SECONDS);
            smsc.start();
            Map<OutboxState, Long> atCrash = counts(broker(Duration.ofSeconds(2)));

            JdbcBroker broker2 = broker(Duration.ofSeconds(2));
            ReceiptLog log2 = new ReceiptLog();
            Esme esme2 = esme(smsc, broker2, correlator(), log2, BindMode.TRANSCEIVER);
            esme2.start().get(10, TimeUnit.SECONDS);
            java.util.function.Supplier<String> state = () -> "outbox " + counts(broker2) + ", receipts " + log1.count()
                    + " + " + log2.count() + ", SMSC copies " + smsc.messages().size() + ", " + esme2.stats()
                    + ", bound " + esme2.boundSessions() + ", SMSC errors " + smsc.errors() + ", missing "
                    + smsc.messages().all().stream()
                            .filter(m -> !log1.receipts.containsKey(m.messageId())
                                    && !log2.receipts.containsKey(m.messageId()))
                            .limit(5)
                            .map(m -> m.messageId() + " " + m.state() + " " + m.sessionId() + " " + tracking(m) + " "
                                    + m.submitTime())
                            .toList();
            await(
                    "every message reached a final state",
                    Duration.ofSeconds(180),
                    () -> {
                        Map<OutboxState, Long> c = counts(broker2);
                        return c.get(OutboxState.QUEUED) == 0 && c.get(OutboxState.IN_FLIGHT) == 0;
                    },
                    state);
            await(
                    "every receipt was delivered",
                    Duration.ofSeconds(60),
                    () -> log1.count() + log2.count() >= smsc.messages().size(),
                    state);
            Thread.sleep(500); // a redelivered duplicate, if any, shows up too

            // Every message has exactly one final state, and it is accepted.
            Map<OutboxState, Long> end = counts(broker2);
            assertThat(end.get(OutboxState.ACCEPTED)).isEqualTo(MESSAGES);
            assertThat(end.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(MESSAGES);

            Map<String, Row> rows = rows(); // by tracking id
            Map<String, Row> byMessageId = new HashMap<>();
            rows.values().forEach(r -> r.messageIds.forEach(id -> byMessageId.put(id, r)));
            Map<String, String> correlated = correlated(); // SMSC message id -> broker id
            Map<String, StoredMessage> atSmsc =
                    smsc.messages().all().stream().collect(Collectors.toMap(StoredMessage::messageId, m -> m));
            Map<String, List<Optional<Tracking>>> receipts = new HashMap<>(log1.receipts);
            log2.receipts.forEach((id, list) -> receipts.merge(id, list, (a, b) -> {
                List<Optional<Tracking>> all = new ArrayList<>(a);
                all.addAll(b);
                return all;
            }));

            // Each accepted message is at the SMSC under its recorded id, and its receipt matched it.
            for (Row row : rows.values()) {
                assertThat(row.messageIds).hasSize(1);
                String id = row.messageIds.get(0);
                assertThat(tracking(atSmsc.get(id)))
                        .as("SMSC copy of %s", row.trackingId)
                        .isEqualTo(row.trackingId);
                assertThat(receipts.get(id))
                        .as("receipts for %s", row.trackingId)
                        .isNotEmpty()
                        .allSatisfy(t -> assertThat(t).map(Tracking::brokerId).contains(row.id));
            }
            // Every receipt is about a message the SMSC accepted; a receipt is unmatched only when the dead process
            // had sent that copy but never recorded its id, and that message was sent again after the restart.
            int unmatched = 0;
            int duplicates = 0;
            for (Map.Entry<String, List<Optional<Tracking>>> e : receipts.entrySet()) {
                StoredMessage copy = atSmsc.get(e.getKey());
                assertThat(copy).as("SMSC copy of receipt %s", e.getKey()).isNotNull();
                Row row = rows.get(tracking(copy));
                duplicates += e.getValue().size() - 1;
                for (Optional<Tracking> t : e.getValue()) {
                    if (t.isPresent()) {
                        assertThat(t.get().brokerId()).isEqualTo(row.id);
                        assertThat(t.get().trackingId()).isEqualTo(row.trackingId);
                    } else {
                        unmatched++;
                        assertThat(correlated).doesNotContainKey(e.getKey());
                        assertThat(row.attempts).as("resent after the crash").isGreaterThanOrEqualTo(2);
                    }
                }
            }
            // The counts add up: every copy the SMSC accepted sent one receipt, and only messages taken again after
            // the crash reached the SMSC twice.
            assertThat(receipts.keySet()).isEqualTo(atSmsc.keySet());
            Map<String, Long> copies =
                    atSmsc.values().stream().collect(Collectors.groupingBy(Scenarios::tracking, Collectors.counting()));
            assertThat(copies.keySet()).isEqualTo(rows.keySet());
            copies.forEach((tracking, n) -> {
                if (n > 1) {
                    assertThat(rows.get(tracking).attempts).isGreaterThanOrEqualTo(2);
                }
            });
            long resent = copies.values().stream()
                    .filter(n -> n > 1)
                    .mapToLong(n -> n - 1)
                    .sum();
            assertThat(atSmsc).hasSize(MESSAGES + (int) resent);
            System.out.printf(
                    "%s: at the crash %s; SMSC copies %d (%d sent twice), receipts %d, unmatched %d, duplicates %d%n",
                    getClass().getSimpleName(), atCrash, atSmsc.size(), resent, receipts.size(), unmatched, duplicates);
        }

        @Test
        void expiredMessagesAreRecordedWithTheirAccountAndNeverSent() throws Exception {
            tables();
            SmscSimulator smsc = smsc(Duration.ofMillis(100));
            JdbcBroker broker = broker(Duration.ofSeconds(30));
            broker.initializeSchema();
            JdbcCorrelator correlator = correlator();
            correlator.initializeSchema();
            Instant past = Instant.now().minusSeconds(1);
            List<OutboundMessage> messages = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                OutboundMessage.Builder b = OutboundMessage.builder()
                        .from(Address.alphanumeric("ACME"))
                        .to(Address.international("44770" + String.format("%07d", i)))
                        .text("msg t" + i)
                        .trackingId("t" + i)
                        .route("otp");
                // even ones were due before they were queued: the ESME must end them as expired, unsent
                messages.add(
                        i % 2 == 0
                                ? b.expiresAt(past).build()
                                : b.maxAge(Duration.ofHours(1)).build());
            }
            broker.enqueue(messages).toCompletableFuture().join();
            Esme esme = esme(smsc, broker, correlator, new ReceiptLog(), BindMode.TRANSCEIVER);
            esme.start().get(10, TimeUnit.SECONDS);
            await(
                    "every message reached a final state",
                    Duration.ofSeconds(60),
                    () -> {
                        Map<OutboxState, Long> c = counts(broker);
                        return c.get(OutboxState.QUEUED) == 0 && c.get(OutboxState.IN_FLIGHT) == 0;
                    },
                    () -> counts(broker).toString());

            assertThat(counts(broker))
                    .containsEntry(OutboxState.ACCEPTED, 100L)
                    .containsEntry(OutboxState.EXPIRED, 100L)
                    .containsEntry(OutboxState.FAILED, 0L);
            assertThat(broker.countByAccount().toCompletableFuture().join())
                    .containsOnlyKeys(SYSTEM_ID) // the account is the ESME's name, by default its system_id
                    .extractingByKey(SYSTEM_ID)
                    .satisfies(c -> assertThat(c)
                            .containsEntry(OutboxState.ACCEPTED, 100L)
                            .containsEntry(OutboxState.EXPIRED, 100L));
            assertThat(esme.stats().expired()).isEqualTo(100);
            assertThat(smsc.messages().all())
                    .as("no expired message reached the SMSC")
                    .hasSize(100)
                    .allSatisfy(m -> assertThat(Integer.parseInt(tracking(m).substring(1)) % 2)
                            .isOne());
            OutboxEntry expired =
                    broker.findByTrackingId("t0").toCompletableFuture().join().get(0);
            assertThat(expired.state()).isEqualTo(OutboxState.EXPIRED);
            assertThat(expired.error())
                    .contains("expired: deadline " + past); // the JSON keeps every digit of expires_at
            assertThat(expired.message().route()).contains("otp");
            assertThat(expired.account()).contains(SYSTEM_ID);
        }

        @Test
        void aReceiptOnAnotherInstancesBindIsMatched() throws Exception {
            tables();
            SmscSimulator smsc = smsc(Duration.ofMillis(500));
            JdbcBroker broker = broker(Duration.ofSeconds(30));
            broker.initializeSchema();
            JdbcCorrelator senderCorrelator = correlator();
            senderCorrelator.initializeSchema();
            ReceiptLog senderLog = new ReceiptLog();
            Esme sender = esme(smsc, broker, senderCorrelator, senderLog, BindMode.TRANSMITTER);
            // another process: its own correlator instance on the same table, and a receiver bind
            ReceiptLog receiverLog = new ReceiptLog();
            JdbcBroker idle = broker(Duration.ofSeconds(30));
            Esme receiver = esme(smsc, idle, correlator(), receiverLog, BindMode.RECEIVER);
            receiver.start().get(10, TimeUnit.SECONDS);
            sender.start().get(10, TimeUnit.SECONDS);

            List<CompletableFuture<?>> outcomes = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                outcomes.add(sender.submit(message(i)));
            }
            outcomes.forEach(CompletableFuture::join);
            await("all receipts arrived", Duration.ofSeconds(60), () -> receiverLog.count() >= 200);

            assertThat(senderLog.count()).as("a transmitter receives nothing").isZero();
            Map<String, Row> rows = rows();
            assertThat(receiverLog.receipts).hasSize(200);
            for (Row row : rows.values()) {
                assertThat(receiverLog.receipts.get(row.messageIds.get(0)))
                        .singleElement()
                        .satisfies(t -> assertThat(t).map(Tracking::brokerId).contains(row.id));
            }
            assertThat(receiver.stats().receiptsMatched()).isEqualTo(200);
        }

        record Row(String id, String trackingId, int attempts, List<String> messageIds) {}

        Map<String, Row> rows() throws Exception {
            Map<String, Row> rows = new HashMap<>();
            try (Connection c = ds.getConnection();
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT id, tracking_id, attempts, message_ids FROM " + outbox)) {
                while (rs.next()) {
                    String ids = rs.getString(4);
                    List<String> list = ids == null
                            ? List.of()
                            : List.of(ids.replaceAll("[\\[\\]\"]", "").split(","));
                    rows.put(rs.getString(2), new Row(rs.getString(1), rs.getString(2), rs.getInt(3), list));
                }
            }
            return rows;
        }

        Map<String, String> correlated() throws Exception {
            Map<String, String> map = new HashMap<>();
            try (Connection c = ds.getConnection();
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT message_id, broker_id FROM " + correlation)) {
                while (rs.next()) {
                    map.put(rs.getString(1), rs.getString(2));
                }
            }
            return map;
        }

        /** The tracking id a message's text carries ("msg t42"). */
        static String tracking(StoredMessage m) {
            return new String(m.body(), StandardCharsets.ISO_8859_1).substring("msg ".length());
        }
    }
}
