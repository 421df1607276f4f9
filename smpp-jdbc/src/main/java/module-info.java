/**
 * The persistent broker, correlator and inbox for the smppkit client: {@code dev.smppkit.jdbc.JdbcBroker} keeps the
 * outgoing queue, {@code dev.smppkit.jdbc.JdbcCorrelator} the receipt correlation and {@code dev.smppkit.jdbc.JdbcInbox}
 * the incoming messages and receipts in PostgreSQL, MariaDB or H2,
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
