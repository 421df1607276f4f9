package dev.smppkit.client;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.internal.Fields;
import dev.smppkit.codec.pdu.Bind;
import dev.smppkit.codec.text.LogSafe;
import java.util.Objects;

/**
 * Who the client binds as and how: the bind PDU's fields and what a refused first bind does. Immutable;
 * {@link #builder()}, or {@link #mutate()} to start from these values. {@link #toString()} masks the password.
 *
 * <p>Defaults: no system_id (required), empty password and system_type, transceiver, address_range NULL, interface
 * version 3.4, and {@link Esme#start()} fails when the SMSC refuses the first bind.
 */
public final class BindOptions {
    private static final BindOptions DEFAULTS = builder().build();

    private final String systemId;
    private final String password;
    private final String systemType;
    private final BindMode bindMode;
    private final Address addressRange;
    private final int interfaceVersion;
    private final boolean failStartOnBindRejection;

    private BindOptions(Builder b) {
        this.systemId = b.systemId;
        this.password = b.password;
        this.systemType = b.systemType;
        this.bindMode = b.bindMode;
        this.addressRange = b.addressRange;
        this.interfaceVersion = b.interfaceVersion;
        this.failStartOnBindRejection = b.failStartOnBindRejection;
    }

    /**
     * Every option at its default: no system_id (so not enough to bind), empty password and system_type, transceiver,
     * address_range NULL, interface version 3.4, and a refused first bind fails {@link Esme#start()}.
     *
     * @return the shared default options
     */
    public static BindOptions defaults() {
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
        b.systemId = systemId;
        b.password = password;
        b.systemType = systemType;
        b.bindMode = bindMode;
        b.addressRange = addressRange;
        b.interfaceVersion = interfaceVersion;
        b.failStartOnBindRejection = failStartOnBindRejection;
        return b;
    }

    /**
     * The account's system_id, sent in every bind; null until set.
     *
     * @return the system_id, at most 15 characters, or null
     */
    public String systemId() {
        return systemId;
    }

    /**
     * The bind password (empty for none). Not shown by {@link #toString()}.
     *
     * @return the password, at most 8 characters (default empty)
     */
    public String password() {
        return password;
    }

    /**
     * The system_type the bind carries, which some SMSCs use to tell the kind of ESME or pick an account variant.
     *
     * @return the system_type, at most 12 characters (default empty, sent as NULL)
     */
    public String systemType() {
        return systemType;
    }

    /**
     * How each session binds: transmitter, receiver, transceiver, or a transmitter and a receiver connection.
     *
     * @return the bind mode (default {@link BindMode#TRANSCEIVER})
     */
    public BindMode bindMode() {
        return bindMode;
    }

    /**
     * The bind's address_range: the addresses (a regular expression on many SMSCs) whose MO messages this bind is to
     * receive.
     *
     * @return the address_range, at most 40 characters (default {@link Address#NULL})
     */
    public Address addressRange() {
        return addressRange;
    }

    /**
     * The interface_version the bind carries: always {@link Bind#VERSION_3_4}.
     *
     * @return 0x34
     */
    public int interfaceVersion() {
        return interfaceVersion;
    }

