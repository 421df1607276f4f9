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
    private Hook hook = Hook.NOOP;

    EsmeBuilder() {}

    // ---------------------------------------------------------------------------------------------------------------
    // Whole option groups

    /** Every option at once, e.g. {@code otherClient.options()}; replaces every option set before. */
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
        return this;
    }

    /** Host(s), port, TLS, sessions, reconnect backoff and threads; replaces those set before. */
    public EsmeBuilder connection(ConnectionOptions options) {
        this.connection = Objects.requireNonNull(options, "connection").mutate();
        return this;
    }

    /** system_id, password, system_type, bind mode, address_range; replaces those set before. */
    public EsmeBuilder bind(BindOptions options) {
        this.bind = Objects.requireNonNull(options, "bind").mutate();
        return this;
    }

    /** Window, rate, throttling, in-flight policy and splitting; replaces those set before. */
    public EsmeBuilder submission(SubmissionOptions options) {
        this.submission = Objects.requireNonNull(options, "submission").mutate();
        return this;
    }

    /** Connect, bind, request, enquire_link, unbind timeouts and the stable bind time; replaces those set before. */
    public EsmeBuilder timeouts(TimeoutOptions options) {
        this.timeouts = Objects.requireNonNull(options, "timeouts").mutate();
        return this;
    }

    /** PDU size and in-flight limits, hook timeout, data_coding 0; replaces those set before. */
    public EsmeBuilder inbound(InboundOptions options) {
        this.inbound = Objects.requireNonNull(options, "inbound").mutate();
        return this;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Collaborators

    /** The broker to take messages from (default: a new {@link InMemoryBroker}). */
    public EsmeBuilder broker(Broker broker) {
        this.broker = Objects.requireNonNull(broker, "broker");
        return this;
    }

    /** The correlator for message ids (default: a new {@link InMemoryCorrelator}). */
    public EsmeBuilder correlator(Correlator correlator) {
        this.correlator = Objects.requireNonNull(correlator, "correlator");
        return this;
    }

    /** Where events go (default: nowhere). */
    public EsmeBuilder hook(Hook hook) {
        this.hook = Objects.requireNonNull(hook, "hook");
        return this;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // One option at a time: connection

    /**
     * The SMSC's host name or address (required, unless {@link #hosts(List) hosts} are set). Sets a single address,
     * replacing a list set before.
     */
    public EsmeBuilder host(String host) {
        connection.host(host);
        return this;
    }

    /** The SMSC's port, 1–65535 (default 2775). Sets a single address, replacing a list set before. */
    public EsmeBuilder port(int port) {
        connection.port(port);
        return this;
    }

    /**
     * Several addresses of the account's SMSC in order of preference, the primary first (1–16); replaces
     * {@link #host host} and {@link #port port}. Each session starts at the first; a failed connect or bind moves its
     * next attempt to the next address, a lost bound connection back to the first. See {@link ConnectionOptions}.
     */
    public EsmeBuilder hosts(List<SmscAddress> hosts) {
        connection.hosts(hosts);
        return this;
    }

    /** {@link #hosts(List)} with the addresses as arguments. */
    public EsmeBuilder hosts(SmscAddress... hosts) {
        connection.hosts(hosts);
        return this;
    }

    /**
     * {@link #hosts(List)} from {@code host:port} texts, e.g. {@code hosts("smsc1:2775", "smsc2:2775")}; an IPv6
     * literal goes in brackets ({@code [::1]:2775}).
     *
     * @throws IllegalArgumentException if one is not {@code host:port} (see {@link SmscAddress#parse})
     */
    public EsmeBuilder hosts(String... hosts) {
        List<SmscAddress> addresses = new ArrayList<>();
        for (String h : Arrays.asList(Objects.requireNonNull(hosts, "hosts"))) {
            addresses.add(SmscAddress.parse(h));
        }
        connection.hosts(addresses);
        return this;
    }

    /** Connect with TLS (default: plain TCP). */
    public EsmeBuilder tls(TlsOptions tls) {
        connection.tls(tls);
        return this;
    }

    /**
     * How many binds the client dials, sharing the broker and correlator: 1–64 (default 1), or 0 for a client that
     * only accepts {@link #outbind outbind}.
     */
    public EsmeBuilder sessions(int sessions) {
        connection.sessions(sessions);
        return this;
    }

    /** The delay between reconnect attempts (default exponential 1 s to 60 s with jitter). */
    public EsmeBuilder reconnect(Backoff backoff) {
        connection.reconnect(backoff);
        return this;
    }

    /** Run on this event loop group instead of one of the client's own (the client then does not shut it down). */
    public EsmeBuilder eventLoopGroup(EventLoopGroup group) {
        connection.eventLoopGroup(group);
        return this;
    }

    /** Threads of the client's own event loop group, 1–64 (default 1; one loop serves many sessions). */
    public EsmeBuilder ioThreads(int threads) {
        connection.ioThreads(threads);
        return this;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // bind

    /** The account's system_id, at most 15 characters (required). */
    public EsmeBuilder systemId(String systemId) {
        bind.systemId(systemId);
        return this;
    }

    /** The password, at most 8 characters. */
    public EsmeBuilder password(String password) {
        bind.password(password);
        return this;
    }

    /** system_type, at most 12 characters (default empty). */
    public EsmeBuilder systemType(String systemType) {
        bind.systemType(systemType);
        return this;
    }

    /** How each session binds (default transceiver). */
    public EsmeBuilder bindMode(BindMode bindMode) {
        bind.bindMode(bindMode);
        return this;
    }

    /** The bind's address_range, at most 40 characters (default NULL). */
    public EsmeBuilder addressRange(Address addressRange) {
        bind.addressRange(addressRange);
        return this;
    }

    /** Whether {@link Esme#start()} fails (and the client stops) when the SMSC refuses the first bind (default on). */
    public EsmeBuilder failStartOnBindRejection(boolean fail) {
        bind.failStartOnBindRejection(fail);
        return this;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // submission

    /** The most submit requests in flight per session, 1–100,000 (default 100). */
    public EsmeBuilder window(int window) {
        submission.window(window);
        return this;
    }

    /** The most messages asked of the broker in one take, 1–100,000 (default: the window). */
    public EsmeBuilder takeBatch(int takeBatch) {
        submission.takeBatch(takeBatch);
        return this;
    }

    /**
     * The most submit_sm per second for the whole client (the account), e.g. what the SMSC contract allows; 0 means
     * unlimited. The limit is shared by all of this client's sessions, but holds in this process only: when several
     * processes bind the same account, split the contract rate between them (e.g. {@code maxTps = contract /
     * instances}). See {@link SubmissionOptions.Builder#maxTps}.
     */
    public EsmeBuilder maxTps(double maxTps) {
        submission.maxTps(maxTps);
        return this;
    }

    /** The pause after ESME_RTHROTTLED / ESME_RMSGQFUL (default exponential 100 ms to 10 s). */
    public EsmeBuilder throttleBackoff(Backoff backoff) {
        submission.throttleBackoff(backoff);
        return this;
    }

    /** How often a throttled segment is retried before its message fails, 0–1,000 (default 20). */
    public EsmeBuilder maxThrottleRetries(int retries) {
        submission.maxThrottleRetries(retries);
        return this;
    }

    /** What happens to unanswered requests when a connection is lost (default {@link InFlightPolicy#FAIL}). */
    public EsmeBuilder inFlightPolicy(InFlightPolicy policy) {
        submission.inFlightPolicy(policy);
        return this;
    }

    /** How long messages are split unless a message says otherwise (default UDH with 8-bit reference). */
    public EsmeBuilder concatMode(ConcatMode mode) {
        submission.concatMode(mode);
        return this;
    }

    /** The most segments a message may take, 1–255 (default 255). */
    public EsmeBuilder maxSegments(int maxSegments) {
        submission.maxSegments(maxSegments);
        return this;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // timeouts

    /** How long to wait for each response before failing the request (default 10 s). */
    public EsmeBuilder requestTimeout(Duration timeout) {
        timeouts.requestTimeout(timeout);
        return this;
    }

    /** How long to wait for the bind response (default 10 s). */
    public EsmeBuilder bindTimeout(Duration timeout) {
        timeouts.bindTimeout(timeout);
        return this;
    }

    /** How long a TCP connect may take (default 10 s). */
    public EsmeBuilder connectTimeout(Duration timeout) {
        timeouts.connectTimeout(timeout);
        return this;
    }

    /** Send enquire_link after the link has been idle this long (default 30 s). */
    public EsmeBuilder enquireLinkInterval(Duration interval) {
        timeouts.enquireLinkInterval(interval);
        return this;
    }

    /** Close and reconnect if enquire_link is not answered within this (default 10 s). */
    public EsmeBuilder enquireLinkTimeout(Duration timeout) {
        timeouts.enquireLinkTimeout(timeout);
        return this;
    }

    /** How long to wait for unbind_resp when stopping before closing anyway (default 2 s). */
    public EsmeBuilder unbindTimeout(Duration timeout) {
        timeouts.unbindTimeout(timeout);
        return this;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // inbound

    /**
     * How long an incoming message or receipt may take, from its arrival until the hook accepts it (for a receipt,
     * its correlator lookup included), before it is answered ESME_RX_T_APPN so that the SMSC delivers it again
     * (default 30 s). It also bounds how long {@link Esme#stop stop} waits for deliveries in progress.
     */
    public EsmeBuilder hookTimeout(Duration timeout) {
        inbound.hookTimeout(timeout);
        return this;
    }

    /** What data_coding 0 means on this SMSC when decoding incoming text (default GSM 03.38; some use Latin-1). */
    public EsmeBuilder smscDefaultCharset(DataCoding charset) {
        inbound.smscDefaultCharset(charset);
        return this;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // outbind

    /**
     * Also listens on {@code host:port} for outbind (§4.1.7) with {@link OutbindOptions#defaults() the default
     * options}: plain TCP, and the outbind must carry this client's bind {@link #password password}. Prefer
     * {@link #outbind(String, int, OutbindOptions)} with a password of its own (and TLS if the SMSC offers it).
     */
    public EsmeBuilder outbind(String host, int port) {
        return outbind(host, port, OutbindOptions.defaults());
    }

    /**
     * Also listens on {@code host:port} for outbind (§4.1.7): when an SMSC connects there and sends outbind whose
     * password is {@link OutbindOptions.Builder#password the outbind password} (by default this client's bind
     * {@link #password password}), the client answers with bind_receiver on that connection, which then delivers
     * like any receiver session (deliver_sm, data_sm, receipts) until either side unbinds; it is not redialed. An
     * outbind with another password, another first PDU, or none within {@link #bindTimeout bindTimeout} closes the
     * connection and counts as a failure of its source address; an address with too many failures has its connections
     * closed at once for a while (see {@link OutbindOptions}). Port 0 picks a free port: see
     * {@link Esme#outbindAddress()}.
     */
    public EsmeBuilder outbind(String host, int port, OutbindOptions options) {
        this.outbindHost = Objects.requireNonNull(host, "outbind host");
        this.outbindPort = Fields.range("outbind port", port, 0, 65535);
        this.outbindOptions = Objects.requireNonNull(options, "outbind options");
        this.outbindAddress = null;
        return this;
    }

    /**
     * Builds the client (not started).
     *
     * @throws IllegalArgumentException if host or system_id is missing
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
                hook));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Limits against a hostile or broken SMSC (inbound, and the timeouts' stable bind time)

    /**
     * The largest PDU accepted from the SMSC, in octets including the 16-octet header: 16–16,777,216 (default
     * {@link SmppPduDecoder#DEFAULT_MAX_PDU_LENGTH}, 65,552: room for a full message_payload). A longer
     * command_length is answered with generic_nack ESME_RINVCMDLEN and the connection is then closed (and redialed):
     * the frame is never buffered.
     */
    public EsmeBuilder maxPduLength(int maxPduLength) {
        inbound.maxPduLength(maxPduLength);
        return this;
    }

    /**
     * The most deliver_sm and data_sm per session waiting for the hook (and, for receipts, the correlator) at once:
     * 1–1,000,000 (default twice the {@link #window window}). At the limit the session stops reading from the socket
     * until one is answered, so a flooding SMSC is slowed down by TCP rather than filling the heap.
     */
    public EsmeBuilder maxInboundInFlight(int max) {
        inbound.maxInboundInFlight(max);
        return this;
    }

    /**
     * How long a session must stay bound before the reconnect backoff starts again from its first delay (default the
     * {@link #enquireLinkInterval enquire_link interval}, 30 s). An SMSC that accepts the bind and drops the session
     * at once thus sees the growing delays of {@link #reconnect reconnect}, not one reconnect per initial delay.
     */
    public EsmeBuilder stableBindTime(Duration time) {
        timeouts.stableBindTime(time);
        return this;
    }
}
