package dev.smppkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smppkit.client.Tracking;
import dev.smppkit.jdbc.TestDatabases.Db;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The JDBC correlator's contract, run against H2 always and PostgreSQL and MariaDB where available. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class JdbcCorrelatorTest {
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
        MutableClock clock = new MutableClock();
        final List<JdbcCorrelator> correlators = new ArrayList<>();

        Contract(Db db) {
            this.db = db;
        }

        @BeforeEach
        void createTable() {
            ds = TestDatabases.dataSource(db);
            table = TestDatabases.table("corr");
            correlator().initializeSchema();
        }

        @AfterEach
        void dropTable() {
            correlators.forEach(JdbcCorrelator::close);
            if (table != null) { // null when the database is not available here and the test was skipped
                TestDatabases.drop(ds, table);
            }
        }

        JdbcCorrelator correlator() {
            JdbcCorrelator c = JdbcCorrelator.builder(ds)
                    .table(table)
                    .threads(2)
                    .clock(clock)
                    .timeToLive(Duration.ofHours(1))
                    .build();
            correlators.add(c);
            return c;
        }

        static <T> T join(CompletionStage<T> stage) {
            return stage.toCompletableFuture().join();
        }

        static Tracking tracking(String brokerId, int segment, int total) {
            return new Tracking(
                    brokerId,
                    "order-" + brokerId,
                    Map.of("customer", "c1", "note", "ünïcode"),
                    segment,
                    total,
                    "447700900123",
                    Instant.now().truncatedTo(ChronoUnit.MILLIS));
        }

        @Test
        void findsWhatWasPut() {
            JdbcCorrelator c = correlators.get(0);
            Tracking t = tracking("42", 1, 1);
            join(c.put("acme", "0a1b2c", t));
            assertThat(join(c.get("acme", "0a1b2c"))).contains(t);
            Tracking bare = new Tracking("43", null, Map.of(), 1, 1, null, Instant.parse("2026-01-01T00:00:00Z"));
            join(c.put("acme", "bare", bare));
            assertThat(join(c.get("acme", "bare"))).contains(bare);
            assertThat(join(c.get("acme", "unknown"))).isEmpty();
        }

        @Test
        void anotherInstanceFindsItToo() {
            Tracking t = tracking("7", 1, 1);
            join(correlators.get(0).put("acme", "m-7", t));
            JdbcCorrelator elsewhere = correlator();
            assertThat(join(elsewhere.get("acme", "m-7"))).contains(t);
        }

        @Test
        void keysAreScopedBySystemIdAndCaseSensitive() {
            JdbcCorrelator c = correlators.get(0);
            join(c.put("acme", "abc", tracking("1", 1, 1)));
            join(c.put("other", "abc", tracking("2", 1, 1)));
            join(c.put("acme", "ABC", tracking("3", 1, 1)));
            assertThat(join(c.get("acme", "abc"))).map(Tracking::brokerId).contains("1");
            assertThat(join(c.get("other", "abc"))).map(Tracking::brokerId).contains("2");
            assertThat(join(c.get("acme", "ABC"))).map(Tracking::brokerId).contains("3");
            assertThat(join(c.get("ACME", "abc"))).isEmpty();
        }

        @Test
        void aLaterPutReplacesAndRemoveForgets() {
            JdbcCorrelator c = correlators.get(0);
            join(c.put("acme", "m", tracking("1", 1, 1)));
            join(c.put("acme", "m", tracking("2", 1, 1)));
            assertThat(join(c.get("acme", "m"))).map(Tracking::brokerId).contains("2");
            join(c.remove("acme", "m"));
            assertThat(join(c.get("acme", "m"))).isEmpty();
            join(c.remove("acme", "never there"));
        }

        @Test
        void segmentsOfASplitMessageMapBackToTheParent() {
            JdbcCorrelator c = correlators.get(0);
            join(c.put("acme", "s3", tracking("99", 3, 3)));
            join(c.put("acme", "s1", tracking("99", 1, 3)));
            join(c.put("acme", "s2", tracking("99", 2, 3)));
            join(c.put("acme", "x", tracking("100", 1, 1)));
            List<CorrelationEntry> parts = join(c.segments("99"));
            assertThat(parts).extracting(CorrelationEntry::messageId).containsExactly("s1", "s2", "s3");
            assertThat(parts)
                    .allSatisfy(e -> assertThat(e.tracking().totalSegments()).isEqualTo(3));
            assertThat(join(c.get("acme", "s2"))).map(Tracking::brokerId).contains("99");
        }

        @Test
        void rowsExpireAndArePurged() {
            JdbcCorrelator c = correlators.get(0);
            join(c.put("acme", "old", tracking("1", 1, 1)));
            clock.advance(Duration.ofMinutes(61));
            join(c.put("acme", "new", tracking("2", 1, 1)));
            assertThat(join(c.get("acme", "old"))).as("expired").isEmpty();
            assertThat(join(c.segments("1"))).isEmpty();
            assertThat(join(c.purgeExpired())).isEqualTo(1);
            assertThat(join(c.get("acme", "new"))).isPresent();
        }

        @Test
        void manyConcurrentPutsAndGetsAreBatched() {
            JdbcCorrelator c = correlators.get(0);
            List<CompletableFuture<Void>> puts = new ArrayList<>();
            for (int i = 0; i < 3000; i++) {
                puts.add(c.put(i % 2 == 0 ? "acme" : "other", "id-" + i, tracking(Integer.toString(i), 1, 1))
                        .toCompletableFuture());
            }
            puts.forEach(CompletableFuture::join);
            JdbcCorrelator reader = correlator();
            List<CompletableFuture<Optional<Tracking>>> gets = new ArrayList<>();
            for (int i = 0; i < 3000; i++) {
                gets.add(reader.get(i % 2 == 0 ? "acme" : "other", "id-" + i).toCompletableFuture());
            }
            for (int i = 0; i < 3000; i++) {
                assertThat(gets.get(i).join()).map(Tracking::brokerId).contains(Integer.toString(i));
            }
        }

        @Test
        void aReceiptThatOvertakesThePutOnThisProcessStillMatches() {
            JdbcCorrelator c = correlators.get(0);
            CompletionStage<Void> put = c.put("acme", "fast", tracking("5", 1, 1));
            CompletableFuture<Boolean> putDoneFirst = c.get("acme", "fast")
                    .toCompletableFuture()
                    .thenApply(found ->
                            found.isPresent() && put.toCompletableFuture().isDone());
            assertThat(join(putDoneFirst)).as("answered only after the write").isTrue();
            join(put);
        }

        @Test
        void valuesLongerThanTheirColumnsAreRefused() {
            JdbcCorrelator c = correlators.get(0);
            assertThatThrownBy(() -> join(c.put("acme", "x".repeat(65), tracking("1", 1, 1))))
                    .hasCauseInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("messageId is 65 characters; at most 64");
            assertThatThrownBy(() -> join(c.put("a-very-long-system-id", "m", tracking("1", 1, 1))))
                    .hasMessageContaining("systemId is 21 characters; at most 15");
            assertThat(join(c.get("acme", "x".repeat(65)))).isEmpty();
        }
    }
}
