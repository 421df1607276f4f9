package dev.smppkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.client.OutboundMessage;
import dev.smppkit.client.QueuedMessage;
import dev.smppkit.client.SubmitOutcome;
import dev.smppkit.codec.Address;
import dev.smppkit.jdbc.TestDatabases.Db;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Several consumers, each a broker with its own connections (as separate processes would have), draining one table:
 * no message is handed to two of them while its lease lives, and a consumer that dies holding messages loses none.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class JdbcBrokerConcurrencyTest {
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
        // the common pool has one thread on a 2-core machine: the consumers need their own to run side by side
        final java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(4);

        Contract(Db db) {
            this.db = db;
        }

        @BeforeEach
        void createTable() {
            ds = TestDatabases.dataSource(db);
            table = TestDatabases.table("drain");
            consumer(Duration.ofSeconds(60)).initializeSchema();
        }

        @AfterEach
        void dropTable() {
            threads.shutdownNow();
            brokers.forEach(JdbcBroker::close);
            if (table != null) { // null when the database is not available here and the test was skipped
                TestDatabases.drop(ds, table);
            }
        }

        JdbcBroker consumer(Duration lease) {
            JdbcBroker b = JdbcBroker.builder(ds)
                    .table(table)
                    .threads(2)
                    .leaseDuration(lease)
                    .maxTakeWait(Duration.ofMillis(200))
                    .build();
            brokers.add(b);
            return b;
        }

        void enqueue(int n) {
            JdbcBroker producer = brokers.get(0);
            for (int start = 0; start < n; start += 1000) {
                List<OutboundMessage> chunk = new ArrayList<>();
                for (int i = start; i < Math.min(n, start + 1000); i++) {
                    chunk.add(OutboundMessage.builder()
                            .to(Address.international("4477009" + String.format("%05d", i)))
                            .text("message " + i)
                            .trackingId("m" + i)
                            .build());
                }
                producer.enqueue(chunk).toCompletableFuture().join();
            }
        }

        /** Takes and completes until {@code total} messages were completed by all consumers together. */
        CompletableFuture<Void> drain(
                JdbcBroker broker, int total, AtomicInteger completed, Map<String, List<Integer>> takes) {
            return CompletableFuture.runAsync(
                    () -> {
                        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
                        while (completed.get() < total && System.nanoTime() < deadline) {
                            List<QueuedMessage> batch =
                                    broker.take(100).toCompletableFuture().join();
                            List<CompletableFuture<Void>> done = new ArrayList<>();
                            for (QueuedMessage m : batch) {
                                takes.computeIfAbsent(m.id(), id -> new java.util.concurrent.CopyOnWriteArrayList<>())
                                        .add(m.attempt());
                                done.add(broker.complete(m, new SubmitOutcome.Accepted(List.of("smsc-" + m.id())))
                                        .toCompletableFuture());
                            }
                            done.forEach(CompletableFuture::join);
                            completed.addAndGet(batch.size());
                        }
                    },
                    threads);
        }

        @Test
        void fourConsumersTakeTwentyThousandMessagesExactlyOnce() {
            int n = 20_000;
            enqueue(n);
            AtomicInteger completed = new AtomicInteger();
            Map<String, List<Integer>> takes = new ConcurrentHashMap<>();
            List<CompletableFuture<Void>> consumers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                consumers.add(drain(i == 0 ? brokers.get(0) : consumer(Duration.ofSeconds(60)), n, completed, takes));
            }
            consumers.forEach(CompletableFuture::join);

            assertThat(takes).hasSize(n);
            List<String> takenTwice = takes.entrySet().stream()
                    .filter(e -> e.getValue().size() != 1)
                    .map(Map.Entry::getKey)
                    .toList();
            assertThat(takenTwice).as("messages handed out more than once").isEmpty();
            assertThat(completed.get()).isEqualTo(n);
            assertThat(brokers.get(0).countByState().toCompletableFuture().join())
                    .containsEntry(OutboxState.ACCEPTED, (long) n)
                    .containsEntry(OutboxState.QUEUED, 0L)
                    .containsEntry(OutboxState.IN_FLIGHT, 0L);
        }

        @Test
        void aConsumerKilledMidLeaseLosesNothing() {
            int n = 3000;
            enqueue(n);
            JdbcBroker victim = consumer(Duration.ofSeconds(1));
            List<QueuedMessage> held = new ArrayList<>();
            while (held.size() < 300) {
                held.addAll(victim.take(300 - held.size()).toCompletableFuture().join());
            }
            victim.close(); // killed: its 300 messages stay in flight until their leases run out

            AtomicInteger completed = new AtomicInteger();
            Map<String, List<Integer>> takes = new ConcurrentHashMap<>();
            ConcurrentLinkedQueue<CompletableFuture<Void>> consumers = new ConcurrentLinkedQueue<>();
            for (int i = 0; i < 4; i++) {
                consumers.add(drain(i == 0 ? brokers.get(0) : consumer(Duration.ofSeconds(60)), n, completed, takes));
            }
            consumers.forEach(CompletableFuture::join);

            assertThat(takes).as("every message delivered").hasSize(n);
            assertThat(takes.values())
                    .allSatisfy(attempts -> assertThat(attempts).hasSize(1));
            Map<Integer, Long> byAttempt =
                    takes.values().stream().collect(Collectors.groupingBy(a -> a.get(0), Collectors.counting()));
            assertThat(byAttempt)
                    .as("the victim's messages came back as second attempts")
                    .containsEntry(2, 300L)
                    .containsEntry(1, (long) n - 300);
            for (QueuedMessage m : held) {
                assertThat(takes.get(m.id())).containsExactly(2);
            }
            assertThat(brokers.get(0).countByState().toCompletableFuture().join())
                    .containsEntry(OutboxState.ACCEPTED, (long) n);
        }
    }
}
