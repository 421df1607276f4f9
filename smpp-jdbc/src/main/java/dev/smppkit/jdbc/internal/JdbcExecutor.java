package dev.smppkit.jdbc.internal;

import dev.smppkit.client.ShutdownException;
import dev.smppkit.jdbc.JdbcStoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bounded pool that runs all blocking JDBC work of one broker, correlator or inbox, so that no Netty event loop
 * ever waits for the database. Each of its threads keeps one connection from the data source (opened on first use,
 * READ COMMITTED, auto-commit off) and runs every task as one transaction: committed when the task returns, rolled
 * back when it throws. A task that hit a deadlock or serialization failure is run again (up to 3 times); a connection
 * that broke is closed and replaced on the next task. The task queue is bounded; a task that does not fit fails at
 * once.
 *
 * <p>Futures complete on the pool's threads: callers must not block in dependent actions.
 */
public final class JdbcExecutor implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(JdbcExecutor.class);
    private static final int MAX_TRIES = 3;

    private final DataSource dataSource;
    private final ThreadPoolExecutor pool;
    private final int threads;

    /** A unit of work on a connection, inside a transaction the executor commits. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** A pool thread and the connection it keeps; only that thread touches it. */
    private static final class Worker extends Thread {
        private Connection connection;

        Worker(Runnable r, String name) {
            super(r, name);
            setDaemon(true);
        }
    }

    /**
     * @param name the thread name prefix, e.g. "smppkit-outbox"
     * @param threads the pool size and so the most connections held
     * @param queueCapacity the most tasks waiting for a thread
     */
    public JdbcExecutor(String name, DataSource dataSource, int threads, int queueCapacity) {
        this.dataSource = dataSource;
        this.threads = threads;
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(
                threads, threads, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queueCapacity), r -> {
                    Worker[] self = new Worker[1];
                    self[0] = new Worker(
                            () -> {
                                try {
                                    r.run();
                                } finally {
                                    closeQuietly(self[0].connection);
                                }
                            },
                            name + "-" + n.incrementAndGet());
                    return self[0];
                });
    }

    /** How many threads (and connections) the pool has. */
    public int threads() {
        return threads;
    }

    /**
     * Runs {@code work} in a transaction on a pool thread.
     *
     * @param what names the operation in errors, e.g. "take from smppkit_outbox"
     * @return completes with the work's result after the commit; exceptionally with {@link JdbcStoreException} (SQL
     *     failure), the work's own runtime exception, or {@link ShutdownException} when the executor is closed or its
     *     queue is full
     */
    public <T> CompletableFuture<T> submit(String what, Work<T> work) {
        CompletableFuture<T> future = new CompletableFuture<>();
        try {
            pool.execute(() -> run(what, work, future));
        } catch (RejectedExecutionException e) {
            future.completeExceptionally(
                    pool.isShutdown()
                            ? new ShutdownException(what + ": closed")
                            : new ShutdownException(what + ": the JDBC task queue is full", e));
        }
        return future;
    }

    private <T> void run(String what, Work<T> work, CompletableFuture<T> future) {
        Worker worker = (Worker) Thread.currentThread();
        for (int attempt = 1; ; attempt++) {
            Connection c = null;
            try {
                c = connection(worker);
                T result = work.run(c);
                c.commit();
                future.complete(result);
                return;
            } catch (SQLException e) {
                rollbackQuietly(c);
                if (broken(c, e)) {
                    closeQuietly(c);
                    worker.connection = null;
                }
                if (retryable(e) && attempt < MAX_TRIES) {
                    log.debug("{} failed ({}); trying again", what, e.getMessage());
                    pause(attempt);
                    continue;
                }
                future.completeExceptionally(new JdbcStoreException(what + " failed: " + e.getMessage(), e));
                return;
            } catch (RuntimeException | Error e) {
                rollbackQuietly(c);
                future.completeExceptionally(e);
                return;
            }
        }
    }

    private Connection connection(Worker worker) throws SQLException {
        if (worker.connection == null) {
            Connection c = dataSource.getConnection();
            try {
                c.setAutoCommit(false);
                c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            } catch (SQLException e) {
                closeQuietly(c);
                throw e;
            }
            worker.connection = c;
        }
        return worker.connection;
    }

    private static boolean retryable(SQLException e) {
        String state = e.getSQLState();
        return e instanceof SQLTransactionRollbackException
                || "40001".equals(state) // serialization failure, MariaDB and H2 deadlocks
                || "40P01".equals(state) // PostgreSQL deadlock
                || e.getErrorCode() == 1213 // MariaDB deadlock
                || e.getErrorCode() == 1205; // MariaDB lock wait timeout
    }

    private static boolean broken(Connection c, SQLException e) {
        if (c == null) {
            return false;
        }
        String state = e.getSQLState();
        if (e instanceof SQLNonTransientConnectionException
                || e instanceof SQLTransientConnectionException
                || (state != null && state.startsWith("08"))) {
            return true;
        }
        try {
            return !c.isValid(2);
        } catch (SQLException notValid) {
            return true;
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(5L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void rollbackQuietly(Connection c) {
        if (c != null) {
            try {
                c.rollback();
            } catch (SQLException e) {
                log.debug("rollback failed", e);
            }
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                log.debug("closing a connection failed", e);
            }
        }
    }

    /** Whether {@link #close} was called. */
    public boolean isClosed() {
        return pool.isShutdown();
    }

    /**
     * Stops taking tasks, lets queued and running ones finish (up to 10 s), then closes the connections. Blocks the
     * caller.
     */
    @Override
    public void close() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
                log.warn("JDBC tasks still running after 10 s; interrupting them");
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
