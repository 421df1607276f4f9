package dev.smppkit.client.internal;

import dev.smppkit.client.BindFailedException;
import dev.smppkit.client.BindMode;
import dev.smppkit.client.Broker;
import dev.smppkit.client.Correlator;
import dev.smppkit.client.Esme;
import dev.smppkit.client.EsmeOptions;
import dev.smppkit.client.EsmeStats;
import dev.smppkit.client.OutboundMessage;
import dev.smppkit.client.ShutdownException;
import dev.smppkit.client.SubmitOutcome;
import dev.smppkit.codec.pdu.BindType;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The {@link Esme} behind {@code Esme.builder().build()}. Per client; thread-safe. */
public final class DefaultEsme implements Esme {
    private enum Lifecycle {
        NEW,
        RUNNING,
        STOPPING
    }

    private final EsmeConfig config;
    private final ClientCore core;
    private final EventLoopGroup group;
    private final boolean ownsGroup;
    private final Class<? extends SocketChannel> channelClass;
    private final List<SessionSupervisor> supervisors = new CopyOnWriteArrayList<>();
    private final AtomicInteger bound = new AtomicInteger();
    private final CompletableFuture<Void> started = new CompletableFuture<>();
    private final CompletableFuture<Void> stopped = new CompletableFuture<>();
    private final OutbindAcceptor outbind; // null unless configured
    private Lifecycle lifecycle = Lifecycle.NEW; // guarded by this

    public DefaultEsme(EsmeConfig config) {
        this.config = config;
        this.core = new ClientCore(config);
        this.ownsGroup = config.connection().eventLoopGroup().isEmpty();
        this.group = ownsGroup
                ? Transport.newGroup(config.connection().ioThreads())
                : config.connection().eventLoopGroup().get();
        this.channelClass = Transport.channelClass(group);
        this.outbind = config.outbindAddress() != null ? new OutbindAcceptor(this, core, group) : null;
    }

    @Override
    public CompletableFuture<Void> start() {
        synchronized (this) {
            if (lifecycle != Lifecycle.NEW) {
                throw new IllegalStateException("already started");
            }
            lifecycle = Lifecycle.RUNNING;
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
                case TRANSMITTER -> addSession(i, BindType.TRANSMITTER);
                case RECEIVER -> addSession(i, BindType.RECEIVER);
                case TRANSCEIVER -> addSession(i, BindType.TRANSCEIVER);
                case TRANSMITTER_AND_RECEIVER -> {
                    addSession(i, BindType.TRANSMITTER);
                    addSession(i, BindType.RECEIVER);
                }
            }
        }
        return started;
    }

    void addSession(int index, BindType type) {
        synchronized (this) {
            if (lifecycle != Lifecycle.RUNNING) {
                return;
            }
            SessionSupervisor s = new SessionSupervisor(this, core, index, type, group.next(), channelClass);
            supervisors.add(s);
            s.start();
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

    void acceptedSessionEnded(SessionSupervisor s) {
        supervisors.remove(s);
    }

    void sessionBound() {
        bound.incrementAndGet();
        started.complete(null);
    }

    void sessionUnbound() {
        bound.decrementAndGet();
    }

    void bindFailed(BindFailedException error) {
        if (!error.isTransient() && config.bind().failStartOnBindRejection() && !started.isDone()) {
            if (started.completeExceptionally(error)) {
                stop(Duration.ZERO);
            }
        }
    }

    @Override
    public CompletableFuture<SubmitOutcome> submit(OutboundMessage message) {
        synchronized (this) {
            if (lifecycle == Lifecycle.STOPPING) {
                return CompletableFuture.failedFuture(new ShutdownException("client stopped"));
            }
        }
        return config.broker().enqueue(message).toCompletableFuture().thenCompose(q -> core.reporter.await(q.id()));
    }

    @Override
    public CompletableFuture<Void> stop(Duration timeout) {
        synchronized (this) {
            if (lifecycle == Lifecycle.STOPPING) {
                return stopped;
            }
            lifecycle = Lifecycle.STOPPING;
        }
        if (outbind != null) {
            outbind.stop();
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        CompletableFuture<?>[] all =
                supervisors.stream().map(s -> s.stop(deadline)).toArray(CompletableFuture[]::new);
        CompletableFuture.allOf(all).whenComplete((v, e) -> {
            core.stop();
            core.reporter.failWaiting();
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
        return bound.get();
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
        return core.reporter.snapshot();
    }

    /** Whether the client runs on native epoll. */
    public boolean usesEpoll() {
        return channelClass != io.netty.channel.socket.nio.NioSocketChannel.class;
    }

    BindMode bindMode() {
        return config.bind().bindMode();
    }
}
