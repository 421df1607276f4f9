package dev.smppkit.spring.boot;

import dev.smppkit.client.BindMode;
import dev.smppkit.client.InFlightPolicy;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code smppkit.*} properties: one SMSC account the auto-configured {@link dev.smppkit.client.Esme} binds to (its
 * connection keys are those of every {@link SmppAccountProperties account}), or several under {@code
 * smppkit.accounts}. A property left unset keeps the client's own default. {@link #toString()} never shows the password.
 */
@ConfigurationProperties("smppkit")
public class SmppProperties extends SmppAccountProperties {
    /** Whether to configure the client at all. */
    private boolean enabled = true;

    /** system_type sent in the bind; unset keeps the client's default. */
    private String systemType;

    /** How each session binds. */
    private BindMode bindMode = BindMode.TRANSCEIVER;

    /** How long a request waits for its response; unset keeps the client's default. */
    private Duration requestTimeout;

    /** Idle time before an enquire_link; unset keeps the client's default. */
    private Duration enquireLinkInterval;

    /** How long shutdown waits for in-flight requests before unbinding. */
    private Duration shutdownTimeout = Duration.ofSeconds(10);

    /** What a stop or a lost connection does with requests in flight; unset is fail. */
    private InFlightPolicy inFlightPolicy;

    /** Accounts by name: when any is set, an SmsGateway over them replaces the single-account client. */
    private final Map<String, SmppAccountProperties> accounts = new LinkedHashMap<>();

    /** Routes of the gateway by name. */
    private final Map<String, SmppRouteProperties> routes = new LinkedHashMap<>();

    private final Tls tls = new Tls();
    private final Jdbc jdbc = new Jdbc();

    /** Creates the properties with their defaults; Spring fills them from the environment. */
    public SmppProperties() {}

    /**
     * Whether the client is configured at all ({@code smppkit.enabled}).
     *
     * @return true by default
     */
    public boolean isEnabled() {
        return enabled;
    }

    /**
     * Sets {@code smppkit.enabled}.
     *
     * @param enabled false to configure no client
     */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /**
     * The system_type sent in the bind ({@code smppkit.system-type}).
     *
     * @return the system_type, or null for the client's default
     */
    public String getSystemType() {
        return systemType;
    }

    /**
     * Sets {@code smppkit.system-type}.
     *
     * @param systemType the system_type
     */
    public void setSystemType(String systemType) {
        this.systemType = systemType;
    }

    /**
     * How each session binds ({@code smppkit.bind-mode}).
     *
     * @return the bind mode, TRANSCEIVER by default
     */
    public BindMode getBindMode() {
        return bindMode;
    }

    /**
     * Sets {@code smppkit.bind-mode}.
     *
     * @param bindMode transmitter, receiver, transceiver or the transmitter-and-receiver pair
     */
    public void setBindMode(BindMode bindMode) {
        this.bindMode = bindMode;
    }

    /**
     * How long a request waits for its response ({@code smppkit.request-timeout}).
     *
     * @return the timeout, or null for the client's default
     */
    public Duration getRequestTimeout() {
        return requestTimeout;
    }

