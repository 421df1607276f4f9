package dev.smppkit.client.internal;

import dev.smppkit.client.BindFailedException;
import dev.smppkit.client.ClientListener;
import dev.smppkit.client.SessionEvent;
import dev.smppkit.client.SmscAddress;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.pdu.BindResp;
import dev.smppkit.codec.pdu.BindType;
import dev.smppkit.codec.text.LogSafe;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.EventLoop;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one session slot connected and bound for the client's lifetime: connects, and after a lost connection, a
 * refused bind or a keepalive failure waits the reconnect backoff and tries again. The attempt count resets once a
 * session has stayed bound for {@link EsmeConfig#stableBindTime()}, not at the bind itself: an SMSC that accepts every
 * bind and drops the session at once sees growing delays. A new session is made per connection; this object outlives
 * them.
 *
 * <p>With several SMSC addresses ({@link dev.smppkit.client.ConnectionOptions#hosts()}) the slot starts at the first;
 * a connection that ends without having bound (refused, connect or bind timeout, bind refused) moves the next attempt
 * to the next address, wrapping around, and a connection that had bound sends it back to the first, so the primary is
 * preferred whenever it is up. The delay before each attempt is the backoff of the number of full cycles through the
 * list ({@link #cycle}), not of attempts: with N addresses the first N attempts in a row wait the first delay, so a
 * secondary is tried as soon as a single address would have been retried.
 *
 * <p>Its collaborators are explicit: the {@link Client} it reports to, a {@link Dialer} that opens connections (none
 * for an accepted outbind connection) and the {@link Sessions} that make the session of each connection; it sees a
 * session only as a {@link SupervisedSession}, a session sees it only as a {@link SessionListener}.
 *
 * <p>Per session slot; its state is touched only on its own event loop.
 */
final class SessionSupervisor implements SessionListener {
    private static final Logger log = LoggerFactory.getLogger(SessionSupervisor.class);

    /** What a supervisor tells the client it belongs to ({@link DefaultEsme}); any thread. */
    interface Client {
        /** A session bound; {@code transmits} unless it is a receiver. */
        void sessionBound(boolean transmits);

        /** A bound session ended; {@code transmits} as it was when it bound. */
        void sessionUnbound(boolean transmits);

        /** An SMSC without bind_transceiver: the client adds a receiver to slot {@code index}. */
        void addSession(int index, BindType type);

        void bindFailed(BindFailedException error);

        /** A session met an error (refused bind, bind timeout, lost connection), described for a health check. */
        void sessionError(String text);

        /** An accepted (outbind) session ended; its supervisor is done. */
        void acceptedSessionEnded(SessionSupervisor supervisor);
    }

    /** Opens a connection on {@code loop} whose pipeline ends with {@code session}. */
    interface Dialer {
        /** Connects to {@code address}, resolving its name now. */
        ChannelFuture dial(EventLoop loop, ChannelHandler session, SmscAddress address);
    }

    /** Makes the session for one connection. */
    interface Sessions {
        SupervisedSession create(BindType type, SessionListener listener);
    }

    private final Client client;
    private final EsmeConfig config;
    private final HookInvoker hooks; // per client
    private final int index;
    private final EventLoop loop;
    private final Dialer dialer; // null for an accepted (outbind) connection
    private final Sessions sessions;
    private final List<SmscAddress> hosts; // in order of preference; empty for an accepted (outbind) connection
    private final ClientListener listener; // per client; null when none is registered
    final CompletableFuture<Void> stopped = new CompletableFuture<>();

    // per session slot, event loop only
    private BindType bindType;
    private int attempt;
    private int hostIndex; // the address the next (or current) connection dials
    private SmscAddress dialed; // the address of the current or last connection; null for an accepted one
    private Channel channel;
    private SupervisedSession session;
    private boolean connecting;
    private boolean bound;
    private String boundAddress; // for the listener: where the bound session is; set only when one is registered
    private boolean stopping;
    private boolean reconnectNow;
    // per connection: an error of the connection was told to the client, so the close it causes is not told over it
    private boolean errorTold;
    private ScheduledFuture<?> reconnect;
    private ScheduledFuture<?> stableBind; // resets attempt once the current session has stayed bound long enough
    /** The current session while bound to transmit; written on the event loop, read by {@link #offer} anywhere. */
    private volatile SupervisedSession transmitting;

    SessionSupervisor(
            Client client,
            EsmeConfig config,
            HookInvoker hooks,
            int index,
            BindType bindType,
            EventLoop loop,
            Dialer dialer,
            Sessions sessions) {
        this.client = client;
        this.config = config;
        this.hooks = hooks;
        this.index = index;
        this.bindType = bindType;
        this.loop = loop;
        this.dialer = dialer;
        this.sessions = sessions;
        this.hosts = dialer != null ? config.connection().hosts() : List.of();
        this.listener = config.listenerOrNull();
        if (dialer != null && hosts.isEmpty()) { // EsmeBuilder checks this; a config made otherwise may not have
            throw new IllegalArgumentException("host is required to dial a session");
        }
    }

    /**
     * A supervisor for one connection the SMSC opened with outbind: it binds as a receiver on that connection and ends
     * with it; it never dials.
     */
    static SessionSupervisor accepted(
            Client client, EsmeConfig config, HookInvoker hooks, int index, EventLoop loop, Sessions sessions) {
        return new SessionSupervisor(client, config, hooks, index, BindType.RECEIVER, loop, null, sessions);
    }

    /** The session for a connection accepted with outbind, to put in its pipeline and {@link #adopt}. */
    SupervisedSession newAcceptedSession() {
        return sessions.create(bindType, this);
    }

    private boolean dials() {
        return dialer != null;
    }

    /** Takes over a connection, dialed or accepted, whose pipeline ends in {@code s}; event loop only. */
    void adopt(Channel ch, SupervisedSession s) {
        channel = ch;
        session = s;
        ch.closeFuture().addListener(c -> onClosed(s.closeCause()));
    }

    /** The current connection, or null between connections; event loop only (tests read it there). */
    Channel channel() {
        return channel;
    }

    /** Reconnect attempts since the last session that stayed bound; event loop only. */
    int attempt() {
        return attempt;
    }

    /** The address the next connection dials (the current one's while connected); event loop only. */
    SmscAddress nextAddress() {
        return hosts.get(hostIndex);
    }

    /**
     * The number the reconnect backoff is given for the {@code attempt}-th attempt in a row: the full cycles through
     * {@code hosts} addresses, counting the one under way (1 for the first {@code hosts} attempts).
     */
    static int cycle(int attempt, int hosts) {
        return (attempt - 1) / hosts + 1;
    }

    void start() {
        if (listener != null && dials()) {
            listener.sessionSlot(config.name(), true);
        }
        loop.execute(this::connect);
    }

    @Override
    public void event(SessionEvent.Type type, String detail, Throwable cause) {
        if (listener != null && (type == SessionEvent.Type.THROTTLED || type == SessionEvent.Type.THROTTLED_END)) {
            listener.throttlePause(config.name(), type == SessionEvent.Type.THROTTLED);
        }
        String error = switch (type) {
            case BIND_FAILED -> "bind refused: ";
            case BIND_TIMEOUT -> "bind timed out: ";
            case CONNECTION_LOST -> "connection lost: ";
            default -> null;
        };
        if (error != null && !errorTold) {
            errorTold = true;
            client.sessionError(error + detail); // before the hook, which may read health() (a gateway's does)
        }
        hooks.onSessionEvent(new SessionEvent(index, config.bind().systemId(), type, detail, cause, config.name()));
    }

    private void connect() {
        if (stopping) {
            finishStop();
            return;
        }
        connecting = true;
        errorTold = false;
        dialed = hosts.get(hostIndex);
        event(
                SessionEvent.Type.STARTING,
                bindType + " to " + dialed
                        + (hosts.size() > 1 ? " (address " + (hostIndex + 1) + " of " + hosts.size() + ")" : ""),
                null);
        SupervisedSession newSession = sessions.create(bindType, this);
        dialer.dial(loop, newSession, dialed).addListener((ChannelFutureListener) f -> {
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

    private void onClosed(Throwable cause) {
        if (stableBind != null) {
            stableBind.cancel(false); // bound too briefly: the attempt count goes on growing
            stableBind = null;
        }
        channel = null;
        session = null;
        transmitting = null;
        boolean hadBound = bound;
        if (bound) {
            bound = false;
            if (listener != null) {
                listener.sessionUnbound(config.name(), bindType, boundAddress);
            }
            client.sessionUnbound(bindType.canTransmit());
        }
        if (!dials()) {
            // an outbind connection is not redialed: the SMSC outbinds again when it has more to deliver
            finishStop();
            client.acceptedSessionEnded(this);
            return;
        }
        if (stopping) {
            finishStop();
            return;
        }
        Duration delay;
        if (reconnectNow) { // the same SMSC again, with another bind type
            reconnectNow = false;
            delay = Duration.ZERO;
        } else {
            attempt++;
            // back to the primary after a connection that bound; else on to the next address
            hostIndex = hadBound ? 0 : (hostIndex + 1) % hosts.size();
            delay = config.connection().reconnect().delay(cycle(attempt, hosts.size()));
            if (listener != null) {
                listener.reconnecting(config.name(), attempt, delay);
            }
        }
        String why = cause != null ? cause.getMessage() : "connection closed";
        event(
                SessionEvent.Type.CONNECTION_LOST,
                dialed + ": " + why + "; reconnect attempt " + attempt + " to " + hosts.get(hostIndex) + " in " + delay,
                cause);
        reconnect = loop.schedule(this::connect, delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public void bound(SupervisedSession s, BindResp response) {
        bound = true;
        if (listener != null) {
            boundAddress = dialed != null ? dialed.toString() : String.valueOf(channel.remoteAddress());
            listener.sessionBound(config.name(), bindType, boundAddress);
        }
        if (bindType.canTransmit()) {
            transmitting = s;
        }
        stableBind = loop.schedule(
                () -> {
                    if (session == s && s.isBound()) {
                        attempt = 0;
                    }
                },
                config.timeouts().stableBindTime().toNanos(),
                TimeUnit.NANOSECONDS);
        // Counted before the event: a hook that sees BOUND may act on boundSessions() at once (a gateway routes by it).
        client.sessionBound(bindType.canTransmit());
        event(
                SessionEvent.Type.BOUND,
                bindType + " as " + config.bind().systemId()
                        + response.systemId()
                                .map(id -> " to " + LogSafe.escape(id))
                                .orElse(""), // the SMSC's text
                null);
    }

    @Override
    public void bindFailed(BindFailedException error) {
        if (!dials()) {
            log.warn("[{}] bind_receiver after outbind failed: {}", config.name(), LogSafe.escape(error.getMessage()));
            return; // the session closes the connection; start() does not depend on outbind sessions
        }
        CommandStatus status = error.status();
        if (status != null && status.equals(CommandStatus.ESME_RINVCMDID) && bindType == BindType.TRANSCEIVER) {
            // §4.1: an SMSC without transceiver support; fall back to a transmitter plus a receiver.
            log.info(
                    "[{}] SMSC refused bind_transceiver with ESME_RINVCMDID; using a transmitter and a receiver",
                    config.name());
            bindType = BindType.TRANSMITTER;
            reconnectNow = true;
            client.addSession(index, BindType.RECEIVER);
            return;
        }
        client.bindFailed(error);
    }

    /** Whether a session of this slot is bound to transmit now; any thread. */
    boolean transmits() {
        return transmitting != null;
    }

    /**
     * Hands a client operation to this slot's session if it is bound to transmit; any thread. On the event loop, a
     * session that can no longer take it (it unbound meanwhile) is forgotten as a transmitter and the operation goes
     * to {@code elsewhere}.
     *
     * @return false if no session of this slot is bound to transmit now
     */
    boolean offer(Operation<?> op, Consumer<Operation<?>> elsewhere) {
        SupervisedSession s = transmitting;
        if (s == null) {
            return false;
        }
        try {
            loop.execute(() -> {
                if (s == transmitting && s.operate(op)) {
                    return;
                }
                if (s == transmitting) {
                    transmitting = null;
                }
                elsewhere.accept(op);
            });
        } catch (RejectedExecutionException e) {
            return false; // the event loops are shutting down: the client is stopping
        }
        return true;
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
                session.drain(deadlineNanos);
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
            if (listener != null && dials()) {
                listener.sessionSlot(config.name(), false);
            }
            event(SessionEvent.Type.STOPPED, "session " + index + " stopped", null);
            stopped.complete(null);
        }
    }
}
