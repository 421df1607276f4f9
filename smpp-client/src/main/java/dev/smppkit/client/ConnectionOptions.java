package dev.smppkit.client;

import dev.smppkit.codec.internal.Fields;
import io.netty.channel.EventLoopGroup;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how the client connects: the SMSC's addresses, TLS, how many sessions it dials, how it redials, and the
 * threads it runs on. Immutable; {@link #builder()}, or {@link #mutate()} to start from these values.
 *
 * <p>Defaults: no host (required unless the client only accepts outbind), port 2775, plain TCP, one session,
 * reconnect backoff 1 s doubling to 60 s with jitter, one I/O thread of the client's own.
 *
 * <p>An account may list several SMSC addresses ({@link Builder#hosts(List)}), e.g. a primary and a secondary. Each
 * session starts at the first; after a failed connect or bind (refused, timed out, bind refused or not answered) its
 * next attempt goes to the next address, wrapping around; after a bound connection is lost it starts again at the
 * first, so the primary is preferred as soon as it is back (a session bound to a secondary stays there until that
 * connection ends). The {@link #reconnect() reconnect} delay is waited before every attempt, but it grows once per
 * full cycle through the list rather than per attempt: the n-th attempt in a row waits
 * {@code reconnect.delay(ceil(n / hosts))}. Counting cycles keeps the switch to a secondary as quick as a first retry
 * however long the list, while each address still sees the usual growing delays; waiting before every attempt keeps
 * a list whose addresses all refuse from being dialed in a tight loop.
 */
public final class ConnectionOptions {
    private static final ConnectionOptions DEFAULTS = builder().build();

    private final List<SmscAddress> hosts;
    private final TlsOptions tls;
    private final int sessions;
    private final Backoff reconnect;
    private final EventLoopGroup eventLoopGroup;
    private final int ioThreads;

    private ConnectionOptions(Builder b) {
        this.hosts = b.addresses();
        this.tls = b.tls;
        this.sessions = b.sessions;
        this.reconnect = b.reconnect;
        this.eventLoopGroup = b.eventLoopGroup;
        this.ioThreads = b.ioThreads;
    }

    /**
     * Every option at its default: no host, port 2775, plain TCP, one session, reconnect 1 s doubling to 60 s, one I/O
     * thread of the client's own.
     *
     * @return the shared default options
     */
    public static ConnectionOptions defaults() {
        return DEFAULTS;
    }

    /**
     * A builder starting from the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding these values, to change some of them; these options stay as they are.
     *
     * @return a new builder with every option set to this one's value
     */
    public Builder mutate() {
        Builder b = new Builder();
        if (!hosts.isEmpty()) {
            b.host = hosts.get(0).host();
            b.port = hosts.get(0).port();
            b.hosts = hosts.size() > 1 ? hosts : null;
        }
        b.tls = tls;
        b.sessions = sessions;
        b.reconnect = reconnect;
        b.eventLoopGroup = eventLoopGroup;
        b.ioThreads = ioThreads;
        return b;
    }

    /**
     * The first SMSC address's host name or address (the only one unless a list is set); null until set, and may stay
     * null in a client that only accepts outbind.
     *
     * @return the host, or null
     */
    public String host() {
        return hosts.isEmpty() ? null : hosts.get(0).host();
    }

    /**
     * The first SMSC address's TCP port (the only one unless a list is set), 1–65535.
     *
     * @return the port (default 2775)
     */
    public int port() {
        return hosts.isEmpty() ? 2775 : hosts.get(0).port();
    }

    /**
     * The SMSC addresses in order of preference, the primary first; empty until a host is set. One address unless
     * {@link Builder#hosts(List)} set several.
     *
     * @return the addresses, an unmodifiable list
     */
    public List<SmscAddress> hosts() {
        return hosts;
    }

    /**
     * TLS for the SMSC connection; empty for plain TCP.
     *
     * @return the TLS options, or empty for plain TCP (the default)
     */
    public Optional<TlsOptions> tls() {
        return Optional.ofNullable(tls);
    }

    /**
     * How many binds the client dials, sharing the broker and correlator; 0 for a client that only accepts outbind.
     *
     * @return 0–64 (default 1)
     */
    public int sessions() {
        return sessions;
    }

    /**
     * The delay between reconnect attempts of each session; it starts again from its first delay once a session has
     * stayed bound for the {@link TimeoutOptions#stableBindTime() stable bind time}.
     *
     * @return the reconnect backoff (default exponential 1 s to 60 s with jitter)
     */
    public Backoff reconnect() {
        return reconnect;
    }

    /**
     * The event loop group the client runs on; empty when it makes its own (of {@link #ioThreads()} threads).
     *
     * @return the given group, which the client does not shut down, or empty (the default)
     */
    public Optional<EventLoopGroup> eventLoopGroup() {
        return Optional.ofNullable(eventLoopGroup);
    }

    /**
     * Threads of the client's own event loop group; unused with {@link #eventLoopGroup()}.
     *
     * @return 1–64 (default 1)
     */
    public int ioThreads() {
        return ioThreads;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConnectionOptions other
                && hosts.equals(other.hosts)
                && Objects.equals(tls, other.tls)
                && sessions == other.sessions
                && reconnect.equals(other.reconnect)
                && Objects.equals(eventLoopGroup, other.eventLoopGroup)
                && ioThreads == other.ioThreads;
    }

    @Override
    public int hashCode() {
        return Objects.hash(hosts, tls, sessions, reconnect, eventLoopGroup, ioThreads);
    }

    @Override
    public String toString() {
        return "ConnectionOptions(hosts=" + hosts
                + ", tls=" + (tls != null ? tls : "none")
                + ", sessions=" + sessions
                + ", reconnect=" + reconnect
                + ", eventLoopGroup=" + (eventLoopGroup != null ? "given" : "own")
                + ", ioThreads=" + ioThreads + ")";
    }

    /** Builds {@link ConnectionOptions}; every setter checks its argument and names the limit. */
    public static final class Builder {
        private static final int MAX_HOSTS = 16;

        private String host;
        private int port = 2775;
        private List<SmscAddress> hosts; // null: the single address host:port
        private TlsOptions tls;
        private int sessions = 1;
        private Backoff reconnect = Backoff.exponential(Duration.ofSeconds(1), Duration.ofSeconds(60));
        private EventLoopGroup eventLoopGroup;
        private int ioThreads = 1;

        private Builder() {}

        /**
         * The SMSC's host name or address (required unless {@link #sessions sessions} is 0, or a list is set with
         * {@link #hosts(List)}). Sets a single address: it replaces a list set before, whose first port is kept.
         *
         * @param host a host name or an IP address literal
         * @return this builder
         * @throws NullPointerException if host is null
         */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            this.hosts = null;
            return this;
        }

        /**
         * The SMSC's port, 1–65535 (default 2775). Sets a single address: it replaces a list set before, whose first
         * host is kept.
         *
         * @param port 1–65535
         * @return this builder
         * @throws IllegalArgumentException if port is outside 1–65535 ("port is 0; must be 1-65535")
         */
        public Builder port(int port) {
            this.port = Fields.range("port", port, 1, 65535);
            this.hosts = null;
            return this;
        }

        /**
         * Several SMSC addresses of the same account, in order of preference (the primary first), 1–16 of them;
         * replaces {@link #host host} and {@link #port port}. See {@link ConnectionOptions} for how reconnects cycle
         * through them. Names are resolved when connecting, not here.
         *
         * @param hosts the addresses, primary first
         * @return this builder
         * @throws IllegalArgumentException if the list is empty or has more than 16 addresses
         */
        public Builder hosts(List<SmscAddress> hosts) {
            Objects.requireNonNull(hosts, "hosts");
            if (hosts.isEmpty() || hosts.size() > MAX_HOSTS) {
                throw new IllegalArgumentException(
                        "hosts has " + hosts.size() + " addresses; must have 1-" + MAX_HOSTS);
            }
            for (SmscAddress a : hosts) {
                Objects.requireNonNull(a, "hosts must not contain null");
            }
            this.hosts = List.copyOf(hosts);
            this.host = this.hosts.get(0).host();
            this.port = this.hosts.get(0).port();
            return this;
        }

        /**
         * {@link #hosts(List)} with the addresses as arguments.
         *
         * @param hosts the addresses, primary first
         * @return this builder
         * @throws IllegalArgumentException if there are none or more than 16
         */
        public Builder hosts(SmscAddress... hosts) {
            return hosts(Arrays.asList(Objects.requireNonNull(hosts, "hosts")));
        }

        private List<SmscAddress> addresses() {
            if (hosts != null) {
                return hosts;
            }
            // an empty host stays "not set" so that the ESME builder reports it as missing
            return host == null || host.isBlank() ? List.of() : List.of(new SmscAddress(host, port));
        }

        /**
         * Connect with TLS; null for plain TCP (the default).
         *
         * @param tls the TLS options, e.g. {@link TlsOptions#system()}, or null for plain TCP
         * @return this builder
         */
        public Builder tls(TlsOptions tls) {
            this.tls = tls;
            return this;
        }

        /**
         * How many binds the client dials, sharing the broker and correlator (default 1). Each session has its own
         * connection (two for {@link BindMode#TRANSMITTER_AND_RECEIVER}) and window, so n sessions send up to n times
         * the window and n times {@link SubmissionOptions#maxTps() maxTps}; check how many binds the SMSC account
         * allows. 0 makes a client that only accepts outbind, which {@link EsmeBuilder#build()} accepts only with an
         * outbind listener.
         *
         * @param sessions 0–64
         * @return this builder
         * @throws IllegalArgumentException if sessions is outside 0–64 ("sessions is 65; must be 0-64")
         */
        public Builder sessions(int sessions) {
            this.sessions = Fields.range("sessions", sessions, 0, 64);
            return this;
        }

        /**
         * The delay between reconnect attempts of a session after its connection is lost or a bind fails (default
         * exponential 1 s doubling to 60 s with 20% jitter). It starts again from the first delay once a session has
         * stayed bound for the {@link TimeoutOptions#stableBindTime() stable bind time}.
         *
         * @param backoff the reconnect delays
         * @return this builder
         * @throws NullPointerException if backoff is null
         */
        public Builder reconnect(Backoff backoff) {
            this.reconnect = Objects.requireNonNull(backoff, "reconnect");
            return this;
        }

        /**
         * Run on this event loop group instead of one of the client's own, e.g. to share one group among several
         * clients (default: a group of {@link #ioThreads ioThreads} made by the client). The client does not shut a
         * given group down; {@link #ioThreads} is then unused.
         *
         * @param group the group to run on, native epoll or NIO (the client opens channels of the matching type)
         * @return this builder
         * @throws NullPointerException if group is null
         */
        public Builder eventLoopGroup(EventLoopGroup group) {
            this.eventLoopGroup = Objects.requireNonNull(group, "eventLoopGroup");
            return this;
        }

        /**
         * Threads of the client's own event loop group (default 1: one event loop serves many sessions, as long as
         * hooks do not block it). Unused when an {@link #eventLoopGroup event loop group} is given.
         *
         * @param threads 1–64
         * @return this builder
         * @throws IllegalArgumentException if threads is outside 1–64 ("ioThreads is 0; must be 1-64")
         */
        public Builder ioThreads(int threads) {
            this.ioThreads = Fields.range("ioThreads", threads, 1, 64);
            return this;
        }

        /**
         * Builds the options. The values were checked by the setters; whether a host is needed is checked by {@link
         * EsmeBuilder#build()}, which knows about outbind.
         *
         * @return immutable options holding this builder's values
         */
        public ConnectionOptions build() {
            return new ConnectionOptions(this);
        }
    }
}
