/**
 * The smppkit SMSC simulator: an embedded, scriptable SMPP 3.4 server for tests ({@code dev.smppkit.testkit}), with a
 * JUnit 5 extension and a standalone main.
 */
module dev.smppkit.testkit {
    requires transitive dev.smppkit.codec;
    requires io.netty.common;
    requires io.netty.handler;
    // Optional at run time: only the TLS option needs it (and Bouncy Castle through it).
    requires static io.netty.pkitesting;
    requires org.slf4j;
    // Optional at run time: epoll is used when a user adds the native transport, NIO otherwise.
    requires static io.netty.transport.classes.epoll;
    // Optional at run time: only the JUnit extension and the standalone main use these.
    requires static transitive org.junit.jupiter.api;
    requires static info.picocli;

    exports dev.smppkit.testkit;

    opens dev.smppkit.testkit.internal.cli to
            info.picocli;
}
