package dev.smppkit.testkit;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.pdu.AlertNotification;
import dev.smppkit.codec.pdu.DataSm;
import dev.smppkit.codec.pdu.DataSmResp;
import dev.smppkit.codec.pdu.DeliverSm;
import dev.smppkit.codec.pdu.DeliverSmResp;
import dev.smppkit.codec.pdu.GenericNack;
import dev.smppkit.testkit.internal.SimClock;
import dev.smppkit.testkit.internal.SimulatorConfig;
import dev.smppkit.testkit.internal.SimulatorCore;
import java.net.InetSocketAddress;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;

/**
 * An SMPP 3.4 SMSC on Netty, for tests: binds of all three kinds from any number of sessions, a message store that
 * query_sm, cancel_sm and replace_sm answer from, delivery receipts, mobile-originated traffic, virtual subscribers,
 * fault injection and a recording of every PDU.
 *
 * <pre>{@code
 * try (SmscSimulator smsc = SmscSimulator.builder()
 *         .credential("esme", "secret")
 *         .receipts(ReceiptPolicy.builder().rule("^999", MessageState.UNDELIVERABLE).build())
 *         .start()) {
 *     smsc.subscriber("447700900001", msg -> msg.reply("got it"));
 *     connectYourClientTo(smsc.host(), smsc.port());
 *     SmscSession session = smsc.awaitSession("esme", Duration.ofSeconds(5));
 *     smsc.deliver(session.id(), DeliverSm.builder()...build()).join();
 *     assertThat(smsc.traffic().received(SubmitSm.class)).hasSize(1);
 * }
 * }</pre>
 *
 * <p>Handlers and listeners run on the simulator's event loop (one thread by default); every method here is
 * thread-safe, and the ones that wait (start, stop, restart, close) must not be called from a handler.
 */
public final class SmscSimulator implements AutoCloseable {
    private final SimulatorCore core;
    private final SimClock clock;
    private volatile boolean closed;
    private volatile UssdNetwork ussd; // created on first use

    SmscSimulator(SimulatorConfig config) {
        this.core = new SimulatorCore(config);
        this.clock = config.clock();
    }

    /**
     * A builder with default options; {@link SmscSimulatorBuilder#start()} starts the simulator.
     *
     * @return a new builder
     */
    public static SmscSimulatorBuilder builder() {
        return new SmscSimulatorBuilder();
    }

    /**
     * Starts listening (again, after {@link #stop()}: on the same port). Does nothing if it is listening.
     *
     * @return this simulator
     * @throws java.io.UncheckedIOException if it cannot listen
     * @throws IllegalStateException if it has been closed
     */
    public SmscSimulator start() {
        if (closed) {
            throw new IllegalStateException("the simulator is closed");
        }
        core.start();
        return this;
    }

    /**
     * Stops listening and drops every connection, as a crashed SMSC would; the message store, pending receipts and
     * held deliveries stay, and go out once ESMEs bind again after {@link #start()}.
     */
    public void stop() {
        core.stop();
    }

    /** {@link #stop()} then {@link #start()}, on the same port. */
    public void restart() {
        stop();
        start();
    }

    /**
     * Whether it is listening.
     *
     * @return true between start and stop
     */
    public boolean isRunning() {
        return core.isRunning();
    }

    /**
     * The host it listens on.
     *
     * @return the host name or address
     */
    public String host() {
        return core.address().getHostString();
    }

    /**
     * The port it listens (or last listened) on; 0 before the first start.
     *
     * @return the TCP port
     */
    public int port() {
        return core.address().getPort();
    }

    /**
     * The host and port it listens (or last listened) on.
     *
     * @return the socket address
     */
    public InetSocketAddress address() {
        return core.address();
    }

    /**
     * The self-signed certificate clients must trust, when TLS is on and the simulator has started.
     *
     * @return the certificate, or empty without TLS or before the start
     */
    public Optional<X509Certificate> tlsCertificate() {
        return core.certificate();
    }

