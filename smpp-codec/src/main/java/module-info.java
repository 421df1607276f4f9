/**
 * The smppkit SMPP 3.4 codec: PDU types and their zero-copy encoding on Netty buffers ({@code dev.smppkit.codec.pdu}),
 * the value types and channel handlers ({@code dev.smppkit.codec}), and text encodings, long-message splitting and
 * delivery receipts ({@code dev.smppkit.codec.text}).
 */
module dev.smppkit.codec {
    requires transitive io.netty.buffer;
    requires transitive io.netty.codec;
    requires transitive io.netty.transport;
    requires io.netty.common;
    // Optional at run time: internal.Transport uses epoll when a user adds the native transport, NIO otherwise.
    requires static io.netty.transport.classes.epoll;

    exports dev.smppkit.codec;
    exports dev.smppkit.codec.pdu;
    exports dev.smppkit.codec.text;
    // Argument checks and the transport choice shared with the other smppkit modules; not API.
    exports dev.smppkit.codec.internal to
            dev.smppkit.client,
            dev.smppkit.testkit;
}