    /**
     * Sets {@code smppkit.request-timeout}.
     *
     * @param requestTimeout the response timeout
     */
    public void setRequestTimeout(Duration requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    /**
     * How long a link may be idle before an enquire_link ({@code smppkit.enquire-link-interval}).
     *
     * @return the interval, or null for the client's default
     */
    public Duration getEnquireLinkInterval() {
        return enquireLinkInterval;
    }

    /**
     * Sets {@code smppkit.enquire-link-interval}.
     *
     * @param enquireLinkInterval the idle interval
     */
    public void setEnquireLinkInterval(Duration enquireLinkInterval) {
        this.enquireLinkInterval = enquireLinkInterval;
    }

    /**
     * How long the context's shutdown waits for in-flight requests before unbinding ({@code
     * smppkit.shutdown-timeout}).
     *
     * @return the timeout, 10 seconds by default
     */
    public Duration getShutdownTimeout() {
        return shutdownTimeout;
    }

    /**
     * Sets {@code smppkit.shutdown-timeout}.
     *
     * @param shutdownTimeout the graceful stop timeout
     */
    public void setShutdownTimeout(Duration shutdownTimeout) {
        this.shutdownTimeout = shutdownTimeout;
    }

    /**
     * What a stop or a lost connection does with requests in flight ({@code smppkit.in-flight-policy}), as in the
     * CLI's --config file; for the single client and the gateway alike.
     *
     * @return the policy, or null for the client's default (fail)
     */
    public InFlightPolicy getInFlightPolicy() {
        return inFlightPolicy;
    }

    /**
     * Sets {@code smppkit.in-flight-policy}.
     *
     * @param inFlightPolicy fail or release
     */
    public void setInFlightPolicy(InFlightPolicy inFlightPolicy) {
        this.inFlightPolicy = inFlightPolicy;
    }

    /**
     * The {@code smppkit.accounts.<name>.*} accounts: when any is set, an {@code SmsGateway} over them is configured
     * instead of the single-account {@code Esme} of {@code smppkit.host}, {@code system-id} etc.
     *
     * @return the accounts by name, in the order given
     */
    public Map<String, SmppAccountProperties> getAccounts() {
        return accounts;
    }

    /**
     * The {@code smppkit.routes.<name>.*} routes of the gateway.
     *
     * @return the routes by name, in the order given
     */
    public Map<String, SmppRouteProperties> getRoutes() {
        return routes;
    }

    /**
     * The {@code smppkit.tls.*} properties.
     *
     * @return the TLS settings
     */
    public Tls getTls() {
        return tls;
    }

    /**
     * The {@code smppkit.jdbc.*} properties.
     *
     * @return the JDBC settings
     */
    public Jdbc getJdbc() {
        return jdbc;
    }

    @Override
    public String toString() {
        // The password is shown only as set or not: a toString ends up in logs and actuator output.
        return "SmppProperties[" + accountFields() + ", systemType=" + systemType + ", bindMode=" + bindMode
                + ", requestTimeout="
                + requestTimeout + ", enquireLinkInterval=" + enquireLinkInterval + ", shutdownTimeout="
                + shutdownTimeout + ", inFlightPolicy=" + inFlightPolicy + ", accounts=" + accounts + ", routes="
                + routes + ", tls.enabled=" + tls.enabled
                + ", jdbc.enabled=" + jdbc.enabled + "]";
    }

    /** The {@code smppkit.tls.*} properties. */
    public static class Tls {
        /** Whether to connect with TLS, trusting the JVM's default trust store. */
        private boolean enabled;

        /** Creates the TLS settings, off by default. */
        public Tls() {}

        /**
         * Whether to connect with TLS, trusting the JVM's default trust store ({@code smppkit.tls.enabled}).
         *
         * @return false by default
         */
        public boolean isEnabled() {
            return enabled;
        }

        /**
         * Sets {@code smppkit.tls.enabled}.
         *
         * @param enabled true for TLS
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }

    /** The {@code smppkit.jdbc.*} properties. */
    public static class Jdbc {
        /** Whether to use JdbcBroker and JdbcCorrelator on the application's DataSource. */
        private boolean enabled;

        /** Whether to create their tables at startup if missing. */
        private boolean initializeSchema;

        /** Creates the JDBC settings, off by default. */
        public Jdbc() {}

        /**
         * Whether to use {@code JdbcBroker} and {@code JdbcCorrelator} on the application's {@code DataSource}
         * ({@code smppkit.jdbc.enabled}).
         *
         * @return false by default
         */
        public boolean isEnabled() {
            return enabled;
        }

        /**
         * Sets {@code smppkit.jdbc.enabled}.
         *
         * @param enabled true for the JDBC broker and correlator
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /**
         * Whether to create the outbox and correlation tables if missing ({@code smppkit.jdbc.initialize-schema}).
         *
         * @return false by default: the schema is expected to be managed by a migration tool
         */
        public boolean isInitializeSchema() {
            return initializeSchema;
        }

        /**
         * Sets {@code smppkit.jdbc.initialize-schema}.
         *
         * @param initializeSchema true to run the DDL at startup
         */
        public void setInitializeSchema(boolean initializeSchema) {
            this.initializeSchema = initializeSchema;
        }
    }
}