    /**
     * The open connections, oldest first.
     *
     * @return a snapshot of the sessions; empty if none
     */
    public List<SmscSession> sessions() {
        return core.sessionList();
    }

    /**
     * The open connection with this id.
     *
     * @param sessionId a {@link SmscSession#id()}
     * @return the session, or empty if it is closed or unknown
     */
    public Optional<SmscSession> session(String sessionId) {
        return core.session(sessionId);
    }

    /**
     * Waits until a session is bound with this system_id (any system_id if null).
     *
     * @param systemId the system_id to wait for; null for any
     * @param timeout how long to wait at most
     * @return a session bound with that system_id
     * @throws TimeoutException if none is within the timeout
     * @throws InterruptedException if interrupted while waiting
     */
    public SmscSession awaitSession(String systemId, Duration timeout) throws TimeoutException, InterruptedException {
        return core.awaitBound(systemId, timeout);
    }

    /**
     * Sends a deliver_sm (a mobile-originated message, or a hand-made receipt) to {@code target}: a session id, or a
     * system_id, in which case one of its receiver sessions is chosen in turn. The future completes with the
     * deliver_sm_resp, whatever its status, or exceptionally with a {@link DeliveryException}: {@code NO_SESSION} if
     * no session that can receive matches, else as {@link SmscSession#send} says. Not redelivered.
     *
     * @param target a session id, or a system_id whose receiver sessions take turns
     * @param deliverSm the deliver_sm; its sequence number is replaced
     * @return a future as described above
     */
    public CompletableFuture<DeliverSmResp> deliver(String target, DeliverSm deliverSm) {
        return core.send(target, Objects.requireNonNull(deliverSm, "deliverSm"));
    }

    /**
     * Sends a mobile-originated text from {@code from} to {@code to}, in concatenated segments if it is long (see
     * {@link SmscSimulatorBuilder#concatMode}), all to one session chosen as {@link #deliver} does. The future
     * completes with each segment's deliver_sm_resp, in order, or exceptionally as {@link #deliver} says.
     *
     * @param target a session id, or a system_id whose receiver sessions take turns
     * @param from the sender (source address)
     * @param to the recipient (destination address)
     * @param text the message text
     * @return a future as described above
     * @throws IllegalArgumentException if an address is longer than 20 characters or the text needs more than 255
     *     segments
     */
    public CompletableFuture<List<DeliverSmResp>> deliverText(String target, Address from, Address to, String text) {
        return core.deliverText(target, from, to, Objects.requireNonNull(text, "text"));
    }

    /**
     * Sends a data_sm to {@code target}, as {@link #deliver} does.
     *
     * @param target a session id, or a system_id whose receiver sessions take turns
     * @param dataSm the data_sm; its sequence number is replaced
     * @return a future that completes with the data_sm_resp, or exceptionally as {@link #deliver} says
     */
    public CompletableFuture<DataSmResp> dataSm(String target, DataSm dataSm) {
        return core.send(target, Objects.requireNonNull(dataSm, "dataSm"));
    }

    /**
     * Sends an alert_notification to {@code target}, as {@link #deliver} does; it has no response, so the future
     * completes when it is written.
     *
     * @param target a session id, or a system_id whose receiver sessions take turns
     * @param alert the alert_notification
     * @return a future that completes with null once it is written
     */
    public CompletableFuture<Void> alertNotification(String target, AlertNotification alert) {
        CompletableFuture<GenericNack> sent = core.send(target, Objects.requireNonNull(alert, "alert"));
        return sent.thenApply(none -> null);
    }

    /**
     * Registers a virtual subscriber (replacing any for the number): messages the simulator accepts for {@code number}
     * (a leading + is ignored) are handed to it, reassembled, after their response.
     *
     * @param number the subscriber's number
     * @param handler receives the messages; not null
     */
    public void subscriber(String number, SubscriberHandler handler) {
        core.subscriber(Objects.requireNonNull(number, "number"), Objects.requireNonNull(handler, "handler"));
    }

