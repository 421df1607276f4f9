package dev.smppkit.client.internal;

import dev.smppkit.codec.SmppPduDecoder;
import dev.smppkit.codec.SmppPduEncoder;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.flush.FlushConsolidationHandler;
import io.netty.handler.timeout.IdleStateHandler;
import java.util.concurrent.TimeUnit;

/** The handlers every client connection has before its session, dialed or accepted. */
final class SmppPipeline {
    private SmppPipeline() {}

    /**
     * Flush batching, the SMPP codec and idle detection; the session adds its {@link KeepaliveHandler}, which acts on
     * the idle events, just before itself.
     */
    static void addSmppHandlers(ChannelPipeline p, EsmeConfig config) {
        // Batches the flushes of a burst of submits into fewer syscalls.
        p.addLast("flush", new FlushConsolidationHandler(256, true));
        p.addLast("decoder", new SmppPduDecoder(config.inbound().maxPduLength()));
        p.addLast("encoder", SmppPduEncoder.INSTANCE);
        long idle = config.timeouts().enquireLinkInterval().toMillis();
        p.addLast("idle", new IdleStateHandler(0, 0, idle, TimeUnit.MILLISECONDS));
    }
}
