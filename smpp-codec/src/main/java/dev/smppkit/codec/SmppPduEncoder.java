package dev.smppkit.codec;

import dev.smppkit.codec.pdu.Pdu;
import dev.smppkit.codec.pdu.PduCodec;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;

/**
 * Encodes outbound {@link Pdu}s. Each PDU computes its exact length first and is written once into an I/O buffer of
 * exactly that size ({@code alloc.ioBuffer(len, len)}): no intermediate array, no buffer growth. Other messages
 * (e.g. raw {@link ByteBuf}s) pass through untouched. Stateless and {@link Sharable}.
 *
 * <p>If a PDU cannot be encoded the write's promise fails with the cause and nothing is written.
 */
@ChannelHandler.Sharable
public final class SmppPduEncoder extends ChannelOutboundHandlerAdapter {
    /** The shared instance. */
    public static final SmppPduEncoder INSTANCE = new SmppPduEncoder();

    private SmppPduEncoder() {}

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (!(msg instanceof Pdu pdu)) {
            ctx.write(msg, promise);
            return;
        }
        ByteBuf buf;
        try {
            buf = PduCodec.encode(pdu, ctx.alloc());
        } catch (RuntimeException e) {
            promise.setFailure(e);
            return;
        }
        ctx.write(buf, promise);
    }
}
