package dev.smppkit.client.internal;

import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.pdu.BindType;
import dev.smppkit.codec.pdu.EnquireLink;
import dev.smppkit.codec.pdu.Outbind;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens for outbind (§4.1.7, §2.2.1): an SMSC connects to the ESME and sends outbind, and the ESME answers with
 * bind_receiver on the same connection. Each accepted connection waits for outbind (answering enquire_link meanwhile),
 * checks its password, then becomes an ordinary receiver {@link SmppSession} under a supervisor of its own that ends
 * with the connection.
 *
 * <p>Per client; {@link #start()} and {@link #stop()} from any thread, the gate on each connection's event loop.
 */
final class OutbindAcceptor {
    private static final Logger log = LoggerFactory.getLogger(OutbindAcceptor.class);

    private final DefaultEsme esme;
    private final ClientCore core;
    private final EsmeConfig config;
    private final EventLoopGroup group;
    private final AtomicInteger nextIndex; // session numbers after the dialed ones
    private volatile Channel server;

    OutbindAcceptor(DefaultEsme esme, ClientCore core, EventLoopGroup group) {
        this.esme = esme;
        this.core = core;
        this.config = core.config;
        this.group = group;
        this.nextIndex = new AtomicInteger(config.sessions()); // the two binds of a pair share their slot's number
    }

    /** Binds the listening socket; completes with its address, or exceptionally with the I/O error. */
    CompletableFuture<InetSocketAddress> start() {
        CompletableFuture<InetSocketAddress> bound = new CompletableFuture<>();
        new ServerBootstrap()
                .group(group)
                .channel(Transport.serverChannelClass(group))
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        SessionSupervisor.addSmppHandlers(ch.pipeline(), config);
                        ch.pipeline().addLast("outbind", new Gate());
                    }
                })
                .bind(config.outbindAddress())
                .addListener((ChannelFutureListener) f -> {
                    if (f.isSuccess()) {
                        server = f.channel();
                        log.info("listening for outbind on {}", server.localAddress());
                        bound.complete((InetSocketAddress) server.localAddress());
                    } else {
                        bound.completeExceptionally(f.cause());
                    }
                });
        return bound;
    }

    Optional<InetSocketAddress> address() {
        Channel s = server;
        return s == null ? Optional.empty() : Optional.of((InetSocketAddress) s.localAddress());
    }

    /** Stops accepting; sessions already bound are stopped by the client like any other. */
    void stop() {
        Channel s = server;
        if (s != null) {
            s.close();
        }
    }

    private boolean passwordMatches(String offered) {
        // constant time, so that the check does not tell an attacker how much of a guess was right
        return MessageDigest.isEqual(
                offered.getBytes(StandardCharsets.ISO_8859_1), config.password().getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Waits for the outbind on one accepted connection. Per connection, event loop only. */
    private final class Gate extends ChannelInboundHandlerAdapter {
        private ScheduledFuture<?> timeout;

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            timeout = ctx.executor()
                    .schedule(
                            () -> {
                                log.warn(
                                        "no outbind from {} in {}",
                                        ctx.channel().remoteAddress(),
                                        config.bindTimeout());
                                ctx.close();
                            },
                            config.bindTimeout().toNanos(),
                            TimeUnit.NANOSECONDS);
            ctx.fireChannelActive();
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof EnquireLink link) {
                ctx.writeAndFlush(link.createResponse(CommandStatus.ESME_ROK));
                return;
            }
            timeout.cancel(false);
            if (!(msg instanceof Outbind outbind)) {
                log.warn("closing {}: expected outbind, got {}", ctx.channel().remoteAddress(), msg);
                ctx.close();
                return;
            }
            if (!passwordMatches(outbind.password())) {
                log.warn(
                        "closing {}: outbind from '{}' with a wrong password",
                        ctx.channel().remoteAddress(),
                        outbind.systemId());
                ctx.close();
                return;
            }
            SessionSupervisor supervisor = SessionSupervisor.accepted(
                    esme, core, nextIndex.getAndIncrement(), ctx.channel().eventLoop());
            if (!esme.addAccepted(supervisor)) {
                ctx.close(); // the client is stopping
                return;
            }
            SmppSession session = new SmppSession(supervisor, BindType.RECEIVER, core);
            ctx.pipeline().replace(this, "session", session);
            supervisor.adopt(ctx.channel(), session);
            session.channelActive(ctx.pipeline().context(session)); // sends bind_receiver
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            if (timeout != null) {
                timeout.cancel(false);
            }
            ctx.fireChannelInactive();
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            log.warn("closing {} before outbind: {}", ctx.channel().remoteAddress(), cause.toString());
            ctx.close();
        }
    }
}
