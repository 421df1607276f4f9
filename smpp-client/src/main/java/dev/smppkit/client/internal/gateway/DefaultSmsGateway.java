package dev.smppkit.client.internal.gateway;

import dev.smppkit.client.Broker;
import dev.smppkit.client.Correlator;
import dev.smppkit.client.Esme;
import dev.smppkit.client.EsmeBuilder;
import dev.smppkit.client.OutboundMessage;
import dev.smppkit.client.ShutdownException;
import dev.smppkit.client.SubmitOutcome;
import dev.smppkit.client.gateway.AccountHealth;
import dev.smppkit.client.gateway.AccountStats;
import dev.smppkit.client.gateway.GatewayStats;
import dev.smppkit.client.gateway.Route;
import dev.smppkit.client.gateway.SmsGateway;
import dev.smppkit.codec.internal.Transport;
import io.netty.channel.EventLoopGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.EventExecutor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The {@link SmsGateway} behind {@code SmsGateway.builder().build()}: builds one ESME per account on one shared event
 * loop group, each taking from its {@link AccountLane} and reporting through its {@link AccountHook}, and runs the
 * {@link Dispatcher}'s housekeeping on one thread of its own. Per gateway; thread-safe.
 */
public final class DefaultSmsGateway implements SmsGateway {
    private static final long TICK_MILLIS = 100;

    private final GatewaySettings settings;
    private final EventLoopGroup group;
    private final ScheduledExecutorService housekeeping;
    private final GatewayOutcomes outcomes;
    private final Dispatcher dispatcher;
    private final Map<String, AccountLane> lanes = new LinkedHashMap<>();
    private final List<Route> routes;
    private final CompletableFuture<Void> started = new CompletableFuture<>();
    private final CompletableFuture<Void> stopped = new CompletableFuture<>();
    private boolean starting; // under this
    private volatile boolean stopping; // written under this

    public DefaultSmsGateway(GatewaySettings s) {
        this.settings = s;
        this.housekeeping =
                Executors.newSingleThreadScheduledExecutor(new DefaultThreadFactory("smppkit-gateway", true));
        this.outcomes = new GatewayOutcomes(s.broker(), s.hook(), s.hookTimeout());
        this.dispatcher = new Dispatcher(
                s.broker(),
                outcomes,
                s.inFlightPolicy(),
                s.circuitBreaker().transientStatuses(),
                s.holdTimeout().toNanos(),
                housekeeping);
        this.group = Transport.newGroup(s.ioThreads());
        int windows = 0;
        try {
            for (Map.Entry<String, EsmeBuilder> e : s.accounts().entrySet()) {
                String name = e.getKey();
                AccountLane lane = new AccountLane(name, new CircuitBreaker(s.circuitBreaker()), dispatcher);
                Esme esme;
                try {
                    esme = e.getValue()
                            .name(name)
                            .broker(lane)
                            .correlator(s.correlator())
                            .hook(new AccountHook(lane, dispatcher, s.hook()))
                            .inFlightPolicy(s.inFlightPolicy())
                            .eventLoopGroup(group)
                            .build();
                } catch (IllegalArgumentException ex) {
                    throw new IllegalArgumentException("account '" + name + "': " + ex.getMessage(), ex);
                }
                lane.attach(esme);
                lanes.put(name, lane);
                windows += esme.options().submission().window()
                        * Math.max(1, esme.options().connection().sessions());
            }
            checkCorrelationScopes(lanes);
            List<CompiledRoute> compiled = new ArrayList<>();
            for (Route r : s.routes()) {
                compiled.add(new CompiledRoute(r, lanes));
            }
            if (s.defaultRoute() != null) {
                compiled.add(new CompiledRoute(s.defaultRoute(), lanes));
            }
            RouteTable table = new RouteTable(s.routes(), s.defaultRoute(), s.router());
            this.routes = table.routes();
            dispatcher.init(table, compiled, lanes.values(), s.bufferLimit() > 0 ? s.bufferLimit() : windows);
        } catch (RuntimeException e) {
            // Stop the ESMEs built so far (none is started, so this only settles their futures), then the group.
            for (AccountLane lane : lanes.values()) {
                lane.esme().stop(Duration.ZERO);
            }
            group.shutdownGracefully(0, 0, TimeUnit.SECONDS);
            housekeeping.shutdownNow();
            throw e;
        }
    }

