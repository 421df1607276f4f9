package dev.smppkit.jdbc;

import dev.smppkit.client.Correlator;
import dev.smppkit.client.ShutdownException;
import dev.smppkit.client.Tracking;
import dev.smppkit.jackson.SmppJacksonModule;
import dev.smppkit.jdbc.internal.BatchQueue;
import dev.smppkit.jdbc.internal.CorrelationStore;
import dev.smppkit.jdbc.internal.CorrelationStore.Key;
import dev.smppkit.jdbc.internal.JdbcExecutor;
import dev.smppkit.jdbc.internal.JdbcSupport;
import dev.smppkit.jdbc.internal.Schema;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link Correlator} on a database table, so that a delivery receipt finds its message however late it comes and
 * on whichever bind, process or machine it arrives: the rows are keyed by the SMSC account's system_id and the SMSC's
 * message_id, and every segment of a split message points at its parent's broker id ({@link #segments}). Rows
 * expire after a time to live and are purged in the background. Build one with {@link #builder(DataSource)}; create
 * its table with {@link #initializeSchema()} or from {@link #schema()}.
 *
 * <p>Puts, gets and removes are batched (many per round trip; on PostgreSQL one statement per batch) on a bounded
 * JDBC pool of its own. A {@link #get} of a segment this instance is still writing does not go to the database: it
 * completes with the put's tracking as soon as the write is committed (or has failed), so a receipt that overtakes
 * the write on the same process still matches, and the client, which answers the receipt's deliver_sm only after the
 * lookup, never acknowledges a receipt whose correlation row might still be lost in a crash. Stages complete on the pool's threads: do not block in their dependent
 * actions. Thread-safe.
 */
public final class JdbcCorrelator implements Correlator, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(JdbcCorrelator.class);
    private static final int PURGE_CHUNK = 10_000;

    private final DataSource dataSource;
    private final JdbcDialect dialect;
    private final boolean unlogged;
    private final String table;
    private final Duration ttl;
    private final java.time.Clock clock;
    private final CorrelationStore store;
    private final JdbcExecutor executor;
    private final ScheduledThreadPoolExecutor timer;
    private final BatchQueue<CorrelationStore.Put, Void> puts;
    private final BatchQueue<Key, Optional<Tracking>> gets;
    private final BatchQueue<Key, Void> removes;
    // per correlator, any thread: a put's tracking from its submit until its write is committed (or failed), for a get
    // of the key meanwhile; a receipt may overtake the write on this process
    private final ConcurrentHashMap<Key, CompletableFuture<Optional<Tracking>>> unwritten = new ConcurrentHashMap<>();
    private volatile boolean closed;

    private JdbcCorrelator(Builder b) {
        this.dataSource = b.dataSource;
        this.dialect = b.dialect != null ? b.dialect : JdbcDialect.detect(b.dataSource);
        this.unlogged = b.checkUnlogged(dialect);
        this.table = b.table;
        this.ttl = b.ttl;
        this.clock = b.clock;
        this.store = new CorrelationStore(dialect, table, SmppJacksonModule.newObjectMapper());
        this.executor = new JdbcExecutor("smppkit-" + table, dataSource, b.threads, 10_000);
        this.timer = JdbcSupport.timer("smppkit-" + table + "-timer");
        int concurrent = Math.max(1, b.threads / 2);
        this.puts = new BatchQueue<>("put into " + table, executor, b.batchSize, concurrent, store::put);
        this.gets = new BatchQueue<>(
                "get from " + table,
                executor,
                b.batchSize,
                concurrent,
                (c, keys) -> store.get(c, keys, clock.instant()));
        this.removes = new BatchQueue<>("remove from " + table, executor, b.batchSize, concurrent, store::remove);
        if (!b.purgeInterval.isZero()) {
            long every = b.purgeInterval.toMillis();
            timer.scheduleWithFixedDelay(this::purgeInBackground, every, every, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * A builder for a correlator on {@code dataSource}.
     *
     * @param dataSource where the correlation table lives; not null
     * @return a new builder with the defaults
     */
    public static Builder builder(DataSource dataSource) {
        return new Builder(dataSource);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Upserts the row (a later put of the same id replaces it) with an expiry of the time to live from now.
     * Completes when committed; exceptionally with {@link IllegalArgumentException} if a value is longer than its
     * column (system_id 15, message_id 64, brokerId 64, trackingId 255, destination 64 characters),
     * {@link JdbcStoreException} if the database failed, or {@link ShutdownException} if closed.
     */
    @Override
    public CompletionStage<Void> put(String systemId, String messageId, Tracking tracking) {
        Key key;
        try {
            key = key(systemId, messageId);
            check("brokerId", tracking.brokerId(), 64);
            check("trackingId", tracking.trackingId(), 255);
            check("destination", tracking.destination(), 64);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(e);
        }
        if (closed) {
            return CompletableFuture.failedFuture(new ShutdownException("correlator closed: " + table));
        }
        CompletableFuture<Optional<Tracking>> written = new CompletableFuture<>();
        unwritten.put(key, written);
        CompletableFuture<Void> write = puts.submit(
                new CorrelationStore.Put(key, tracking, clock.instant().plus(ttl)));
        write.whenComplete((v, e) -> {
            unwritten.remove(key, written);
            written.complete(Optional.of(tracking));
        });
        return write;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Completes with the tracking, or empty if there is no row or it expired; exceptionally with
     * {@link JdbcStoreException} if the database failed or {@link ShutdownException} if closed.
     */
    @Override
    public CompletionStage<Optional<Tracking>> get(String systemId, String messageId) {
        Key key;
        try {
            key = key(systemId, messageId);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(Optional.empty()); // longer than any stored id: not ours
        }
        CompletableFuture<Optional<Tracking>> pending = unwritten.get(key);
        if (pending != null) {
            return pending.copy(); // answers once the write is committed: see the class comment
        }
        if (closed) {
            return CompletableFuture.failedFuture(new ShutdownException("correlator closed: " + table));
        }
        return gets.submit(key);
    }

    /** {@inheritDoc} Completes when the row is deleted (or was absent). */
    @Override
    public CompletionStage<Void> remove(String systemId, String messageId) {
        Key key;
        try {
            key = key(systemId, messageId);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(null);
        }
        if (closed) {
            return CompletableFuture.failedFuture(new ShutdownException("correlator closed: " + table));
        }
        return removes.submit(key);
    }

    /**
     * Every live segment of the message with this broker id, in segment order (the parent of a split message).
     *
     * @param brokerId the broker's id of the message
     * @return a stage that completes with the unexpired segments; empty if none
     */
    public CompletionStage<List<CorrelationEntry>> segments(String brokerId) {
        return executor.submit("find in " + table, c -> store.byBrokerId(c, brokerId, clock.instant()));
    }

    /**
     * Deletes expired rows now, in chunks of 10,000 per transaction.
     *
     * @return a stage that completes with the number of rows deleted
     */
    public CompletionStage<Integer> purgeExpired() {
        return purgeFrom(0);
    }

    private CompletableFuture<Integer> purgeFrom(int sofar) {
        return executor.submit("purge " + table, c -> store.purge(c, clock.instant(), PURGE_CHUNK))
                .thenCompose(n -> n < PURGE_CHUNK || closed
                        ? CompletableFuture.completedFuture(sofar + n)
                        : purgeFrom(sofar + n));
    }

    private void purgeInBackground() {
        purgeExpired().whenComplete((n, e) -> {
            if (e != null) {
                log.warn("purging expired rows of {} failed; trying again later", table, e);
            } else if (n > 0) {
                log.debug("purged {} expired rows of {}", n, table);
            }
        });
    }

    private static Key key(String systemId, String messageId) {
        check("systemId", systemId, 15);
        check("messageId", messageId, 64);
        if (systemId == null || messageId == null) {
            throw new IllegalArgumentException("systemId and messageId are required");
        }
        return new Key(systemId, messageId);
    }

    private static void check(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new IllegalArgumentException(field + " is " + value.length() + " characters; at most " + max);
        }
    }

    /**
     * The DDL that {@link #initializeSchema()} runs, for migration tools.
     *
     * @return the statements, in order, for this correlator's dialect and table
     */
    public List<String> schema() {
        return Schema.statements(dialect, "correlation", table, unlogged);
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
     * The database dialect this correlator writes SQL for.
     *
     * @return the configured or detected dialect
     */
    public JdbcDialect dialect() {
        return dialect;
    }

    /**
     * The correlation table this correlator uses.
     *
     * @return the table name, as configured (possibly schema-qualified)
     */
    public String table() {
        return table;
    }

    /**
     * The size of the JDBC pool (and the most connections this correlator holds).
     *
     * @return the number of threads, 1-256
     */
    public int threads() {
        return executor.threads();
    }

    /** Stops the purge, lets queued writes finish (up to 10 s) and closes the connections. Blocks the caller. */
    @Override
    public void close() {
        closed = true;
        timer.shutdownNow();
        executor.close();
    }

    /** Builds a {@link JdbcCorrelator}; every setter checks its argument. */
    public static final class Builder extends JdbcOptions<Builder> {
        private Duration ttl = Duration.ofDays(3);
        private Duration purgeInterval = Duration.ofMinutes(10);

        private Builder(DataSource dataSource) {
            super(dataSource, "smppkit_correlation");
        }

        /**
         * How long a segment is kept after its put, at least 1 s (default 3 days; SMSCs keep receipts about as long).
         *
         * @param ttl the time to live of each row
         * @return this builder
         */
        public Builder timeToLive(Duration ttl) {
            this.ttl = atLeast("timeToLive", ttl, Duration.ofSeconds(1));
            return this;
        }

        /**
         * How often expired rows are deleted (default 10 minutes; {@link Duration#ZERO} turns it off).
         *
         * @param interval the time between purges; not negative
         * @return this builder
         */
        public Builder purgeInterval(Duration interval) {
            if (interval == null || interval.isNegative()) {
                throw new IllegalArgumentException("purgeInterval is " + interval + "; must be zero (off) or positive");
            }
            this.purgeInterval = interval;
            return this;
        }

        /**
         * Builds the correlator and starts its purge. Detects the dialect first (one connection) unless set.
         *
         * @return a new correlator, open; close it to stop its threads
         * @throws JdbcStoreException if the dialect must be detected and no connection can be opened
         */
        public JdbcCorrelator build() {
            return new JdbcCorrelator(this);
        }
    }
}
