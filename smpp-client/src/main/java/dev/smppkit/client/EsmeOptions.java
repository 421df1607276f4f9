package dev.smppkit.client;

import dev.smppkit.codec.internal.Fields;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.Optional;

/**
 * Every option of an {@link Esme}, in groups: {@link ConnectionOptions connection}, {@link BindOptions bind},
 * {@link SubmissionOptions submission}, {@link TimeoutOptions timeouts}, {@link InboundOptions inbound} and
 * {@link OutbindOptions outbind}. Immutable; read them back from a client with {@link Esme#options()}, start a new
 * client from them with {@link EsmeBuilder#options(EsmeOptions)}, change some with {@link #mutate()}.
 * {@link #toString()} masks the passwords, so the options can be logged whole.
 *
 * <p>The broker, correlator and hook are not options but collaborators: see {@link Esme#broker()}.
 */
public final class EsmeOptions {
    private static final EsmeOptions DEFAULTS = builder().build();

    private final ConnectionOptions connection;
    private final BindOptions bind;
    private final SubmissionOptions submission;
    private final TimeoutOptions timeouts;
    private final InboundOptions inboundAsSet; // its in-flight limit may still follow the window
    private final InboundOptions inbound; // the same with that limit made a number
    private final InetSocketAddress outbindAddress; // null: no outbind listener
    private final OutbindOptions outbind;
    private final String name; // null: named by the system_id
    private final String correlationScope; // null: the system_id

    private EsmeOptions(Builder b) {
        this.connection = b.connection;
        this.bind = b.bind;
        this.submission = b.submission;
        this.timeouts = b.timeouts;
        this.inboundAsSet = b.inbound;
        this.inbound = b.inbound.withWindow(b.submission.window());
        this.outbindAddress = b.outbindAddress;
        this.outbind = b.outbind;
        this.name = b.name;
        this.correlationScope = b.correlationScope;
    }

    /**
     * Every option at its default (no host, no system_id: not enough to build a client).
     *
     * @return the shared default options
     */
    public static EsmeOptions defaults() {
        return DEFAULTS;
    }

    /**
     * A builder starting from every group's defaults, without outbind.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding these groups, to replace some of them; these options stay as they are.
     *
     * @return a new builder with every group set to this one's
     */
    public Builder mutate() {
        Builder b = new Builder();
        b.connection = connection;
        b.bind = bind;
        b.submission = submission;
        b.timeouts = timeouts;
        b.inbound = inboundAsSet;
        b.outbindAddress = outbindAddress;
        b.outbind = outbind;
        b.name = name;
        b.correlationScope = correlationScope;
        return b;
    }

    /**
     * The name of this ESME's account, as outcomes, receipts, incoming messages and session events report it and as
     * an {@code SmsGateway} routes to it.
     *
     * @return the name set with {@link Builder#name}, else the system_id (empty if that is not set either)
     */
    public String name() {
        return name != null ? name : bind.systemId() == null ? "" : bind.systemId();
    }

    /**
     * The key that scopes this ESME's entries in the {@link Correlator}: message ids are unique only per SMSC account,
     * so the correlator stores and looks up (scope, message id).
     *
     * @return the scope set with {@link Builder#correlationScope}, else the system_id (empty if that is not set)
     */
    public String correlationScope() {
        return correlationScope != null ? correlationScope : bind.systemId() == null ? "" : bind.systemId();
    }

    /** The correlation scope as set: null when it follows the system_id. */
    String correlationScopeAsSet() {
        return correlationScope;
    }

    /** The name as set: null when it follows the system_id. */
    String nameAsSet() {
        return name;
    }

    /**
     * Where and how the client connects: host, port, TLS, sessions, reconnect backoff and threads.
     *
     * @return the connection options
     */
    public ConnectionOptions connection() {
        return connection;
    }

    /**
     * Who the client binds as: system_id, password, system_type, bind mode and address_range.
     *
     * @return the bind options
     */
    public BindOptions bind() {
        return bind;
    }

