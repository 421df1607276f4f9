package dev.smppkit.client;

import dev.smppkit.client.internal.DefaultEsme;
import dev.smppkit.client.internal.EsmeConfig;
import dev.smppkit.codec.Address;
import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.SmppPduDecoder;
import dev.smppkit.codec.internal.Fields;
import dev.smppkit.codec.text.ConcatMode;
import io.netty.channel.EventLoopGroup;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Builds an {@link Esme}. Every setter checks its argument and names the limit; {@link #build()} checks that host and
 * system_id are set. Defaults: port 2775, transceiver, window 100, request timeout 10 s, bind timeout 10 s,
 * enquire_link every 30 s when idle, reconnect backoff 1 s doubling to 60 s (back to 1 s once a session has stayed
 * bound 30 s), one session, in-memory broker and correlator, no hook. Limits against a hostile SMSC: PDUs up to
 * 65,552 octets, at most twice the window of incoming messages waiting for the hook; while the SMSC does not read
 * what the client writes, the client does not read what it sends.
 *
 * <p>The options fill the groups of {@link EsmeOptions} ({@link ConnectionOptions}, {@link BindOptions},
 * {@link SubmissionOptions}, {@link TimeoutOptions}, {@link InboundOptions}, {@link OutbindOptions}); set one option
 * at a time here, or a whole group with {@link #connection(ConnectionOptions)} and its siblings (which replaces every
 * option of that group set before). The built client gives them back as {@link Esme#options()}.
 */
public final class EsmeBuilder {
    private ConnectionOptions.Builder connection = ConnectionOptions.builder();
    private BindOptions.Builder bind = BindOptions.builder();
    private SubmissionOptions.Builder submission = SubmissionOptions.builder();
    private TimeoutOptions.Builder timeouts = TimeoutOptions.builder();
    private InboundOptions.Builder inbound = InboundOptions.builder();
    // outbind: a host name is resolved at build(); an address comes from options(EsmeOptions)
    private String outbindHost;
    private int outbindPort;
    private InetSocketAddress outbindAddress;
    private OutbindOptions outbindOptions = OutbindOptions.defaults();
    private Broker broker;
    private Correlator correlator;
    private Inbox inbox;
    private Hook hook = Hook.NOOP;
    private final List<ClientListener> listeners = new ArrayList<>();
    private String name; // null: the system_id
    private String correlationScope; // null: the system_id

    EsmeBuilder() {}

    // ---------------------------------------------------------------------------------------------------------------
    // Whole option groups

    /**
     * Every option at once, e.g. {@code otherClient.options()} to build a second client like a first; replaces every
     * option set before, outbind included. The broker, correlator and hook are not options and stay as set.
     *
     * @param options the options of every group
     * @return this builder
     * @throws NullPointerException if options is null
     */
    public EsmeBuilder options(EsmeOptions options) {
        Objects.requireNonNull(options, "options");
        connection(options.connection());
        bind(options.bind());
        submission(options.submission());
        timeouts(options.timeouts());
        // as set, so that a default in-flight limit keeps following the window
        inbound = options.inboundAsSet().mutate();
        outbindHost = null;
        outbindAddress = options.outbindListenAddress().orElse(null);
        outbindOptions = options.outbind();
        name = options.nameAsSet();
        correlationScope = options.correlationScopeAsSet();
        return this;
    }

    /**
     * Names this ESME's account (default: its system_id): outcomes, receipts, incoming messages, session events and
     * logs carry the name, and an {@code SmsGateway} routes to accounts by it. 1 to 64 letters, digits, '-', '_' or
     * '.'.
     *
     * @param name the account's name, or null for the system_id
     * @return this builder
     * @throws IllegalArgumentException if the name is empty, longer than 64 characters or has other characters
     */
    public EsmeBuilder name(String name) {
        EsmeOptions.builder().name(name); // validates now, naming the limit
        this.name = name;
        return this;
    }

    /**
     * The key that scopes this ESME's message ids in the correlator (default: the system_id). Message ids are unique
     * only per SMSC account: give two accounts that share a system_id at different SMSCs (and one correlator) different
     * scopes, so that a receipt from one never matches a message of the other. An {@code SmsGateway} refuses such
     * accounts without distinct scopes. At most 16 characters, the width of the JDBC correlator's column.
     *
     * @param scope 1 to 16 characters, or null for the system_id
     * @return this builder
     * @throws IllegalArgumentException if empty or longer than 16 characters
     */
    public EsmeBuilder correlationScope(String scope) {
        EsmeOptions.builder().correlationScope(scope); // validates now, naming the limit
        this.correlationScope = scope;
        return this;
    }

    /**
     * Host(s), port, TLS, sessions, reconnect backoff and threads at once; replaces those set before. Setters called after
     * this change single options of the group.
     *
     * @param options the whole connection group
     * @return this builder
     * @throws NullPointerException if options is null
     */
    public EsmeBuilder connection(ConnectionOptions options) {
        this.connection = Objects.requireNonNull(options, "connection").mutate();
        return this;
    }

    /**
     * system_id, password, system_type, bind mode, address_range and what a refused first bind does at once; replaces
     * those set before.
     *
     * @param options the whole bind group
     * @return this builder
     * @throws NullPointerException if options is null
     */
    public EsmeBuilder bind(BindOptions options) {
        this.bind = Objects.requireNonNull(options, "bind").mutate();
        return this;
    }

    /**
     * Window, take batch, rate, throttling, in-flight policy and splitting at once; replaces those set before.
     *
     * @param options the whole submission group
     * @return this builder
     * @throws NullPointerException if options is null
     */
    public EsmeBuilder submission(SubmissionOptions options) {
        this.submission = Objects.requireNonNull(options, "submission").mutate();
        return this;
    }

    /**
     * Connect, bind, request, enquire_link and unbind timeouts and the stable bind time at once; replaces those set
     * before.
     *
     * @param options the whole timeout group
     * @return this builder
     * @throws NullPointerException if options is null
     */
    public EsmeBuilder timeouts(TimeoutOptions options) {
        this.timeouts = Objects.requireNonNull(options, "timeouts").mutate();
        return this;
    }

    /**
     * PDU size and in-flight limits, hook timeout and what data_coding 0 means at once; replaces those set before.
     *
     * @param options the whole inbound group
     * @return this builder
     * @throws NullPointerException if options is null
     */
    public EsmeBuilder inbound(InboundOptions options) {
        this.inbound = Objects.requireNonNull(options, "inbound").mutate();
        return this;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Collaborators

    /**
     * The broker the client takes messages from and reports their outcomes to (default: a new {@link InMemoryBroker}
     * for this client alone, whose messages are lost with the process). Give a persistent one, such as the one of
     * smpp-jdbc, for messages that must survive a restart, or one shared by several clients to spread messages over
     * them.
     *
     * @param broker the message queue
     * @return this builder
     * @throws NullPointerException if broker is null
     */
    public EsmeBuilder broker(Broker broker) {
        this.broker = Objects.requireNonNull(broker, "broker");
        return this;
    }

    /**
     * The correlator that remembers the SMSC's message ids so that delivery receipts find their message (default: a new
     * {@link InMemoryCorrelator}, which forgets them with the process). Give a persistent one when receipts may arrive
     * after a restart, or a shared one when another client may receive the receipts.
     *
     * @param correlator the message id store
     * @return this builder
     * @throws NullPointerException if correlator is null
     */
    public EsmeBuilder correlator(Correlator correlator) {
        this.correlator = Objects.requireNonNull(correlator, "correlator");
        return this;
    }

    /**
     * A durable inbox for incoming messages and receipts (default: none). With one, a deliver_sm or data_sm is answered
     * ESME_ROK as soon as the inbox has stored it, and the hook gets it from the inbox afterwards, at least once and
     * with an idempotency key ({@link IncomingMessage#inboxId()}), also after a crash; segments of a long message are
     * stored as they arrive and meet in the inbox, across restarts. Without one, a deliver_sm is answered only once
     * the hook's stage completes, and segments wait in memory. The inbox's lease must outlast the hook timeout.
     *
     * @param inbox the store, such as smpp-jdbc's {@code JdbcInbox}; shared by clients only if their names differ
     * @return this builder
     * @throws NullPointerException if inbox is null
     */
    public EsmeBuilder inbox(Inbox inbox) {
        this.inbox = Objects.requireNonNull(inbox, "inbox");
        return this;
    }

    /**
     * Where outcomes, receipts, incoming messages and session events go (default {@link Hook#NOOP}: nowhere, and
     * incoming messages are acknowledged as soon as they arrive).
     *
     * @param hook your callbacks
     * @return this builder
     * @throws NullPointerException if hook is null
     */
    public EsmeBuilder hook(Hook hook) {
        this.hook = Objects.requireNonNull(hook, "hook");
        return this;
    }

    /**
     * Adds an instrumentation listener (metrics, tracing, wire log; default none, and then the client makes no
     * listener calls at all). Each call adds one; several are called in the order added.
     *
     * @param listener the listener, e.g. {@link WireLog} or smpp-micrometer's {@code SmppMetrics}
     * @return this builder
     * @throws NullPointerException if listener is null
     */
    public EsmeBuilder listener(ClientListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        return this;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // One option at a time: connection

    /**
     * The SMSC's host name or address (required, unless {@link #hosts(List) hosts} are set). Sets a single address,
     * replacing a list set before.
     *
     * @param host a host name or an IP address literal
     * @return this builder
     * @throws NullPointerException if host is null
     */
    public EsmeBuilder host(String host) {
        connection.host(host);
        return this;
    }

    /**
     * The SMSC's TCP port, 1–65535 (default 2775). Sets a single address, replacing a list set before.
     *
     * @param port 1–65535
     * @return this builder
     * @throws IllegalArgumentException if port is outside 1–65535 ("port is 0; must be 1-65535")
     */
    public EsmeBuilder port(int port) {
        connection.port(port);
        return this;
    }

    /**
     * Several addresses of the account's SMSC in order of preference, the primary first (1–16); replaces
     * {@link #host host} and {@link #port port}. Each session starts at the first; a failed connect or bind moves its
     * next attempt to the next address, a lost bound connection back to the first. See {@link ConnectionOptions}.
     *
     * @param hosts the addresses, primary first
     * @return this builder
     * @throws IllegalArgumentException if the list is empty or has more than 16 addresses
     */
    public EsmeBuilder hosts(List<SmscAddress> hosts) {
        connection.hosts(hosts);
        return this;
    }

    /**
     * {@link #hosts(List)} with the addresses as arguments.
     *
     * @param hosts the addresses, primary first
     * @return this builder
     * @throws IllegalArgumentException if there are none or more than 16
     */
    public EsmeBuilder hosts(SmscAddress... hosts) {
        connection.hosts(hosts);
        return this;
    }

    /**
     * {@link #hosts(List)} from {@code host:port} texts, e.g. {@code hosts("smsc1:2775", "smsc2:2775")}; an IPv6
     * literal goes in brackets ({@code [::1]:2775}).
     *
     * @param hosts {@code host:port} texts, primary first
     * @return this builder
     * @throws IllegalArgumentException if one is not {@code host:port} (see {@link SmscAddress#parse}), or there are
     *     none or more than 16
     */
    public EsmeBuilder hosts(String... hosts) {
        List<SmscAddress> addresses = new ArrayList<>();
        for (String h : Arrays.asList(Objects.requireNonNull(hosts, "hosts"))) {
            addresses.add(SmscAddress.parse(h));
        }
        connection.hosts(addresses);
        return this;
    }

    /**
     * Connect with TLS (default: plain TCP), e.g. {@link TlsOptions#system()} to trust the JVM's trust store and check
     * the SMSC's host name.
     *
     * @param tls the TLS options, or null for plain TCP
     * @return this builder
     */
    public EsmeBuilder tls(TlsOptions tls) {
        connection.tls(tls);
        return this;
    }

    /**
     * How many binds the client dials, sharing the broker and correlator (default 1). Each session has its own window
     * and rate limit, so n sessions send up to n times as much; check how many binds the account allows. 0 makes a
     * client that only accepts {@link #outbind outbind}, and {@link #build()} then requires an outbind listener.
     *
     * @param sessions 0–64
     * @return this builder
     * @throws IllegalArgumentException if sessions is outside 0–64 ("sessions is 65; must be 0-64")
     */
    public EsmeBuilder sessions(int sessions) {
        connection.sessions(sessions);
        return this;
    }

    /**
     * The delay between reconnect attempts of a session after its connection is lost or a bind fails (default
     * exponential 1 s doubling to 60 s with 20% jitter); it starts again from the first delay once the session has
     * stayed bound for the {@link #stableBindTime stable bind time}.
     *
     * @param backoff the reconnect delays
     * @return this builder
     * @throws NullPointerException if backoff is null
     */
    public EsmeBuilder reconnect(Backoff backoff) {
        connection.reconnect(backoff);
        return this;
    }

    /**
     * Run on this event loop group instead of one of the client's own, e.g. to share one group among several clients;
     * the client then does not shut it down, and {@link #ioThreads ioThreads} is unused.
     *
     * @param group the group to run on, native epoll or NIO (the client opens channels of the matching type)
     * @return this builder
     * @throws NullPointerException if group is null
     */
    public EsmeBuilder eventLoopGroup(EventLoopGroup group) {
        connection.eventLoopGroup(group);
        return this;
    }

    /**
     * Threads of the client's own event loop group (default 1: one event loop serves many sessions, as long as hooks do
     * not block it). Unused with an {@link #eventLoopGroup event loop group}.
     *
     * @param threads 1–64
     * @return this builder
     * @throws IllegalArgumentException if threads is outside 1–64 ("ioThreads is 0; must be 1-64")
     */
    public EsmeBuilder ioThreads(int threads) {
        connection.ioThreads(threads);
        return this;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // bind

    /**
     * The account's system_id (required: {@link #build()} fails without it).
     *
     * @param systemId 1–15 Latin-1 characters, no NUL
     * @return this builder
     * @throws NullPointerException if systemId is null
     * @throws IllegalArgumentException if it is longer than 15 characters or holds a NUL or a character outside Latin-1
     *     ("system_id is 20 octets; at most 15 (C-Octet String of 16 with NUL)")
     */
    public EsmeBuilder systemId(String systemId) {
        bind.systemId(systemId);
        return this;
    }

    /**
     * The bind password (default empty). Masked in every {@code toString()}; also what an outbind must carry unless
     * {@link OutbindOptions.Builder#password} sets a password of its own.
     *
     * @param password at most 8 Latin-1 characters, "" for none
     * @return this builder
     * @throws NullPointerException if password is null
     * @throws IllegalArgumentException if it is longer than 8 characters or holds a NUL or a character outside Latin-1
     */
    public EsmeBuilder password(String password) {
        bind.password(password);
        return this;
    }

    /**
     * The bind's system_type (default empty): leave it empty unless the SMSC asks for a value.
     *
     * @param systemType at most 12 Latin-1 characters, "" for NULL
     * @return this builder
     * @throws NullPointerException if systemType is null
     * @throws IllegalArgumentException if it is longer than 12 characters or holds a NUL or a character outside Latin-1
     */
    public EsmeBuilder systemType(String systemType) {
        bind.systemType(systemType);
        return this;
    }

    /**
     * How each session binds (default {@link BindMode#TRANSCEIVER}); {@link BindMode#TRANSMITTER_AND_RECEIVER} opens
     * two connections per session for SMSCs without transceiver binds.
     *
     * @param bindMode the bind mode
     * @return this builder
     * @throws NullPointerException if bindMode is null
     */
    public EsmeBuilder bindMode(BindMode bindMode) {
        bind.bindMode(bindMode);
        return this;
    }

    /**
     * The bind's address_range, the addresses whose MO messages this bind is to receive (default {@link Address#NULL}:
     * let the SMSC decide).
     *
     * @param addressRange an address of at most 40 characters, or {@link Address#NULL}
     * @return this builder
     * @throws NullPointerException if addressRange is null (use {@link Address#NULL})
     * @throws IllegalArgumentException if its value is longer than 40 characters
     */
    public EsmeBuilder addressRange(Address addressRange) {
        bind.addressRange(addressRange);
        return this;
    }

    /**
     * Whether {@link Esme#start()} fails (and the client stops) when the SMSC refuses the first bind with a permanent
     * status such as ESME_RINVPASWD (default on). Off, the client keeps redialing with its reconnect backoff. A bind
     * timeout or ESME_RALYBND is transient and never fails start.
     *
     * @param fail true to fail start on a permanent refusal of the first bind
     * @return this builder
     */
    public EsmeBuilder failStartOnBindRejection(boolean fail) {
        bind.failStartOnBindRejection(fail);
        return this;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // submission

    /**
     * The most submit requests in flight per session, written and not yet answered (default 100); each segment takes a
     * slot. Match it to what the SMSC account allows: a larger window usually earns ESME_RTHROTTLED.
     *
     * @param window 1–100,000
     * @return this builder
     * @throws IllegalArgumentException if window is outside 1–100,000 ("window is 0; must be 1-100000")
     */
    public EsmeBuilder window(int window) {
        submission.window(window);
        return this;
    }

    /**
     * The most messages asked of the broker in one take (default: the window). A session never asks for more than the
     * free room in its window; a smaller batch keeps fewer messages taken but not yet written.
     *
     * @param takeBatch 1–100,000
     * @return this builder
     * @throws IllegalArgumentException if takeBatch is outside 1–100,000 ("takeBatch is 0; must be 1-100000")
     */
    public EsmeBuilder takeBatch(int takeBatch) {
        submission.takeBatch(takeBatch);
        return this;
    }

    /**
     * The most submit_sm per second for the whole client (the account), e.g. what the SMSC contract allows; 0 means
     * unlimited. The limit is shared by all of this client's sessions, but holds in this process only: when several
     * processes bind the same account, split the contract rate between them (e.g. {@code maxTps = contract /
     * instances}). See {@link SubmissionOptions.Builder#maxTps}.
     *
     * @param maxTps 0 for unlimited, or a rate above 0
     * @return this builder
     * @throws IllegalArgumentException if maxTps is negative or NaN ("maxTps is -1.0; must be 0 (unlimited) or more")
     */
    public EsmeBuilder maxTps(double maxTps) {
        submission.maxTps(maxTps);
        return this;
    }

    /**
     * The pause in a session's writing after ESME_RTHROTTLED or ESME_RMSGQFUL (default exponential 100 ms doubling to
     * 10 s with jitter), longer with each such answer in a row and reset by an accepted submission.
     *
     * @param backoff the pause per throttling answer in a row
     * @return this builder
     * @throws NullPointerException if backoff is null
     */
    public EsmeBuilder throttleBackoff(Backoff backoff) {
        submission.throttleBackoff(backoff);
        return this;
    }

    /**
     * How often a throttled segment is sent again before its message fails with {@link ThrottledException} (default 20;
     * 0 fails it on the first throttling answer).
     *
     * @param retries 0–1,000
     * @return this builder
     * @throws IllegalArgumentException if retries is outside 0–1,000 ("maxThrottleRetries is -1; must be 0-1000")
     */
    public EsmeBuilder maxThrottleRetries(int retries) {
        submission.maxThrottleRetries(retries);
        return this;
    }

    /**
     * What happens to requests written but not answered when their connection is lost (default {@link
     * InFlightPolicy#FAIL}: at most once; {@link InFlightPolicy#RELEASE}: at least once).
     *
     * @param policy the policy
     * @return this builder
     * @throws NullPointerException if policy is null
     */
    public EsmeBuilder inFlightPolicy(InFlightPolicy policy) {
        submission.inFlightPolicy(policy);
        return this;
    }

    /**
     * How a message too long for one short_message is carried unless the message sets its own mode (default {@link
     * ConcatMode#UDH_8BIT}).
     *
     * @param mode UDH with an 8-bit or 16-bit reference, SAR TLVs, or one message_payload
     * @return this builder
     * @throws NullPointerException if mode is null
     */
    public EsmeBuilder concatMode(ConcatMode mode) {
        submission.concatMode(mode);
        return this;
    }

    /**
     * The most segments a message may take (default 255); a longer message is not sent but fails with {@link
     * InvalidMessageException}.
     *
     * @param maxSegments 1–255
     * @return this builder
     * @throws IllegalArgumentException if maxSegments is outside 1–255 ("maxSegments is 0; must be 1-255")
     */
    public EsmeBuilder maxSegments(int maxSegments) {
        submission.maxSegments(maxSegments);
        return this;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // timeouts

    /**
     * How long to wait for each response, from the request's successful write, before failing the request (default 10
     * s). A submit_sm not answered in time fails its message with {@link ResponseTimeoutException}; the SMSC may still
     * have accepted it.
     *
     * @param timeout a positive duration
     * @return this builder
     * @throws IllegalArgumentException if timeout is null, zero or negative ("requestTimeout is PT0S; must be
     *     positive")
     */
    public EsmeBuilder requestTimeout(Duration timeout) {
        timeouts.requestTimeout(timeout);
        return this;
    }

    /**
     * How long to wait for the bind response (default 10 s), and how long an outbind connection may take to send its
     * outbind. A bind not answered in time closes the connection, which is redialed after the reconnect delay.
     *
     * @param timeout a positive duration
     * @return this builder
     * @throws IllegalArgumentException if timeout is null, zero or negative ("bindTimeout is PT0S; must be positive")
     */
    public EsmeBuilder bindTimeout(Duration timeout) {
        timeouts.bindTimeout(timeout);
        return this;
    }

    /**
     * How long a TCP connect may take (default 10 s) before the attempt fails and waits its reconnect delay.
     *
     * @param timeout a positive duration
     * @return this builder
     * @throws IllegalArgumentException if timeout is null, zero or negative ("connectTimeout is PT0S; must be
     *     positive")
     */
    public EsmeBuilder connectTimeout(Duration timeout) {
        timeouts.connectTimeout(timeout);
        return this;
    }

    /**
     * Send enquire_link after the link has been idle this long (default 30 s); also the default {@link #stableBindTime
     * stable bind time}.
     *
     * @param interval a positive duration
     * @return this builder
     * @throws IllegalArgumentException if interval is null, zero or negative ("enquireLinkInterval is PT0S; must be
     *     positive")
     */
    public EsmeBuilder enquireLinkInterval(Duration interval) {
        timeouts.enquireLinkInterval(interval);
        return this;
    }

    /**
     * Close and reconnect if enquire_link is not answered within this (default 10 s).
     *
     * @param timeout a positive duration
     * @return this builder
     * @throws IllegalArgumentException if timeout is null, zero or negative ("enquireLinkTimeout is PT0S; must be
     *     positive")
     */
    public EsmeBuilder enquireLinkTimeout(Duration timeout) {
        timeouts.enquireLinkTimeout(timeout);
        return this;
    }

    /**
     * How long to wait for unbind_resp when stopping before closing anyway (default 2 s).
     *
     * @param timeout a positive duration
     * @return this builder
     * @throws IllegalArgumentException if timeout is null, zero or negative ("unbindTimeout is PT0S; must be positive")
     */
    public EsmeBuilder unbindTimeout(Duration timeout) {
        timeouts.unbindTimeout(timeout);
        return this;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // inbound

    /**
     * How long an incoming message or receipt may take, from its arrival until the hook accepts it (for a receipt, its
     * correlator lookup included), before it is answered ESME_RX_T_APPN so that the SMSC delivers it again (default 30
     * s). It also bounds how long {@link Esme#stop stop} waits for deliveries in progress.
     *
     * @param timeout a positive duration
     * @return this builder
     * @throws IllegalArgumentException if timeout is null, zero or negative ("hookTimeout is PT0S; must be positive")
     */
    public EsmeBuilder hookTimeout(Duration timeout) {
        inbound.hookTimeout(timeout);
        return this;
    }

    /**
     * What data_coding 0 means on this SMSC when decoding incoming text (default {@link DataCoding#SMSC_DEFAULT}, GSM
     * 03.38; some SMSCs use {@link DataCoding#LATIN1}).
     *
     * @param charset the text coding that data_coding 0 stands for
     * @return this builder
     * @throws NullPointerException if charset is null
     */
    public EsmeBuilder smscDefaultCharset(DataCoding charset) {
        inbound.smscDefaultCharset(charset);
        return this;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // outbind

    /**
     * Also listens on {@code host:port} for outbind (§4.1.7) with {@link OutbindOptions#defaults() the default
     * options}: plain TCP, and the outbind must carry this client's bind {@link #password password}. Prefer {@link
     * #outbind(String, int, OutbindOptions)} with a password of its own (and TLS if the SMSC offers it).
     *
     * @param host the local host name or address to listen on, e.g. "0.0.0.0" for every interface; resolved by {@link
     *     #build()}
     * @param port 0–65535; 0 picks a free port when the client starts (see {@link Esme#outbindAddress()})
     * @return this builder
     * @throws NullPointerException if host is null
     * @throws IllegalArgumentException if port is outside 0–65535 ("outbind port is -1; must be 0-65535")
     */
    public EsmeBuilder outbind(String host, int port) {
        return outbind(host, port, OutbindOptions.defaults());
    }

    /**
     * Also listens on {@code host:port} for outbind (§4.1.7): when an SMSC connects there and sends outbind whose
     * password is {@link OutbindOptions.Builder#password the outbind password} (by default this client's bind {@link
     * #password password}), the client answers with bind_receiver on that connection, which then delivers like any
     * receiver session (deliver_sm, data_sm, receipts) until either side unbinds; it is not redialed. An outbind with
     * another password, another first PDU, or none within {@link #bindTimeout bindTimeout} closes the connection and
     * counts as a failure of its source address; an address with too many failures has its connections closed at once
     * for a while (see {@link OutbindOptions}). Port 0 picks a free port: see {@link Esme#outbindAddress()}. Replaces
     * an outbind listener set before.
     *
     * @param host the local host name or address to listen on, e.g. "0.0.0.0" for every interface; resolved by {@link
     *     #build()}
     * @param port 0–65535; 0 picks a free port when the client starts
     * @param options the outbind password, TLS and the limits on failed attempts
     * @return this builder
     * @throws NullPointerException if host or options is null
     * @throws IllegalArgumentException if port is outside 0–65535 ("outbind port is -1; must be 0-65535")
     */
    public EsmeBuilder outbind(String host, int port, OutbindOptions options) {
        this.outbindHost = Objects.requireNonNull(host, "outbind host");
        this.outbindPort = Fields.range("outbind port", port, 0, 65535);
        this.outbindOptions = Objects.requireNonNull(options, "outbind options");
        this.outbindAddress = null;
        return this;
    }

    /**
     * Builds the client, not yet started: call {@link Esme#start()}. The builder may be used again; each build makes a
     * new client with, unless given, a new in-memory broker and correlator of its own.
     *
     * @return a new client
     * @throws IllegalArgumentException if system_id is missing ("system_id is required"), the host is missing while
     *     sessions is above 0 ("host is required"), or sessions is 0 without an outbind listener ("sessions is 0; at
     *     least 1 unless outbind(host, port) is set")
     */
    public Esme build() {
        ConnectionOptions conn = connection.build();
        BindOptions account = bind.build();
        boolean outbinds = outbindHost != null || outbindAddress != null;
        if (conn.sessions() == 0 && !outbinds) {
            throw new IllegalArgumentException("sessions is 0; at least 1 unless outbind(host, port) is set");
        }
        if (conn.sessions() > 0 && (conn.host() == null || conn.host().isEmpty())) {
            throw new IllegalArgumentException("host is required");
        }
        if (account.systemId() == null || account.systemId().isEmpty()) {
            throw new IllegalArgumentException("system_id is required");
        }
        EsmeOptions.Builder options = EsmeOptions.builder()
                .name(name)
                .correlationScope(correlationScope)
                .connection(conn)
                .bind(account)
                .submission(submission.build())
                .timeouts(timeouts.build())
                .inbound(inbound.build());
        if (outbindHost != null) {
            options.outbind(outbindHost, outbindPort, outbindOptions);
        } else {
            options.outbind(outbindAddress, outbindOptions);
        }
        return new DefaultEsme(new EsmeConfig(
                options.build(),
                broker != null ? broker : new InMemoryBroker(),
                correlator != null ? correlator : new InMemoryCorrelator(),
                hook,
                ClientListener.composite(listeners),
                inbox));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Limits against a hostile or broken SMSC (inbound, and the timeouts' stable bind time)

    /**
     * The largest PDU accepted from the SMSC, in octets including the 16-octet header (default {@link
     * SmppPduDecoder#DEFAULT_MAX_PDU_LENGTH}, 65,552: room for a full message_payload). A longer command_length is
     * answered with generic_nack ESME_RINVCMDLEN and the connection is then closed (and redialed): the frame is never
     * buffered.
     *
     * @param maxPduLength 16–16,777,216 octets
     * @return this builder
     * @throws IllegalArgumentException if maxPduLength is outside 16–16,777,216 ("maxPduLength is 8; must be
     *     16-16777216")
     */
    public EsmeBuilder maxPduLength(int maxPduLength) {
        inbound.maxPduLength(maxPduLength);
        return this;
    }

    /**
     * The most deliver_sm and data_sm per session waiting for the hook (and, for receipts, the correlator) at once
     * (default twice the {@link #window window}). At the limit the session stops reading from the socket until one is
     * answered, so a flooding SMSC is slowed down by TCP rather than filling the heap.
     *
     * @param max 1–1,000,000
     * @return this builder
     * @throws IllegalArgumentException if max is outside 1–1,000,000 ("maxInboundInFlight is 0; must be 1-1000000")
     */
    public EsmeBuilder maxInboundInFlight(int max) {
        inbound.maxInboundInFlight(max);
        return this;
    }

    /**
     * How long a session must stay bound before the reconnect backoff starts again from its first delay (default the
     * {@link #enquireLinkInterval enquire_link interval}, 30 s). An SMSC that accepts the bind and drops the session at
     * once thus sees the growing delays of {@link #reconnect reconnect}, not one reconnect per initial delay.
     *
     * @param time a positive duration
     * @return this builder
     * @throws IllegalArgumentException if time is null, zero or negative ("stableBindTime is PT0S; must be positive")
     */
    public EsmeBuilder stableBindTime(Duration time) {
        timeouts.stableBindTime(time);
        return this;
    }
}
