package dev.smppkit.client.internal;

import dev.smppkit.client.BindFailedException;
import dev.smppkit.client.BindMode;
import dev.smppkit.client.Broker;
import dev.smppkit.client.Correlator;
import dev.smppkit.client.DataSmResult;
import dev.smppkit.client.Esme;
import dev.smppkit.client.EsmeHealth;
import dev.smppkit.client.EsmeOptions;
import dev.smppkit.client.EsmeStats;
import dev.smppkit.client.OutboundMessage;
import dev.smppkit.client.QueryResult;
import dev.smppkit.client.ReplaceRequest;
import dev.smppkit.client.ShutdownException;
import dev.smppkit.client.SubmitOutcome;
import dev.smppkit.codec.Address;
import dev.smppkit.codec.internal.Transport;
import dev.smppkit.codec.pdu.BindType;
import dev.smppkit.codec.pdu.DataSm;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.util.concurrent.EventExecutor;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;

/**
 * The {@link Esme} behind {@code Esme.builder().build()}: owns what the client's sessions share (the timer, the outcome
 * reporter, the message encoder, MO reassembly) and hands each collaborator explicitly to the sessions it makes.
 * Per client; thread-safe.
 */
public final class DefaultEsme implements Esme, SessionSupervisor.Client {
    private enum Lifecycle {
        NEW,
        RUNNING,
        STOPPING
    }

    private final EsmeConfig config;
    /**
     * The one timer for request, hook and reassembly timeouts: thousands of timeouts set and nearly all cancelled per
     * second, which a wheel does in O(1) without loading the event loops' scheduled-task queues. This client's view of
     * the JVM's one wheel ({@link SharedWheel}), held from {@link #start()} to the end of {@link #stop}.
     */
    private final ClientTimer timer = new ClientTimer();

    /** The one way to call the user's hook (catches, logs, applies the hook timeout on {@link #timer}). */
    private final HookInvoker hooks;

    private final OutcomeReporter reporter;
    /** Tracks accepted submissions and matches receipts to them, through the correlator. */
    private final ReceiptCorrelation correlation;

    private final MessageEncoder encoder;
    private final MoReassembly reassembly;
    /** Hands what the inbox holds to the hook; null without an inbox. */
    private final InboxDrainer inboxDrainer;
    /**
     * The account's rate limit (maxTps), one for all sessions whatever loop they run on, so the contract rate holds
     * for the client as a whole; null when unlimited. Each session keeps its own throttling pause around it.
     */
    private final RateLimiter rateLimiter;
    /** Failures that repeat per message (correlator, hook), logged once per 10 s with a count. */
    private final RepeatingFailureLog failures =
            new RepeatingFailureLog(LoggerFactory.getLogger(InboundHandler.class), 10, TimeUnit.SECONDS);

    private final EventLoopGroup group;
    private final boolean ownsGroup;
    private final Class<? extends SocketChannel> channelClass;
    private final SessionSupervisor.Dialer dialer;
    private final List<SessionSupervisor> supervisors = new CopyOnWriteArrayList<>();
    /** Bound and configured sessions and the last error, for {@link #health()}. */
    private final HealthState health;

    private final CompletableFuture<Void> started = new CompletableFuture<>();
    private final CompletableFuture<Void> stopped = new CompletableFuture<>();
    private final OutbindAcceptor outbind; // null unless configured
    /** query_sm, cancel_sm and replace_sm, routed to a session bound to transmit. */
    private final Operations operations;
    // Changed under this object's lock, so that addSession and stop agree on who is in supervisors; read without it
    // (submit, on any thread, event loops included), where a stale RUNNING is no worse than a submit just before stop.
    private volatile Lifecycle lifecycle = Lifecycle.NEW;

