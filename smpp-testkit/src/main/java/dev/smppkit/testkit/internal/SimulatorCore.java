package dev.smppkit.testkit.internal;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.pdu.DeliverSm;
import dev.smppkit.codec.pdu.DeliverSmResp;
import dev.smppkit.codec.pdu.Outbind;
import dev.smppkit.codec.pdu.PduRequest;
import dev.smppkit.codec.pdu.PduResponse;
import dev.smppkit.codec.text.TextCodec;
import dev.smppkit.testkit.DeliveryException;
import dev.smppkit.testkit.MessageStore;
import dev.smppkit.testkit.SessionEvent;
import dev.smppkit.testkit.SessionListener;
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
 * One simulator's runtime: the parts and the wiring between them. The public {@code SmscSimulator} is a thin facade
 * over this. Everything here is thread-safe; per-connection state lives in each {@link SessionHandler}.
 */
public final class SimulatorCore {
    private final SimulatorConfig config;
    private final ErrorLog errors = new ErrorLog();
    private final FaultsImpl faults = new FaultsImpl();
    private final SessionRegistry sessions = new SessionRegistry();
    private final TrafficRecorder traffic;
    private final MessageStoreImpl store;
    private final DeliveryBudget deliveryBudget;
    private final Supplier<String> messageIds;
    private final MoMessages mo;
    private final Deliveries deliveries;
    private final Receipts receipts;
    private final Subscribers subscribers;
    private final Binds binds;
    private final MessageRequests messageRequests;
    private final Server server;

    public SimulatorCore(SimulatorConfig config) {
        this.config = config;
        this.traffic = new TrafficRecorder(config.recordTraffic(), config.trafficLimit());
        this.store = new MessageStoreImpl(config.maxStoredMessages(), config.maxStoredBytes());
        this.deliveryBudget = new DeliveryBudget(config.maxHeldDeliveryBytes());
        this.messageIds = config.messageIds() != null ? config.messageIds() : new MessageIdGenerator();
        this.mo = new MoMessages(
                TextCodec.builder().concatMode(config.concatMode()).build());
        this.deliveries = new Deliveries(this, deliveryBudget);
        this.receipts = new Receipts(this);
        this.subscribers = new Subscribers(this);
        this.binds = new Binds(this);
        this.messageRequests = new MessageRequests(this);
        this.server = new Server(this);
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
        return Transport.name();
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
        return allOf(parts);
    }

    public void subscriber(String number, SubscriberHandler handler) {
        subscribers.put(number, handler);
    }

    public void removeSubscriber(String number) {
        subscribers.remove(number);
    }

    public CompletableFuture<SmscSession> outbind(String host, int port, String systemId, String password) {
        CompletableFuture<SmscSession> result = new CompletableFuture<>();
        Outbind outbind = Outbind.of(systemId, password);
        server.connect(host, port, new SessionHandler(this, outbind, result)).addListener(f -> {
            if (!f.isSuccess()) {
                result.completeExceptionally(f.cause());
            }
        });
        return result;
    }

    // ---- for the internal parts ----

    SimulatorConfig config() {
        return config;
    }

    ErrorLog errorLog() {
        return errors;
    }

    SessionRegistry sessions() {
        return sessions;
    }

    TrafficRecorder recorder() {
        return traffic;
    }

    MessageStoreImpl store() {
        return store;
    }

    DeliveryBudget deliveryBudget() {
        return deliveryBudget;
    }

    Deliveries deliveries() {
        return deliveries;
    }

    Receipts receipts() {
        return receipts;
    }

    Subscribers subscribers() {
        return subscribers;
    }

    Binds binds() {
        return binds;
    }

    MessageRequests messageRequests() {
        return messageRequests;
    }

    MoMessages mo() {
        return mo;
    }

    EventLoopGroup eventLoopGroup() {
        return server.group();
    }

    String nextMessageId() {
        return messageIds.get();
    }

    void sessionEvent(SessionEvent.Type type, SessionImpl session) {
        SessionEvent event = new SessionEvent(
                type,
                session.id(),
                session.systemId().orElse(""),
                session.bindType().orElseThrow(),
                session.remoteAddress());
        for (SessionListener listener : config.sessionListeners()) {
            try {
                listener.onEvent(event);
            } catch (RuntimeException | Error e) {
                errors.record("session listener failed on " + event, e);
            }
        }
    }

    void deliverSmResponded(SessionImpl session, DeliverSm request, DeliverSmResp response) {
        try {
            config.deliverSmRespListener().onResponse(session, request, response);
        } catch (RuntimeException | Error e) {
            errors.record("deliver_sm_resp listener failed on " + response, e);
        }
    }

    /** A future of every part's result, in order; fails with the first part that fails. */
    static <T> CompletableFuture<List<T>> allOf(List<CompletableFuture<T>> parts) {
        return CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new)).thenApply(v -> {
            List<T> out = new ArrayList<>(parts.size());
            parts.forEach(p -> out.add(p.join()));
            return out;
        });
    }
}
