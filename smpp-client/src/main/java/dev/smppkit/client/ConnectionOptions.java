package dev.smppkit.client;

import dev.smppkit.codec.internal.Fields;
import io.netty.channel.EventLoopGroup;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how the client connects: the SMSC's address, TLS, how many sessions it dials, how it redials, and the
 * threads it runs on. Immutable; {@link #builder()}, or {@link #mutate()} to start from these values.
 *
 * <p>Defaults: no host (required unless the client only accepts outbind), port 2775, plain TCP, one session,
 * reconnect backoff 1 s doubling to 60 s with jitter, one I/O thread of the client's own.
 */
public final class ConnectionOptions {
    private static final ConnectionOptions DEFAULTS = builder().build();

    private final String host;
    private final int port;
    private final TlsOptions tls;
    private final int sessions;
    private final Backoff reconnect;
    private final EventLoopGroup eventLoopGroup;
    private final int ioThreads;

    private ConnectionOptions(Builder b) {
        this.host = b.host;
        this.port = b.port;
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
        b.host = host;
        b.port = port;
        b.tls = tls;
        b.sessions = sessions;
        b.reconnect = reconnect;
        b.eventLoopGroup = eventLoopGroup;
        b.ioThreads = ioThreads;
        return b;
    }

    /**
     * The SMSC's host name or address; null until set, and may stay null in a client that only accepts outbind.
     *
     * @return the host, or null
     */
    public String host() {
        return host;
    }

    /**
     * The SMSC's TCP port, 1–65535.
     *
     * @return the port (default 2775)
     */
    public int port() {
        return port;
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
                && Objects.equals(host, other.host)
                && port == other.port
                && Objects.equals(tls, other.tls)
                && sessions == other.sessions
                && reconnect.equals(other.reconnect)
                && Objects.equals(eventLoopGroup, other.eventLoopGroup)
                && ioThreads == other.ioThreads;
    }

    @Override
    public int hashCode() {
        return Objects.hash(host, port, tls, sessions, reconnect, eventLoopGroup, ioThreads);
    }

    @Override
    public String toString() {
        return "ConnectionOptions(host=" + host
                + ", port=" + port
                + ", tls=" + (tls != null ? tls : "none")
                + ", sessions=" + sessions
                + ", reconnect=" + reconnect
                + ", eventLoopGroup=" + (eventLoopGroup != null ? "given" : "own")
                + ", ioThreads=" + ioThreads + ")";
    }

    /** Builds {@link ConnectionOptions}; every setter checks its argument and names the limit. */
    public static final class Builder {
        private String host;
        private int port = 2775;
        private TlsOptions tls;
        private int sessions = 1;
        private Backoff reconnect = Backoff.exponential(Duration.ofSeconds(1), Duration.ofSeconds(60));
        private EventLoopGroup eventLoopGroup;
        private int ioThreads = 1;

        private Builder() {}

        /**
         * The SMSC's host name or address, resolved on each connect. Required unless {@link #sessions sessions} is 0:
         * there is no default, and {@link EsmeBuilder#build()} fails without it.
         *
         * @param host a host name or an IP address literal
         * @return this builder
         * @throws NullPointerException if host is null
         */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /**
         * The SMSC's TCP port (default 2775, the IANA port for SMPP; SMPP over TLS is often offered on another, e.g.
         * 3550).
         *
         * @param port 1–65535
         * @return this builder
         * @throws IllegalArgumentException if port is outside 1–65535 ("port is 0; must be 1-65535")
         */
        public Builder port(int port) {
            this.port = Fields.range("port", port, 1, 65535);
            return this;
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