    /**
     * How messages go out: window, rate, throttling, in-flight policy and splitting.
     *
     * @return the submission options
     */
    public SubmissionOptions submission() {
        return submission;
    }

    /**
     * How long the client waits on the SMSC: connect, bind, request, enquire_link, unbind and the stable bind time.
     *
     * @return the timeout options
     */
    public TimeoutOptions timeouts() {
        return timeouts;
    }

    /**
     * The inbound options, with the default in-flight limit shown as the number it is (twice the window).
     *
     * @return the inbound options, their in-flight limit a number
     */
    public InboundOptions inbound() {
        return inbound;
    }

    /** The inbound options as set: a default in-flight limit still 0, following the window. */
    InboundOptions inboundAsSet() {
        return inboundAsSet;
    }

    /**
     * Where the client listens for outbind as configured (port 0: any free port); empty without outbind. Once the
     * client has started, {@link Esme#outbindAddress()} tells the address actually bound.
     *
     * @return the configured listen address, or empty without outbind (the default)
     */
    public Optional<InetSocketAddress> outbindListenAddress() {
        return Optional.ofNullable(outbindAddress);
    }

    /**
     * How the outbind listener checks who connects; unused without {@link #outbindListenAddress()}.
     *
     * @return the outbind options (their defaults without outbind)
     */
    public OutbindOptions outbind() {
        return outbind;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EsmeOptions other
                && connection.equals(other.connection)
                && bind.equals(other.bind)
                && submission.equals(other.submission)
                && timeouts.equals(other.timeouts)
                && inboundAsSet.equals(other.inboundAsSet)
                && Objects.equals(outbindAddress, other.outbindAddress)
                && outbind.equals(other.outbind)
                && Objects.equals(name, other.name)
                && Objects.equals(correlationScope, other.correlationScope);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                connection, bind, submission, timeouts, inboundAsSet, outbindAddress, outbind, name, correlationScope);
    }

    /** Every group, passwords masked. */
    @Override
    public String toString() {
        return "EsmeOptions(name=" + name() + ", connection=" + connection
                + ", bind=" + bind
                + ", submission=" + submission
                + ", timeouts=" + timeouts
                + ", inbound=" + inbound
                + ", outbindListenAddress=" + (outbindAddress != null ? outbindAddress : "none")
                + ", outbind=" + outbind + ")";
    }

    /** Builds {@link EsmeOptions} from whole groups; each group's own builder checks its values. */
    public static final class Builder {
        private ConnectionOptions connection = ConnectionOptions.defaults();
        private BindOptions bind = BindOptions.defaults();
        private SubmissionOptions submission = SubmissionOptions.defaults();
        private TimeoutOptions timeouts = TimeoutOptions.defaults();
        private InboundOptions inbound = InboundOptions.defaults();
        private InetSocketAddress outbindAddress;
        private OutbindOptions outbind = OutbindOptions.defaults();
        private String name;
        private String correlationScope;

        private Builder() {}

        /**
         * The key that scopes this ESME's entries in the correlator (default: the system_id). Set it when two accounts
         * with the same system_id at different SMSCs share one correlator, whose message ids could otherwise collide;
         * keep it when binds to the same SMSC account must match each other's receipts. At most 16 characters, the
         * width of the JDBC correlator's column.
         *
         * @param scope 1 to 16 characters, or null for the system_id
         * @return this builder
         * @throws IllegalArgumentException if empty or longer than 16 characters
         */
        public Builder correlationScope(String scope) {
            if (scope != null && (scope.isEmpty() || scope.length() > 16)) {
                throw new IllegalArgumentException("correlationScope must be 1 to 16 characters, was '" + scope + "'");
            }
            this.correlationScope = scope;
            return this;
        }

        /**
         * Names the account (default: the system_id), for logs, events and outcomes, and for routing in an
         * {@code SmsGateway}: 1 to 64 letters, digits, '-', '_' or '.'.
         *
         * @param name the name, or null for the system_id
         * @return this builder
         * @throws IllegalArgumentException if the name is empty, longer than 64 characters or has other characters
         */
        public Builder name(String name) {
            if (name != null && !name.matches("[A-Za-z0-9._-]{1,64}")) {
                throw new IllegalArgumentException(
                        "name must be 1 to 64 letters, digits, '-', '_' or '.', was '" + name + "'");
            }
            this.name = name;
            return this;
        }

        /**
         * The connection group (default {@link ConnectionOptions#defaults()}, which has no host).
         *
         * @param connection the options replacing the whole group
         * @return this builder
         * @throws NullPointerException if connection is null
         */
        public Builder connection(ConnectionOptions connection) {
            this.connection = Objects.requireNonNull(connection, "connection");
            return this;
        }

        /**
         * The bind group (default {@link BindOptions#defaults()}, which has no system_id).
         *
         * @param bind the options replacing the whole group
         * @return this builder
         * @throws NullPointerException if bind is null
         */
        public Builder bind(BindOptions bind) {
            this.bind = Objects.requireNonNull(bind, "bind");
            return this;
        }

        /**
         * The submission group (default {@link SubmissionOptions#defaults()}). The inbound in-flight limit, if left at
         * its default, follows this group's window.
         *
         * @param submission the options replacing the whole group
         * @return this builder
         * @throws NullPointerException if submission is null
         */
        public Builder submission(SubmissionOptions submission) {
            this.submission = Objects.requireNonNull(submission, "submission");
            return this;
        }

        /**
         * The timeout group (default {@link TimeoutOptions#defaults()}).
         *
         * @param timeouts the options replacing the whole group
         * @return this builder
         * @throws NullPointerException if timeouts is null
         */
        public Builder timeouts(TimeoutOptions timeouts) {
            this.timeouts = Objects.requireNonNull(timeouts, "timeouts");
            return this;
        }

        /**
         * The inbound group (default {@link InboundOptions#defaults()}). An in-flight limit left at its default becomes
         * twice the submission window when the options are built.
         *
         * @param inbound the options replacing the whole group
         * @return this builder
         * @throws NullPointerException if inbound is null
         */
        public Builder inbound(InboundOptions inbound) {
            this.inbound = Objects.requireNonNull(inbound, "inbound");
            return this;
        }

        /**
         * Listen on {@code host:port} for outbind with these options; see {@link EsmeBuilder#outbind(String, int,
         * OutbindOptions)}. The host name is resolved now, once.
         *
         * @param host the local host name or address to listen on, e.g. "0.0.0.0" for every interface
         * @param port 0–65535; 0 picks a free port when the client starts
         * @param options how the listener checks who connects
         * @return this builder
         * @throws NullPointerException if host or options is null
         * @throws IllegalArgumentException if port is outside 0–65535 ("outbind port is -1; must be 0-65535")
         */
        public Builder outbind(String host, int port, OutbindOptions options) {
            Objects.requireNonNull(host, "outbind host");
            Fields.range("outbind port", port, 0, 65535);
            this.outbind = Objects.requireNonNull(options, "outbind options");
            this.outbindAddress = new InetSocketAddress(host, port);
            return this;
        }

        /** As {@link #outbind(String, int, OutbindOptions)} with the address resolved already (or null for none). */
        Builder outbind(InetSocketAddress address, OutbindOptions options) {
            this.outbindAddress = address;
            this.outbind = Objects.requireNonNull(options, "outbind options");
            return this;
        }

        /**
         * No outbind listener (the default): forgets an outbind address and its options set before.
         *
         * @return this builder
         */
        public Builder noOutbind() {
            this.outbindAddress = null;
            this.outbind = OutbindOptions.defaults();
            return this;
        }

        /**
         * Builds the options. Each group was checked by its own builder; whether host and system_id are set is checked
         * only when a client is built from them, by {@link EsmeBuilder#build()}.
         *
         * @return immutable options holding these groups
         */
        public EsmeOptions build() {
            return new EsmeOptions(this);
        }
    }
}
