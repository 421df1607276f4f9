package dev.smppkit.jdbc;

import dev.smppkit.client.Broker;
import dev.smppkit.client.Correlator;
import dev.smppkit.contract.BrokerLifecycleContract;
import dev.smppkit.contract.CorrelatorContract;
import dev.smppkit.jdbc.TestDatabases.Db;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;

/**
 * The JDBC broker and correlator run smpp-contract's contract tests on every database: H2 always, PostgreSQL and
 * MariaDB when {@link TestDatabases} finds them (otherwise each test is skipped with a visible assumption).
 */
class JdbcContractTest {
    abstract static class BrokerOn extends BrokerLifecycleContract {
        private final Db db;
        private DataSource ds;
        private String table;

        BrokerOn(Db db) {
            this.db = db;
        }

        @Override
        protected Broker newBroker() {
            ds = TestDatabases.dataSource(db);
            table = TestDatabases.table("contract_outbox");
            JdbcBroker broker = JdbcBroker.builder(ds)
                    .table(table)
                    .threads(2)
                    .maxTakeWait(Duration.ofMillis(200))
                    .build();
            broker.initializeSchema();
            return broker;
        }

        @Override
        protected void closeBroker(Broker broker) {
            if (broker != null) {
                ((JdbcBroker) broker).close();
                TestDatabases.drop(ds, table);
            }
        }
    }

    abstract static class CorrelatorOn extends CorrelatorContract {
        private final Db db;
        private DataSource ds;
        private String table;

        CorrelatorOn(Db db) {
            this.db = db;
        }

        @Override
        protected Correlator newCorrelator() {
            ds = TestDatabases.dataSource(db);
            table = TestDatabases.table("contract_corr");
            JdbcCorrelator correlator = JdbcCorrelator.builder(ds)
                    .table(table)
                    .threads(2)
                    .timeToLive(Duration.ofHours(1))
                    .build();
            correlator.initializeSchema();
            return correlator;
        }

        @Override
        protected void closeCorrelator(Correlator correlator) {
            if (correlator != null) {
                ((JdbcCorrelator) correlator).close();
                TestDatabases.drop(ds, table);
            }
        }
    }

    @Nested
    class BrokerOnH2 extends BrokerOn {
        BrokerOnH2() {
            super(Db.H2);
        }
    }

    @Nested
    class BrokerOnPostgreSql extends BrokerOn {
        BrokerOnPostgreSql() {
            super(Db.POSTGRESQL);
        }
    }

    @Nested
    class BrokerOnMariaDb extends BrokerOn {
        BrokerOnMariaDb() {
            super(Db.MARIADB);
        }
    }

    @Nested
    class CorrelatorOnH2 extends CorrelatorOn {
        CorrelatorOnH2() {
            super(Db.H2);
        }
    }

    @Nested
    class CorrelatorOnPostgreSql extends CorrelatorOn {
        CorrelatorOnPostgreSql() {
            super(Db.POSTGRESQL);
        }
    }

    @Nested
    class CorrelatorOnMariaDb extends CorrelatorOn {
        CorrelatorOnMariaDb() {
            super(Db.MARIADB);
        }
    }
}