    public DefaultEsme(EsmeConfig config) {
        this.config = config;
        this.health = new HealthState(
                config.name(),
                config.connection().sessions()
                        * (config.bind().bindMode() == BindMode.TRANSMITTER_AND_RECEIVER ? 2 : 1));
        this.hooks = new HookInvoker(config.hook(), timer, config.inbound().hookTimeout(), failures);
        this.reporter = new OutcomeReporter(config, hooks);
        this.correlation = new ReceiptCorrelation(
                config.correlator(), config.options().correlationScope(), timer, failures, config.inbound());
        this.encoder = new MessageEncoder(config.submission());
        this.reassembly = new MoReassembly(config, reporter, hooks, timer);
        this.rateLimiter = config.submission().maxTps() > 0
                ? new RateLimiter(config.submission().maxTps())
                : null;
        this.ownsGroup = config.connection().eventLoopGroup().isEmpty();
        this.group = ownsGroup
                ? Transport.newGroup(config.connection().ioThreads())
                : config.connection().eventLoopGroup().get();
        this.channelClass = Transport.channelClass(group);
        this.dialer = new TcpDialer(config, channelClass);
        this.operations = new Operations(supervisors, timer, config.timeouts().requestTimeout());
        this.outbind =
                config.outbindAddress() != null ? new OutbindAcceptor(this, config, group, this::newSession) : null;
        this.inboxDrainer = config.inbox() == null
                ? null
                : new InboxDrainer(
                        config,
                        config.inbox(),
                        new InboxInterpreter(config, hooks, correlation, reporter, failures),
                        hooks,
                        failures,
                        timer,
                        group.next());
    }

    /** The session of one new connection, with this client's shared collaborators. */
    /** For the outbind acceptor's supervisors. */
    HookInvoker hooks() {
        return hooks;
    }

    private SupervisedSession newSession(BindType type, SessionListener listener) {
        return new SmppSession(
                listener,
                type,
                config,
                hooks,
                correlation,
                timer,
                reporter,
                encoder,
                reassembly,
                failures,
                rateLimiter);
    }

    @Override
    public CompletableFuture<Void> start() {
        synchronized (this) {
            if (lifecycle != Lifecycle.NEW) {
                throw new IllegalStateException("already started");
            }
            lifecycle = Lifecycle.RUNNING;
        }
        timer.start();
        reassembly.start();
        if (inboxDrainer != null) {
            inboxDrainer.start();
        }
        if (outbind != null) {
            outbind.start().whenComplete((address, error) -> {
                if (error != null) {
                    if (started.completeExceptionally(error)) {
                        stop(Duration.ZERO);
                    }
                } else if (config.connection().sessions() == 0) {
                    started.complete(null); // nothing to dial: started means ready for outbind
                }
            });
        }
        for (int i = 0; i < config.connection().sessions(); i++) {
            switch (config.bind().bindMode()) {
                case TRANSMITTER -> startSlot(i, BindType.TRANSMITTER);
                case RECEIVER -> startSlot(i, BindType.RECEIVER);
                case TRANSCEIVER -> startSlot(i, BindType.TRANSCEIVER);
                case TRANSMITTER_AND_RECEIVER -> {
                    startSlot(i, BindType.TRANSMITTER);
                    startSlot(i, BindType.RECEIVER);
                }
            }
        }
        return started;
    }

    @Override
    public void addSession(int index, BindType type) {
        if (startSlot(index, type)) {
            health.slotAdded();
        }
    }

    /** Starts a dialed session slot; false if the client is no longer running. */
    private boolean startSlot(int index, BindType type) {
        synchronized (this) {
            if (lifecycle != Lifecycle.RUNNING) {
                return false;
            }
            SessionSupervisor s = newSupervisor(index, type);
            supervisors.add(s);
            s.start();
            return true;
        }
    }

    /** Registers the supervisor of an outbind connection; false if the client is no longer running. */
    boolean addAccepted(SessionSupervisor s) {
        synchronized (this) {
            if (lifecycle != Lifecycle.RUNNING) {
                return false;
            }
            supervisors.add(s);
            return true;
        }
    }

    /** A supervisor for a dialed session slot, not yet registered nor started; tests use it directly. */
    SessionSupervisor newSupervisor(int index, BindType type) {
        return new SessionSupervisor(this, config, hooks, index, type, group.next(), dialer, this::newSession);
    }

    @Override
    public void acceptedSessionEnded(SessionSupervisor s) {
        supervisors.remove(s);
    }

    @Override
    public void sessionBound(boolean transmits) {
        health.sessionBound(transmits);
        started.complete(null);
        operations.sessionBound();
    }

    @Override
    public void sessionUnbound(boolean transmits) {
        health.sessionUnbound(transmits);
    }

    @Override
    public void sessionError(String text) {
        health.error(text);
    }

    /**
     * Records an error of this account seen outside its sessions (a gateway's submit failures that count against the
     * account's circuit) as {@link #health()}'s last error; any thread.
     *
     * @param text what went wrong; escaped before it is kept
     */
    public void recordError(String text) {
        health.error(text);
    }

