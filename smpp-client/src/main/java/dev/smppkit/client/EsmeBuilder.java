package dev.smppkit.client;

import dev.smppkit.client.internal.DefaultEsme;
import dev.smppkit.client.internal.EsmeConfig;
import dev.smppkit.codec.Address;
import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.SmppPduDecoder;
import dev.smppkit.codec.internal.Fields;
import dev.smppkit.codec.pdu.Bind;
import dev.smppkit.codec.text.ConcatMode;
import io.netty.channel.EventLoopGroup;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Objects;

/**
 * Builds an {@link Esme}. Every setter checks its argument and names the limit; {@link #build()} checks that host and
 * system_id are set. Defaults: port 2775, transceiver, window 100, request timeout 10 s, bind timeout 10 s,
 * enquire_link every 30 s when idle, reconnect backoff 1 s doubling to 60 s (back to 1 s once a session has stayed
 * bound 30 s), one session, in-memory broker and correlator, no hook. Limits against a hostile SMSC: PDUs up to
 * 65,552 octets, at most twice the window of incoming messages waiting for the hook; while the SMSC does not read
 * what the client writes, the client does not read what it sends.
 */
public final class EsmeBuilder {
    String host;
    int port = 2775;
    TlsOptions tls;
    String systemId;
    String password = "";
    String systemType = "";
    BindMode bindMode = BindMode.TRANSCEIVER;
    Address addressRange = Address.NULL;
    int interfaceVersion = Bind.VERSION_3_4;
    Broker broker;
    Correlator correlator;
    Hook hook = Hook.NOOP;
    int window = 100;
    int takeBatch;
    Duration requestTimeout = Duration.ofSeconds(10);
    Duration bindTimeout = Duration.ofSeconds(10);
    Duration connectTimeout = Duration.ofSeconds(10);
    Duration enquireLinkInterval = Duration.ofSeconds(30);
    Duration enquireLinkTimeout = Duration.ofSeconds(10);
    Duration hookTimeout = Duration.ofSeconds(30);
    Duration unbindTimeout = Duration.ofSeconds(2);
    double maxTps;
    Backoff reconnect = Backoff.exponential(Duration.ofSeconds(1), Duration.ofSeconds(60));
    Backoff throttleBackoff = Backoff.exponential(Duration.ofMillis(100), Duration.ofSeconds(10));
    int maxThrottleRetries = 20;
    int sessions = 1;
    String outbindHost;
    int outbindPort;
    OutbindOptions outbindOptions = OutbindOptions.defaults();
    InFlightPolicy inFlightPolicy = InFlightPolicy.FAIL;
    ConcatMode concatMode = ConcatMode.UDH_8BIT;
    int maxSegments = 255;
    DataCoding smscDefaultCharset = DataCoding.SMSC_DEFAULT;
    boolean failStartOnBindRejection = true;
    EventLoopGroup eventLoopGroup;
    int ioThreads = 1;
    // limits against a hostile or broken SMSC: see the methods in their own section below
    int maxPduLength = SmppPduDecoder.DEFAULT_MAX_PDU_LENGTH;
    int maxInboundInFlight; // 0: twice the window
    Duration stableBindTime; // null: the enquire_link interval

    EsmeBuilder() {}

    /** The SMSC's host name or address (required). */
    public EsmeBuilder host(String host) {
        this.host = Objects.requireNonNull(host, "host");
        return this;
    }

    /** The SMSC's port, 1–65535 (default 2775). */
    public EsmeBuilder port(int port) {
        this.port = Fields.range("port", port, 1, 65535);
        return this;
    }

    /** Connect with TLS (default: plain TCP). */
    public EsmeBuilder tls(TlsOptions tls) {
        this.tls = tls;
        return this;
    }

    /** The account's system_id, at most 15 characters (required). */
    public EsmeBuilder systemId(String systemId) {
        this.systemId = Fields.cString("system_id", systemId, 16);
        return this;
    }

    /** The password, at most 8 characters. */
    public EsmeBuilder password(String password) {
        this.password = Fields.cString("password", password, 9);
        return this;
    }

    /** system_type, at most 12 characters (default empty). */
    public EsmeBuilder systemType(String systemType) {
        this.systemType = Fields.cString("system_type", systemType, 13);
        return this;
    }

    /** How each session binds (default transceiver). */
    public EsmeBuilder bindMode(BindMode bindMode) {
        this.bindMode = Objects.requireNonNull(bindMode, "bindMode");
        return this;
    }

    /** The bind's address_range, at most 40 characters (default NULL). */
    public EsmeBuilder addressRange(Address addressRange) {
        this.addressRange = Fields.address("address_range", addressRange, 41);
        return this;
    }

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

