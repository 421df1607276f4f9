package dev.smppkit.testkit.internal;

import dev.smppkit.codec.SmppPduDecoder;
import dev.smppkit.codec.SmppPduEncoder;
import dev.smppkit.codec.internal.Transport;
import dev.smppkit.testkit.SmscSession;
import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.handler.ssl.SslContext;
import io.netty.util.concurrent.EventExecutor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The listening socket and the event loop group. The group lives from the first start to close, so timers (receipts,
 * redeliveries) survive a stop and restart; the listening socket and the connections do not. A restart listens on the
 * port the first start got, even if that was ephemeral. Start, stop and close are serialised by this object's monitor
 * and must not run on an event loop, where waiting for the socket would deadlock.
 */
final class Server {
    private static final long CLOSE_WAIT_SECONDS = 5;

    private final SimulatorConfig config;
    private final SessionRegistry sessions;
    private final Supplier<SessionHandler> handlers; // one per accepted connection
    private final ConnectionCap connectionCap;
    // written under this object's monitor, read by event loops without it (they must never wait for the monitor)
    private volatile EventLoopGroup group;
    // guarded by this
    private Channel listener;
    private int port;
    private Tls tls;

    Server(SimulatorConfig config, SessionRegistry sessions, Supplier<SessionHandler> handlers) {
        this.config = config;
        this.sessions = sessions;
        this.handlers = handlers;
        this.connectionCap = new ConnectionCap(config.maxConnections(), config.nanoClock());
    }

    synchronized void start() {
        checkNotOnEventLoop("start");
        if (listener != null) {
            return;
        }
        if (group == null) {
            group = Transport.newGroup(config.eventLoopThreads(), "smsc-simulator", Transport.SIMULATOR_EPOLL_PROPERTY);
        }
        if (config.tls() && tls == null) {
            tls = Tls.create();
        }
        SslContext ssl = tls == null ? null : tls.server();
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(group)
                .channel(Transport.serverChannelClass(group))
                .option(ChannelOption.SO_REUSEADDR, true)
                .option(ChannelOption.SO_BACKLOG, 1024)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(initializer(ssl, connectionCap, handlers));
        int bindPort = port != 0 ? port : config.port();
        ChannelFuture bound = bootstrap.bind(config.host(), bindPort).awaitUninterruptibly();
        if (!bound.isSuccess()) {
            throw new UncheckedIOException(new IOException(
                    "SMSC simulator cannot listen on " + config.host() + ":" + bindPort, bound.cause()));
        }
        listener = bound.channel();
        port = ((InetSocketAddress) listener.localAddress()).getPort();
    }

    /** Stops listening and closes every connection. */
    synchronized void stop() {
        checkNotOnEventLoop("stop");
        if (listener == null) {
            return;
        }
        listener.close().awaitUninterruptibly();
        listener = null;
        List<CompletableFuture<Void>> closing = new ArrayList<>();
        for (SmscSession s : sessions.all()) {
            closing.add(s.close());
        }
        CompletableFuture.allOf(closing.toArray(CompletableFuture[]::new))
                .completeOnTimeout(null, CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)
                .join();
    }

    synchronized void close() {
        stop();
        if (group != null) {
            group.shutdownGracefully(0, CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)
                    .awaitUninterruptibly(2 * CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
        }
    }

    /** Connects out (for outbind) with a handler of the caller's; the simulator must have started once. */
    synchronized ChannelFuture connect(String host, int port, SessionHandler handler) {
        if (group == null || group.isShuttingDown()) {
            throw new IllegalStateException("the simulator is not started");
        }
        return new Bootstrap()
                .group(group)
                .channel(Transport.channelClass(group))
                .option(ChannelOption.TCP_NODELAY, true)
                .handler(initializer(tls == null ? null : tls.client(), null, () -> handler))
                .connect(host, port);
    }

    synchronized boolean isRunning() {
        return listener != null;
    }

    /** The listening address; the port is the one last listened on (0 before the first start). */
    synchronized InetSocketAddress address() {
        return new InetSocketAddress(config.host(), port);
    }

    EventLoopGroup group() {
        EventLoopGroup group = this.group;
        if (group == null) {
            throw new IllegalStateException("the simulator is not started");
        }
        return group;
    }

    synchronized Optional<X509Certificate> certificate() {
        return tls == null ? Optional.empty() : Optional.of(tls.certificate());
    }

    /** The pipeline of a connection; {@code cap} null for connections the simulator opens (outbind). */
    private ChannelInitializer<Channel> initializer(
            SslContext ssl, ConnectionCap cap, Supplier<SessionHandler> handler) {
        return new ChannelInitializer<>() {
            @Override
            protected void initChannel(Channel ch) {
                if (cap != null && !cap.admit(ch)) {
                    ch.close();
                    return;
                }
                if (ssl != null) {
                    ch.pipeline().addLast("tls", ssl.newHandler(ch.alloc()));
                }
                ch.pipeline()
                        .addLast("decoder", new SmppPduDecoder(config.maxPduLength()))
                        .addLast("encoder", SmppPduEncoder.INSTANCE);
                ConnectionGuard.install(ch.pipeline(), config);
                ch.pipeline().addLast("session", handler.get());
            }
        };
    }

    private void checkNotOnEventLoop(String what) {
        EventLoopGroup group = this.group;
        if (group == null) {
            return;
        }
        for (EventExecutor executor : group) {
            if (executor.inEventLoop()) {
                throw new IllegalStateException(
                        what + " must not be called on the simulator's event loop (e.g. from a handler)");
            }
        }
    }
}