    /**
     * Bound sessions that can submit (transmitters and transceivers), for a gateway deciding whether the account is up:
     * with {@code TRANSMITTER_AND_RECEIVER} the receiver may be bound while the transmitter is not.
     *
     * @return the number bound now
     */
    public int transmittingSessions() {
        return health.transmitting();
    }

    @Override
    public void bindFailed(BindFailedException error) {
        if (!error.isTransient() && config.bind().failStartOnBindRejection() && !started.isDone()) {
            if (started.completeExceptionally(error)) {
                stop(Duration.ZERO);
            }
        }
    }

    @Override
    public CompletableFuture<SubmitOutcome> submit(OutboundMessage message) {
        if (lifecycle == Lifecycle.STOPPING) { // no lock: see lifecycle
            return CompletableFuture.failedFuture(new ShutdownException("client stopped"));
        }
        return reporter.submit(message);
    }

    @Override
    public CompletableFuture<DataSmResult> dataSm(DataSm request) {
        return run(Operations.dataSm(request));
    }

    @Override
    public CompletableFuture<QueryResult> query(String messageId, Address source) {
        return run(Operations.query(messageId, source));
    }

    @Override
    public CompletableFuture<Void> cancel(String messageId, Address source) {
        return run(Operations.cancel(messageId, source));
    }

    @Override
    public CompletableFuture<Void> cancel(String serviceType, Address source, Address destination) {
        return run(Operations.cancel(serviceType, source, destination));
    }

    @Override
    public CompletableFuture<Void> replace(String messageId, Address source, ReplaceRequest request) {
        return run(Operations.replace(messageId, source, request));
    }

    private <T> CompletableFuture<T> run(Operation<T> op) {
        if (lifecycle == Lifecycle.NEW) { // no lock: see lifecycle
            return CompletableFuture.failedFuture(new IllegalStateException("client not started: call start() first"));
        }
        return operations.run(op); // fails with ShutdownException once stopping
    }

    @Override
    public CompletableFuture<Void> stop(Duration timeout) {
        synchronized (this) {
            if (lifecycle == Lifecycle.STOPPING) {
                return stopped;
            }
            lifecycle = Lifecycle.STOPPING;
        }
        operations.stop();
        if (outbind != null) {
            outbind.stop();
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        CompletableFuture<?>[] all =
                supervisors.stream().map(s -> s.stop(deadline)).toArray(CompletableFuture[]::new);
        CompletableFuture.allOf(all)
                .handle((v, e) -> null)
                .thenCompose(v -> inboxDrainer != null ? inboxDrainer.stop() : CompletableFuture.completedFuture(null))
                .whenComplete((v, e) -> {
                    reassembly.stop();
                    timer.stop();
                    failures.flush();
                    reporter.failWaiting();
                    started.completeExceptionally(new ShutdownException("client stopped before any session was bound"));
                    if (ownsGroup) {
                        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).addListener(f -> stopped.complete(null));
                    } else {
                        stopped.complete(null);
                    }
                });
        return stopped;
    }

    @Override
    public int boundSessions() {
        return health.bound();
    }

    @Override
    public EsmeHealth health() {
        return health.snapshot();
    }

    @Override
    public Optional<InetSocketAddress> outbindAddress() {
        return outbind == null ? Optional.empty() : outbind.address();
    }

    @Override
    public EsmeOptions options() {
        return config.options();
    }

    @Override
    public Broker broker() {
        return config.broker();
    }

    @Override
    public Correlator correlator() {
        return config.correlator();
    }

    @Override
    public EsmeStats stats() {
        return reporter.snapshot();
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalStateException if called on one of this client's event loop threads, as from a hook: the stop
     *     needs those threads to finish, so waiting on one would never end
     */
    @Override
    public void close() {
        if (onOwnEventLoop()) {
            throw new IllegalStateException("close() called on one of this client's event loop threads (from a hook?):"
                    + " it would wait forever for a stop that needs this thread; call stop(timeout) there without"
                    + " waiting for it");
        }
        Esme.super.close();
    }

    private boolean onOwnEventLoop() {
        for (EventExecutor loop : group) {
            if (loop.inEventLoop()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the client runs on native epoll. */
    public boolean usesEpoll() {
        return channelClass != io.netty.channel.socket.nio.NioSocketChannel.class;
    }

    BindMode bindMode() {
        return config.bind().bindMode();
    }
}
