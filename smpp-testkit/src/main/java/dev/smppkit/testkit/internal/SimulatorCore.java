package dev.smppkit.testkit.internal;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.internal.Transport;
import dev.smppkit.codec.pdu.DeliverSm;
import dev.smppkit.codec.pdu.DeliverSmResp;
import dev.smppkit.codec.pdu.Outbind;
import dev.smppkit.codec.pdu.PduRequest;
import dev.smppkit.codec.pdu.PduResponse;
import dev.smppkit.codec.text.TextCodec;
import dev.smppkit.testkit.DeliveryException;
import dev.smppkit.testkit.MessageStore;
import dev.smppkit.testkit.SimulatorStats;
import dev.smppkit.testkit.SmscSession;
import dev.smppkit.testkit.SubscriberHandler;
import dev.smppkit.testkit.Traffic;
import io.netty.channel.EventLoopGroup;
import java.net.InetSocketAddress;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * One simulator's runtime: builds the parts, each given the collaborators it uses in its constructor, and serves the
 * public {@code SmscSimulator} facade. No part holds this object. Everything here is thread-safe; per-connection state
 * lives in each {@link SessionHandler}.
 */
public final class SimulatorCore {
    private final ErrorLog errors = new ErrorLog();
    private final FaultsImpl faults = new FaultsImpl();
    private final SessionRegistry sessions = new SessionRegistry();
    private final TrafficRecorder traffic;
    private final MessageStoreImpl store;
    private final DeliveryBudget deliveryBudget;
    private final MoMessages mo;
    private final Deliveries deliveries;
    private final Receipts receipts;
    private final Subscribers subscribers;
    private final SessionServices shared;
    private final Server server;

    public SimulatorCore(SimulatorConfig config) {
        this.traffic = new TrafficRecorder(config.recordTraffic(), config.trafficLimit());
        this.store = new MessageStoreImpl(config.maxStoredMessages(), config.maxStoredBytes());
        this.deliveryBudget = new DeliveryBudget(config.maxHeldDeliveryBytes());
        Supplier<String> messageIds = config.messageIds() != null ? config.messageIds() : new MessageIdGenerator();
        this.mo = new MoMessages(
                TextCodec.builder().concatMode(config.concatMode()).build());
        // redeliveries run on the server's loops, which exist once it has started
        this.deliveries = new Deliveries(config, sessions, this::eventLoopGroup, deliveryBudget);
        this.receipts = new Receipts(config.receiptPolicy(), config.clock(), deliveryBudget, deliveries, errors);
        this.subscribers = new Subscribers(mo, deliveries, errors);
        this.shared = new SessionServices(
                config,
                sessions,
                traffic,
                faults,
                errors,
                new UserListeners(config.sessionListeners(), config.deliverSmRespListener(), errors),
                new Binds(config, faults, errors),
                new MessageRequests(config, faults, errors, receipts, subscribers, store, messageIds),
                deliveries,
                deliveryBudget);
        this.server = new Server(config, sessions, () -> new SessionHandler(shared));
    }

    // ---- lifecycle, for the facade ----

    public void start() {
        server.start();
    }

    public void stop() {
        server.stop();
    }

    public void close() {
        server.close();
        deliveries.close();
    }

    public boolean isRunning() {
        return server.isRunning();
    }

    public InetSocketAddress address() {
        return server.address();
    }

    public Optional<X509Certificate> certificate() {
        return server.certificate();
    }

    public static String transportName() {
        return Transport.name(Transport.SIMULATOR_EPOLL_PROPERTY);
    }

    // ---- what the facade exposes ----

    public Traffic traffic() {
        return traffic;
    }

    public MessageStore messages() {
        return store;
    }

    public FaultsImpl faults() {
        return faults;
    }

    public SimulatorStats stats() {
        return new SimulatorStats(
                deliveryBudget.refused(),
                receipts.refusedSubmits(),
                store.evicted(),
                deliveryBudget.used(),
                store.bytes());
    }

    /** For tests: bytes waiting in a session's outbound buffer, -1 if there is no such session. */
    public long pendingOutboundBytes(String sessionId) {
        return sessions.byId(sessionId).map(SessionImpl::pendingOutboundBytes).orElse(-1L);
    }

    /** For tests: whether a session reads from its peer (false while back-pressure holds it). */
    public boolean isReading(String sessionId) {
        return sessions.byId(sessionId).map(SessionImpl::isReading).orElse(false);
    }

    public List<SmscSession> sessionList() {
        return sessions.all();
    }

    public Optional<SmscSession> session(String id) {
        return sessions.byId(id).map(s -> s);
    }

    public SmscSession awaitBound(String systemId, Duration timeout) throws TimeoutException, InterruptedException {
        return sessions.awaitBound(systemId, timeout);
    }

    public List<Throwable> errors() {
        return errors.snapshot();
    }

    public void clearErrors() {
        errors.clear();
    }

    public <R extends PduResponse> CompletableFuture<R> send(String target, PduRequest<R> request) {
        return deliveries.toTarget(target, request);
    }

    /** The text in as many deliver_sm segments as it needs, all to the one session the target names. */
    public CompletableFuture<List<DeliverSmResp>> deliverText(String target, Address from, Address to, String text) {
        List<DeliverSm> pdus = mo.deliverSms(from, to, text);
        SessionImpl session = deliveries.resolve(target);
        if (session == null) {
            return CompletableFuture.failedFuture(new DeliveryException(
                    DeliveryException.Reason.NO_SESSION, "no receiver session for '" + target + "'"));
        }
        List<CompletableFuture<DeliverSmResp>> parts = new ArrayList<>(pdus.size());
        for (DeliverSm pdu : pdus) {
            parts.add(session.send(pdu));
        }
        return Futures.allOf(parts);
    }

    public void subscriber(String number, SubscriberHandler handler) {
        subscribers.put(number, handler);
    }

    /** Routes accepted USSD messages to the simulated handsets. */
    public void ussdRouter(UssdRouter router) {
        subscribers.ussd(router);
    }

    /** Records an unexpected error of the USSD handsets. */
    public void recordError(String what, Throwable error) {
        errors.record(what, error);
    }

    public void removeSubscriber(String number) {
        subscribers.remove(number);
    }

    public CompletableFuture<SmscSession> outbind(String host, int port, String systemId, String password) {
        CompletableFuture<SmscSession> result = new CompletableFuture<>();
        Outbind outbind = Outbind.of(systemId, password);
        server.connect(host, port, new SessionHandler(shared, outbind, result)).addListener(f -> {
            if (!f.isSuccess()) {
                result.completeExceptionally(f.cause());
            }
        });
        return result;
    }

    private EventLoopGroup eventLoopGroup() {
        return server.group();
    }
}