    /**
     * Removes the virtual subscriber for this number, if there is one.
     *
     * @param number the subscriber's number (a leading + is ignored)
     */
    public void removeSubscriber(String number) {
        core.removeSubscriber(number);
    }

    /**
     * The USSD side: simulated handsets that dial service codes, answer the menus an ESME sends (ussd_service_op and
     * its_session_info) and record the dialogues.
     *
     * @return the USSD network, the same instance on every call
     */
    public UssdNetwork ussd() {
        UssdNetwork u = ussd;
        if (u == null) {
            synchronized (this) {
                u = ussd;
                if (u == null) {
                    u = new UssdNetwork(core);
                    ussd = u;
                }
            }
        }
        return u;
    }

    /**
     * Connects to an ESME listening at {@code host:port} and sends outbind (§4.1.7); the ESME then binds on that
     * connection, which becomes a session like any other. The future completes with the session once bound, or
     * exceptionally if the connection fails or closes first.
     *
     * @param host the ESME's host
     * @param port the ESME's listening port
     * @param systemId the system_id sent in the outbind
     * @param password the password sent in the outbind
     * @return a future that completes with the bound session
     * @throws IllegalStateException if the simulator has not started
     */
    public CompletableFuture<SmscSession> outbind(String host, int port, String systemId, String password) {
        return core.outbind(host, port, systemId, password);
    }

    /**
     * Every PDU in and out.
     *
     * @return the recording
     */
    public Traffic traffic() {
        return core.traffic();
    }

    /**
     * The messages it accepted.
     *
     * @return the message store
     */
    public MessageStore messages() {
        return core.messages();
    }

    /**
     * Moves the manual clock ({@link SmscSimulatorBuilder#manualClock}) forward: messages whose scheduled delivery or
     * validity falls within it reach their final state, and their receipts are handed to delivery before this
     * returns (they reach the ESME asynchronously). Call it from a test thread, not from a handler.
     *
     * @param by how far to move the clock
     * @throws IllegalStateException if the simulator runs on the system clock
     * @throws IllegalArgumentException if {@code by} is negative
     */
    public void advanceClock(Duration by) {
        clock.advance(by);
    }

    /**
     * What the memory limits have done so far (deliveries refused, submits refused, messages forgotten) and what the
     * held deliveries and the store hold now; see {@link SmscSimulatorBuilder#maxHeldDeliveryBytes} and
     * {@link SmscSimulatorBuilder#maxStoredBytes}.
     *
     * @return a snapshot of the counters
     */
    public SimulatorStats stats() {
        return core.stats();
    }

    /** The runtime, for this package's tests (internal hooks such as a session's pending outbound bytes). */
    SimulatorCore core() {
        return core;
    }

    /**
     * Faults for every session; each session also has its own ({@link SmscSession#faults()}).
     *
     * @return the global faults
     */
    public Faults faults() {
        return core.faults();
    }

    /**
     * Unexpected server-side errors so far: exceptions thrown by handlers and listeners, and failures inside the
     * simulator. The JUnit extension fails a test that leaves any.
     *
     * @return the errors recorded; empty if none
     */
    public List<Throwable> errors() {
        return core.errors();
    }

    /** Forgets the errors so far (after a test that provoked them on purpose). */
    public void clearErrors() {
        core.clearErrors();
    }

    /** Stops, then releases the event loop and timers; held deliveries fail. Idempotent. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            core.close();
        }
    }

    /**
     * The I/O transport in use, {@code nio} or {@code epoll}.
     *
     * @return the transport's name
     */
    public static String transport() {
        return SimulatorCore.transportName();
    }

    @Override
    public String toString() {
        return "SmscSimulator[" + address() + (isRunning() ? "" : ", stopped") + "]";
    }
}
