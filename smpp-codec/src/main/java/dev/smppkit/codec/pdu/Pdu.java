package dev.smppkit.codec.pdu;

import dev.smppkit.codec.CommandId;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.text.LogSafe;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * An SMPP 3.4 PDU: the header's command_status and sequence_number, the mandatory body of its subclass, and its
 * optional parameters. Immutable; each type has a {@code builder()}.
 *
 * <p>Users never set the sequence_number: the session assigns one with {@link #withSequenceNumber(int)} on its event
 * loop, which returns a copy. PDUs built by users have sequence number 0 until then.
 */
public abstract class Pdu implements Cloneable {
    private final CommandStatus commandStatus;
    private final Tlvs tlvs;
    // Written only by withSequenceNumber on a fresh clone, before the copy is published; never changed after.
    private int sequenceNumber;

    Pdu(CommandStatus commandStatus, int sequenceNumber, Tlvs tlvs) {
        this.commandStatus = commandStatus;
        this.sequenceNumber = sequenceNumber;
        this.tlvs = tlvs;
    }

    /**
     * The command_id (§5.1.2).
     *
     * @return the constant for this PDU type, or for {@link UnknownPdu} the id it arrived with
     */
    public abstract CommandId commandId();

    /**
     * The command_status (§5.1.3): ESME_ROK in requests.
     *
     * @return the status from the header; {@link CommandStatus#ESME_ROK} for every request and for successful
     *     responses
     */
    public final CommandStatus commandStatus() {
        return commandStatus;
    }

    /**
     * The sequence_number (§5.1.4), 0 until a session assigns one.
     *
     * @return 1–0x7FFFFFFF once assigned or decoded (a decoded PDU carries what the peer sent, possibly 0), 0 for a
     *     PDU built by a user and not sent yet
     */
    public final int sequenceNumber() {
        return sequenceNumber;
    }

    /**
     * The optional parameters, in wire order.
     *
     * @return the TLVs; {@link Tlvs#EMPTY} (never null) when there are none
     */
    public final Tlvs tlvs() {
        return tlvs;
    }

    /**
     * Whether this is a response (the command_id has the response bit).
     *
     * @return true for responses including generic_nack, false for requests
     */
    public boolean isResponse() {
        return commandId().isResponse();
    }

    /**
     * A copy of this PDU with another sequence_number (this one is not changed).
     *
     * @param sequenceNumber the sequence_number to put in the header, normally 1–0x7FFFFFFF; not checked
     * @return a new PDU of the same type with the same fields and TLVs
     */
    public Pdu withSequenceNumber(int sequenceNumber) {
        try {
            Pdu copy = (Pdu) super.clone();
            copy.sequenceNumber = sequenceNumber;
            return copy;
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }

    /** Visits the body fields, in wire order, for equals, hashCode and toString. */
    abstract void fields(FieldVisitor visitor);

    interface FieldVisitor {
        FieldVisitor field(String name, Object value);
    }

    /**
     * Whether the body fields equal those of {@code other}, compared field by field without allocating: {@code
     * Objects.equals} for values, {@code Arrays.equals} for octet strings, element by element for lists.
     *
     * @param other a PDU of exactly this class
     */
    abstract boolean sameFields(Pdu other);

    /**
     * Folds the body fields, in wire order, into {@code h} as {@link Arrays#hashCode(Object[])} would fold them.
     *
     * @param h the hash of the header and TLVs so far
     * @return {@code h} with every body field folded in
     */
    abstract int fieldsHash(int h);

    static int hash(int h, Object value) {
        return 31 * h + (value == null ? 0 : value.hashCode());
    }

    static int hash(int h, int value) {
        return 31 * h + value;
    }

    static int hash(int h, byte[] value) {
        return 31 * h + Arrays.hashCode(value);
    }

    /** List equality by index, as {@code List.equals} but without its iterator. */
    static boolean sameElements(List<?> a, List<?> b) {
        int size = a.size();
        if (size != b.size()) {
            return false;
        }
        for (int i = 0; i < size; i++) {
            if (!a.get(i).equals(b.get(i))) {
                return false;
            }
        }
        return true;
    }

    // equals and hashCode run per PDU in maps and tests: they compare and fold the fields in place, allocating nothing.
    @Override
    public final boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof Pdu other
                && other.getClass() == getClass()
                && sequenceNumber == other.sequenceNumber
                && commandId().equals(other.commandId())
                && commandStatus.equals(other.commandStatus)
                && tlvs.equals(other.tlvs)
                && sameFields(other);
    }

    @Override
    public final int hashCode() {
        int h = hash(1, commandId());
        h = hash(h, commandStatus);
        h = hash(h, sequenceNumber);
        h = hash(h, tlvs);
        return fieldsHash(h);
    }

    @Override
    public final String toString() {
        StringBuilder sb = new StringBuilder(commandId().name()).append("(seq=").append(sequenceNumber);
        if (!commandStatus.isOk()) {
            sb.append(", status=").append(commandStatus.name());
        }
        FieldVisitor[] self = new FieldVisitor[1];
        self[0] = (name, value) -> {
            sb.append(", ").append(name).append('=');
            if (name.equals("password") && !"".equals(value)) {
                sb.append(LogSafe.MASK); // keep secrets out of logs
            } else if (value instanceof byte[] bytes) {
                sb.append(HexFormat.of().formatHex(bytes));
            } else {
                // the fields come from the peer: a CR/LF in a system_id must not forge a log line
                sb.append(LogSafe.escape(String.valueOf(value), Integer.MAX_VALUE));
            }
            return self[0];
        };
        fields(self[0]);
        if (!tlvs.isEmpty()) {
            sb.append(", tlvs=").append(tlvs);
        }
        return sb.append(')').toString();
    }

    /** The part every PDU builder shares: the optional parameters. */
    @SuppressWarnings("unchecked")
    public abstract static class Builder<P extends Pdu, B extends Builder<P, B>> {
        Tlvs.Builder tlvs;
        Tlvs builtTlvs = Tlvs.EMPTY;

        Builder() {}

        /**
         * Replaces all optional parameters.
         *
         * @param tlvs the TLVs for the PDU, replacing any set or added before; {@link Tlvs#EMPTY} for none
         * @return this builder
         */
        public B tlvs(Tlvs tlvs) {
            this.tlvs = null;
            this.builtTlvs = tlvs;
            return (B) this;
        }

        /**
         * Appends one optional parameter.
         *
         * @param tlv the TLV to append after those already set, even if one with the same tag is present
         * @return this builder
         */
        public B addTlv(Tlv tlv) {
            tlvsBuilder().add(tlv);
            return (B) this;
        }

        /**
         * Sets one optional parameter, replacing another with the same tag.
         *
         * @param tlv the TLV; it takes the place of the first TLV with its tag (later ones are removed), or is appended
         * @return this builder
         */
        public B setTlv(Tlv tlv) {
            tlvsBuilder().set(tlv);
            return (B) this;
        }

        Tlvs.Builder tlvsBuilder() {
            if (tlvs == null) {
                tlvs = builtTlvs.toBuilder();
            }
            return tlvs;
        }

        Tlvs builtTlvs() {
            return tlvs != null ? tlvs.build() : builtTlvs;
        }

        /**
         * Builds the PDU.
         *
         * @return a new immutable PDU with sequence_number 0; the builder may be reused
         * @throws IllegalArgumentException if a field is invalid, naming the field and the limit
         */
        public abstract P build();
    }
}
