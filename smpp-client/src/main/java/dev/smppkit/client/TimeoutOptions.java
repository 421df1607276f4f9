package dev.smppkit.client;

import dev.smppkit.client.internal.OptionChecks;
import java.time.Duration;
import java.util.Objects;

/**
 * How long the client waits on the SMSC: to connect, to bind, for each response, for the link to prove alive, to
 * unbind, and how long a session must stay bound before redialing starts again from the shortest delay. Immutable;
 * {@link #builder()}, or {@link #mutate()} to start from these values.
 *
 * <p>Defaults: connect 10 s, bind 10 s, request 10 s, enquire_link after 30 s idle and answered within 10 s, unbind 2
 * s, stable bind after the enquire_link interval.
 */
public final class TimeoutOptions {
    private static final TimeoutOptions DEFAULTS = builder().build();

    private final Duration connectTimeout;
    private final Duration bindTimeout;
    private final Duration requestTimeout;
    private final Duration enquireLinkInterval;
    private final Duration enquireLinkTimeout;
    private final Duration unbindTimeout;
    private final Duration stableBindTime; // null: the enquire_link interval

    private TimeoutOptions(Builder b) {
        this.connectTimeout = b.connectTimeout;
        this.bindTimeout = b.bindTimeout;
        this.requestTimeout = b.requestTimeout;
        this.enquireLinkInterval = b.enquireLinkInterval;
        this.enquireLinkTimeout = b.enquireLinkTimeout;
        this.unbindTimeout = b.unbindTimeout;
        this.stableBindTime = b.stableBindTime;
    }

    /**
     * Every option at its default: connect, bind and request 10 s, enquire_link after 30 s idle answered within 10 s,
     * unbind 2 s, stable bind time following the enquire_link interval.
     *
     * @return the shared default options
     */
    public static TimeoutOptions defaults() {
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
     * A builder holding these values, to change some of them (a stable bind time left at its default still follows the
     * enquire_link interval).
     *
     * @return a new builder with every option set to this one's value
     */
    public Builder mutate() {
        Builder b = new Builder();
        b.connectTimeout = connectTimeout;
        b.bindTimeout = bindTimeout;
        b.requestTimeout = requestTimeout;
        b.enquireLinkInterval = enquireLinkInterval;
        b.enquireLinkTimeout = enquireLinkTimeout;
        b.unbindTimeout = unbindTimeout;
        b.stableBindTime = stableBindTime;
        return b;
    }

    /**
     * How long a TCP connect may take before the attempt counts as failed and the session waits its reconnect delay.
     *
     * @return the connect timeout (default 10 s)
     */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /**
     * How long to wait for the bind response; also how long an outbind connection may take to send its outbind.
     *
     * @return the bind timeout (default 10 s)
     */
    public Duration bindTimeout() {
        return bindTimeout;
    }

    /**
     * How long to wait for each response, counted from the request's successful write, before failing the request with
     * {@link ResponseTimeoutException}.
     *
     * @return the request timeout (default 10 s)
     */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    /**
     * Send enquire_link after the link has been idle this long.
     *
     * @return the idle time before a keepalive (default 30 s)
     */
    public Duration enquireLinkInterval() {
        return enquireLinkInterval;
    }

    /**
     * Close and reconnect if enquire_link is not answered within this.
     *
     * @return the keepalive answer timeout (default 10 s)
     */
    public Duration enquireLinkTimeout() {
        return enquireLinkTimeout;
    }

    /**
     * How long to wait for unbind_resp when stopping before closing anyway.
     *
     * @return the unbind timeout (default 2 s)
     */
    public Duration unbindTimeout() {
        return unbindTimeout;
    }

    /**
     * How long a session must stay bound before the reconnect backoff starts again from its first delay: as set, or
     * else the {@link #enquireLinkInterval()}.
     *
     * @return the stable bind time (default the enquire_link interval, 30 s)
     */
    public Duration stableBindTime() {
        return stableBindTime != null ? stableBindTime : enquireLinkInterval;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeoutOptions other
                && connectTimeout.equals(other.connectTimeout)
                && bindTimeout.equals(other.bindTimeout)
                && requestTimeout.equals(other.requestTimeout)
                && enquireLinkInterval.equals(other.enquireLinkInterval)
                && enquireLinkTimeout.equals(other.enquireLinkTimeout)
                && unbindTimeout.equals(other.unbindTimeout)
                && Objects.equals(stableBindTime, other.stableBindTime);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                connectTimeout,
                bindTimeout,
                requestTimeout,
                enquireLinkInterval,
                enquireLinkTimeout,
                unbindTimeout,
                stableBindTime);
    }

    @Override
    public String toString() {
        return "TimeoutOptions(connectTimeout=" + connectTimeout
                + ", bindTimeout=" + bindTimeout
                + ", requestTimeout=" + requestTimeout
                + ", enquireLinkInterval=" + enquireLinkInterval
                + ", enquireLinkTimeout=" + enquireLinkTimeout
                + ", unbindTimeout=" + unbindTimeout
                + ", stableBindTime=" + stableBindTime() + ")";
    }

