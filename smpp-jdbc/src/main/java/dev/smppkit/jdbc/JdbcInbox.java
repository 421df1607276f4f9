package dev.smppkit.jdbc;

import dev.smppkit.client.Inbox;
import dev.smppkit.client.InboxClaim;
import dev.smppkit.client.InboxItem;
import dev.smppkit.client.ShutdownException;
import dev.smppkit.jdbc.internal.BatchQueue;
import dev.smppkit.jdbc.internal.InboxStore;
import dev.smppkit.jdbc.internal.JdbcExecutor;
import dev.smppkit.jdbc.internal.JdbcSupport;
import dev.smppkit.jdbc.internal.Schema;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * An {@link Inbox} on a database table (PostgreSQL, MariaDB or H2): each incoming deliver_sm or data_sm is one row,
 * committed before the client answers it, and deleted once the hook has seen it. Segments of a long message are rows
 * of one group and are handed out together once every segment number is in, whichever process stored them, or as an
 * incomplete message once the first segment is older than the {@linkplain Builder#incompleteTimeout incomplete
 * timeout}. A take leases what it hands out for the {@linkplain Builder#leaseDuration lease duration}; if the holder
 * dies, the rows are handed out again after it, with the same id (the smallest row id of the unit) as the hook's
 * idempotency key. Build one with {@link #builder(DataSource)}; create its table with {@link #initializeSchema()} or
 * from {@link #schema()}.
 *
 * <p>Stores are batched (many per round trip) on a bounded JDBC pool of its own; a take that finds nothing waits for
 * a store by this process or the poll interval, whichever comes first. Stages complete on the pool's threads.
 * Thread-safe.
 */
public final class JdbcInbox implements Inbox, AutoCloseable {
    private final DataSource dataSource;
    private final JdbcDialect dialect;
    private final boolean unlogged;
    private final String table;
    private final Duration lease;
    private final Duration incompleteTimeout;
    private final Duration pollInterval;
    private final java.time.Clock clock;
    private final InboxStore store;
    private final JdbcExecutor executor;
    private final ScheduledThreadPoolExecutor timer;
    private final BatchQueue<InboxItem, Long> inserts;
    private final BatchQueue<InboxClaim, Void> deletes;
    private final String owner = JdbcSupport.defaultOwner();
    private final AtomicLong takes = new AtomicLong();
    // takes waiting for a store by this process (or their poll interval); stores bump the generation first
    private final Set<CompletableFuture<Void>> waiting = ConcurrentHashMap.newKeySet();
    private final AtomicLong generation = new AtomicLong();
    private volatile boolean closed;

    private JdbcInbox(Builder b) {
        this.dataSource = b.dataSource;
        this.dialect = b.dialect != null ? b.dialect : JdbcDialect.detect(b.dataSource);
        this.unlogged = b.checkUnlogged(dialect);
        this.table = b.table;
        this.lease = b.lease;
        this.incompleteTimeout = b.incompleteTimeout;
        this.pollInterval = b.pollInterval;
        this.clock = b.clock;
        this.store = new InboxStore(dialect, table);
        this.executor = new JdbcExecutor("smppkit-" + table, dataSource, b.threads, 10_000);
        this.timer = JdbcSupport.timer("smppkit-" + table + "-timer");
        int concurrent = Math.max(1, b.threads / 2);
        this.inserts = new BatchQueue<>(
                "store into " + table, executor, b.batchSize, concurrent, (c, items) -> store.insert(c, items, now()));
        this.deletes = new BatchQueue<>("delete from " + table, executor, b.batchSize, concurrent, store::delete);
    }

    /**
     * A builder for an inbox on {@code dataSource}.
     *
     * @param dataSource where the inbox table lives; not null
     * @return a new builder with the defaults
     */
    public static Builder builder(DataSource dataSource) {
        return new Builder(dataSource);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Completes with the row id once committed; exceptionally with {@link IllegalArgumentException} if the account
     * is longer than 64 or the group key than 200 characters, {@link JdbcStoreException} if the database failed, or
     * {@link ShutdownException} if closed.
     */
    @Override
    public CompletionStage<Long> store(InboxItem item) {
        Objects.requireNonNull(item, "item");
        if (item.account().length() > 64) {
            return CompletableFuture.failedFuture(
                    new IllegalArgumentException("account is " + item.account().length() + " characters; at most 64"));
        }
        if (item.groupKey() != null && item.groupKey().length() > 200) {
            return CompletableFuture.failedFuture(new IllegalArgumentException(
                    "groupKey is " + item.groupKey().length() + " characters; at most 200"));
        }
        if (closed) {
            return CompletableFuture.failedFuture(new ShutdownException("inbox closed: " + table));
        }
        return inserts.submit(item).whenComplete((id, e) -> {
            if (e == null) {
                generation.incrementAndGet();
                waiting.forEach(w -> w.complete(null));
            }
        });
    }

    /**
     * {@inheritDoc}
     *
     * <p>Claims at once; if nothing is ready, waits for a store by this process or the poll interval, then claims
     * once more and completes with what that found (possibly nothing). Completes exceptionally with {@link
     * JdbcStoreException} if the database failed or {@link ShutdownException} if closed.
     */
    @Override
    public CompletionStage<List<InboxClaim>> take(String account, int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max is " + max + "; must be at least 1");
        }
        long seen = generation.get();
        return claim(account, max)
                .thenCompose(claims -> claims.isEmpty() && !closed
                        ? waitForStore(seen).thenCompose(v -> claim(account, max))
                        : CompletableFuture.completedFuture(claims));
    }

    private CompletableFuture<List<InboxClaim>> claim(String account, int max) {
        if (closed) {
            return CompletableFuture.failedFuture(new ShutdownException("inbox closed: " + table));
        }
        String token = owner + ":" + takes.incrementAndGet();
        return executor.submit("take from " + table, c -> {
            Instant now = now();
            return store.claim(c, account, max, now, now.minus(incompleteTimeout), now.plus(lease), token);
        });
    }

    private CompletableFuture<Void> waitForStore(long seen) {
        CompletableFuture<Void> wake = new CompletableFuture<>();
        waiting.add(wake);
        wake.whenComplete((v, e) -> waiting.remove(wake));
        if (generation.get() != seen || closed) {
            wake.complete(null); // a store committed while the claim ran
        } else {
            try {
                timer.schedule(() -> wake.complete(null), pollInterval.toMillis(), TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException stopped) {
                wake.complete(null);
            }
        }
        return wake;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Deletes the claim's rows its lease still holds; batched. Completes exceptionally with {@link
     * JdbcStoreException} if the database failed or {@link ShutdownException} if closed.
     */
    @Override
    public CompletionStage<Void> done(InboxClaim claim) {
        if (closed) {
            return CompletableFuture.failedFuture(new ShutdownException("inbox closed: " + table));
        }
        return deletes.submit(claim);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Completes exceptionally with {@link JdbcStoreException} if the database failed or {@link ShutdownException}
     * if closed.
     */
    @Override
    public CompletionStage<Void> release(InboxClaim claim, Duration delay) {
        if (closed) {
            return CompletableFuture.failedFuture(new ShutdownException("inbox closed: " + table));
        }
        return executor.submit("release in " + table, c -> {
            store.release(c, claim, now().plus(delay));
            return null;
        });
    }

    /**
     * How many rows the table holds for {@code account}: PDUs stored and not yet seen by the hook.
     *
     * @param account the account name
     * @return completes with the count; exceptionally with {@link JdbcStoreException} if the database failed
     */
    public CompletionStage<Long> count(String account) {
        return executor.submit("count " + table, c -> store.count(c, account));
    }

    private Instant now() {
        return clock.instant();
    }

    /**
     * The DDL that {@link #initializeSchema()} runs, for migration tools.
     *
     * @return the statements, in order, for this inbox's dialect and table
     */
    public List<String> schema() {
        return Schema.statements(dialect, "inbox", table, unlogged);
    }

    /**
     * Creates the table and its indexes if they do not exist. Blocks the caller.
     *
     * @throws JdbcStoreException if the DDL fails
     */
    public void initializeSchema() {
        JdbcSupport.runDdl(dataSource, schema(), table);
    }

    /**
     * The inbox table this inbox uses.
     *
     * @return the table name, as configured (possibly schema-qualified)
     */
    public String table() {
        return table;
    }

    /**
     * The database dialect this inbox writes SQL for.
     *
     * @return the configured or detected dialect
     */
    public JdbcDialect dialect() {
        return dialect;
    }

    /** Wakes waiting takes, lets queued writes finish (up to 10 s) and closes the connections. Blocks the caller. */
    @Override
    public void close() {
        closed = true;
        waiting.forEach(w -> w.complete(null));
        timer.shutdownNow();
        executor.close();
    }

    /** Builds a {@link JdbcInbox}; every setter checks its argument. */
    public static final class Builder extends JdbcOptions<Builder> {
        private Duration lease = Duration.ofMinutes(5);
        private Duration incompleteTimeout = Duration.ofMinutes(2);
        private Duration pollInterval = Duration.ofSeconds(1);

        private Builder(DataSource dataSource) {
            super(dataSource, "smppkit_inbox");
        }

        /**
         * How long a take holds what it handed out before another take may get it (default 5 minutes, at least 1 s).
         * Must outlast the client's hook timeout, or a slow hook sees its message handed out a second time.
         *
         * @param lease the lease duration
         * @return this builder
         */
        public Builder leaseDuration(Duration lease) {
            this.lease = atLeast("leaseDuration", lease, Duration.ofSeconds(1));
            return this;
        }

        /**
         * How long after its first segment an incomplete long message is handed out as it is (default 2 minutes, at
         * least 1 ms), so the hook can report what arrived.
         *
         * @param timeout the time from the first segment
         * @return this builder
         */
        public Builder incompleteTimeout(Duration timeout) {
            this.incompleteTimeout = atLeast("incompleteTimeout", timeout, Duration.ofMillis(1));
            return this;
        }

        /**
         * How long a take that found nothing waits before asking the database again (default 1 s, at least 1 ms);
         * stores by this process wake it at once, those of other processes and incomplete timeouts are seen then.
         *
         * @param interval the poll interval
         * @return this builder
         */
        public Builder pollInterval(Duration interval) {
            this.pollInterval = atLeast("pollInterval", interval, Duration.ofMillis(1));
            return this;
        }

        /**
         * Builds the inbox. Detects the dialect first (one connection) unless set.
         *
         * @return a new inbox, open; close it to stop its threads
         * @throws JdbcStoreException if the dialect must be detected and no connection can be opened
         */
        public JdbcInbox build() {
            return new JdbcInbox(this);
        }
    }
}
