package dev.smppkit.testkit.internal;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import java.time.Duration;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes a connection that does not bind within the bind timeout (so unbound connections cannot be held open, as in a
 * slowloris attack), and, if an idle timeout is set, one that sends nothing for that long (any PDU counts, including
 * enquire_link; what the simulator sends does not). Sits before the session handler, one per connection.
 */
final class ConnectionGuard extends ChannelInboundHandlerAdapter {
    private static final Logger log = LoggerFactory.getLogger(ConnectionGuard.class);

    private final long bindTimeoutNanos;
    // per connection, event loop only
    private Future<?> bindTimer;

    private ConnectionGuard(Duration bindTimeout) {
        this.bindTimeoutNanos = bindTimeout.toNanos();
    }

    /** Adds the guard (and an idle-state handler if there is an idle timeout) to a new connection's pipeline. */
    static void install(ChannelPipeline pipeline, SimulatorConfig config) {
        if (!config.idleTimeout().isZero()) {
            pipeline.addLast("idle", new IdleStateHandler(config.idleTimeout().toNanos(), 0, 0, TimeUnit.NANOSECONDS));
        }
        if (!config.bindTimeout().isZero() || !config.idleTimeout().isZero()) {
            pipeline.addLast("guard", new ConnectionGuard(config.bindTimeout()));
        }
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        if (bindTimeoutNanos > 0) {
            bindTimer = ctx.executor().schedule(() -> closeIfUnbound(ctx), bindTimeoutNanos, TimeUnit.NANOSECONDS);
        }
        ctx.fireChannelActive();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (bindTimer != null) {
            bindTimer.cancel(false);
        }
        ctx.fireChannelInactive();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt instanceof IdleStateEvent idle && idle.state() == IdleState.READER_IDLE) {
            log.debug("{}: closing: nothing received for the idle timeout", sessionId(ctx));
            ctx.close();
            return;
        }
        ctx.fireUserEventTriggered(evt);
    }

    private void closeIfUnbound(ChannelHandlerContext ctx) {
        SessionHandler session = ctx.pipeline().get(SessionHandler.class);
        if (session != null && session.state().isBound()) {
            return;
        }
        log.debug("{}: closing: not bound within the bind timeout", sessionId(ctx));
        ctx.close();
    }

    private static String sessionId(ChannelHandlerContext ctx) {
        SessionHandler session = ctx.pipeline().get(SessionHandler.class);
        return session != null && session.session() != null ? session.id() : String.valueOf(ctx.channel());
    }
}