    /** Builds {@link TimeoutOptions}; every setter checks its argument and names the limit. */
    public static final class Builder {
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration bindTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(10);
        private Duration enquireLinkInterval = Duration.ofSeconds(30);
        private Duration enquireLinkTimeout = Duration.ofSeconds(10);
        private Duration unbindTimeout = Duration.ofSeconds(2);
        private Duration stableBindTime;

        private Builder() {}

        /**
         * How long a TCP connect (the TLS handshake not included) may take (default 10 s). A connect that takes longer
         * fails and the session tries again after its {@link ConnectionOptions#reconnect() reconnect} delay.
         *
         * @param timeout a positive duration; whole milliseconds count
         * @return this builder
         * @throws IllegalArgumentException if timeout is null, zero or negative ("connectTimeout is PT0S; must be
         *     positive")
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = OptionChecks.positive("connectTimeout", timeout);
            return this;
        }

        /**
         * How long to wait for the bind response (default 10 s); also how long an outbind connection may take to send
         * its outbind. A bind not answered in time is reported as {@link SessionEvent.Type#BIND_TIMEOUT}, and the
         * connection is closed and redialed after the reconnect delay; being transient, a timeout never fails {@link
         * Esme#start()}, even with {@link BindOptions#failStartOnBindRejection()}.
         *
         * @param timeout a positive duration
         * @return this builder
         * @throws IllegalArgumentException if timeout is null, zero or negative ("bindTimeout is PT0S; must be
         *     positive")
         */
        public Builder bindTimeout(Duration timeout) {
            this.bindTimeout = OptionChecks.positive("bindTimeout", timeout);
            return this;
        }

        /**
         * How long to wait for each response before failing the request (default 10 s). The time counts from the
         * request's successful write, so time spent in the client's own outbound buffer does not count. A submit_sm not
         * answered in time fails its message with {@link ResponseTimeoutException} (the SMSC may still have accepted
         * it) and frees its window slot.
         *
         * @param timeout a positive duration
         * @return this builder
         * @throws IllegalArgumentException if timeout is null, zero or negative ("requestTimeout is PT0S; must be
         *     positive")
         */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = OptionChecks.positive("requestTimeout", timeout);
            return this;
        }

        /**
         * Send enquire_link after the link has been idle this long (default 30 s); it also is the default {@link
         * #stableBindTime stable bind time}. Shorter keeps NAT and firewall mappings alive and finds a dead link
         * sooner, at the cost of more PDUs.
         *
         * @param interval a positive duration
         * @return this builder
         * @throws IllegalArgumentException if interval is null, zero or negative ("enquireLinkInterval is PT0S; must be
         *     positive")
         */
        public Builder enquireLinkInterval(Duration interval) {
            this.enquireLinkInterval = OptionChecks.positive("enquireLinkInterval", interval);
            return this;
        }

        /**
         * Close and reconnect if enquire_link is not answered within this (default 10 s); the session reports {@link
         * SessionEvent.Type#CONNECTION_LOST} and is redialed after the reconnect delay.
         *
         * @param timeout a positive duration
         * @return this builder
         * @throws IllegalArgumentException if timeout is null, zero or negative ("enquireLinkTimeout is PT0S; must be
         *     positive")
         */
        public Builder enquireLinkTimeout(Duration timeout) {
            this.enquireLinkTimeout = OptionChecks.positive("enquireLinkTimeout", timeout);
            return this;
        }

        /**
         * How long to wait for unbind_resp when stopping before closing anyway (default 2 s).
         *
         * @param timeout a positive duration
         * @return this builder
         * @throws IllegalArgumentException if timeout is null, zero or negative ("unbindTimeout is PT0S; must be
         *     positive")
         */
        public Builder unbindTimeout(Duration timeout) {
            this.unbindTimeout = OptionChecks.positive("unbindTimeout", timeout);
            return this;
        }

        /**
         * How long a session must stay bound before the reconnect backoff starts again from its first delay (default
         * the {@link #enquireLinkInterval enquire_link interval}). An SMSC that accepts the bind and drops the session
         * at once thus sees the growing reconnect delays, not one reconnect per initial delay.
         *
         * @param time a positive duration
         * @return this builder
         * @throws IllegalArgumentException if time is null, zero or negative ("stableBindTime is PT0S; must be
         *     positive")
         */
        public Builder stableBindTime(Duration time) {
            this.stableBindTime = OptionChecks.positive("stableBindTime", time);
            return this;
        }

        /**
         * Builds the options; every value was checked by its setter.
         *
         * @return immutable options holding this builder's values
         */
        public TimeoutOptions build() {
            return new TimeoutOptions(this);
        }
    }
}
