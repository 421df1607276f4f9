package dev.smppkit.client.internal;

import dev.smppkit.client.OutbindOptions;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.internal.AddressFailureLimiter;
import dev.smppkit.codec.internal.Transport;
import dev.smppkit.codec.pdu.EnquireLink;
import dev.smppkit.codec.pdu.Outbind;
import dev.smppkit.codec.text.LogSafe;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens for outbind (§4.1.7, §2.2.1): an SMSC connects to the ESME and sends outbind, and the ESME answers with
 * bind_receiver on the same connection. Each accepted connection waits for outbind (answering enquire_link meanwhile),
 * checks its password, then becomes an ordinary receiver {@link SmppSession} under a supervisor of its own that ends
 * with the connection.
 *
 * <p>Since anyone who can reach the port can try passwords: the password is compared in constant time; a connection
 * ends at its first failure (wrong password, another first PDU, no outbind within the bind timeout), as outbind has no
 * response to refuse it with; each source address has a few failures per window, after which its connections are
 * closed on accept ({@link AddressFailureLimiter}); at most a few connections wait for outbind at once; and the listener
 * can require TLS.
 *
 * <p>Per client; {@link #start()} and {@link #stop()} from any thread, the gate on each connection's event loop.
 */
final class OutbindAcceptor {
    private static final Logger log = LoggerFactory.getLogger(OutbindAcceptor.class);

    private final DefaultEsme esme;
    private final EsmeConfig config;
    private final EventLoopGroup group;
    private final SessionSupervisor.Sessions sessions;
    private final AtomicInteger nextIndex; // session numbers after the dialed ones
    private final OutbindOptions options;
    private final byte[] expectedPassword;
    private final AddressFailureLimiter failures;
    private final AtomicInteger pending = new AtomicInteger(); // connections waiting for their outbind, any thread
    private final AtomicBoolean full = new AtomicBoolean(); // whether refusing for want of room was logged
    private volatile Channel server;

    OutbindAcceptor(DefaultEsme esme, EsmeConfig config, EventLoopGroup group, SessionSupervisor.Sessions sessions) {
        this.esme = esme;
        this.config = config;
        this.group = group;
        this.sessions = sessions;
        this.nextIndex =
                new AtomicInteger(config.connection().sessions()); // the two binds of a pair share their slot's number
        this.options = config.outbind();
        this.expectedPassword =
                options.password().orElse(config.bind().password()).getBytes(StandardCharsets.ISO_8859_1);
        this.failures = new AddressFailureLimiter(
                options.maxFailures(), options.failureWindow(), options.maxTrackedAddresses(), System::nanoTime);
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
                        accept(ch);
                    }
                })
                .bind(config.outbindAddress())
                .addListener((ChannelFutureListener) f -> {
                    if (f.isSuccess()) {
                        server = f.channel();
                        log.info(
                                "[{}] listening for outbind on {} ({}, password {})",
                                config.name(),
                                server.localAddress(),
                                options.tls().isPresent() ? "TLS" : "plain TCP",
                                options.password().isPresent() ? "of its own" : "the bind password");
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

    /** Sets up an accepted connection, or closes it at once if its address is blocked or too many wait already. */
    private void accept(SocketChannel ch) {
        InetAddress from = ch.remoteAddress().getAddress();
        if (failures.isBlocked(from)) {
            ch.close(); // not logged: the block was, once, and a flood must not flood the log
            return;
        }
        if (pending.incrementAndGet() > options.maxPendingConnections()) {
            pending.decrementAndGet();
            if (!full.getAndSet(true)) { // once until there is room again: a flood must not flood the log
                log.warn(
                        "[{}] closing {} and further connections: {} connections already wait for their outbind",
                        config.name(),
                        ch.remoteAddress(),
                        options.maxPendingConnections());
            }
            ch.close();
            return;
        }
        options.tls().ifPresent(tls -> ch.pipeline().addLast("tls", tls.newHandler(ch.alloc())));
        SmppPipeline.addSmppHandlers(ch.pipeline(), config);
        ch.pipeline().addLast("outbind", new Gate());
    }

    private boolean passwordMatches(String offered) {
        // constant time, so that the check does not tell an attacker how much of a guess was right; the time
        // depends only on the length of the first argument, the attacker's own guess
        return MessageDigest.isEqual(offered.getBytes(StandardCharsets.ISO_8859_1), expectedPassword);
    }

    /** Counts a failed attempt from this connection's address, and says so once when the address gets blocked. */
    private void failed(ChannelHandlerContext ctx) {
        SocketAddress remote = ctx.channel().remoteAddress();
        if (remote instanceof InetSocketAddress address
                && failures.recordFailure(address.getAddress()) == failures.maxFailures()) {
            log.warn(
                    "[{}] {} failed outbind attempts from {} within {}; closing its connections until that has passed",
                    config.name(),
                    options.maxFailures(),
                    address.getAddress().getHostAddress(),
                    options.failureWindow());
        }
    }

    /** Waits for the outbind on one accepted connection. Per connection, event loop only. */
    private final class Gate extends ChannelInboundHandlerAdapter {
        private ScheduledFuture<?> timeout;
        // set at the first verdict: PDUs already decoded from the same read must not be further guesses
        private boolean decided;

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            timeout = ctx.executor()
                    .schedule(
                            () -> {
                                log.warn(
                                        "[{}] no outbind from {} in {}",
                                        config.name(),
                                        ctx.channel().remoteAddress(),
                                        config.timeouts().bindTimeout());
                                decided = true;
                                failed(ctx);
                                ctx.close();
                            },
                            config.timeouts().bindTimeout().toNanos(),
                            TimeUnit.NANOSECONDS);
            ctx.fireChannelActive();
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (decided) {
                return; // the connection is closing; PDUs hold no buffers
            }
            if (msg instanceof EnquireLink link) {
                ctx.writeAndFlush(link.createResponse(CommandStatus.ESME_ROK));
                return;
            }
            timeout.cancel(false);
            decided = true;
            if (!(msg instanceof Outbind outbind)) {
                log.warn(
                        "[{}] closing {}: expected outbind, got {}",
                        config.name(),
                        ctx.channel().remoteAddress(),
                        msg);
                failed(ctx);
                ctx.close();
                return;
            }
            if (!passwordMatches(outbind.password())) {
                log.warn(
                        "[{}] closing {}: outbind from '{}' with a wrong password",
                        config.name(),
                        ctx.channel().remoteAddress(),
                        LogSafe.escape(outbind.systemId()));
                failed(ctx);
                ctx.close();
                return;
            }
            SessionSupervisor supervisor = SessionSupervisor.accepted(
                    esme,
                    config,
                    esme.hooks(),
                    nextIndex.getAndIncrement(),
                    ctx.channel().eventLoop(),
                    sessions);
            if (!esme.addAccepted(supervisor)) {
                ctx.close(); // the client is stopping
                return;
            }
            SupervisedSession session = supervisor.newAcceptedSession();
            ctx.pipeline().replace(this, "session", session);
            supervisor.adopt(ctx.channel(), session);
            session.bindNow(); // sends bind_receiver
        }

        @Override
        public void handlerRemoved(ChannelHandlerContext ctx) {
            pending.decrementAndGet(); // replaced by the session, or the connection closed
            full.set(false);
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
            if (decided) {
                return;
            }
            decided = true;
            log.warn(
                    "[{}] closing {} before outbind: {}",
                    config.name(),
                    ctx.channel().remoteAddress(),
                    LogSafe.escape(String.valueOf(cause)));
            failed(ctx);
            ctx.close();
        }
    }
}
