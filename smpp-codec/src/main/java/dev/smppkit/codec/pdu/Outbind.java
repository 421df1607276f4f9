package dev.smppkit.codec.pdu;

import dev.smppkit.codec.CommandId;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.internal.Fields;
import java.util.Objects;

/**
 * outbind (§4.1.7): the SMSC asks an ESME to bind as a receiver on the connection it opened. Fields: system_id C16,
 * password C9. It has no response; the ESME answers with bind_receiver.
 */
public final class Outbind extends PduRequest<GenericNack> {
    private final String systemId;
    private final String password;

    Outbind(int sequenceNumber, Tlvs tlvs, String systemId, String password) {
        super(sequenceNumber, tlvs);
        this.systemId = systemId;
        this.password = password;
    }

    /**
     * An outbind.
     *
     * @param systemId the system_id (§5.2.1) identifying the SMSC, at most 15 characters (16 octets with the NUL)
     * @param password the password (§5.2.2) the ESME can check, at most 8 characters (9 octets with the NUL); "" for
     *     none
     * @return the PDU, with sequence_number 0
     * @throws NullPointerException if systemId or password is null
     * @throws IllegalArgumentException if system_id is over 15 or password over 8 characters
     */
    public static Outbind of(String systemId, String password) {
        return new Outbind(
                0,
                Tlvs.EMPTY,
                Fields.cString("system_id", systemId, FieldLimits.SYSTEM_ID),
                Fields.cString("password", password, FieldLimits.PASSWORD));
    }

    @Override
    public CommandId commandId() {
        return CommandId.OUTBIND;
    }

    /**
     * system_id (§5.2.1): the SMSC asking the ESME to bind.
     *
     * @return the system_id, at most 15 characters
     */
    public String systemId() {
        return systemId;
    }

    /**
     * password (§5.2.2): lets the ESME check the SMSC. {@link #toString()} masks it.
     *
     * @return the password, at most 8 characters; empty for NULL
     */
    public String password() {
        return password;
    }

    /** @throws UnsupportedOperationException always: outbind has no response */
    @Override
    public GenericNack createResponse(CommandStatus status) {
        throw new UnsupportedOperationException("outbind has no response; answer with bind_receiver");
    }

    @Override
    public Outbind withSequenceNumber(int sequenceNumber) {
        return (Outbind) super.withSequenceNumber(sequenceNumber);
    }

    @Override
    void fields(FieldVisitor v) {
        v.field("system_id", systemId).field("password", password);
    }

    @Override
    boolean sameFields(Pdu other) {
        Outbind o = (Outbind) other;
        return Objects.equals(systemId, o.systemId) && Objects.equals(password, o.password);
    }

    @Override
    int fieldsHash(int h) {
        return hash(hash(h, systemId), password);
    }
}
