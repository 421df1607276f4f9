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

    /** Every option at its default. */
    public static TimeoutOptions defaults() {
        return DEFAULTS;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding these values, to change some of them (a stable bind time left at its default still follows
     * the enquire_link interval).
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

    /** How long a TCP connect may take. */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** How long to wait for the bind response. */
    public Duration bindTimeout() {
        return bindTimeout;
    }

    /** How long to wait for each response before failing the request. */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    /** Send enquire_link after the link has been idle this long. */
    public Duration enquireLinkInterval() {
        return enquireLinkInterval;
    }

    /** Close and reconnect if enquire_link is not answered within this. */
    public Duration enquireLinkTimeout() {
        return enquireLinkTimeout;
    }

    /** How long to wait for unbind_resp when stopping before closing anyway. */
    public Duration unbindTimeout() {
        return unbindTimeout;
    }

    /**
     * How long a session must stay bound before the reconnect backoff starts again from its first delay: as set, or
     * else the {@link #enquireLinkInterval()}.
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

        /** How long a TCP connect may take (default 10 s). */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = OptionChecks.positive("connectTimeout", timeout);
            return this;
        }

        /**
         * How long to wait for the bind response (default 10 s); also how long an outbind connection may take to send
         * its outbind.
         */
        public Builder bindTimeout(Duration timeout) {
            this.bindTimeout = OptionChecks.positive("bindTimeout", timeout);
            return this;
        }

        /** How long to wait for each response before failing the request (default 10 s). */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = OptionChecks.positive("requestTimeout", timeout);
            return this;
        }

        /** Send enquire_link after the link has been idle this long (default 30 s). */
        public Builder enquireLinkInterval(Duration interval) {
            this.enquireLinkInterval = OptionChecks.positive("enquireLinkInterval", interval);
            return this;
        }

        /** Close and reconnect if enquire_link is not answered within this (default 10 s). */
        public Builder enquireLinkTimeout(Duration timeout) {
            this.enquireLinkTimeout = OptionChecks.positive("enquireLinkTimeout", timeout);
            return this;
        }

        /** How long to wait for unbind_resp when stopping before closing anyway (default 2 s). */
        public Builder unbindTimeout(Duration timeout) {
            this.unbindTimeout = OptionChecks.positive("unbindTimeout", timeout);
            return this;
        }

        /**
         * How long a session must stay bound before the reconnect backoff starts again from its first delay (default
         * the {@link #enquireLinkInterval enquire_link interval}). An SMSC that accepts the bind and drops the session
         * at once thus sees the growing reconnect delays, not one reconnect per initial delay.
         */
        public Builder stableBindTime(Duration time) {
            this.stableBindTime = OptionChecks.positive("stableBindTime", time);
            return this;
        }

        public TimeoutOptions build() {
            return new TimeoutOptions(this);
        }
    }
}
