package dev.smppkit.testkit;

import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.SmppPduDecoder;
import dev.smppkit.codec.internal.Fields;
import dev.smppkit.codec.pdu.CancelSm;
import dev.smppkit.codec.pdu.DataSm;
import dev.smppkit.codec.pdu.QuerySm;
import dev.smppkit.codec.pdu.ReplaceSm;
import dev.smppkit.codec.pdu.SubmitMulti;
import dev.smppkit.codec.pdu.SubmitSm;
import dev.smppkit.codec.text.ConcatMode;
import dev.smppkit.testkit.internal.CredentialsFile;
import dev.smppkit.testkit.internal.SimClock;
import dev.smppkit.testkit.internal.SimulatorConfig;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Configures an {@link SmscSimulator}. Every option has a default that behaves like a well-run SMSC: any bind is
 * accepted, every submit is accepted under a generated id, receipts say DELIVRD right after the response. Not
 * thread-safe; {@link #build()} takes a snapshot, so one builder can make several simulators.
 */
public final class SmscSimulatorBuilder {
    private String host = "127.0.0.1";
    private int port;
    private String systemId = "smppkit";
    private int eventLoopThreads = 1;
    private boolean tls;
    private final Map<String, String> credentials = new LinkedHashMap<>();
    private boolean closedByDefault;
    private BindHandler bindHandler = Request::accept;
    private RequestHandler<SubmitSm> submitSmHandler = Request::accept;
    private RequestHandler<SubmitMulti> submitMultiHandler;
    private RequestHandler<DataSm> dataSmHandler = Request::accept;
    private RequestHandler<QuerySm> querySmHandler = Request::accept;
    private RequestHandler<CancelSm> cancelSmHandler = Request::accept;
    private RequestHandler<ReplaceSm> replaceSmHandler = Request::accept;
    private DeliverSmRespListener deliverSmRespListener = (session, request, response) -> {};
    private final List<SessionListener> sessionListeners = new ArrayList<>();
    private ReceiptPolicy receiptPolicy = ReceiptPolicy.defaults();
    private Supplier<String> messageIds;
    private Duration responseTimeout = Duration.ofSeconds(10);
    private int redeliveryAttempts = 3;
    private Duration redeliveryDelay = Duration.ofSeconds(1);
    private boolean recordTraffic = true;
    private int trafficLimit = 100_000;
    private int maxStoredMessages = 100_000;
    private ConcatMode concatMode = ConcatMode.UDH_8BIT;

    // memory limits: the outbound window, held deliveries and the store in bytes
    private int outboundWindow = 100;
    private long maxHeldDeliveryBytes = 64L << 20;
    private long maxStoredBytes = 256L << 20;
    // connection limits and bind hygiene
    private Duration bindTimeout = Duration.ofSeconds(10);
    private Duration idleTimeout = Duration.ZERO;
    private int maxConnections = 10_000;
    private int maxPduLength = SmppPduDecoder.DEFAULT_MAX_PDU_LENGTH;
    private CommandStatus bindFailureStatus = CommandStatus.ESME_RBINDFAIL;
    private int maxBindFailuresPerConnection = 3;
    private int maxBindFailuresPerAddress = 10;
    private Duration bindFailureWindow = Duration.ofMinutes(1);
    private LongSupplier nanoClock = System::nanoTime;
    private SimClock clock = SimClock.system();

    SmscSimulatorBuilder() {}

    /**
     * The address to listen on; default 127.0.0.1.
     *
     * @param host a host name or IP address
     * @return this builder
     */
    public SmscSimulatorBuilder host(String host) {
        this.host = Objects.requireNonNull(host, "host");
        return this;
    }

    /**
     * The port to listen on, 0–65535; default 0, an ephemeral port (see {@link SmscSimulator#port()}).
     *
     * @param port the TCP port, 0 for an ephemeral one
     * @return this builder
     */
    public SmscSimulatorBuilder port(int port) {
        this.port = Fields.range("port", port, 0, 65535);
        return this;
    }

    /**
     * The SMSC's system_id in bind responses, at most 15 characters; default {@code smppkit}.
     *
     * @param systemId the system_id to answer binds with
     * @return this builder
     */
    public SmscSimulatorBuilder systemId(String systemId) {
        this.systemId = Fields.cString("systemId", systemId, 16);
        return this;
    }

    /**
     * Event loop threads serving every session, at least 1; default 1.
     *
     * @param threads the number of event loop threads
     * @return this builder
     */
    public SmscSimulatorBuilder eventLoopThreads(int threads) {
        this.eventLoopThreads = Fields.range("eventLoopThreads", threads, 1, 256);
        return this;
    }

    /**
     * Whether sessions use TLS, with a self-signed certificate for localhost made at start; default false.
     *
     * @param tls true to serve TLS only
     * @return this builder
     */
    public SmscSimulatorBuilder tls(boolean tls) {
        this.tls = tls;
        return this;
    }

    /**
     * Known system_ids and their passwords: a bind with a known system_id and another password is refused with the
     * {@link #bindFailureStatus(CommandStatus) bind failure status}. Unknown system_ids are accepted unless
     * {@link #closedByDefault(boolean)} says otherwise. Adds to what was given before.
     *
     * @param credentials system_id to password
     * @return this builder
     */
    public SmscSimulatorBuilder credentials(Map<String, String> credentials) {
        credentials.forEach(this::credential);
        return this;
    }

    /**
     * One entry of {@link #credentials(Map)}.
     *
     * @param systemId the account's system_id
     * @param password the account's password
     * @return this builder
     */
    public SmscSimulatorBuilder credential(String systemId, String password) {
        credentials.put(Fields.cString("systemId", systemId, 16), Fields.cString("password", password, 9));
        return this;
    }

    /**
     * Whether binds with a system_id not in {@link #credentials(Map)} are refused, with the same
     * {@link #bindFailureStatus(CommandStatus) status} as a wrong password, so that account names cannot be guessed.
     *
     * @param closed true to refuse unknown system_ids
     * @return this builder
     */
    public SmscSimulatorBuilder closedByDefault(boolean closed) {
        this.closedByDefault = closed;
        return this;
    }

    /**
     * Decides binds that passed the credentials check; default accept.
     *
     * @param handler decides each bind
     * @return this builder
     */
    public SmscSimulatorBuilder onBind(BindHandler handler) {
        this.bindHandler = Objects.requireNonNull(handler, "handler");
        return this;
    }

    /**
     * Decides submit_sm; default accept.
     *
     * @param handler decides each submit_sm
     * @return this builder
     */
    public SmscSimulatorBuilder onSubmitSm(RequestHandler<SubmitSm> handler) {
        this.submitSmHandler = Objects.requireNonNull(handler, "handler");
        return this;
    }

    /**
     * Decides submit_multi. The default accepts it and reports as unsuccessful every destination the submit_sm
     * handler rejects when asked about a submit_sm to that destination alone (distribution lists are unknown:
     * ESME_RINVDLNAME).
     *
     * @param handler decides each submit_multi
     * @return this builder
     */
    public SmscSimulatorBuilder onSubmitMulti(RequestHandler<SubmitMulti> handler) {
        this.submitMultiHandler = Objects.requireNonNull(handler, "handler");
        return this;
    }

    /**
     * Decides data_sm; default accept.
     *
     * @param handler decides each data_sm
     * @return this builder
     */
    public SmscSimulatorBuilder onDataSm(RequestHandler<DataSm> handler) {
        this.dataSmHandler = Objects.requireNonNull(handler, "handler");
        return this;
    }

    /**
     * Decides query_sm; default accept, which answers from the message store.
     *
     * @param handler decides each query_sm
     * @return this builder
     */
    public SmscSimulatorBuilder onQuerySm(RequestHandler<QuerySm> handler) {
        this.querySmHandler = Objects.requireNonNull(handler, "handler");
        return this;
    }

    /**
     * Decides cancel_sm; default accept, which cancels in the message store if the message is still pending.
     *
     * @param handler decides each cancel_sm
     * @return this builder
     */
    public SmscSimulatorBuilder onCancelSm(RequestHandler<CancelSm> handler) {
        this.cancelSmHandler = Objects.requireNonNull(handler, "handler");
        return this;
    }

    /**
     * Decides replace_sm; default accept, which replaces in the message store if the message is still pending.
     *
     * @param handler decides each replace_sm
     * @return this builder
     */
    public SmscSimulatorBuilder onReplaceSm(RequestHandler<ReplaceSm> handler) {
        this.replaceSmHandler = Objects.requireNonNull(handler, "handler");
        return this;
    }

    /**
     * Told how the ESME answered each deliver_sm.
     *
     * @param listener told of each deliver_sm_resp
     * @return this builder
     */
    public SmscSimulatorBuilder onDeliverSmResp(DeliverSmRespListener listener) {
        this.deliverSmRespListener = Objects.requireNonNull(listener, "listener");
        return this;
    }

    /**
     * Adds a listener for session lifecycle events.
     *
     * @param listener told of each bind and unbind
     * @return this builder
     */
    public SmscSimulatorBuilder onSession(SessionListener listener) {
        sessionListeners.add(Objects.requireNonNull(listener, "listener"));
        return this;
    }

    /**
     * When messages reach their final state and which; default {@link ReceiptPolicy#defaults()}.
     *
     * @param policy the receipt policy
     * @return this builder
     */
    public SmscSimulatorBuilder receipts(ReceiptPolicy policy) {
        this.receiptPolicy = Objects.requireNonNull(policy, "policy");
        return this;
    }

    /**
     * Where generated message ids come from; called on event loops, so it must be thread-safe and fast, and return
     * 1–64 Latin-1 characters without blanks. Default: a counter, as ten decimal digits.
     *
     * @param ids gives a new message id per call
     * @return this builder
     */
    public SmscSimulatorBuilder messageIds(Supplier<String> ids) {
        this.messageIds = Objects.requireNonNull(ids, "ids");
        return this;
    }

    /**
     * How long the simulator waits for the response to a request it sent; default 10 seconds.
     *
     * @param timeout how long to wait for each response
     * @return this builder
     */
    public SmscSimulatorBuilder responseTimeout(Duration timeout) {
        this.responseTimeout = positive("responseTimeout", timeout);
        return this;
    }

    /**
     * How receipts and subscriber replies are redelivered: after a transient error status, a generic_nack or a
     * timeout, up to {@code maxAttempts} attempts in all, {@code delay} apart; default 3 attempts, 1 second. A closed
     * connection does not use up an attempt: the message waits for the next receiver bind of the same system_id.
     *
     * @param maxAttempts the most attempts per message, first one included
     * @param delay the wait between attempts
     * @return this builder
     */
    public SmscSimulatorBuilder redelivery(int maxAttempts, Duration delay) {
        this.redeliveryAttempts = Fields.range("maxAttempts", maxAttempts, 1, 1000);
        this.redeliveryDelay = positive("delay", delay);
        return this;
    }

    /**
     * Whether {@link SmscSimulator#traffic()} records PDUs; default true. Switch off for benchmarks.
     *
     * @param record false to record nothing
     * @return this builder
     */
    public SmscSimulatorBuilder recordTraffic(boolean record) {
        this.recordTraffic = record;
        return this;
    }

    /**
     * How many traffic records are kept, the oldest dropped first; default 100,000.
     *
     * @param limit the most records kept
     * @return this builder
     */
    public SmscSimulatorBuilder trafficLimit(int limit) {
        this.trafficLimit = Fields.range("trafficLimit", limit, 1, Integer.MAX_VALUE);
        return this;
    }

    /**
     * How many messages the store keeps, the oldest forgotten first; default 100,000.
     *
     * @param max the most messages kept
     * @return this builder
     */
    public SmscSimulatorBuilder maxStoredMessages(int max) {
        this.maxStoredMessages = Fields.range("maxStoredMessages", max, 1, Integer.MAX_VALUE);
        return this;
    }

    /**
     * How long mobile-originated texts are split; default {@link ConcatMode#UDH_8BIT}.
     *
     * @param mode how segments are marked
     * @return this builder
     */
    public SmscSimulatorBuilder concatMode(ConcatMode mode) {
        this.concatMode = Objects.requireNonNull(mode, "mode");
        return this;
    }

    // ---- connection limits and bind hygiene ----

    /**
     * Adds the accounts of a file, as {@link #credential(String, String)} would: one {@code system_id=password} per
     * line, split at the first {@code =}; the system_id is trimmed, the password taken as it is (no escapes); blank
     * lines and lines starting with {@code #} are skipped. Keeps passwords off the command line and the process list.
     *
     * @param file the accounts file, UTF-8
     * @return this builder
     * @throws UncheckedIOException if the file cannot be read
     * @throws IllegalArgumentException naming the file and line (never its text) if a line is malformed
     */
    public SmscSimulatorBuilder credentials(Path file) {
        CredentialsFile.read(Objects.requireNonNull(file, "file"), this::credential);
        return this;
    }

    /**
     * How long a connection may stay unbound before it is closed; zero never closes it. Default 10 seconds, so
     * connections that never bind (port scanners, slowloris) cannot pile up.
     *
     * @param timeout the longest unbound time; zero for none
     * @return this builder
     */
    public SmscSimulatorBuilder bindTimeout(Duration timeout) {
        this.bindTimeout = notNegative("bindTimeout", timeout);
        return this;
    }

    /**
     * How long a connection may send nothing (no PDU at all; enquire_link counts) before it is closed; zero never
     * closes it. Default zero: an ESME may legitimately be quiet for long, and the connection cap bounds the cost.
     *
     * @param timeout the longest silence; zero for none
     * @return this builder
     */
    public SmscSimulatorBuilder idleTimeout(Duration timeout) {
        this.idleTimeout = notNegative("idleTimeout", timeout);
        return this;
    }

    /**
     * Open accepted connections at most; beyond it a new connection is closed at once. Default 10,000.
     *
     * @param max the most open connections
     * @return this builder
     */
    public SmscSimulatorBuilder maxConnections(int max) {
        this.maxConnections = Fields.range("maxConnections", max, 1, Integer.MAX_VALUE);
        return this;
    }

    /**
     * The largest PDU accepted, in octets with the header; a longer one is answered with ESME_RINVCMDLEN and its body
     * discarded as it arrives. Default {@link SmppPduDecoder#DEFAULT_MAX_PDU_LENGTH} (64 KiB of body plus the header).
     *
     * @param max the largest command_length, in octets
     * @return this builder
     */
    public SmscSimulatorBuilder maxPduLength(int max) {
        this.maxPduLength = Fields.range("maxPduLength", max, 16, Integer.MAX_VALUE);
        return this;
    }

    /**
     * The status of every bind refused for its credentials, whether the system_id is unknown or the password wrong,
     * so that the answer does not tell which accounts exist. Default ESME_RBINDFAIL.
     *
     * @param status the error status of refused binds
     * @return this builder
     */
    public SmscSimulatorBuilder bindFailureStatus(CommandStatus status) {
        Objects.requireNonNull(status, "status");
        if (status.code() == 0) {
            throw new IllegalArgumentException("bindFailureStatus must be an error, not " + status);
        }
        this.bindFailureStatus = status;
        return this;
    }

    /**
     * Failed binds one connection may make; the response to the last is followed by a close. Default 3.
     *
     * @param max the failed binds allowed per connection
     * @return this builder
     */
    public SmscSimulatorBuilder maxBindFailuresPerConnection(int max) {
        this.maxBindFailuresPerConnection = Fields.range("maxBindFailuresPerConnection", max, 1, Integer.MAX_VALUE);
        return this;
    }

    /**
     * Failed binds one source address may make in a window that starts at its first failure: beyond them, its binds
     * are refused without a check and the connection closed until the window ends. {@code max} 0 switches the limit
     * off. Default 10 per minute. Up to 10,000 addresses are tracked, the oldest forgotten first.
     *
     * @param max the failed binds allowed per window; 0 for no limit
     * @param window how long an address's failures count
     * @return this builder
     */
    public SmscSimulatorBuilder bindFailuresPerAddress(int max, Duration window) {
        this.maxBindFailuresPerAddress = Fields.range("maxBindFailuresPerAddress", max, 0, Integer.MAX_VALUE);
        this.bindFailureWindow = positive("window", window);
        return this;
    }

    /**
     * The time source of the limits, in nanoseconds; for tests. Default {@link System#nanoTime()}.
     *
     * @param clock the nanosecond time source
     * @return this builder
     */
    SmscSimulatorBuilder nanoClock(LongSupplier clock) {
        this.nanoClock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /**
     * Runs the message store on a clock that stands still at {@code start} until {@link SmscSimulator#advanceClock}
     * moves it: submit, final and done times, scheduled delivery (schedule_delivery_time), validity_period expiry and
     * the timers of final receipts all follow it, so a test of a message scheduled an hour ahead takes no hour. The
     * limits of binds and connections, timeouts and redelivery keep the system clock. Default: the system clock.
     *
     * @param start the time the clock shows until advanced, e.g. {@code Instant.now()}
     * @return this builder
     */
    public SmscSimulatorBuilder manualClock(Instant start) {
        this.clock = SimClock.manual(Objects.requireNonNull(start, "start"));
        return this;
    }

    // ---- memory limits ----

    /**
     * How many requests the simulator sends to one session without a response yet (deliver_sm, data_sm,
     * alert_notification and the like), 1–65,536; default 100. The rest wait, in order, until responses or timeouts
     * free room, and count against {@link #maxHeldDeliveryBytes}. unbind and enquire_link may go beyond it.
     *
     * @param window the most requests awaiting a response per session
     * @return this builder
     */
    public SmscSimulatorBuilder outboundWindow(int window) {
        this.outboundWindow = Fields.range("outboundWindow", window, 1, 65_536);
        return this;
    }

    /**
     * The most bytes that receipts and subscriber replies may hold while they wait for a receiver bind, a window slot
     * or a redelivery, together with requests queued behind a full {@link #outboundWindow}, across all system_ids;
     * at least 64 KiB, default 64 MiB. A request is estimated as its encoded PDU plus 512 bytes. Beyond it, new
     * deliveries are refused (counted in {@link SimulatorStats#droppedDeliveries()}, logged once a second) and
     * submits asking for a receipt are answered ESME_RMSGQFUL ({@link SimulatorStats#refusedSubmits()}).
     *
     * @param bytes the limit, in bytes
     * @return this builder
     */
    public SmscSimulatorBuilder maxHeldDeliveryBytes(long bytes) {
        this.maxHeldDeliveryBytes = rangeLong("maxHeldDeliveryBytes", bytes, 64 << 10);
        return this;
    }

    /**
     * The most bytes the message store keeps, the oldest forgotten first (as with {@link #maxStoredMessages}); at
     * least 64 KiB, default 256 MiB. A message is estimated as its body plus 96 bytes per destination plus 512
     * bytes. A forgotten message still sends its receipts.
     *
     * @param bytes the limit, in bytes
     * @return this builder
     */
    public SmscSimulatorBuilder maxStoredBytes(long bytes) {
        this.maxStoredBytes = rangeLong("maxStoredBytes", bytes, 64 << 10);
        return this;
    }

    private static long rangeLong(String name, long value, long min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " is " + value + "; must be at least " + min);
        }
        return value;
    }

    /**
     * A simulator with these options, not yet started.
     *
     * @return a new simulator, configured as this builder is now
     */
    public SmscSimulator build() {
        return new SmscSimulator(new SimulatorConfig(
                host,
                port,
                systemId,
                eventLoopThreads,
                tls,
                credentials,
                closedByDefault,
                bindHandler,
                submitSmHandler,
                submitMultiHandler,
                dataSmHandler,
                querySmHandler,
                cancelSmHandler,
                replaceSmHandler,
                deliverSmRespListener,
                sessionListeners,
                receiptPolicy,
                messageIds,
                responseTimeout,
                redeliveryAttempts,
                redeliveryDelay,
                recordTraffic,
                trafficLimit,
                maxStoredMessages,
                concatMode,
                bindTimeout,
                idleTimeout,
                maxConnections,
                maxPduLength,
                bindFailureStatus,
                maxBindFailuresPerConnection,
                maxBindFailuresPerAddress,
                bindFailureWindow,
                nanoClock,
                outboundWindow,
                maxHeldDeliveryBytes,
                maxStoredBytes,
                clock));
    }

    /**
     * Builds and starts a simulator.
     *
     * @return the simulator, listening
     * @throws java.io.UncheckedIOException if it cannot listen on the address
     */
    public SmscSimulator start() {
        return build().start();
    }

    private static Duration notNegative(String name, Duration d) {
        Objects.requireNonNull(d, name);
        if (d.isNegative()) {
            throw new IllegalArgumentException(name + " is " + d + "; must be zero (off) or positive");
        }
        return d;
    }

    private static Duration positive(String name, Duration d) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " is " + d + "; must be positive");
        }
        return d;
    }
}
