package dev.smppkit.jdbc.internal;

import dev.smppkit.jdbc.JdbcStoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/** What the JDBC components share: their timer thread, DDL execution, default lease owner and IN-list markers. */
public final class JdbcSupport {
    private JdbcSupport() {}

    /** {@code n} copies of {@code mark} ({@code "?"}, or {@code "(?, ?)"} for rows) separated by commas: an IN list. */
    static String marks(int n, String mark) {
        return String.join(", ", Collections.nCopies(n, mark));
    }

    /** A single daemon thread for polls, lease renewals and purges; never runs JDBC itself. */
    public static ScheduledThreadPoolExecutor timer(String name) {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true); // polls are cancelled often; don't keep them queued until due
        timer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        return timer;
    }

    /** Host name, process id and a random part: unique per component instance, readable in the lease_owner column. */
    public static String defaultOwner() {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isEmpty()) {
            host = "host";
        }
        if (host.length() > 80) {
            host = host.substring(0, 80);
        }
        byte[] random = new byte[4];
        ThreadLocalRandom.current().nextBytes(random);
        return host + ":" + ProcessHandle.current().pid() + ":" + HexFormat.of().formatHex(random);
    }

    /** Runs idempotent DDL statements in one connection with auto-commit on (some databases commit DDL anyway). */
    public static void runDdl(DataSource dataSource, List<String> statements, String table) {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new JdbcStoreException("creating " + table + " failed: " + e.getMessage(), e);
        }
    }
}
