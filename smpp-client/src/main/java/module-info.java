/**
 * The smppkit ESME client: {@code dev.smppkit.client} holds the API ({@code Esme}, its builder, messages and
 * outcomes) and the Broker, Correlator and Hook SPIs with their in-memory defaults. It needs the codec, Netty and
 * slf4j-api only; the persistent JDBC broker and correlator are the {@code dev.smppkit.jdbc} module (smpp-jdbc), the
 * JSON form of PDUs and messages the {@code dev.smppkit.jackson} module (smpp-jackson).
 */
module dev.smppkit.client {
    requires transitive dev.smppkit.codec;
    requires transitive io.netty.handler;
    // Optional at run time: epoll is used when a user adds the native transport, NIO otherwise.
    requires static io.netty.transport.classes.epoll;
    requires io.netty.common;
    requires org.slf4j;

    exports dev.smppkit.client;
    exports dev.smppkit.client.gateway;
    exports dev.smppkit.client.ussd;
}
