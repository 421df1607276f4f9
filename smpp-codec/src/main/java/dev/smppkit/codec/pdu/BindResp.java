package dev.smppkit.codec.pdu;

import dev.smppkit.codec.CommandId;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.internal.Fields;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * bind_transmitter_resp, bind_receiver_resp or bind_transceiver_resp (§4.1.2, §4.1.4, §4.1.6): system_id C16 and the
 * sc_interface_version TLV. On error the body is usually absent (§4.1.2), but some SMSCs send one; both decode, and
 * {@link #systemId()} is empty when there was no body.
 */
public final class BindResp extends PduResponse {
    private final BindType bindType;
    private final String systemId; // null: no body

    BindResp(CommandStatus status, int sequenceNumber, Tlvs tlvs, BindType bindType, String systemId) {
        super(status, sequenceNumber, tlvs);
        this.bindType = bindType;
        this.systemId = systemId;
    }

    /**
     * A builder for the response to a bind of the given type, ESME_ROK by default.
     *
     * @param bindType which bind this answers; it decides the command_id (e.g. bind_transceiver_resp)
     * @return a new builder
     * @throws NullPointerException if bindType is null
     */
    public static Builder builder(BindType bindType) {
        return new Builder(bindType);
    }

    @Override
    public CommandId commandId() {
        return bindType.responseId();
    }

    /**
     * The kind of bind this answers, from the command_id.
     *
     * @return the bind type; never null
     */
    public BindType bindType() {
        return bindType;
    }

    /**
     * The SMSC's system_id; empty when the response had no body.
     *
     * @return the system_id (§5.2.1) identifying the SMSC, at most 15 characters (possibly ""); empty when the
     *     response had no body, which is usual on error
     */
    public Optional<String> systemId() {
        return Optional.ofNullable(systemId);
    }

    String rawSystemId() {
        return systemId;
    }

    /**
     * sc_interface_version: the SMSC's SMPP version; absent means it does not support TLVs (§3.4).
     *
     * @return the version octet (0x34 for 3.4), or empty if the TLV is absent
     */
    public OptionalInt scInterfaceVersion() {
        return tlvs().scInterfaceVersion();
    }

    @Override
    public BindResp withSequenceNumber(int sequenceNumber) {
        return (BindResp) super.withSequenceNumber(sequenceNumber);
    }

    @Override
    void fields(FieldVisitor v) {
        v.field("system_id", systemId);
    }

    @Override
    boolean sameFields(Pdu other) {
        BindResp o = (BindResp) other;
        return Objects.equals(systemId, o.systemId);
    }

    @Override
    int fieldsHash(int h) {
        return hash(h, systemId);
    }

    /** Builds {@link BindResp}. */
    public static final class Builder extends PduResponse.Builder<BindResp, Builder> {
        private final BindType bindType;
        private String systemId;

        private Builder(BindType bindType) {
            this.bindType = Objects.requireNonNull(bindType, "bindType");
        }

        /**
         * system_id, at most 15 characters. Left unset, an OK response sends an empty one and an error none.
         *
         * @param systemId the system_id (§5.2.1) of the SMSC, at most 16 octets with the NUL
         * @return this builder
         * @throws NullPointerException if systemId is null
         * @throws IllegalArgumentException if longer than 15 characters or not Latin-1 without NUL
         */
        public Builder systemId(String systemId) {
            this.systemId = Fields.cString("system_id", systemId, FieldLimits.SYSTEM_ID);
            return this;
        }

        /**
         * Adds the sc_interface_version TLV.
         *
         * @param version the sc_interface_version (§5.3.2.25), 0–255; 0x34 for SMPP 3.4
         * @return this builder
         * @throws IllegalArgumentException if not 0–255
         */
        public Builder scInterfaceVersion(int version) {
            tlvsBuilder().scInterfaceVersion(version);
            return this;
        }

        @Override
        public BindResp build() {
            Tlvs tlvs = builtTlvs();
            // TLVs come after the mandatory body, so an error response with TLVs sends a NULL system_id
            String id = systemId == null && (commandStatus.isOk() || !tlvs.isEmpty()) ? "" : systemId;
            return new BindResp(commandStatus, 0, tlvs, bindType, id);
        }
    }
}
