package dev.smppkit.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mariadb.MariaDBContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The databases the JDBC tests run against: H2 in memory always; PostgreSQL and MariaDB from
 * {@code SMPPKIT_TEST_POSTGRES_URL} / {@code SMPPKIT_TEST_MARIADB_URL} when set, else from Testcontainers when Docker
 * is available, else skipped with a visible assumption. Containers start once per test JVM and are stopped by
 * Testcontainers' reaper when it exits. Each test makes its own table names, so runs never interfere.
 */
final class TestDatabases {
    private TestDatabases() {}

    enum Db {
        H2,
        POSTGRESQL,
        MARIADB
    }

    private static final ConcurrentHashMap<Db, DataSource> SOURCES = new ConcurrentHashMap<>();
    private static final AtomicInteger TABLES = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000, 36);

    /** The data source, or a skipped test (JUnit assumption) when the database is not available here. */
    static DataSource dataSource(Db db) {
        DataSource ds = SOURCES.computeIfAbsent(db, TestDatabases::open);
        Assumptions.assumeTrue(ds != NONE, () -> switch (db) {
            case POSTGRESQL -> "no PostgreSQL: set SMPPKIT_TEST_POSTGRES_URL or run Docker";
            case MARIADB -> "no MariaDB: set SMPPKIT_TEST_MARIADB_URL or run Docker";
            default -> "no " + db;
        });
        return ds;
    }

    /** A table name no other test uses in this run or an earlier one. */
    static String table(String kind) {
        return ("t_" + kind + "_" + RUN + "_" + TABLES.incrementAndGet()).toLowerCase(Locale.ROOT);
    }

    static void drop(DataSource ds, String... tables) {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            for (String t : tables) {
                s.execute("DROP TABLE IF EXISTS " + t);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("dropping " + String.join(", ", tables), e);
        }
    }

    private static final DataSource NONE = new JdbcDataSource();

    private static DataSource open(Db db) {
        try {
            return switch (db) {
                case H2 -> {
                    JdbcDataSource h2 = new JdbcDataSource();
                    // one in-memory database for the whole JVM; lock waits long enough for a busy 2-core machine
                    h2.setURL("jdbc:h2:mem:smppkit;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000");
                    yield h2;
                }
                case POSTGRESQL -> postgres();
                case MARIADB -> mariadb();
            };
        } catch (SQLException e) {
            throw new IllegalStateException("opening " + db, e);
        }
    }

    private static DataSource postgres() {
        String url = System.getenv("SMPPKIT_TEST_POSTGRES_URL");
        if (url == null || url.isBlank()) {
            if (!docker()) {
                return NONE;
            }
            PostgreSQLContainer pg = new PostgreSQLContainer("postgres:16-alpine");
            pg.start();
            url = pg.getJdbcUrl() + "&user=" + pg.getUsername() + "&password=" + pg.getPassword();
            url = url.contains("?") ? url : url.replaceFirst("&", "?");
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        return ds;
    }

    private static DataSource mariadb() throws SQLException {
        String url = System.getenv("SMPPKIT_TEST_MARIADB_URL");
        if (url == null || url.isBlank()) {
            if (!docker()) {
                return NONE;
            }
            MariaDBContainer maria = new MariaDBContainer("mariadb:11.4");
            maria.start();
            url = maria.getJdbcUrl() + (maria.getJdbcUrl().contains("?") ? "&" : "?") + "user=" + maria.getUsername()
                    + "&password=" + maria.getPassword()
                    + "&sslMode=disable"; // Connector/J 4 requires TLS by default; the test container has none
        }
        return new MariaDbDataSource(url);
    }

    private static boolean docker() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
