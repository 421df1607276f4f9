package dev.smppkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smppkit.jdbc.TestDatabases.Db;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code unlogged(true)}: PostgreSQL creates the tables UNLOGGED; the other databases refuse the option. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class UnloggedTablesTest {
    @Test
    void postgresqlCreatesTheTablesUnloggedAndTheyWork() throws SQLException {
        DataSource ds = TestDatabases.dataSource(Db.POSTGRESQL);
        String outbox = TestDatabases.table("outbox");
        String corr = TestDatabases.table("corr");
        String inbox = TestDatabases.table("inbox");
        try (JdbcBroker broker =
                        JdbcBroker.builder(ds).table(outbox).unlogged(true).build();
                JdbcCorrelator correlator =
                        JdbcCorrelator.builder(ds).table(corr).unlogged(true).build();
                JdbcInbox in = JdbcInbox.builder(ds).table(inbox).unlogged(true).build()) {
            assertThat(broker.schema().get(0)).startsWith("CREATE UNLOGGED TABLE IF NOT EXISTS " + outbox);
            broker.initializeSchema();
            correlator.initializeSchema();
            in.initializeSchema();
            assertThat(persistence(ds, outbox)).isEqualTo("u");
            assertThat(persistence(ds, corr)).isEqualTo("u");
            assertThat(persistence(ds, inbox)).isEqualTo("u");
            String id = broker.enqueue(JdbcBrokerTest.Contract.message("u"))
                    .toCompletableFuture()
                    .join()
                    .id();
            assertThat(broker.find(id).toCompletableFuture().join()).isPresent();
        } finally {
            TestDatabases.drop(ds, outbox, corr, inbox);
        }
    }

    @Test
    void aLoggedTableIsTheDefault() {
        DataSource ds = TestDatabases.dataSource(Db.POSTGRESQL);
        try (JdbcCorrelator correlator = JdbcCorrelator.builder(ds).build()) {
            assertThat(correlator.schema().get(0)).startsWith("CREATE TABLE IF NOT EXISTS ");
        }
    }

    @Test
    void otherDatabasesRefuseTheOption() {
        DataSource ds = TestDatabases.dataSource(Db.H2);
        assertThatThrownBy(() -> JdbcBroker.builder(ds).unlogged(true).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only PostgreSQL has unlogged tables, not H2");
    }

    private static String persistence(DataSource ds, String table) throws SQLException {
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT relpersistence FROM pg_class WHERE relname = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as("table " + table + " exists").isTrue();
                return rs.getString(1);
            }
        }
    }
}
