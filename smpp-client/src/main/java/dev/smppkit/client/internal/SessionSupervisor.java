package dev.smppkit.client.internal;

import dev.smppkit.client.BindFailedException;
import dev.smppkit.client.SessionEvent;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.SmppPduDecoder;
import dev.smppkit.codec.SmppPduEncoder;
import dev.smppkit.codec.pdu.BindResp;
import dev.smppkit.codec.pdu.BindType;
import dev.smppkit.codec.text.LogSafe;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoop;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.flush.FlushConsolidationHandler;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.HashedWheelTimer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one session slot connected and bound for the client's lifetime: connects, builds the pipeline, and after a
 * lost connection, a refused bind or a keepalive failure waits the reconnect backoff and tries again. The attempt
 * count resets once a session has stayed bound for {@link EsmeConfig#stableBindTime()}, not at the bind itself: an
 * SMSC that accepts every bind and drops the session at once sees growing delays. A new {@link SmppSession} is made per connection; this object outlives
 * them.
 *
 * <p>Per session slot; its state is touched only on its own event loop.
 */
final class SessionSupervisor {
    private static final Logger log = LoggerFactory.getLogger(SessionSupervisor.class);

    private final DefaultEsme esme;
    private final ClientCore core;
    private final EsmeConfig config;
    private final int index;
    private final EventLoop loop;
    private final Class<? extends SocketChannel> channelClass; // null for an accepted (outbind) connection
    final CompletableFuture<Void> stopped = new CompletableFuture<>();

    // per session slot, event loop only
    private BindType bindType;
    private int attempt;
    private Channel channel;
    private SmppSession session;
    private boolean connecting;
    private boolean bound;
    private boolean stopping;
    private boolean reconnectNow;
    private ScheduledFuture<?> reconnect;
    private ScheduledFuture<?> stableBind; // resets attempt once the current session has stayed bound long enough

    SessionSupervisor(
            DefaultEsme esme,
            ClientCore core,
            int index,
            BindType bindType,
            EventLoop loop,
            Class<? extends SocketChannel> channelClass) {
        this.esme = esme;
        this.core = core;
        this.config = core.config;
        this.index = index;
        this.bindType = bindType;
        this.loop = loop;
        this.channelClass = channelClass;
    }

    /**
     * A supervisor for one connection the SMSC opened with outbind: it binds as a receiver on that connection and ends
     * with it; it never dials.
     */
    static SessionSupervisor accepted(DefaultEsme esme, ClientCore core, int index, EventLoop loop) {
        return new SessionSupervisor(esme, core, index, BindType.RECEIVER, loop, null);
    }

    private boolean dials() {
        return channelClass != null;
    }

    /** Takes over a connection, dialed or accepted, whose pipeline ends in {@code s}; event loop only. */
    void adopt(Channel ch, SmppSession s) {
        channel = ch;
        session = s;
        ch.closeFuture().addListener(c -> onClosed(s.closeCause()));
    }

    /** The handlers before the session: flush batching, the SMPP codec and idle detection for keepalive. */
    static void addSmppHandlers(ChannelPipeline p, EsmeConfig config) {
        // Batches the flushes of a burst of submits into fewer syscalls.
        p.addLast("flush", new FlushConsolidationHandler(256, true));
        p.addLast("decoder", new SmppPduDecoder(config.maxPduLength()));
        p.addLast("encoder", SmppPduEncoder.INSTANCE);
        long idle = config.enquireLinkInterval().toMillis();
        p.addLast("idle", new IdleStateHandler(0, 0, idle, TimeUnit.MILLISECONDS));
    }

    /** The current connection, or null between connections; event loop only (tests read it there). */
    Channel channel() {
        return channel;
    }

    /** Reconnect attempts since the last session that stayed bound; event loop only. */
    int attempt() {
        return attempt;
    }

    HashedWheelTimer timer() {
        return core.timer;
    }

    void start() {
        loop.execute(this::connect);
    }

    void event(SessionEvent.Type type, String detail, Throwable cause) {
        core.hooks.onSessionEvent(new SessionEvent(index, config.systemId(), type, detail, cause));
    }

    private void connect() {
        if (stopping) {
            finishStop();
            return;
        }
        connecting = true;
        event(SessionEvent.Type.STARTING, bindType + " to " + config.host() + ":" + config.port(), null);
        SmppSession newSession = new SmppSession(this, bindType, core);
        Bootstrap bootstrap = new Bootstrap()
                .group(loop)
                .channel(channelClass)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int)
                        config.connectTimeout().toMillis())
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.SO_KEEPALIVE, true)
                .option(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(256 * 1024, 1024 * 1024))
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ChannelPipeline p = ch.pipeline();
                        if (config.tls() != null) {
                            p.addLast("tls", sslHandler(ch));
                        }
                        addSmppHandlers(p, config);
                        p.addLast("session", newSession);
                    }
                });
        bootstrap.connect(config.host(), config.port()).addListener((ChannelFutureListener) f -> {
            connecting = false;
            if (!f.isSuccess()) {
                onClosed(f.cause());
                return;
            }
            adopt(f.channel(), newSession);
            if (stopping) {
                channel.close();
            }
        });
    }

    private SslHandler sslHandler(SocketChannel ch) {
        SslHandler handler = config.tls().context().newHandler(ch.alloc(), config.host(), config.port());
        if (config.tls().verifyHostname()) {
            SSLEngine engine = handler.engine();
            SSLParameters params = engine.getSSLParameters();
            params.setEndpointIdentificationAlgorithm("HTTPS");
            engine.setSSLParameters(params);
        }
        return handler;
    }

    private void onClosed(Throwable cause) {
        if (stableBind != null) {
            stableBind.cancel(false); // bound too briefly: the attempt count goes on growing
            stableBind = null;
        }
        channel = null;
        session = null;
        if (bound) {
            bound = false;
            esme.sessionUnbound();
        }
        if (!dials()) {
            // an outbind connection is not redialed: the SMSC outbinds again when it has more to deliver
            finishStop();
            esme.acceptedSessionEnded(this);
            return;
        }
        if (stopping) {
            finishStop();
            return;
        }
        Duration delay;
        if (reconnectNow) {
            reconnectNow = false;
            delay = Duration.ZERO;
        } else {
            attempt++;
            delay = config.reconnect().delay(attempt);
        }
        String why = cause != null ? cause.getMessage() : "connection closed";
        event(SessionEvent.Type.CONNECTION_LOST, why + "; reconnect attempt " + attempt + " in " + delay, cause);
        reconnect = loop.schedule(this::connect, delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    void bound(SmppSession s, BindResp response) {
        bound = true;
        stableBind = loop.schedule(
                () -> {
                    if (session == s && s.isBound()) {
                        attempt = 0;
                    }
                },
                config.stableBindTime().toNanos(),
                TimeUnit.NANOSECONDS);
        event(
                SessionEvent.Type.BOUND,
                bindType + " as " + config.systemId()
                        + response.systemId()
                                .map(id -> " to " + LogSafe.escape(id))
                                .orElse(""), // the SMSC's text
                null);
        esme.sessionBound();
    }

    void bindFailed(BindFailedException error) {
        if (!dials()) {
            log.warn("bind_receiver after outbind failed: {}", LogSafe.escape(error.getMessage()));
            return; // the session closes the connection; start() does not depend on outbind sessions
        }
        CommandStatus status = error.status();
        if (status != null && status.equals(CommandStatus.ESME_RINVCMDID) && bindType == BindType.TRANSCEIVER) {
            // §4.1: an SMSC without transceiver support; fall back to a transmitter plus a receiver.
            log.info("SMSC refused bind_transceiver with ESME_RINVCMDID; using a transmitter and a receiver");
            bindType = BindType.TRANSMITTER;
            reconnectNow = true;
            esme.addSession(index, BindType.RECEIVER);
            return;
        }
        esme.bindFailed(error);
    }

    /** Stops this slot: a graceful stop of the live session, or just no more reconnects. */
    CompletableFuture<Void> stop(long deadlineNanos) {
        loop.execute(() -> {
            if (stopping) {
                return;
            }
            stopping = true;
            if (reconnect != null) {
                reconnect.cancel(false);
            }
            if (session != null && channel != null && channel.isActive()) {
                session.stop(deadlineNanos);
            } else if (channel != null) {
                channel.close();
            } else if (!connecting) {
                finishStop();
            } // else the connect listener sees stopping
        });
        return stopped;
    }

    private void finishStop() {
        if (!stopped.isDone()) {
            event(SessionEvent.Type.STOPPED, "session " + index + " stopped", null);
            stopped.complete(null);
        }
    }
}