    /**
     * Two accounts at different SMSCs with the same correlation scope (by default their system_id) would mix their
     * receipts in the shared correlator: each SMSC numbers its messages on its own, so both can give out id 1.
     * Accounts with the same hosts are binds of one SMSC account and may share a scope (each matches the other's
     * receipts).
     */
    private static void checkCorrelationScopes(Map<String, AccountLane> lanes) {
        Map<String, AccountLane> byScope = new LinkedHashMap<>();
        for (AccountLane lane : lanes.values()) {
            String scope = lane.esme().options().correlationScope();
            AccountLane other = byScope.putIfAbsent(scope, lane);
            if (other != null
                    && !other.esme()
                            .options()
                            .connection()
                            .hosts()
                            .equals(lane.esme().options().connection().hosts())) {
                throw new IllegalArgumentException("accounts '" + other.name + "' and '" + lane.name
                        + "' share the correlation scope '" + scope + "' (their system_id) but connect to different"
                        + " SMSCs, whose message ids can collide in the shared correlator: give one of them"
                        + " correlationScope(...) of its own (at most 16 characters)");
            }
        }
    }

    @Override
    public CompletableFuture<Void> start() {
        synchronized (this) {
            if (starting || stopping) {
                throw new IllegalStateException("already started");
            }
            starting = true;
        }
        housekeeping.scheduleWithFixedDelay(dispatcher::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
        AtomicInteger failed = new AtomicInteger();
        for (AccountLane lane : lanes.values()) {
            lane.esme().start().whenComplete((v, e) -> {
                if (e == null) {
                    started.complete(null);
                } else if (failed.incrementAndGet() == lanes.size()) {
                    started.completeExceptionally(e);
                }
            });
        }
        return started;
    }

    @Override
    public CompletableFuture<SubmitOutcome> submit(OutboundMessage message) {
        if (stopping) {
            return CompletableFuture.failedFuture(new ShutdownException("gateway stopped"));
        }
        return outcomes.submitters.submit(() -> settings.broker().enqueue(message));
    }

    @Override
    public CompletableFuture<Void> stop(Duration timeout) {
        synchronized (this) {
            if (stopping) {
                return stopped;
            }
            stopping = true;
        }
        dispatcher.stop();
        CompletableFuture<?>[] all =
                lanes.values().stream().map(l -> l.esme().stop(timeout)).toArray(CompletableFuture[]::new);
        CompletableFuture.allOf(all).whenComplete((v, e) -> {
            housekeeping.shutdownNow();
            outcomes.submitters.failWaiting();
            started.completeExceptionally(new ShutdownException("gateway stopped before any account was bound"));
            group.shutdownGracefully(0, 2, TimeUnit.SECONDS).addListener(f -> stopped.complete(null));
        });
        return stopped;
    }

    /**
     * @throws IllegalStateException if called on one of the gateway's event loop threads (from a hook): the stop needs
     *     those threads
     */
    @Override
    public void close() {
        for (EventExecutor loop : group) {
            if (loop.inEventLoop()) {
                throw new IllegalStateException("close() called on one of the gateway's event loop threads (from a"
                        + " hook?): it would wait forever for a stop that needs this thread; call stop(timeout)");
            }
        }
        SmsGateway.super.close();
    }

    @Override
    public List<String> accounts() {
        return List.copyOf(lanes.keySet());
    }

    @Override
    public Esme account(String name) {
        AccountLane lane = lanes.get(name);
        if (lane == null) {
            throw new IllegalArgumentException("no account '" + name + "'; accounts are " + lanes.keySet());
        }
        return lane.esme();
    }

    @Override
    public List<Route> routes() {
        return routes;
    }

    @Override
    public List<AccountHealth> health() {
        return lanes.values().stream().map(AccountLane::health).toList();
    }

    @Override
    public GatewayStats stats() {
        // Outcomes before taken, so that a concurrent take can only make inProgress larger, never negative.
        Map<String, AccountStats> accounts = new LinkedHashMap<>();
        long accepted = 0, rejected = 0, failed = outcomes.unrouted.sum(), expired = 0;
        for (AccountLane lane : lanes.values()) {
            AccountStats a = lane.stats();
            accounts.put(lane.name, a);
            accepted += a.accepted();
            rejected += a.rejected();
            failed += a.failed();
            expired += a.expired();
        }
        long released = outcomes.released.sum();
        return new GatewayStats(
                dispatcher.taken.sum(),
                accepted,
                rejected,
                failed,
                expired,
                released,
                dispatcher.failedOver.sum(),
                Collections.unmodifiableMap(accounts));
    }

    @Override
    public Broker broker() {
        return settings.broker();
    }

    @Override
    public Correlator correlator() {
        return settings.correlator();
    }
}
