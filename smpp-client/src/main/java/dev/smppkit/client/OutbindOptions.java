package dev.smppkit.client;

import dev.smppkit.codec.internal.Fields;
import dev.smppkit.codec.text.LogSafe;
import io.netty.handler.ssl.SslContext;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How the outbind listener ({@link EsmeBuilder#outbind(String, int, OutbindOptions)}) checks who connects. Immutable;
 * {@link #defaults()} or {@link #builder()}.
 *
 * <p>Defaults: the outbind password is the client's bind password (set {@link Builder#password} to give the SMSC a
 * different one, which is better: a guessed outbind password then does not also let anyone bind as you); plain TCP;
 * at most 5 failed attempts per source address per minute, after which that address's connections are closed at once
 * until the minute is over; failures remembered for at most 10,000 addresses (IPv6 grouped by /64); at most 32
 * connections waiting for their outbind at once. {@link #toString()} masks the password.
 */
public final class OutbindOptions {
    private static final OutbindOptions DEFAULTS = builder().build();

    private final String password;
    private final SslContext tls;
    private final int maxFailures;
    private final Duration failureWindow;
    private final int maxTrackedAddresses;
    private final int maxPendingConnections;

    private OutbindOptions(Builder b) {
        this.password = b.password;
        this.tls = b.tls;
        this.maxFailures = b.maxFailures;
        this.failureWindow = b.failureWindow;
        this.maxTrackedAddresses = b.maxTrackedAddresses;
        this.maxPendingConnections = b.maxPendingConnections;
    }

    /** Every option at its default. */
    public static OutbindOptions defaults() {
        return DEFAULTS;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The password an outbind must carry; empty when the client's bind password is used instead. */
    public Optional<String> password() {
        return Optional.ofNullable(password);
    }

    /** The server-side TLS context of the listener; empty for plain TCP. */
    public Optional<SslContext> tls() {
        return Optional.ofNullable(tls);
    }

    /** How many failed attempts one source address may make per {@link #failureWindow()}. */
    public int maxFailures() {
        return maxFailures;
    }

    public Duration failureWindow() {
        return failureWindow;
    }

    /** How many source addresses the failure counts are kept for; the oldest are forgotten first. */
    public int maxTrackedAddresses() {
        return maxTrackedAddresses;
    }

    /** How many accepted connections may wait for their outbind at once; more are closed at once. */
    public int maxPendingConnections() {
        return maxPendingConnections;
    }

    /** A builder holding these values, to change some of them. */
    public Builder mutate() {
        Builder b = new Builder();
        b.password = password;
        b.tls = tls;
        b.maxFailures = maxFailures;
        b.failureWindow = failureWindow;
        b.maxTrackedAddresses = maxTrackedAddresses;
        b.maxPendingConnections = maxPendingConnections;
        return b;
    }

    /** Equal when every option is; TLS contexts compare as the same object. */
    @Override
    public boolean equals(Object o) {
        return o instanceof OutbindOptions other
                && Objects.equals(password, other.password)
                && tls == other.tls
                && maxFailures == other.maxFailures
                && failureWindow.equals(other.failureWindow)
                && maxTrackedAddresses == other.maxTrackedAddresses
                && maxPendingConnections == other.maxPendingConnections;
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                password,
                System.identityHashCode(tls),
                maxFailures,
                failureWindow,
                maxTrackedAddresses,
                maxPendingConnections);
    }

    @Override
    public String toString() {
        return "OutbindOptions(password=" + (password == null ? "<bind password>" : LogSafe.MASK)
                + ", tls=" + (tls != null)
                + ", maxFailures=" + maxFailures
                + ", failureWindow=" + failureWindow
                + ", maxTrackedAddresses=" + maxTrackedAddresses
                + ", maxPendingConnections=" + maxPendingConnections + ")";
    }

    /** Builds {@link OutbindOptions}; every setter checks its argument and names the limit. */
    public static final class Builder {
        private String password;
        private SslContext tls;
        private int maxFailures = 5;
        private Duration failureWindow = Duration.ofMinutes(1);
        private int maxTrackedAddresses = 10_000;
        private int maxPendingConnections = 32;

        private Builder() {}

        /** The password the SMSC's outbind must carry, at most 8 characters (default: the bind password). */
        public Builder password(String password) {
            this.password = Fields.cString("outbind password", password, 9);
            return this;
        }

        /** Accept outbind over TLS with this server context (your certificate and key); default plain TCP. */
        public Builder tls(SslContext serverContext) {
            if (Objects.requireNonNull(serverContext, "tls").isClient()) {
                throw new IllegalArgumentException("the outbind SslContext must be a server context");
            }
            this.tls = serverContext;
            return this;
        }

        /**
         * At most this many failed attempts (wrong password, another first PDU, no outbind in time) per source address
         * per window, 1–1,000 (default 5 per minute). Further connections from that address are closed at once until
         * the window that began with its first failure is over.
         */
        public Builder maxFailures(int maxFailures, Duration window) {
            this.maxFailures = Fields.range("outbind maxFailures", maxFailures, 1, 1000);
            if (window == null || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("outbind failure window is " + window + "; must be positive");
            }
            this.failureWindow = window;
            return this;
        }

        /** For how many source addresses failures are remembered, 1–1,000,000 (default 10,000). */
        public Builder maxTrackedAddresses(int max) {
            this.maxTrackedAddresses = Fields.range("outbind maxTrackedAddresses", max, 1, 1_000_000);
            return this;
        }

        /** How many accepted connections may wait for their outbind at once, 1–10,000 (default 32). */
        public Builder maxPendingConnections(int max) {
            this.maxPendingConnections = Fields.range("outbind maxPendingConnections", max, 1, 10_000);
            return this;
        }

        public OutbindOptions build() {
            return new OutbindOptions(this);
        }
    }
}
