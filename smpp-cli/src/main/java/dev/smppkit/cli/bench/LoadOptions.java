package dev.smppkit.cli.bench;

import dev.smppkit.cli.config.GatewayConfig;
import dev.smppkit.client.BindMode;
import dev.smppkit.client.TlsOptions;
import dev.smppkit.codec.Address;
import dev.smppkit.codec.text.Encoding;
import java.time.Duration;
import java.util.Objects;

/**
 * What a {@link LoadRunner} does: where to connect, how many messages, how (window, sessions, rate, receipts) and which
 * text. With a {@link #config() gateway configuration} the run goes through an {@code SmsGateway} over its accounts,
 * which then set the hosts, credentials, sessions, window and rate instead. Immutable; {@link #builder()} checks each value and names the field it refuses.
 */
public final class LoadOptions {
    /** 160 GSM characters: one full single-segment message, as the codec benchmark uses. */
    public static final String TEXT_160 = "Your verification code is 482913. It expires in 10 minutes. "
            + "Do not share it with anyone, including our staff. If you did not ask for this code, ignore this SMS.";

    private final String host;
    private final int port;
    private final String systemId;
    private final String password;
    private final TlsOptions tls;
    private final BindMode bindMode;
    private final Duration timeout;
    private final long count;
    private final int window;
    private final int sessions;
    private final int ioThreads;
    private final boolean receipts;
    private final double tps;
    private final String text;
    private final Encoding encoding;
    private final Address from;
    private final String toPrefix;
    private final Duration receiptTimeout;
    private final GatewayConfig config;

