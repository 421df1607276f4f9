package dev.smppkit.spring.boot;

/**
 * One account of {@code smppkit.accounts.<name>.*}, the same keys as the CLI's {@code --config} file. {@link
 * #toString()} never shows the password.
 */
public class SmppAccountProperties {
    /** SMSC host. */
    private String host = "localhost";

    /** SMSC port. */
    private int port = 2775;

    /** The account's system_id; required (at the top level, unless smppkit.accounts is used). */
    private String systemId;

    /** The account's password; never logged. */
    private String password;

    /** Sessions kept bound. */
    private int sessions = 1;

    /** Requests in flight per session; unset keeps the client's default. */
    private Integer window;

    /** submit_sm per second for the account, across its sessions; unset or 0 for unlimited. */
    private Double maxTps;

    /** Creates an account with its defaults; Spring fills it from the environment. */
    public SmppAccountProperties() {}

    /**
     * The SMSC host.
     *
     * @return the host, localhost by default
     */
    public String getHost() {
        return host;
    }

    /**
     * Sets the SMSC host.
     *
     * @param host the host name or address
     */
    public void setHost(String host) {
        this.host = host;
    }

    /**
     * The SMSC port.
     *
     * @return the port, 2775 by default
     */
    public int getPort() {
        return port;
    }

    /**
     * Sets the SMSC port.
     *
     * @param port the port
     */
    public void setPort(int port) {
        this.port = port;
    }

    /**
     * The account's system_id; required.
     *
     * @return the system_id, or null when unset
     */
    public String getSystemId() {
        return systemId;
    }

    /**
     * Sets the system_id.
     *
     * @param systemId the system_id
     */
    public void setSystemId(String systemId) {
        this.systemId = systemId;
    }

    /**
     * The account's password; never logged.
     *
     * @return the password, or null when unset
     */
    public String getPassword() {
        return password;
    }

    /**
     * Sets the password.
     *
     * @param password the password
     */
    public void setPassword(String password) {
        this.password = password;
    }

    /**
     * Sessions kept bound.
     *
     * @return 1 by default
     */
    public int getSessions() {
        return sessions;
    }

    /**
     * Sets the sessions kept bound.
     *
     * @param sessions the number of sessions
     */
    public void setSessions(int sessions) {
        this.sessions = sessions;
    }

    /**
     * Requests in flight per session.
     *
     * @return the window, or null for the client's default
     */
    public Integer getWindow() {
        return window;
    }

    /**
     * Sets the window.
     *
     * @param window requests in flight per session
     */
    public void setWindow(Integer window) {
        this.window = window;
    }

    /**
     * The account's submit rate limit.
     *
     * @return messages per second, or null for no limit
     */
    public Double getMaxTps() {
        return maxTps;
    }

    /**
     * Sets the submit rate limit.
     *
     * @param maxTps messages per second, 0 for unlimited
     */
    public void setMaxTps(Double maxTps) {
        this.maxTps = maxTps;
    }

    @Override
    public String toString() {
        return "Account[" + accountFields() + "]";
    }

    /** The account's keys for a toString; the password only as set or not, as a toString ends up in logs. */
    String accountFields() {
        return "host=" + host + ", port=" + port + ", systemId=" + systemId + ", password="
                + (password == null ? "null" : "****") + ", sessions=" + sessions + ", window=" + window
                + ", maxTps=" + maxTps;
    }
}
