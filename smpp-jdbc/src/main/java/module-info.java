/**
 * The persistent broker and correlator for the smppkit client: {@code dev.smppkit.jdbc.JdbcBroker} keeps the
 * outgoing queue and {@code dev.smppkit.jdbc.JdbcCorrelator} the receipt correlation in PostgreSQL, MariaDB or H2,
 * through plain JDBC on a {@code javax.sql.DataSource}. Messages are stored in the JSON form of
 * {@code dev.smppkit.jackson}; the schemas for each database ship in the jar.
 */
module dev.smppkit.jdbc {
    // The API implements the client's Broker and Correlator SPIs and takes a javax.sql.DataSource: both transitive.
    requires transitive dev.smppkit.client;
    requires transitive java.sql;
    requires dev.smppkit.jackson;
    requires com.fasterxml.jackson.databind;
    requires org.slf4j;

    exports dev.smppkit.jdbc;
}