    private LoadOptions(Builder b) {
        this.host = b.host;
        this.port = b.port;
        this.systemId = b.systemId;
        this.password = b.password;
        this.tls = b.tls;
        this.bindMode = b.bindMode;
        this.timeout = b.timeout;
        this.count = b.count;
        this.window = b.window;
        this.sessions = b.sessions;
        this.ioThreads = b.ioThreads;
        this.receipts = b.receipts;
        this.tps = b.tps;
        this.text = b.text;
        this.encoding = b.encoding;
        this.from = b.from;
        this.toPrefix = b.toPrefix;
        this.receiptTimeout = b.receiptTimeout;
        this.config = b.config;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these options, e.g. to change the count for a warm-up run. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.host = host;
        b.port = port;
        b.systemId = systemId;
        b.password = password;
        b.tls = tls;
        b.bindMode = bindMode;
        b.timeout = timeout;
        b.count = count;
        b.window = window;
        b.sessions = sessions;
        b.ioThreads = ioThreads;
        b.receipts = receipts;
        b.tps = tps;
        b.text = text;
        b.encoding = encoding;
        b.from = from;
        b.toPrefix = toPrefix;
        b.receiptTimeout = receiptTimeout;
        b.config = config;
        return b;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String systemId() {
        return systemId;
    }

    public String password() {
        return password;
    }

    /** TLS, or null for plain TCP. */
    public TlsOptions tls() {
        return tls;
    }

    public BindMode bindMode() {
        return bindMode;
    }

    /** Limit for connecting, binding and each response. */
    public Duration timeout() {
        return timeout;
    }

    /** Messages to send. */
    public long count() {
        return count;
    }

    /** Requests in flight per session. */
    public int window() {
        return window;
    }

    public int sessions() {
        return sessions;
    }

    /** Event loop threads of the client. */
    public int ioThreads() {
        return ioThreads;
    }

    /** Whether every message asks for a delivery receipt, and the run waits for them. */
    public boolean receipts() {
        return receipts;
    }

    /** The most submit_sm per second over all sessions; 0 for as fast as the window allows. */
    public double tps() {
        return tps;
    }

    public String text() {
        return text;
    }

    /** The forced encoding, or null to let the client choose (GSM 7-bit, else UCS-2). */
    public Encoding encoding() {
        return encoding;
    }

    public Address from() {
        return from;
    }

    /**
     * The digits every destination starts with; the message's number in the run follows, zero-padded to at least 8
     * digits, so that each message has its own destination (which is how its latency is measured).
     */
    public String toPrefix() {
        return toPrefix;
    }

    /** How long to wait for the next receipt before giving up on the rest. */
    public Duration receiptTimeout() {
        return receiptTimeout;
    }

    /** The accounts and routes to run through a gateway, or null for one ESME from the options above. */
    public GatewayConfig config() {
        return config;
    }

    /** {@code host:port}, or each account's hosts with a gateway configuration. */
    public String target() {
        if (config != null) {
            return String.join(
                    ", ",
                    config.accounts().stream()
                            .map(GatewayConfig.Account::target)
                            .toList());
        }
        return host + ":" + port;
    }

    /** Builds {@link LoadOptions}. Not thread-safe. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port = 2775;
        private String systemId;
        private String password = "";
        private TlsOptions tls;
        private BindMode bindMode = BindMode.TRANSCEIVER;
        private Duration timeout = Duration.ofSeconds(10);
        private long count = 10_000;
        private int window = 100;
        private int sessions = 1;
        private int ioThreads = 1;
        private boolean receipts;
        private double tps;
        private String text = TEXT_160;
        private Encoding encoding;
        private Address from = Address.alphanumeric("SMPPKIT");
        private String toPrefix = "4479";
        private Duration receiptTimeout = Duration.ofSeconds(30);
        private GatewayConfig config;

        private Builder() {}

        /**
         * Runs through a gateway over these accounts and routes (null, the default, for one ESME); host, port,
         * systemId, password, sessions, window and tps are then the accounts' own and not used.
         */
        public Builder config(GatewayConfig config) {
            this.config = config;
            return this;
        }

        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        public Builder port(int port) {
            this.port = range("port", port, 1, 65535);
            return this;
        }

        public Builder systemId(String systemId) {
            this.systemId = Objects.requireNonNull(systemId, "systemId");
            return this;
        }

        public Builder password(String password) {
            this.password = Objects.requireNonNull(password, "password");
            return this;
        }

        /** TLS, or null for plain TCP (the default). */
        public Builder tls(TlsOptions tls) {
            this.tls = tls;
            return this;
        }

        public Builder bindMode(BindMode bindMode) {
            this.bindMode = Objects.requireNonNull(bindMode, "bindMode");
            return this;
        }

        public Builder timeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isZero() || timeout.isNegative()) {
                throw new IllegalArgumentException("timeout is " + timeout + "; must be positive");
            }
            this.timeout = timeout;
            return this;
        }

        /** 1 to 1,000,000,000 messages (default 10,000). */
        public Builder count(long count) {
            if (count < 1 || count > 1_000_000_000L) {
                throw new IllegalArgumentException("count is " + count + "; must be 1-1000000000");
            }
            this.count = count;
            return this;
        }

        /** 1 to 100,000 (default 100). */
        public Builder window(int window) {
            this.window = range("window", window, 1, 100_000);
            return this;
        }

        /** 1 to 64 (default 1). */
        public Builder sessions(int sessions) {
            this.sessions = range("sessions", sessions, 1, 64);
            return this;
        }

        /** 1 to 64 (default 1). */
        public Builder ioThreads(int ioThreads) {
            this.ioThreads = range("ioThreads", ioThreads, 1, 64);
            return this;
        }

        public Builder receipts(boolean receipts) {
            this.receipts = receipts;
            return this;
        }

        /** 0 (unlimited, the default) or more. */
        public Builder tps(double tps) {
            if (tps < 0 || Double.isNaN(tps)) {
                throw new IllegalArgumentException("tps is " + tps + "; must be 0 (unlimited) or more");
            }
            this.tps = tps;
            return this;
        }

        public Builder text(String text) {
            if (Objects.requireNonNull(text, "text").isEmpty()) {
                throw new IllegalArgumentException("text is empty");
            }
            this.text = text;
            return this;
        }

        /** null to let the client choose. */
        public Builder encoding(Encoding encoding) {
            this.encoding = encoding;
            return this;
        }

        public Builder from(Address from) {
            this.from = Objects.requireNonNull(from, "from");
            return this;
        }

        /** Digits only, at most 11 (so that the prefix and a 9-digit number fit in 20 characters). */
        public Builder toPrefix(String toPrefix) {
            if (!toPrefix.chars().allMatch(c -> c >= '0' && c <= '9') || toPrefix.length() > 11) {
                throw new IllegalArgumentException("toPrefix is '" + toPrefix + "'; must be at most 11 digits");
            }
            this.toPrefix = toPrefix;
            return this;
        }

        public Builder receiptTimeout(Duration receiptTimeout) {
            this.receiptTimeout = Objects.requireNonNull(receiptTimeout, "receiptTimeout");
            return this;
        }

        /** @throws IllegalArgumentException if the system_id is missing (and there is no gateway configuration) */
        public LoadOptions build() {
            if (config == null && (systemId == null || systemId.isEmpty())) {
                throw new IllegalArgumentException("systemId is required");
            }
            return new LoadOptions(this);
        }

        private static int range(String field, int value, int min, int max) {
            if (value < min || value > max) {
                throw new IllegalArgumentException(field + " is " + value + "; must be " + min + "-" + max);
            }
            return value;
        }
    }
}
