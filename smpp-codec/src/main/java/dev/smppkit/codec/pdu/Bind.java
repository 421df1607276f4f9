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

    public static Builder builder(BindType bindType) {
        return new Builder(bindType);
    }

    @Override
    public CommandId commandId() {
        return bindType.requestId();
    }

    public BindType bindType() {
        return bindType;
    }

    public String systemId() {
        return systemId;
    }

    public String password() {
        return password;
    }

    public String systemType() {
        return systemType;
    }

    public int interfaceVersion() {
        return interfaceVersion;
    }

    /** addr_ton, addr_npi and address_range: the addresses this ESME serves (a receiver's routing hint). */
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

        /** system_id, at most 15 characters. */
        public Builder systemId(String systemId) {
            this.systemId = Fields.cString("system_id", systemId, FieldLimits.SYSTEM_ID);
            return this;
        }

        /** password, at most 8 characters. */
        public Builder password(String password) {
            this.password = Fields.cString("password", password, FieldLimits.PASSWORD);
            return this;
        }

        /** system_type, at most 12 characters (default empty). */
        public Builder systemType(String systemType) {
            this.systemType = Fields.cString("system_type", systemType, FieldLimits.SYSTEM_TYPE);
            return this;
        }

        /** interface_version (default 0x34). */
        public Builder interfaceVersion(int interfaceVersion) {
            this.interfaceVersion = Fields.range("interface_version", interfaceVersion, 0, 255);
            return this;
        }

        /** addr_ton, addr_npi and address_range (at most 40 characters; default NULL). */
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
