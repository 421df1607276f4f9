package dev.smppkit.codec.pdu;

import dev.smppkit.codec.CommandId;
import dev.smppkit.codec.CommandStatus;

/**
 * deliver_sm (§4.6.1): a mobile-originated message or a delivery receipt ({@link #isDeliveryReceipt()}) from the
 * SMSC. Same layout as submit_sm; schedule_delivery_time, validity_period, replace_if_present_flag and
 * sm_default_msg_id must be NULL, so the builder has no setters for them (a decoded PDU keeps what was sent).
 */
public final class DeliverSm extends BaseSm<DeliverSmResp> {
    DeliverSm(int sequenceNumber, Tlvs tlvs, Fieldset fields) {
        super(sequenceNumber, tlvs, fields);
    }

    /**
     * A builder with every field at its default: NULL addresses, zero flags, empty short_message.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder(new Fieldset());
    }

    /**
     * A builder that starts from this PDU's fields and TLVs.
     *
     * @return a new builder, keeping even the fields the builder has no setter for; building it without changes gives
     *     a PDU equal to this one with sequence_number 0
     */
    public Builder toBuilder() {
        Builder b = new Builder(Fieldset.of(this));
        b.tlvs(tlvs());
        return b;
    }

    /**
     * Whether esm_class says this is an SMSC delivery receipt (0x04) or an intermediate notification (0x20).
     *
     * @return true if the esm_class message type is 0x04 or 0x20; false for a mobile-originated message and for the
     *     SME acknowledgement types
     */
    public boolean isDeliveryReceipt() {
        return esmClass().isDeliveryReceipt() || esmClass().isIntermediateNotification();
    }

    @Override
    public CommandId commandId() {
        return CommandId.DELIVER_SM;
    }

    @Override
    public DeliverSmResp createResponse(CommandStatus status) {
        return new DeliverSmResp(status, sequenceNumber(), Tlvs.EMPTY, status.isOk() ? "" : null);
    }

    @Override
    public DeliverSm withSequenceNumber(int sequenceNumber) {
        return (DeliverSm) super.withSequenceNumber(sequenceNumber);
    }

    /** Builds {@link DeliverSm}; see {@link BaseSm.Builder} for the setters. */
    public static final class Builder extends BaseSm.Builder<DeliverSm, Builder> {
        private Builder(Fieldset f) {
            super(f);
        }

        @Override
        public DeliverSm build() {
            Tlvs tlvs = builtTlvs();
            checkPayload(tlvs);
            return new DeliverSm(0, tlvs, f.copy());
        }
    }
}
