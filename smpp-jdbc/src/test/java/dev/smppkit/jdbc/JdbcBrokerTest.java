package dev.smppkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smppkit.client.OutboundMessage;
import dev.smppkit.client.QueuedMessage;
import dev.smppkit.client.RejectedException;
import dev.smppkit.client.ShutdownException;
import dev.smppkit.client.SubmitOutcome;
import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.text.ConcatMode;
import dev.smppkit.jdbc.TestDatabases.Db;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The JDBC broker's contract, run against H2 always and PostgreSQL and MariaDB where available. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class JdbcBrokerTest {
    @Nested
    class H2 extends Contract {
        H2() {
            super(Db.H2);
        }
    }

    @Nested
    class PostgreSQL extends Contract {
        PostgreSQL() {
            super(Db.POSTGRESQL);
        }
    }

    @Nested
    class MariaDB extends Contract {
        MariaDB() {
            super(Db.MARIADB);
        }
    }

    abstract static class Contract {
        private final Db db;
        DataSource ds;
        String table;
        final List<JdbcBroker> brokers = new ArrayList<>();

        Contract(Db db) {
            this.db = db;
        }

        @BeforeEach
        void createTable() {
            ds = TestDatabases.dataSource(db);
            table = TestDatabases.table("outbox");
            broker(b -> b).initializeSchema();
        }

        @AfterEach
        void dropTable() {
            brokers.forEach(JdbcBroker::close);
            if (table != null) { // null when the database is not available here and the test was skipped
                TestDatabases.drop(ds, table);
            }
        }

        JdbcBroker broker(java.util.function.UnaryOperator<JdbcBroker.Builder> options) {
            JdbcBroker b = options.apply(
                            JdbcBroker.builder(ds).table(table).threads(2).maxTakeWait(Duration.ofMillis(200)))
                    .build();
            brokers.add(b);
            return b;
        }

        static OutboundMessage message(String trackingId) {
            return OutboundMessage.builder()
                    .from(Address.alphanumeric("ACME"))
                    .to(Address.international("447700900123"))
                    .text("hello " + trackingId)
                    .requestReceipt(true)
                    .trackingId(trackingId)
                    .extra(Map.of("customer", "c-" + trackingId))
                    .build();
        }

        static <T> T join(java.util.concurrent.CompletionStage<T> stage) {
            return stage.toCompletableFuture().join();
        }

        /** Takes until {@code n} messages came or the deadline passed. */
        static List<QueuedMessage> takeAll(JdbcBroker broker, int n, Duration within) {
            List<QueuedMessage> all = new ArrayList<>();
            long deadline = System.nanoTime() + within.toNanos();
            while (all.size() < n && System.nanoTime() < deadline) {
                all.addAll(join(broker.take(n - all.size())));
            }
            return all;
        }

        @Test
        void detectsItsDialect() {
            assertThat(brokers.get(0).dialect()).isEqualTo(JdbcDialect.valueOf(db.name()));
        }

        @Test
        void takesWhatWasQueuedWithEveryField() {
            JdbcBroker broker = brokers.get(0);
            OutboundMessage m = OutboundMessage.builder()
                    .from(Address.alphanumeric("ACME"))
                    .to(Address.international("447700900123"))
                    .text("Grüße — " + "x".repeat(300))
                    .concatMode(ConcatMode.UDH_16BIT)
                    .trackingId("t-1")
                    .extra(Map.of("a", "b"))
                    .build();
            QueuedMessage queued = join(broker.enqueue(m));
            assertThat(queued.attempt()).isEqualTo(1);
            List<QueuedMessage> taken = join(broker.take(10));
            assertThat(taken).hasSize(1);
            QueuedMessage t = taken.get(0);
            assertThat(t.id()).isEqualTo(queued.id());
            assertThat(t.attempt()).isEqualTo(1);
            assertThat(t.enqueuedAt()).isEqualTo(queued.enqueuedAt());
            // OutboundMessage.equals compares every field (MessageJsonTest checks the JSON form field by field).
            assertThat(t.message()).isEqualTo(m);
            assertThat(broker.leased()).isEqualTo(1);
            OutboxEntry row = join(broker.find(t.id())).orElseThrow();
            assertThat(row.state()).isEqualTo(OutboxState.IN_FLIGHT);
            assertThat(row.leaseOwner()).contains(broker.owner());
            assertThat(row.trackingId()).isEqualTo("t-1");
        }

        @Test
        void takesAtMostMaxOldestFirst() {
            JdbcBroker broker = brokers.get(0);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                ids.add(join(broker.enqueue(message("m" + i))).id());
            }
            List<QueuedMessage> first = join(broker.take(3));
            assertThat(first).extracting(QueuedMessage::id).containsExactlyElementsOf(ids.subList(0, 3));
            assertThat(join(broker.take(10)))
                    .extracting(QueuedMessage::id)
                    .containsExactlyElementsOf(ids.subList(3, 5));
            assertThat(join(broker.take(10))).as("everything is leased").isEmpty();
        }

        @Test
        void anEmptyTakeCompletesEmptyAfterTheMaximumWait() {
            assertThat(join(brokers.get(0).take(5))).isEmpty();
        }

        @Test
        void aWaitingTakeGetsAMessageQueuedMeanwhile() {
            JdbcBroker broker = broker(b ->
                    b.maxTakeWait(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(10), Duration.ofSeconds(10)));
            CompletableFuture<List<QueuedMessage>> take = broker.take(1).toCompletableFuture();
            QueuedMessage queued = join(broker.enqueue(message("late")));
            // the enqueue wakes the take at once instead of after its 10 s poll interval
            assertThat(take.orTimeout(5, TimeUnit.SECONDS).join())
                    .extracting(QueuedMessage::id)
                    .containsExactly(queued.id());
        }

        @Test
        void aMessageToSeveralDestinationsKeepsThemAndItsUnsuccessList() {
            JdbcBroker broker = brokers.get(0);
            OutboundMessage m = OutboundMessage.builder()
                    .from(Address.alphanumeric("ACME"))
                    .to(Address.international("447700900001"))
                    .alsoTo(Address.international("447700900002"))
                    .distributionList("team")
                    .text("to all")
                    .trackingId("multi")
                    .build();
            join(broker.enqueue(m));
            QueuedMessage t = join(broker.take(1)).get(0);
            assertThat(t.message()).isEqualTo(m);
            assertThat(t.message().destinations()).isEqualTo(m.destinations());

            join(broker.complete(
                    t,
                    new SubmitOutcome.Accepted(
                            List.of("id1"),
                            "acc",
                            List.of(new dev.smppkit.codec.pdu.UnsuccessSme(
                                    Address.international("447700900002"), CommandStatus.ESME_RINVDSTADR)))));
            OutboxEntry row = join(broker.find(t.id())).orElseThrow();
            assertThat(row.state()).isEqualTo(OutboxState.ACCEPTED);
            assertThat(row.messageIds()).containsExactly("id1");
            assertThat(row.error()).contains("unsuccessful: 447700900002=ESME_RINVDSTADR");
            assertThat(row.message().destinations()).hasSize(3);
        }

        @Test
        void completeStoresEachKindOfOutcome() {
            JdbcBroker broker = brokers.get(0);
            join(broker.enqueue(List.of(message("a"), message("r"), message("f"))));
            List<QueuedMessage> taken = join(broker.take(3));
            join(broker.complete(taken.get(0), new SubmitOutcome.Accepted(List.of("id1", "id2"))));
            join(broker.complete(
                    taken.get(1), new SubmitOutcome.Rejected(CommandStatus.ESME_RINVDSTADR, List.of("id3"))));
            join(broker.complete(
                    taken.get(2), new SubmitOutcome.Failed(new RejectedException(CommandStatus.ESME_RSYSERR))));
            assertThat(broker.leased()).isZero();

            OutboxEntry accepted = join(broker.find(taken.get(0).id())).orElseThrow();
            assertThat(accepted.state()).isEqualTo(OutboxState.ACCEPTED);
            assertThat(accepted.messageIds()).containsExactly("id1", "id2");
            assertThat(accepted.availableAt()).isEmpty();
            assertThat(accepted.leaseOwner()).isEmpty();
            assertThat(accepted.completedAt()).isPresent();
            assertThat(accepted.attempts()).isEqualTo(1);

            OutboxEntry rejected = join(broker.find(taken.get(1).id())).orElseThrow();
            assertThat(rejected.state()).isEqualTo(OutboxState.REJECTED);
            assertThat(rejected.commandStatus()).contains(CommandStatus.ESME_RINVDSTADR.code());
            assertThat(rejected.messageIds()).containsExactly("id3");

            OutboxEntry failed = join(broker.find(taken.get(2).id())).orElseThrow();
            assertThat(failed.state()).isEqualTo(OutboxState.FAILED);
            assertThat(failed.error()).hasValueSatisfying(e -> assertThat(e).startsWith("rejected: "));
            assertThat(failed.commandStatus()).contains(CommandStatus.ESME_RSYSERR.code());

            assertThat(join(broker.countByState()))
                    .containsEntry(OutboxState.ACCEPTED, 1L)
                    .containsEntry(OutboxState.REJECTED, 1L)
                    .containsEntry(OutboxState.FAILED, 1L)
                    .containsEntry(OutboxState.QUEUED, 0L);
            assertThatThrownBy(() -> join(broker.complete(taken.get(0), new SubmitOutcome.Accepted(List.of("x")))))
                    .as("a message is completed once")
                    .hasCauseInstanceOf(LeaseLostException.class);
        }

        @Test
        void anExpiredMessageIsItsOwnFinalStateWithItsDeadline() {
            JdbcBroker broker = brokers.get(0);
            join(broker.enqueue(message("late")));
            QueuedMessage taken = join(broker.take(1)).get(0);
            Instant deadline = Instant.parse("2026-12-02T08:15:30.123Z");
            join(broker.complete(taken, new SubmitOutcome.Expired(deadline, "primary")));
            assertThat(broker.leased()).isZero();

            OutboxEntry row = join(broker.find(taken.id())).orElseThrow();
            assertThat(row.state()).isEqualTo(OutboxState.EXPIRED);
            assertThat(row.state().isFinal()).isTrue();
            assertThat(row.error()).contains("expired: deadline 2026-12-02T08:15:30.123Z");
            assertThat(row.account()).contains("primary");
            assertThat(row.commandStatus()).isEmpty();
            assertThat(row.messageIds()).isEmpty();
            assertThat(row.availableAt()).isEmpty();
            assertThat(row.completedAt()).isPresent();
            assertThat(join(broker.countByState()))
                    .containsEntry(OutboxState.EXPIRED, 1L)
                    .containsEntry(OutboxState.FAILED, 0L);
            assertThat(join(broker.take(1))).as("final: never handed out again").isEmpty();
            assertThatThrownBy(() -> join(broker.complete(taken, new SubmitOutcome.Expired(deadline, "primary"))))
                    .as("a message is completed once")
                    .hasCauseInstanceOf(LeaseLostException.class);
        }

        @Test
        void everyFinalOutcomeRecordsItsAccountAndCountsGroupByIt() {
            JdbcBroker broker = brokers.get(0);
            join(broker.enqueue(
                    List.of(message("a"), message("r"), message("f"), message("e"), message("n"), message("long"))));
            join(broker.enqueue(message("still queued")));
            List<QueuedMessage> t = takeAll(broker, 6, Duration.ofSeconds(10));
            assertThat(t).hasSize(6);
            String tooLong = "x".repeat(70); // longer than any ESME name may be: cut, not refused
            join(broker.complete(t.get(0), new SubmitOutcome.Accepted(List.of("id1"), "primary")));
            join(broker.complete(
                    t.get(1), new SubmitOutcome.Rejected(CommandStatus.ESME_RINVDSTADR, List.of(), "backup")));
            join(broker.complete(t.get(2), new SubmitOutcome.Failed(new ShutdownException("stop"), "primary")));
            join(broker.complete(t.get(3), new SubmitOutcome.Expired(Instant.now(), "backup")));
            join(broker.complete(t.get(4), new SubmitOutcome.Accepted(List.of("id2")))); // no account
            join(broker.complete(t.get(5), new SubmitOutcome.Accepted(List.of("id3"), tooLong)));

            assertThat(join(broker.find(t.get(0).id())).orElseThrow().account()).contains("primary");
            assertThat(join(broker.find(t.get(1).id())).orElseThrow().account()).contains("backup");
            assertThat(join(broker.find(t.get(2).id())).orElseThrow().account()).contains("primary");
            assertThat(join(broker.find(t.get(3).id())).orElseThrow().account()).contains("backup");
            assertThat(join(broker.find(t.get(4).id())).orElseThrow().account()).isEmpty();
            assertThat(join(broker.find(t.get(5).id())).orElseThrow().account()).contains(tooLong.substring(0, 64));

            Map<String, Map<OutboxState, Long>> counts = join(broker.countByAccount());
            assertThat(counts).containsOnlyKeys("", "backup", "primary", tooLong.substring(0, 64));
            assertThat(counts.get("primary"))
                    .containsEntry(OutboxState.ACCEPTED, 1L)
                    .containsEntry(OutboxState.FAILED, 1L)
                    .containsEntry(OutboxState.EXPIRED, 0L)
                    .hasSize(OutboxState.values().length);
            assertThat(counts.get("backup"))
                    .containsEntry(OutboxState.REJECTED, 1L)
                    .containsEntry(OutboxState.EXPIRED, 1L)
                    .containsEntry(OutboxState.ACCEPTED, 0L);
            assertThat(counts.get("")).containsEntry(OutboxState.ACCEPTED, 1L).containsEntry(OutboxState.QUEUED, 1L);
        }

        @Test
        void routeExpiryAndMaximumAgeSurviveEnqueueAndTake() {
            JdbcBroker broker = brokers.get(0);
            OutboundMessage m = OutboundMessage.builder()
                    .to(Address.international("447700900123"))
                    .text("your code is 123456")
                    .trackingId("otp-1")
                    .route("otp")
                    .expiresAt(Instant.parse("2099-01-01T00:00:00.5Z"))
                    .maxAge(Duration.ofMinutes(5))
                    .build();
            QueuedMessage queued = join(broker.enqueue(m));
            QueuedMessage taken = join(broker.take(1)).get(0);
            assertThat(taken.message()).isEqualTo(m); // equals compares route, expiresAt and maxAge too
            assertThat(taken.message().route()).contains("otp");
            assertThat(taken.message().expiresAt()).contains(Instant.parse("2099-01-01T00:00:00.5Z"));
            assertThat(taken.message().maxAge()).contains(Duration.ofMinutes(5));
            // the deadline counts from when the row was queued, which the take reports as it was stored
            assertThat(taken.message().deadline(taken.enqueuedAt()))
                    .contains(queued.enqueuedAt().plus(Duration.ofMinutes(5)));
            assertThat(join(broker.find(queued.id())).orElseThrow().message()).isEqualTo(m);
        }

        @Test
        void aTableCreatedBeforeAccountsGetsTheColumnAndKeepsWorking() throws Exception {
            JdbcBroker broker = brokers.get(0);
            join(broker.enqueue(List.of(message("old-final"), message("old-queued"))));
            QueuedMessage done = join(broker.take(1)).get(0);
            join(broker.complete(done, new SubmitOutcome.Failed(new ShutdownException("stop"))));
            try (Connection c = ds.getConnection();
                    java.sql.Statement s = c.createStatement()) {
                s.execute("ALTER TABLE " + table + " DROP COLUMN account"); // the table as the first release made it
                if (!c.getAutoCommit()) {
                    c.commit();
                }
            }
            JdbcBroker upgraded = broker(b -> b);
            upgraded.initializeSchema(); // adds the column, keeps the rows
            upgraded.initializeSchema(); // and is idempotent
            assertThat(join(upgraded.find(done.id())).orElseThrow().account()).isEmpty();
            QueuedMessage old = takeAll(upgraded, 1, Duration.ofSeconds(10)).get(0);
            assertThat(old.message().trackingId()).isEqualTo("old-queued");
            join(upgraded.complete(old, new SubmitOutcome.Expired(Instant.now(), "primary")));
            assertThat(join(upgraded.countByAccount()).get("primary")).containsEntry(OutboxState.EXPIRED, 1L);
            assertThat(join(upgraded.countByState()))
                    .containsEntry(OutboxState.FAILED, 1L)
                    .containsEntry(OutboxState.EXPIRED, 1L);
        }

        @Test
        void aTableCreatedBeforePrioritiesGetsTheColumnsAndIndexes() throws Exception {
            JdbcBroker broker = brokers.get(0);
            QueuedMessage old = join(broker.enqueue(message("old-queued")));
            try (Connection c = ds.getConnection();
                    java.sql.Statement s = c.createStatement()) {
                // the table as the release before priorities left it: no priority, dedup_key or their indexes
                for (String index : List.of("take", "oldest", "leases", "dedup")) {
                    s.execute("DROP INDEX " + table + "_" + index + (db == Db.MARIADB ? " ON " + table : ""));
                }
                s.execute("ALTER TABLE " + table + " DROP COLUMN priority");
                s.execute("ALTER TABLE " + table + " DROP COLUMN dedup_key");
                s.execute("CREATE INDEX " + table + "_due ON " + table + " (available_at, id)");
                if (!c.getAutoCommit()) {
                    c.commit();
                }
            }
            JdbcBroker upgraded = broker(b -> b);
            upgraded.initializeSchema(); // adds the columns and indexes, keeps the rows
            upgraded.initializeSchema(); // and is idempotent
            try (Connection c = ds.getConnection();
                    PreparedStatement ps =
                            c.prepareStatement("SELECT priority, dedup_key FROM " + table + " WHERE id = ?")) {
                ps.setLong(1, Long.parseLong(old.id()));
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getInt(1)).as("an old row's priority").isZero();
                    assertThat(rs.getString(2)).isNull();
                }
            }
            QueuedMessage urgent = join(upgraded.enqueue(OutboundMessage.builder()
                    .from(Address.alphanumeric("ACME"))
                    .to(Address.international("447700900123"))
                    .text("urgent")
                    .queuePriority(9)
                    .deduplicationKey("otp-1")
                    .build()));
            assertThat(join(upgraded.enqueue(urgent.message())).id()).isEqualTo(urgent.id());
            assertThat(takeAll(upgraded, 2, Duration.ofSeconds(10)))
                    .extracting(QueuedMessage::id)
                    .containsExactly(urgent.id(), old.id());
        }

        @Test
        void concurrentEnqueuesOfOneKeyMakeOneRow() throws Exception {
            JdbcBroker broker = brokers.get(0);
            OutboundMessage first = OutboundMessage.builder()
                    .from(Address.alphanumeric("ACME"))
                    .to(Address.international("447700900123"))
                    .text("first")
                    .deduplicationKey("order-1")
                    .build();
            OutboundMessage retry = OutboundMessage.builder()
                    .from(Address.alphanumeric("ACME"))
                    .to(Address.international("447700900123"))
                    .text("retry")
                    .deduplicationKey("order-1")
                    .build();
            QueuedMessage mine;
            CompletableFuture<QueuedMessage> other;
            try (Connection c = ds.getConnection()) {
                c.setAutoCommit(false);
                // the first insert holds the key uncommitted while another transaction inserts it: that one waits
                // for the commit (or meets the row after it) and must end with this row, not a second one
                mine = broker.enqueue(c, first);
                other = CompletableFuture.supplyAsync(() -> join(broker.enqueue(retry)));
                c.commit();
            }
            QueuedMessage theirs = other.get(60, TimeUnit.SECONDS);
            assertThat(theirs.id()).isEqualTo(mine.id());
            assertThat(theirs.message()).isEqualTo(first);
            // and many at once, through the batched enqueue, with one key
            List<CompletableFuture<QueuedMessage>> many = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                many.add(broker.enqueue(OutboundMessage.builder()
                                .from(Address.alphanumeric("ACME"))
                                .to(Address.international("447700900123"))
                                .text("burst " + i)
                                .deduplicationKey("order-2")
                                .build())
                        .toCompletableFuture());
            }
            assertThat(many.stream().map(f -> f.join().id()).distinct()).hasSize(1);
            try (Connection c = ds.getConnection();
                    java.sql.Statement s = c.createStatement();
                    java.sql.ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).as("one row per key").isEqualTo(2);
            }
        }

        @Test
        void aKeyPastItsRetentionQueuesANewMessage() {
            MutableClock clock = new MutableClock();
            JdbcBroker broker = broker(b -> b.clock(clock).deduplicationRetention(Duration.ofHours(1)));
            OutboundMessage m = OutboundMessage.builder()
                    .from(Address.alphanumeric("ACME"))
                    .to(Address.international("447700900123"))
                    .text("daily")
                    .deduplicationKey("daily-report")
                    .build();
            QueuedMessage first = join(broker.enqueue(m));
            clock.advance(Duration.ofMinutes(59));
            assertThat(join(broker.enqueue(m)).id()).isEqualTo(first.id());
            clock.advance(Duration.ofMinutes(2));
            assertThat(join(broker.enqueue(m)).id()).isNotEqualTo(first.id());
        }

        @Test
        void cancelledRowsAreCountedAndPurged() {
            JdbcBroker broker = brokers.get(0);
            QueuedMessage q = join(broker.enqueue(message("c-1")));
            assertThat(join(broker.cancel(q.id()))).isTrue();
            assertThat(join(broker.cancel("not-a-number"))).isFalse();
            OutboxEntry row = join(broker.find(q.id())).orElseThrow();
            assertThat(row.state()).isEqualTo(OutboxState.CANCELLED);
            assertThat(row.completedAt()).isPresent();
            assertThat(join(broker.countByState())).containsEntry(OutboxState.CANCELLED, 1L);
            assertThat(join(broker.countByAccount()).get("")).containsEntry(OutboxState.CANCELLED, 1L);
            assertThat(join(broker.purgeFinished(Instant.now().plusSeconds(60))))
                    .isEqualTo(1);
        }

        @Test
        void releaseMakesItDueAgainAfterTheDelayWithTheNextAttempt() throws Exception {
            JdbcBroker broker = brokers.get(0);
            QueuedMessage queued = join(broker.enqueue(message("r")));
            QueuedMessage first = join(broker.take(1)).get(0);
            join(broker.release(first, Duration.ofMillis(700)));
            assertThat(join(broker.find(queued.id())).orElseThrow().state()).isEqualTo(OutboxState.QUEUED);
            assertThat(join(broker.take(1))).as("not due before the delay").isEmpty();
            List<QueuedMessage> again = takeAll(broker, 1, Duration.ofSeconds(10));
            assertThat(again)
                    .extracting(QueuedMessage::id, QueuedMessage::attempt)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(queued.id(), 2));
            join(broker.release(again.get(0), Duration.ZERO));
            assertThat(join(broker.take(1))).extracting(QueuedMessage::attempt).containsExactly(3);
        }

        @Test
        void aCancelledTakeHandsItsMessagesToNobody() {
            JdbcBroker broker = brokers.get(0);
            JdbcBroker other = broker(b -> b);
            int cancelledInTime = 0;
            for (int i = 0; i < 30; i++) {
                QueuedMessage queued = join(broker.enqueue(message("c" + i)));
                CompletableFuture<List<QueuedMessage>> take = broker.take(1).toCompletableFuture();
                // cancelled before, during or after its claim: the message must come back untouched
                boolean cancelled = take.cancel(false);
                int expectedAttempt = 1;
                if (!cancelled) { // too late: the take had completed, so the caller owns what it brought
                    for (QueuedMessage m : take.join()) {
                        join(broker.release(m, Duration.ZERO));
                        expectedAttempt = 2;
                    }
                } else {
                    cancelledInTime++;
                }
                List<QueuedMessage> got = takeAll(other, 1, Duration.ofSeconds(10));
                assertThat(got)
                        .as(() -> "after a cancelled take: " + join(broker.find(queued.id())))
                        .extracting(QueuedMessage::id)
                        .containsExactly(queued.id());
                assertThat(got.get(0).attempt())
                        .as("a cancelled claim does not count")
                        .isEqualTo(expectedAttempt);
                join(other.complete(got.get(0), new SubmitOutcome.Accepted(List.of("ok"))));
            }
            assertThat(cancelledInTime)
                    .as("some takes were cancelled before they completed")
                    .isPositive();
            assertThat(broker.leased()).isZero();
        }

        @Test
        void aCrashedConsumersMessagesComeBackWhenTheLeaseExpires() {
            JdbcBroker crashed = broker(b -> b.leaseDuration(Duration.ofMillis(800)));
            JdbcBroker survivor = brokers.get(0);
            QueuedMessage queued = join(survivor.enqueue(message("crash")));
            assertThat(join(crashed.take(1))).hasSize(1);
            crashed.close(); // a dead process: no release, no renewal
            assertThat(join(survivor.take(1))).as("still leased").isEmpty();
            List<QueuedMessage> again = takeAll(survivor, 1, Duration.ofSeconds(20));
            assertThat(again).extracting(QueuedMessage::id).containsExactly(queued.id());
            assertThat(again.get(0).attempt()).isEqualTo(2);
            join(survivor.complete(again.get(0), new SubmitOutcome.Accepted(List.of("x"))));
            assertThat(join(survivor.find(queued.id())).orElseThrow().state()).isEqualTo(OutboxState.ACCEPTED);
        }

        @Test
        void aMessageCompletedTwiceAtOnceKeepsExactlyOneOutcome() {
            JdbcBroker broker = brokers.get(0);
            QueuedMessage queued = join(broker.enqueue(message("twice")));
            QueuedMessage taken = join(broker.take(1)).get(0);
            // no wait in between: both usually land in one batch (one statement on PostgreSQL)
            CompletableFuture<Void> first = broker.complete(taken, new SubmitOutcome.Accepted(List.of("first")))
                    .toCompletableFuture();
            CompletableFuture<Void> second = broker.complete(taken, new SubmitOutcome.Accepted(List.of("second")))
                    .toCompletableFuture();
            CompletableFuture.allOf(first, second).exceptionally(e -> null).join();
            assertThat(first.isCompletedExceptionally()).isNotEqualTo(second.isCompletedExceptionally());
            CompletableFuture<Void> lost = first.isCompletedExceptionally() ? first : second;
            assertThatThrownBy(lost::join).hasCauseInstanceOf(LeaseLostException.class);
            assertThat(join(broker.find(queued.id())).orElseThrow().messageIds())
                    .containsExactly(lost == first ? "second" : "first");
        }

        @Test
        void aLiveConsumerKeepsItsLeaseAndOneThatLostItChangesNothing() throws Exception {
            JdbcBroker holder = broker(b -> b.leaseDuration(Duration.ofMillis(600)));
            QueuedMessage queued = join(holder.enqueue(message("held")));
            QueuedMessage taken = join(holder.take(1)).get(0);
            Thread.sleep(1500); // well past the lease: renewals keep it
            JdbcBroker other = brokers.get(0);
            assertThat(join(other.take(1))).as("renewed, so not taken again").isEmpty();

            MutableClock ahead = new MutableClock();
            ahead.advance(Duration.ofMinutes(5)); // a consumer whose clock says the lease ran out
            JdbcBroker thief = broker(b -> b.clock(ahead));
            QueuedMessage stolen = join(thief.take(1)).get(0);
            assertThat(stolen.attempt()).isEqualTo(2);
            assertThatThrownBy(() -> join(holder.complete(taken, new SubmitOutcome.Accepted(List.of("late")))))
                    .isInstanceOf(CompletionException.class)
                    .hasCauseInstanceOf(LeaseLostException.class);
            assertThatThrownBy(() -> join(holder.release(taken, Duration.ZERO)))
                    .hasCauseInstanceOf(LeaseLostException.class);
            join(thief.complete(stolen, new SubmitOutcome.Accepted(List.of("mine"))));
            assertThat(join(thief.find(queued.id())).orElseThrow().messageIds()).containsExactly("mine");
        }

        @Test
        void enqueueJoinsTheCallersTransaction() throws Exception {
            JdbcBroker broker = brokers.get(0);
            try (Connection c = ds.getConnection()) {
                c.setAutoCommit(false);
                broker.enqueue(c, message("rolled back"));
                assertThat(join(broker.take(1))).as("not committed yet").isEmpty();
                c.rollback();
                List<QueuedMessage> committed = broker.enqueue(c, List.of(message("c1"), message("c2")));
                c.commit();
                assertThat(takeAll(broker, 2, Duration.ofSeconds(10)))
                        .extracting(QueuedMessage::id)
                        .containsExactlyElementsOf(
                                committed.stream().map(QueuedMessage::id).toList());
            }
            assertThat(join(broker.findByTrackingId("rolled back"))).isEmpty();
        }

        @Test
        void aBatchEnqueueIsOneTransactionInOrder() {
            JdbcBroker broker = brokers.get(0);
            List<OutboundMessage> messages = new ArrayList<>();
            for (int i = 0; i < 250; i++) {
                messages.add(message("b" + i));
            }
            List<QueuedMessage> queued = join(broker.enqueue(messages));
            assertThat(queued).hasSize(250);
            assertThat(queued)
                    .extracting(q -> Long.parseLong(q.id()))
                    .isSorted()
                    .doesNotHaveDuplicates();
            assertThat(queued.get(249).message().trackingId()).isEqualTo("b249");
            assertThat(join(broker.countByState())).containsEntry(OutboxState.QUEUED, 250L);
            assertThat(join(broker.findByTrackingId("b7")))
                    .extracting(OutboxEntry::id)
                    .containsExactly(queued.get(7).id());
        }

        @Test
        void concurrentSingleEnqueuesAreGroupCommitted() {
            JdbcBroker broker = brokers.get(0);
            List<CompletableFuture<QueuedMessage>> futures = new ArrayList<>();
            for (int i = 0; i < 2000; i++) {
                futures.add(broker.enqueue(message("g" + i)).toCompletableFuture());
            }
            List<String> ids = futures.stream()
                    .map(CompletableFuture::join)
                    .map(QueuedMessage::id)
                    .toList();
            assertThat(ids).doesNotHaveDuplicates().hasSize(2000);
            assertThat(join(broker.countByState())).containsEntry(OutboxState.QUEUED, 2000L);
        }

        @Test
        void anUnreadableRowIsFailedInsteadOfHandedOut() throws Exception {
            JdbcBroker broker = brokers.get(0);
            try (Connection c = ds.getConnection();
                    PreparedStatement ps = c.prepareStatement("INSERT INTO " + table
                            + " (state, attempts, available_at, message, created_at, updated_at) VALUES ('queued', 0, ?, "
                            + (db == Db.POSTGRESQL ? "CAST(? AS JSONB)" : "?") + ", ?, ?)")) {
                java.time.OffsetDateTime now = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
                Object t = db == Db.MARIADB ? now.toLocalDateTime() : now;
                ps.setObject(1, t);
                ps.setString(2, "{\"not\":\"a message\"}");
                ps.setObject(3, t);
                ps.setObject(4, t);
                ps.executeUpdate();
                if (!c.getAutoCommit()) {
                    c.commit();
                }
            }
            QueuedMessage good = join(broker.enqueue(message("good")));
            assertThat(takeAll(broker, 1, Duration.ofSeconds(5)))
                    .extracting(QueuedMessage::id)
                    .containsExactly(good.id());
            assertThat(join(broker.countByState())).containsEntry(OutboxState.FAILED, 1L);
        }

        @Test
        void purgeDeletesOnlyOldFinalRows() {
            JdbcBroker broker = brokers.get(0);
            join(broker.enqueue(List.of(message("done"), message("expired"), message("waiting"))));
            List<QueuedMessage> done = takeAll(broker, 2, Duration.ofSeconds(10));
            assertThat(done).hasSize(2);
            join(broker.complete(done.get(0), new SubmitOutcome.Accepted(List.of("x"))));
            join(broker.complete(done.get(1), new SubmitOutcome.Expired(Instant.now(), "a")));
            assertThat(join(broker.purgeFinished(Instant.now().minusSeconds(60))))
                    .isZero();
            assertThat(join(broker.purgeFinished(Instant.now().plusSeconds(60))))
                    .as("accepted and expired rows alike")
                    .isEqualTo(2);
            assertThat(join(broker.countByState()).values().stream()
                            .mapToLong(Long::longValue)
                            .sum())
                    .isEqualTo(1);
        }

        @Test
        void argumentsAreChecked() {
            JdbcBroker broker = brokers.get(0);
            assertThatThrownBy(() -> broker.take(0)).hasMessage("max is 0; must be at least 1");
            assertThatThrownBy(() -> join(broker.enqueue(message("x".repeat(256)))))
                    .hasCauseInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("trackingId is 256 characters; at most 255");
            assertThatThrownBy(() -> JdbcBroker.builder(ds).table("bad-name"))
                    .hasMessageContaining("table is 'bad-name'");
            assertThatThrownBy(() -> JdbcBroker.builder(ds).threads(0)).hasMessage("threads is 0; must be 1-256");
            assertThatThrownBy(() -> join(broker.complete(
                            new QueuedMessage("abc", message("m"), 1, Instant.now()),
                            new SubmitOutcome.Accepted(List.of()))))
                    .hasCauseInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void schemaIsIdempotentAndWorksWithAQualifiedName() throws Exception {
            brokers.get(0).initializeSchema();
            String schema;
            try (Connection c = ds.getConnection()) {
                schema = db == Db.MARIADB ? c.getCatalog() : c.getSchema();
            }
            String qualified = schema + "." + TestDatabases.table("qualified");
            JdbcBroker broker =
                    JdbcBroker.builder(ds).table(qualified).threads(1).build();
            brokers.add(broker);
            try {
                broker.initializeSchema();
                broker.initializeSchema();
                QueuedMessage q = join(broker.enqueue(message("q")));
                assertThat(join(broker.take(1))).extracting(QueuedMessage::id).containsExactly(q.id());
            } finally {
                TestDatabases.drop(ds, qualified);
            }
        }

        @Test
        void closingEndsWaitingTakesAndRefusesWork() {
            JdbcBroker broker = broker(b -> b.maxTakeWait(Duration.ofSeconds(30)));
            CompletableFuture<List<QueuedMessage>> waiting = broker.take(1).toCompletableFuture();
            broker.close();
            assertThat(waiting.orTimeout(5, TimeUnit.SECONDS).join()).isEmpty();
            assertThat(join(broker.take(1))).isEmpty();
            assertThatThrownBy(() -> join(broker.enqueue(message("late")))).hasCauseInstanceOf(ShutdownException.class);
        }
    }
}
