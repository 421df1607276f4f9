/**
 * The smppkit ESME client: {@code dev.smppkit.client} holds the API ({@code Esme}, its builder, messages and
 * outcomes) and the Broker, Correlator and Hook SPIs with their in-memory defaults; {@code dev.smppkit.client.jdbc}
 * the persistent JDBC broker and correlator; {@code dev.smppkit.client.json} the JSON form of PDUs and messages.
 */
module dev.smppkit.client {
    requires transitive dev.smppkit.codec;
    requires transitive io.netty.handler;
    // Optional at run time: epoll is used when a user adds the native transport, NIO otherwise.
    requires static io.netty.transport.classes.epoll;
    requires io.netty.common;
    requires org.slf4j;
    // The JDBC broker and correlator take a javax.sql.DataSource, and the JSON module is a Jackson Module: both
    // appear in the exported API, hence transitive.
    requires transitive java.sql;
    requires transitive com.fasterxml.jackson.databind;

    exports dev.smppkit.client;
    exports dev.smppkit.client.jdbc;
    exports dev.smppkit.client.json;
}
