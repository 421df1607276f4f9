package dev.smppkit.codec.pdu;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandId;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.internal.Fields;
import java.util.Objects;

/**
 * bind_transmitter, bind_receiver or bind_transceiver (§4.1.1, §4.1.3, §4.1.5), chosen by {@link #bindType()}.
 * Fields: system_id C16, password C9, system_type C13, interface_version, addr_ton, addr_npi, address_range C41.
 */
public final class Bind extends PduRequest<BindResp> {
    /** interface_version 0x34: SMPP 3.4. */
    public static final int VERSION_3_4 = 0x34;

    private final BindType bindType;
    private final String systemId;
    private final String password;
    private final String systemType;
    private final int interfaceVersion;
    private final Address addressRange;

    Bind(
            int sequenceNumber,
            Tlvs tlvs,
            BindType bindType,
            String systemId,
            String password,
            String systemType,
            int interfaceVersion,
            Address addressRange) {
        super(sequenceNumber, tlvs);
        this.bindType = bindType;
        this.systemId = systemId;
        this.password = password;
        this.systemType = systemType;
        this.interfaceVersion = interfaceVersion;
        this.addressRange = addressRange;
    }

    /**
     * A builder for a bind of this type, with empty system_id, password and system_type, interface_version 0x34 and a
     * NULL address_range.
     *
     * @param bindType transmitter, receiver or transceiver; not null
     * @return a new builder
     */
    public static Builder builder(BindType bindType) {
        return new Builder(bindType);
    }

    @Override
    public CommandId commandId() {
        return bindType.requestId();
    }

    /**
     * Which of the three binds this is.
     *
     * @return transmitter, receiver or transceiver; never null
     */
    public BindType bindType() {
        return bindType;
    }

    /**
     * system_id: the ESME's login name at the SMSC.
     *
     * @return at most 15 characters; empty if unset, never null
     */
    public String systemId() {
        return systemId;
    }

    /**
     * password: the ESME's password at the SMSC (mask it in logs, see {@code LogSafe.MASK}).
     *
     * @return at most 8 characters; empty if unset, never null
     */
    public String password() {
        return password;
    }

    /**
     * system_type: the kind of ESME, as some SMSCs require (for example {@code VMS}).
     *
     * @return at most 12 characters; empty if unset, never null
     */
    public String systemType() {
        return systemType;
    }

    /**
     * interface_version: the SMPP version the ESME speaks.
     *
     * @return 0-255; {@link #VERSION_3_4} by default
     */
    public int interfaceVersion() {
        return interfaceVersion;
    }

    /**
     * addr_ton, addr_npi and address_range: the addresses this ESME serves (a receiver's routing hint).
     *
     * @return the range; {@link Address#NULL} if unset, never null
     */
    public Address addressRange() {
        return addressRange;
    }

    @Override
    public BindResp createResponse(CommandStatus status) {
        return new BindResp(status, sequenceNumber(), Tlvs.EMPTY, bindType, status.isOk() ? "" : null);
    }

    @Override
    public Bind withSequenceNumber(int sequenceNumber) {
        return (Bind) super.withSequenceNumber(sequenceNumber);
    }

    @Override
    void fields(FieldVisitor v) {
        v.field("system_id", systemId)
                .field("password", password)
                .field("system_type", systemType)
                .field("interface_version", interfaceVersion)
                .field("address_range", addressRange);
    }

    @Override
    boolean sameFields(Pdu other) {
        Bind o = (Bind) other;
        return Objects.equals(systemId, o.systemId)
                && Objects.equals(password, o.password)
                && Objects.equals(systemType, o.systemType)
                && interfaceVersion == o.interfaceVersion
                && Objects.equals(addressRange, o.addressRange);
    }

    @Override
    int fieldsHash(int h) {
        return hash(hash(hash(hash(hash(h, systemId), password), systemType), interfaceVersion), addressRange);
    }

    /** Builds a {@link Bind}; each setter checks its field's length or range and throws if it is out of bounds. */
    public static final class Builder extends Pdu.Builder<Bind, Builder> {
        private final BindType bindType;
        private String systemId = "";
        private String password = "";
        private String systemType = "";
        private int interfaceVersion = VERSION_3_4;
        private Address addressRange = Address.NULL;

        private Builder(BindType bindType) {
            this.bindType = Objects.requireNonNull(bindType, "bindType");
        }

        /**
         * system_id, at most 15 characters.
         *
         * @param systemId the ESME's login name; not null
         * @return this builder
         */
        public Builder systemId(String systemId) {
            this.systemId = Fields.cString("system_id", systemId, FieldLimits.SYSTEM_ID);
            return this;
        }

        /**
         * password, at most 8 characters.
         *
         * @param password the ESME's password; not null
         * @return this builder
         */
        public Builder password(String password) {
            this.password = Fields.cString("password", password, FieldLimits.PASSWORD);
            return this;
        }

        /**
         * system_type, at most 12 characters (default empty).
         *
         * @param systemType the kind of ESME; not null
         * @return this builder
         */
        public Builder systemType(String systemType) {
            this.systemType = Fields.cString("system_type", systemType, FieldLimits.SYSTEM_TYPE);
            return this;
        }

        /**
         * interface_version (default 0x34).
         *
         * @param interfaceVersion the SMPP version, 0-255
         * @return this builder
         */
        public Builder interfaceVersion(int interfaceVersion) {
            this.interfaceVersion = Fields.range("interface_version", interfaceVersion, 0, 255);
            return this;
        }

        /**
         * addr_ton, addr_npi and address_range (at most 40 characters; default NULL).
         *
         * @param addressRange the addresses served; not null
         * @return this builder
         */
        public Builder addressRange(Address addressRange) {
            this.addressRange = Fields.address("address_range", addressRange, FieldLimits.ADDRESS_RANGE);
            return this;
        }

        @Override
        public Bind build() {
            return new Bind(0, builtTlvs(), bindType, systemId, password, systemType, interfaceVersion, addressRange);
        }
    }
}