    /**
     * Whether {@link Esme#start()} fails (and the client stops) when the SMSC refuses the first bind.
     *
     * @return true to fail start on a permanent refusal of the first bind (default), false to keep redialing
     */
    public boolean failStartOnBindRejection() {
        return failStartOnBindRejection;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BindOptions other
                && Objects.equals(systemId, other.systemId)
                && password.equals(other.password)
                && systemType.equals(other.systemType)
                && bindMode == other.bindMode
                && addressRange.equals(other.addressRange)
                && interfaceVersion == other.interfaceVersion
                && failStartOnBindRejection == other.failStartOnBindRejection;
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                systemId, password, systemType, bindMode, addressRange, interfaceVersion, failStartOnBindRejection);
    }

    /** Every option, the password masked (options are often logged whole); an empty password shows empty. */
    @Override
    public String toString() {
        return "BindOptions(systemId=" + systemId
                + ", password=" + (password.isEmpty() ? "" : LogSafe.MASK)
                + ", systemType=" + systemType
                + ", bindMode=" + bindMode
                + ", addressRange=" + addressRange
                + ", interfaceVersion=0x" + Integer.toHexString(interfaceVersion)
                + ", failStartOnBindRejection=" + failStartOnBindRejection + ")";
    }

    /** Builds {@link BindOptions}; every setter checks its argument and names the limit. */
    public static final class Builder {
        private String systemId;
        private String password = "";
        private String systemType = "";
        private BindMode bindMode = BindMode.TRANSCEIVER;
        private Address addressRange = Address.NULL;
        private int interfaceVersion = Bind.VERSION_3_4;
        private boolean failStartOnBindRejection = true;

        private Builder() {}

        /**
         * The account's system_id (required: {@link EsmeBuilder#build()} fails without it). Any Latin-1 characters but
         * NUL.
         *
         * @param systemId 1–15 characters
         * @return this builder
         * @throws NullPointerException if systemId is null
         * @throws IllegalArgumentException if it is longer than 15 characters or holds a NUL or a character outside
         *     Latin-1 ("system_id is 20 octets; at most 15 (C-Octet String of 16 with NUL)")
         */
        public Builder systemId(String systemId) {
            this.systemId = Fields.cString("system_id", systemId, 16);
            return this;
        }

        /**
         * The bind password (default empty, for an SMSC that does not ask for one). Masked by every {@code toString()};
         * also the password an outbind must carry unless {@link OutbindOptions.Builder#password} sets one of its own.
         *
         * @param password at most 8 Latin-1 characters, "" for none
         * @return this builder
         * @throws NullPointerException if password is null
         * @throws IllegalArgumentException if it is longer than 8 characters or holds a NUL or a character outside
         *     Latin-1
         */
        public Builder password(String password) {
            this.password = Fields.cString("password", password, 9);
            return this;
        }

        /**
         * The bind's system_type (default empty): leave it empty unless the SMSC asks for a value (e.g. "VMS" or
         * "OTA").
         *
         * @param systemType at most 12 Latin-1 characters, "" for NULL
         * @return this builder
         * @throws NullPointerException if systemType is null
         * @throws IllegalArgumentException if it is longer than 12 characters or holds a NUL or a character outside
         *     Latin-1
         */
        public Builder systemType(String systemType) {
            this.systemType = Fields.cString("system_type", systemType, 13);
            return this;
        }

        /**
         * How each session binds (default {@link BindMode#TRANSCEIVER}). {@link BindMode#TRANSMITTER_AND_RECEIVER}
         * opens two connections per session for SMSCs without transceiver binds; {@link BindMode#RECEIVER} takes
         * nothing from the broker.
         *
         * @param bindMode the bind mode
         * @return this builder
         * @throws NullPointerException if bindMode is null
         */
        public Builder bindMode(BindMode bindMode) {
            this.bindMode = Objects.requireNonNull(bindMode, "bindMode");
            return this;
        }

        /**
         * The bind's address_range, the addresses whose MO messages this bind is to receive (default {@link
         * Address#NULL}: let the SMSC decide). Its TON and NPI are sent as addr_ton and addr_npi.
         *
         * @param addressRange an address of at most 40 characters, or {@link Address#NULL}
         * @return this builder
         * @throws NullPointerException if addressRange is null (use {@link Address#NULL})
         * @throws IllegalArgumentException if its value is longer than 40 characters
         */
        public Builder addressRange(Address addressRange) {
            this.addressRange = Fields.address("address_range", addressRange, 41);
            return this;
        }

        /**
         * Whether {@link Esme#start()} fails (and the client stops) when the SMSC refuses the first bind with a
         * permanent status, e.g. ESME_RINVPASWD (default on: a wrong password is found at once). Off, the client keeps
         * redialing with its reconnect backoff and reports each refusal as a {@link SessionEvent.Type#BIND_FAILED}
         * event. Transient failures (a bind timeout, a lost connection, ESME_RALYBND) never fail start.
         *
         * @param fail true to fail start on a permanent refusal of the first bind
         * @return this builder
         */
        public Builder failStartOnBindRejection(boolean fail) {
            this.failStartOnBindRejection = fail;
            return this;
        }

        /**
         * Builds the options. The values were checked by the setters; that a system_id is set is checked by {@link
         * EsmeBuilder#build()}.
         *
         * @return immutable options holding this builder's values
         */
        public BindOptions build() {
            return new BindOptions(this);
        }
    }
}
