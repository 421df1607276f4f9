package dev.smppkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.client.InboxClaim;
import dev.smppkit.client.InboxItem;
import dev.smppkit.jdbc.TestDatabases.Db;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The JDBC inbox's contract, run against H2 always and PostgreSQL and MariaDB where available. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class JdbcInboxTest {
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
        static final Duration LEASE = Duration.ofMinutes(1);
        static final Duration INCOMPLETE = Duration.ofMinutes(2);
        private final Db db;
        DataSource ds;
        String table;
        final MutableClock clock = new MutableClock();
        final List<JdbcInbox> inboxes = new ArrayList<>();
        JdbcInbox inbox;

        Contract(Db db) {
            this.db = db;
        }

        @BeforeEach
        void createTable() {
            ds = TestDatabases.dataSource(db);
            table = TestDatabases.table("inbox");
            inbox = inbox();
            inbox.initializeSchema();
        }

        @AfterEach
        void dropTable() {
            inboxes.forEach(JdbcInbox::close);
            if (table != null) { // null when the database is not available here and the test was skipped
                TestDatabases.drop(ds, table);
            }
        }

        JdbcInbox inbox() {
            JdbcInbox i = JdbcInbox.builder(ds)
                    .table(table)
                    .threads(2)
                    .clock(clock)
                    .leaseDuration(LEASE)
                    .incompleteTimeout(INCOMPLETE)
                    .pollInterval(Duration.ofMillis(10)) // an empty take returns soon
                    .build();
            inboxes.add(i);
            return i;
        }

        static InboxItem whole(String account, String body) {
            return new InboxItem(account, null, 1, 1, body.getBytes(StandardCharsets.UTF_8));
        }

        static InboxItem segment(String group, int n, int total) {
            return new InboxItem("acct", group, n, total, (group + "/" + n).getBytes(StandardCharsets.UTF_8));
        }

        long store(InboxItem item) {
            return inbox.store(item).toCompletableFuture().join();
        }

        List<InboxClaim> take(JdbcInbox from, String account) {
            return from.take(account, 100).toCompletableFuture().join();
        }

        static List<String> bodies(InboxClaim c) {
            return c.items().stream()
                    .map(i -> new String(i.pdu(), StandardCharsets.UTF_8))
                    .toList();
        }

        @Test
        void storesAndLeasesWholePdusOldestFirst() {
            long a = store(whole("acct", "a"));
            long b = store(whole("acct", "b"));
            assertThat(b).isGreaterThan(a);

            List<InboxClaim> claims = take(inbox, "acct");
            assertThat(claims).extracting(InboxClaim::id).containsExactly(a, b);
            assertThat(claims.get(0).complete()).isTrue();
            assertThat(bodies(claims.get(0))).containsExactly("a");
            assertThat(take(inbox, "acct")).as("leased").isEmpty();
        }

        @Test
        void takesOnlyItsAccount() {
            store(whole("acct", "a"));
            long other = store(whole("other", "b"));
            assertThat(take(inbox, "other")).extracting(InboxClaim::id).containsExactly(other);
        }

        @Test
        void handsOutAGroupOnlyWhenEverySegmentIsIn() {
            long first = store(segment("g", 3, 3));
            store(segment("g", 1, 3));
            assertThat(take(inbox, "acct")).isEmpty();
            store(segment("g", 1, 3)); // a repeat, as an SMSC resends after a lost response
            store(segment("g", 2, 3));

            List<InboxClaim> claims = take(inbox, "acct");
            assertThat(claims).hasSize(1);
            InboxClaim c = claims.get(0);
            assertThat(c.id()).isEqualTo(first);
            assertThat(c.complete()).isTrue();
            assertThat(c.rowIds()).hasSize(4);
            assertThat(bodies(c)).containsExactly("g/1", "g/2", "g/3");
        }

        @Test
        void handsOutAnIncompleteGroupAfterTheIncompleteTimeout() {
            store(segment("g", 1, 2));
            assertThat(take(inbox, "acct")).isEmpty();
            clock.advance(INCOMPLETE);
            List<InboxClaim> claims = take(inbox, "acct");
            assertThat(claims).hasSize(1);
            assertThat(claims.get(0).complete()).isFalse();
            assertThat(bodies(claims.get(0))).containsExactly("g/1");
        }

        @Test
        void handsOutAgainWithTheSameIdWhenTheLeaseExpires() {
            store(segment("g", 1, 2));
            store(segment("g", 2, 2));
            InboxClaim c = take(inbox, "acct").get(0);
            assertThat(take(inbox, "acct")).isEmpty();
            clock.advance(LEASE.plusSeconds(1));
            List<InboxClaim> again = take(inbox(), "acct"); // another process
            assertThat(again).extracting(InboxClaim::id).containsExactly(c.id());
            // the first holder's late done changes nothing: the rows belong to the new lease
            inbox.done(c).toCompletableFuture().join();
            assertThat(inbox.count("acct").toCompletableFuture().join()).isEqualTo(2);
        }

        @Test
        void doneDeletesTheRows() {
            store(whole("acct", "a"));
            InboxClaim c = take(inbox, "acct").get(0);
            inbox.done(c).toCompletableFuture().join();
            assertThat(inbox.count("acct").toCompletableFuture().join()).isZero();
            clock.advance(LEASE.plusSeconds(1));
            assertThat(take(inbox, "acct")).isEmpty();
        }

        @Test
        void releaseHandsOutAgainAfterTheDelay() {
            store(whole("acct", "a"));
            InboxClaim c = take(inbox, "acct").get(0);
            inbox.release(c, Duration.ZERO).toCompletableFuture().join();
            InboxClaim again = take(inbox, "acct").get(0);
            assertThat(again.id()).isEqualTo(c.id());

            inbox.release(again, Duration.ofSeconds(30)).toCompletableFuture().join();
            assertThat(take(inbox, "acct")).isEmpty();
            clock.advance(Duration.ofSeconds(30));
            assertThat(take(inbox, "acct")).extracting(InboxClaim::id).containsExactly(c.id());
        }

        @Test
        void aTakeWaitingForWorkIsWokenByAStore() throws Exception {
            JdbcInbox slow = JdbcInbox.builder(ds)
                    .table(table)
                    .threads(2)
                    .pollInterval(Duration.ofMinutes(5))
                    .build();
            inboxes.add(slow);
            CompletableFuture<List<InboxClaim>> waiting = slow.take("acct", 10).toCompletableFuture();
            long id = slow.store(whole("acct", "a")).toCompletableFuture().join();
            // found by the first claim, or the store wakes the take long before its 5-minute poll
            List<InboxClaim> claims = waiting.get(60, TimeUnit.SECONDS);
            assertThat(claims).extracting(InboxClaim::id).containsExactly(id);
        }

        @Test
        void twoTakersNeverGetTheSameRow() throws Exception {
            Set<Long> expected = new HashSet<>();
            for (int i = 0; i < 120; i++) {
                expected.add(store(whole("acct", "m" + i)));
            }
            for (int g = 0; g < 20; g++) {
                expected.add(store(segment("g" + g, 1, 2)));
                store(segment("g" + g, 2, 2));
            }
            JdbcInbox other = inbox();
            Set<Long> seen = ConcurrentHashMap.newKeySet();
            List<Long> duplicates = new ArrayList<>();
            CompletableFuture<?>[] takers = new CompletableFuture<?>[2];
            JdbcInbox[] both = {inbox, other};
            for (int t = 0; t < 2; t++) {
                JdbcInbox mine = both[t];
                takers[t] = CompletableFuture.runAsync(() -> {
                    while (true) {
                        List<InboxClaim> claims =
                                mine.take("acct", 7).toCompletableFuture().join();
                        if (claims.isEmpty()) {
                            return;
                        }
                        for (InboxClaim c : claims) {
                            if (!seen.add(c.id())) {
                                synchronized (duplicates) {
                                    duplicates.add(c.id());
                                }
                            }
                            if (c.totalSegments() == 2) {
                                assertThat(c.items()).hasSize(2);
                            }
                        }
                    }
                });
            }
            CompletableFuture.allOf(takers).get(60, TimeUnit.SECONDS);
            assertThat(duplicates).isEmpty();
            assertThat(seen).isEqualTo(expected);
        }
    }
}
