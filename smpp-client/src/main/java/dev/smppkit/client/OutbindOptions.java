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

    /**
     * Every option at its default: the client's bind password, plain TCP, at most 5 failures per source address per
     * minute, failures remembered for 10,000 addresses, at most 32 connections waiting for their outbind.
     *
     * @return the shared default options
     */
    public static OutbindOptions defaults() {
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
     * The password an outbind must carry; empty when the client's bind password is used instead.
     *
     * @return the outbind password, or empty for the bind password (the default)
     */
    public Optional<String> password() {
        return Optional.ofNullable(password);
    }

    /**
     * The server-side TLS context of the listener; empty for plain TCP.
     *
     * @return the server context, or empty for plain TCP (the default)
     */
    public Optional<SslContext> tls() {
        return Optional.ofNullable(tls);
    }

    /**
     * How many failed attempts one source address may make per {@link #failureWindow()}.
     *
     * @return 1–1,000 (default 5)
     */
    public int maxFailures() {
        return maxFailures;
    }

    /**
     * The time over which a source address's failed attempts are counted against {@link #maxFailures()}, from its first
     * failure; once it is over the address may try again.
     *
     * @return the failure window (default 1 minute)
     */
    public Duration failureWindow() {
        return failureWindow;
    }

    /**
     * How many source addresses the failure counts are kept for; the oldest are forgotten first.
     *
     * @return 1–1,000,000 (default 10,000)
     */
    public int maxTrackedAddresses() {
        return maxTrackedAddresses;
    }

    /**
     * How many accepted connections may wait for their outbind at once; more are closed at once.
     *
     * @return 1–10,000 (default 32)
     */
    public int maxPendingConnections() {
        return maxPendingConnections;
    }

    /**
     * A builder holding these values, to change some of them; these options stay as they are.
     *
     * @return a new builder with every option set to this one's value
     */
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

        /**
         * The password the SMSC's outbind must carry (default: the client's {@link BindOptions#password() bind
         * password}). A password of its own is better: a guessed outbind password then does not also let anyone bind as
         * you. An outbind with another password closes its connection and counts as a failure of its source address.
         *
         * @param password at most 8 Latin-1 characters
         * @return this builder
         * @throws NullPointerException if password is null
         * @throws IllegalArgumentException if it is longer than 8 characters or holds a NUL or a character outside
         *     Latin-1 ("outbind password is 9 octets; at most 8 (C-Octet String of 9 with NUL)")
         */
        public Builder password(String password) {
            this.password = Fields.cString("outbind password", password, 9);
            return this;
        }

        /**
         * Accept outbind over TLS with this server context, holding your certificate and key (default plain TCP). Every
         * connection to the listener must then start with a TLS handshake.
         *
         * @param serverContext a Netty server context, e.g. from {@code SslContextBuilder.forServer(key, certificate)}
         * @return this builder
         * @throws NullPointerException if serverContext is null
         * @throws IllegalArgumentException if serverContext is a client context
         */
        public Builder tls(SslContext serverContext) {
            if (Objects.requireNonNull(serverContext, "tls").isClient()) {
                throw new IllegalArgumentException("the outbind SslContext must be a server context");
            }
            this.tls = serverContext;
            return this;
        }

        /**
         * At most this many failed attempts (wrong password, another first PDU, no outbind in time) per source address
         * per window (default 5 per minute). Further connections from that address are closed at once until the window
         * that began with its first failure is over. IPv6 addresses count by their /64 prefix, since one host commonly
         * holds a whole /64.
         *
         * @param maxFailures 1–1,000 failures
         * @param window a positive duration, counted from an address's first failure
         * @return this builder
         * @throws IllegalArgumentException if maxFailures is outside 1–1,000 ("outbind maxFailures is 0; must be
         *     1-1000"), or window is null, zero or negative ("outbind failure window is PT0S; must be positive")
         */
        public Builder maxFailures(int maxFailures, Duration window) {
            this.maxFailures = Fields.range("outbind maxFailures", maxFailures, 1, 1000);
            if (window == null || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("outbind failure window is " + window + "; must be positive");
            }
            this.failureWindow = window;
            return this;
        }

        /**
         * For how many source addresses failures are remembered (default 10,000); past that the oldest are forgotten
         * first, so memory stays bounded when many addresses fail.
         *
         * @param max 1–1,000,000
         * @return this builder
         * @throws IllegalArgumentException if max is outside 1–1,000,000 ("outbind maxTrackedAddresses is 0; must be
         *     1-1000000")
         */
        public Builder maxTrackedAddresses(int max) {
            this.maxTrackedAddresses = Fields.range("outbind maxTrackedAddresses", max, 1, 1_000_000);
            return this;
        }

        /**
         * How many accepted connections may wait for their outbind at once (default 32); more are closed at once, so
         * that idle connections cannot tie up the listener. Each one waits at most the {@link
         * TimeoutOptions#bindTimeout() bind timeout}.
         *
         * @param max 1–10,000
         * @return this builder
         * @throws IllegalArgumentException if max is outside 1–10,000 ("outbind maxPendingConnections is 0; must be
         *     1-10000")
         */
        public Builder maxPendingConnections(int max) {
            this.maxPendingConnections = Fields.range("outbind maxPendingConnections", max, 1, 10_000);
            return this;
        }

        /**
         * Builds the options; every value was checked by its setter.
         *
         * @return immutable options holding this builder's values
         */
        public OutbindOptions build() {
            return new OutbindOptions(this);
        }
    }
}
