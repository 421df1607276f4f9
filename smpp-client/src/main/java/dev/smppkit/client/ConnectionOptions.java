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

    /** Every option at its default. */
    public static ConnectionOptions defaults() {
        return DEFAULTS;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these values, to change some of them. */
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

    /** The SMSC's host name or address; null until set. */
    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    /** TLS for the SMSC connection; empty for plain TCP. */
    public Optional<TlsOptions> tls() {
        return Optional.ofNullable(tls);
    }

    /** How many binds the client dials; 0 for a client that only accepts outbind. */
    public int sessions() {
        return sessions;
    }

    /** The delay between reconnect attempts. */
    public Backoff reconnect() {
        return reconnect;
    }

    /** The event loop group the client runs on; empty when it makes its own (of {@link #ioThreads()} threads). */
    public Optional<EventLoopGroup> eventLoopGroup() {
        return Optional.ofNullable(eventLoopGroup);
    }

    /** Threads of the client's own event loop group; unused with {@link #eventLoopGroup()}. */
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

        /** The SMSC's host name or address (required unless {@link #sessions sessions} is 0). */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** The SMSC's port, 1–65535 (default 2775). */
        public Builder port(int port) {
            this.port = Fields.range("port", port, 1, 65535);
            return this;
        }

        /** Connect with TLS; null for plain TCP (the default). */
        public Builder tls(TlsOptions tls) {
            this.tls = tls;
            return this;
        }

        /**
         * How many binds the client dials, sharing the broker and correlator: 1–64 (default 1), or 0 for a client
         * that only accepts outbind.
         */
        public Builder sessions(int sessions) {
            this.sessions = Fields.range("sessions", sessions, 0, 64);
            return this;
        }

        /** The delay between reconnect attempts (default exponential 1 s to 60 s with jitter). */
        public Builder reconnect(Backoff backoff) {
            this.reconnect = Objects.requireNonNull(backoff, "reconnect");
            return this;
        }

        /** Run on this group instead of one of the client's own (the client then does not shut it down). */
        public Builder eventLoopGroup(EventLoopGroup group) {
            this.eventLoopGroup = Objects.requireNonNull(group, "eventLoopGroup");
            return this;
        }

        /** Threads of the client's own event loop group, 1–64 (default 1; one loop serves many sessions). */
        public Builder ioThreads(int threads) {
            this.ioThreads = Fields.range("ioThreads", threads, 1, 64);
            return this;
        }

        public ConnectionOptions build() {
            return new ConnectionOptions(this);
        }
    }
}