    /** The most submit requests in flight per session, 1–100,000 (default 100). */
    public EsmeBuilder window(int window) {
        this.window = Fields.range("window", window, 1, 100_000);
        return this;
    }

    /** The most messages asked of the broker in one take, 1–100,000 (default: the window). */
    public EsmeBuilder takeBatch(int takeBatch) {
        this.takeBatch = Fields.range("takeBatch", takeBatch, 1, 100_000);
        return this;
    }

    /** How long to wait for each response before failing the request (default 10 s). */
    public EsmeBuilder requestTimeout(Duration timeout) {
        this.requestTimeout = positive("requestTimeout", timeout);
        return this;
    }

    /** How long to wait for the bind response (default 10 s). */
    public EsmeBuilder bindTimeout(Duration timeout) {
        this.bindTimeout = positive("bindTimeout", timeout);
        return this;
    }

    /** How long a TCP connect may take (default 10 s). */
    public EsmeBuilder connectTimeout(Duration timeout) {
        this.connectTimeout = positive("connectTimeout", timeout);
        return this;
    }

    /** Send enquire_link after the link has been idle this long (default 30 s). */
    public EsmeBuilder enquireLinkInterval(Duration interval) {
        this.enquireLinkInterval = positive("enquireLinkInterval", interval);
        return this;
    }

    /** Close and reconnect if enquire_link is not answered within this (default 10 s). */
    public EsmeBuilder enquireLinkTimeout(Duration timeout) {
        this.enquireLinkTimeout = positive("enquireLinkTimeout", timeout);
        return this;
    }

    /**
     * How long an incoming message or receipt may take, from its arrival until the hook accepts it (for a receipt,
     * its correlator lookup included), before it is answered ESME_RX_T_APPN so that the SMSC delivers it again
     * (default 30 s). It also bounds how long {@link Esme#stop stop} waits for deliveries in progress.
     */
    public EsmeBuilder hookTimeout(Duration timeout) {
        this.hookTimeout = positive("hookTimeout", timeout);
        return this;
    }

    /** How long to wait for unbind_resp when stopping before closing anyway (default 2 s). */
    public EsmeBuilder unbindTimeout(Duration timeout) {
        this.unbindTimeout = positive("unbindTimeout", timeout);
        return this;
    }

    /** The most submit_sm per second per session, e.g. what the SMSC contract allows; 0 means unlimited. */
    public EsmeBuilder maxTps(double maxTps) {
        if (maxTps < 0 || Double.isNaN(maxTps)) {
            throw new IllegalArgumentException("maxTps is " + maxTps + "; must be 0 (unlimited) or more");
        }
        this.maxTps = maxTps;
        return this;
    }

    /** The delay between reconnect attempts (default exponential 1 s to 60 s with jitter). */
    public EsmeBuilder reconnect(Backoff backoff) {
        this.reconnect = Objects.requireNonNull(backoff, "reconnect");
        return this;
    }

    /** The pause after ESME_RTHROTTLED / ESME_RMSGQFUL (default exponential 100 ms to 10 s). */
    public EsmeBuilder throttleBackoff(Backoff backoff) {
        this.throttleBackoff = Objects.requireNonNull(backoff, "throttleBackoff");
        return this;
    }

    /** How often a throttled segment is retried before its message fails, 0–1,000 (default 20). */
    public EsmeBuilder maxThrottleRetries(int retries) {
        this.maxThrottleRetries = Fields.range("maxThrottleRetries", retries, 0, 1000);
        return this;
    }

