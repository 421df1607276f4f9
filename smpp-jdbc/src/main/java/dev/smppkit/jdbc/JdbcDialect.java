package dev.smppkit.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * The databases the JDBC broker and correlator support, each with its own DDL (shipped as resources under
 * {@code dev/smppkit/jdbc/schema/}) and the few statements that differ: how a batch of queued messages is
 * claimed without two consumers getting the same one, and how a correlation is upserted.
 */
public enum JdbcDialect {
    /**
     * PostgreSQL 10 or newer (the outbox id is an identity column): claims with {@code FOR UPDATE SKIP LOCKED} inside
     * one {@code UPDATE ... RETURNING} (a single round trip), upserts with {@code ON CONFLICT}.
     */
    POSTGRESQL("postgresql"),
    /**
     * MariaDB 10.6 or newer (MySQL 8 speaks the same SQL, untested): claims with {@code SELECT ... FOR UPDATE SKIP
     * LOCKED} then {@code UPDATE} in one READ COMMITTED transaction, upserts with {@code ON DUPLICATE KEY UPDATE}.
     */
    MARIADB("mariadb"),
    /**
     * H2 2.x, embedded or server: its {@code FOR UPDATE} locks every row the query reads before the limit, so
     * {@code SKIP LOCKED} would let a second consumer see nothing; instead a claim is one conditional
     * {@code UPDATE} (H2 re-checks the condition of a row it had to wait for, so a row another consumer claimed first
     * is left alone) read back through {@code FINAL TABLE}. Upserts with {@code MERGE}.
     */
    H2("h2");

    private final String resourceName;

    JdbcDialect(String resourceName) {
        this.resourceName = resourceName;
    }

    /**
     * The name of this dialect's DDL files: {@code schema/<name>/<table kind>.sql}.
     *
     * @return the directory name under {@code schema/}
     */
    public String resourceName() {
        return resourceName;
    }

    /**
     * The dialect of the database behind {@code dataSource}, from its product name. Opens (and closes) one
     * connection.
     *
     * @param dataSource the data source to ask
     * @return the matching dialect
     * @throws IllegalArgumentException if the database is not PostgreSQL, MariaDB, MySQL or H2
     * @throws JdbcStoreException if no connection could be opened
     */
    public static JdbcDialect detect(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return of(c.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new JdbcStoreException("could not open a connection to detect the database", e);
        }
    }

    /**
     * The dialect for a JDBC {@code DatabaseMetaData.getDatabaseProductName()}.
     *
     * @param productName the product name the driver reports, in any case
     * @return the matching dialect
     * @throws IllegalArgumentException if it is not one of the supported databases
     */
    public static JdbcDialect of(String productName) {
        String p = productName.toLowerCase(Locale.ROOT);
        if (p.contains("postgres")) {
            return POSTGRESQL;
        }
        if (p.contains("mariadb") || p.contains("mysql")) {
            return MARIADB;
        }
        if (p.equals("h2")) {
            return H2;
        }
        throw new IllegalArgumentException(
                "database '" + productName + "' is not supported; use PostgreSQL, MariaDB (or MySQL 8) or H2");
    }
}
