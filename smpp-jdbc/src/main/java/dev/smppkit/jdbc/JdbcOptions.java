package dev.smppkit.jdbc;

import dev.smppkit.jdbc.internal.Schema;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The options every JDBC component's builder shares: the data source, the dialect, the table name, the size of the
 * component's own JDBC pool, the group-commit batch size and the clock. Each setter checks its argument and names
 * the limit.
 *
 * @param <B> the builder
 */
public abstract class JdbcOptions<B extends JdbcOptions<B>> {
    final DataSource dataSource;
    JdbcDialect dialect;
    String table;
    int threads = 4;
    int batchSize = 500;
    boolean unlogged;
    Clock clock = Clock.systemUTC();

    JdbcOptions(DataSource dataSource, String defaultTable) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.table = defaultTable;
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /**
     * The database's dialect (default: detected from the data source when built).
     *
     * @param dialect the dialect; not null
     * @return this builder
     */
    public B dialect(JdbcDialect dialect) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        return self();
    }

    /**
     * The table name: letters, digits and underscores, optionally schema-qualified ({@code sms.outbox}). Index names
     * are derived from it, so tables of different names never clash.
     *
     * @param table the table name
     * @return this builder
     */
    public B table(String table) {
        this.table = Schema.checkTableName("table", table);
        return self();
    }

    /**
     * The size of this component's own pool for blocking JDBC work, 1–256 (default 4). Each thread keeps one
     * connection from the data source while the component is open, so this is also how many connections it holds.
     *
     * @param threads the pool size, 1–256
     * @return this builder
     */
    public B threads(int threads) {
        if (threads < 1 || threads > 256) {
            throw new IllegalArgumentException("threads is " + threads + "; must be 1-256");
        }
        this.threads = threads;
        return self();
    }

    /**
     * The most single operations written in one transaction (group commit), 1–10,000 (default 500).
     *
     * @param batchSize the most operations per transaction
     * @return this builder
     */
    public B batchSize(int batchSize) {
        if (batchSize < 1 || batchSize > 10_000) {
            throw new IllegalArgumentException("batchSize is " + batchSize + "; must be 1-10000");
        }
        this.batchSize = batchSize;
        return self();
    }

    /**
     * The clock for the times written to the table (availability, leases, expiry; default UTC system clock). All
     * processes sharing a table compare their clocks' times, so keep them in sync (NTP).
     *
     * @param clock the clock; not null
     * @return this builder
     */
    public B clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return self();
    }

    /**
     * Creates the table as {@code UNLOGGED} (PostgreSQL only; default false): its writes skip the write-ahead log, so
     * commits are cheaper (a faster queue or correlation table under load), but <b>the table is emptied when the server
     * crashes or shuts down uncleanly, and it is not replicated</b>: a standby or a failover has an empty table, and a
     * point-in-time restore too. Queued messages, outcomes and correlations would be lost then, so use it only where
     * a replay from your own records is acceptable. Applies to {@code initializeSchema()} and {@code schema()} of a
     * new table; an existing one is changed with {@code ALTER TABLE ... SET UNLOGGED} (or {@code SET LOGGED} back).
     *
     * @param unlogged whether to create the table unlogged
     * @return this builder
     */
    public B unlogged(boolean unlogged) {
        this.unlogged = unlogged;
        return self();
    }

    /** Whether the table is created unlogged; fails for a dialect other than PostgreSQL, which has no such tables. */
    boolean checkUnlogged(JdbcDialect dialect) {
        if (unlogged && dialect != JdbcDialect.POSTGRESQL) {
            throw new IllegalArgumentException("unlogged is true; only PostgreSQL has unlogged tables, not " + dialect);
        }
        return unlogged;
    }

    static Duration atLeast(String field, Duration value, Duration min) {
        if (value == null || value.compareTo(min) < 0) {
            throw new IllegalArgumentException(field + " is " + value + "; must be at least " + min);
        }
        return value;
    }
}