    /**
     * How many binds the client dials, sharing the broker and correlator: 1–64 (default 1), or 0 for a client that
     * only accepts {@link #outbind outbind}.
     */
    public EsmeBuilder sessions(int sessions) {
        this.sessions = Fields.range("sessions", sessions, 0, 64);
        return this;
    }

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
        return this;
    }

    /** What happens to unanswered requests when a connection is lost (default {@link InFlightPolicy#FAIL}). */
    public EsmeBuilder inFlightPolicy(InFlightPolicy policy) {
        this.inFlightPolicy = Objects.requireNonNull(policy, "inFlightPolicy");
        return this;
    }

    /** How long messages are split unless a message says otherwise (default UDH with 8-bit reference). */
    public EsmeBuilder concatMode(ConcatMode mode) {
        this.concatMode = Objects.requireNonNull(mode, "concatMode");
        return this;
    }

    /** The most segments a message may take, 1–255 (default 255). */
    public EsmeBuilder maxSegments(int maxSegments) {
        this.maxSegments = Fields.range("maxSegments", maxSegments, 1, 255);
        return this;
    }

    /** What data_coding 0 means on this SMSC when decoding incoming text (default GSM 03.38; some use Latin-1). */
    public EsmeBuilder smscDefaultCharset(DataCoding charset) {
        this.smscDefaultCharset = Objects.requireNonNull(charset, "smscDefaultCharset");
        return this;
    }

    /** Whether {@link Esme#start()} fails (and the client stops) when the SMSC refuses the first bind (default on). */
    public EsmeBuilder failStartOnBindRejection(boolean fail) {
        this.failStartOnBindRejection = fail;
        return this;
    }

    /** Run on this event loop group instead of one of the client's own (the client then does not shut it down). */
    public EsmeBuilder eventLoopGroup(EventLoopGroup group) {
        this.eventLoopGroup = Objects.requireNonNull(group, "eventLoopGroup");
        return this;
    }

    /** Threads of the client's own event loop group, 1–64 (default 1; one loop serves many sessions). */
    public EsmeBuilder ioThreads(int threads) {
        this.ioThreads = Fields.range("ioThreads", threads, 1, 64);
        return this;
    }

    /**
     * Builds the client (not started).
     *
     * @throws IllegalArgumentException if host or system_id is missing
     */
    public Esme build() {
        if (sessions == 0 && outbindHost == null) {
            throw new IllegalArgumentException("sessions is 0; at least 1 unless outbind(host, port) is set");
        }
        if (sessions > 0 && (host == null || host.isEmpty())) {
            throw new IllegalArgumentException("host is required");
        }
        if (systemId == null || systemId.isEmpty()) {
            throw new IllegalArgumentException("system_id is required");
        }
        return new DefaultEsme(new EsmeConfig(
                host,
                port,
                tls,
                systemId,
                password,
                systemType,
                bindMode,
                addressRange,
                interfaceVersion,
                broker != null ? broker : new InMemoryBroker(),
                correlator != null ? correlator : new InMemoryCorrelator(),
                hook,
                window,
                takeBatch > 0 ? takeBatch : window,
                requestTimeout,
                bindTimeout,
                connectTimeout,
                enquireLinkInterval,
                enquireLinkTimeout,
                hookTimeout,
                unbindTimeout,
                maxTps,
                reconnect,
                throttleBackoff,
                maxThrottleRetries,
                sessions,
                inFlightPolicy,
                concatMode,
                maxSegments,
                smscDefaultCharset,
                failStartOnBindRejection,
                eventLoopGroup,
                ioThreads,
                outbindHost != null ? new InetSocketAddress(outbindHost, outbindPort) : null,
                outbindOptions,
                maxPduLength,
                maxInboundInFlight > 0 ? maxInboundInFlight : 2 * window,
                stableBindTime != null ? stableBindTime : enquireLinkInterval));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Limits against a hostile or broken SMSC

    /**
     * The largest PDU accepted from the SMSC, in octets including the 16-octet header: 16–16,777,216 (default
     * {@link SmppPduDecoder#DEFAULT_MAX_PDU_LENGTH}, 65,552: room for a full message_payload). A longer
     * command_length is answered with generic_nack ESME_RINVCMDLEN and the connection is then closed (and redialed):
     * the frame is never buffered.
     */
    public EsmeBuilder maxPduLength(int maxPduLength) {
        this.maxPduLength = Fields.range("maxPduLength", maxPduLength, 16, 16 * 1024 * 1024);
        return this;
    }

    /**
     * The most deliver_sm and data_sm per session waiting for the hook (and, for receipts, the correlator) at once:
     * 1–1,000,000 (default twice the {@link #window window}). At the limit the session stops reading from the socket
     * until one is answered, so a flooding SMSC is slowed down by TCP rather than filling the heap.
     */
    public EsmeBuilder maxInboundInFlight(int max) {
        this.maxInboundInFlight = Fields.range("maxInboundInFlight", max, 1, 1_000_000);
        return this;
    }

    /**
     * How long a session must stay bound before the reconnect backoff starts again from its first delay (default the
     * {@link #enquireLinkInterval enquire_link interval}, 30 s). An SMSC that accepts the bind and drops the session
     * at once thus sees the growing delays of {@link #reconnect reconnect}, not one reconnect per initial delay.
     */
    public EsmeBuilder stableBindTime(Duration time) {
        this.stableBindTime = positive("stableBindTime", time);
        return this;
    }

    private static Duration positive(String name, Duration d) {
        if (d == null || d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(name + " is " + d + "; must be positive");
        }
        return d;
    }
}
