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

    /** Every option at its default. */
    public static BindOptions defaults() {
        return DEFAULTS;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these values, to change some of them. */
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

    /** The account's system_id; null until set. */
    public String systemId() {
        return systemId;
    }

    /** The bind password (empty for none). Not shown by {@link #toString()}. */
    public String password() {
        return password;
    }

    public String systemType() {
        return systemType;
    }

    public BindMode bindMode() {
        return bindMode;
    }

    public Address addressRange() {
        return addressRange;
    }

    /** The interface_version the bind carries: always {@link Bind#VERSION_3_4}. */
    public int interfaceVersion() {
        return interfaceVersion;
    }

    /** Whether {@link Esme#start()} fails (and the client stops) when the SMSC refuses the first bind. */
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

        /** The account's system_id, at most 15 characters (required). */
        public Builder systemId(String systemId) {
            this.systemId = Fields.cString("system_id", systemId, 16);
            return this;
        }

        /** The password, at most 8 characters (default empty). */
        public Builder password(String password) {
            this.password = Fields.cString("password", password, 9);
            return this;
        }

        /** system_type, at most 12 characters (default empty). */
        public Builder systemType(String systemType) {
            this.systemType = Fields.cString("system_type", systemType, 13);
            return this;
        }

        /** How each session binds (default transceiver). */
        public Builder bindMode(BindMode bindMode) {
            this.bindMode = Objects.requireNonNull(bindMode, "bindMode");
            return this;
        }

        /** The bind's address_range, at most 40 characters (default NULL). */
        public Builder addressRange(Address addressRange) {
            this.addressRange = Fields.address("address_range", addressRange, 41);
            return this;
        }

        /**
         * Whether {@link Esme#start()} fails (and the client stops) when the SMSC refuses the first bind (default
         * on).
         */
        public Builder failStartOnBindRejection(boolean fail) {
            this.failStartOnBindRejection = fail;
            return this;
        }

        public BindOptions build() {
            return new BindOptions(this);
        }
    }
}
