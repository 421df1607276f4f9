package dev.smppkit.codec.pdu;

import dev.smppkit.codec.CommandId;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.SmppTime;
import dev.smppkit.codec.internal.Fields;

/** submit_sm (§4.4.1): one short message from the ESME to one destination. See {@link BaseSm} for the fields. */
public final class SubmitSm extends BaseSm<SubmitSmResp> {
    SubmitSm(int sequenceNumber, Tlvs tlvs, Fieldset fields) {
        super(sequenceNumber, tlvs, fields);
    }

    /**
     * A builder with every field at its default: NULL addresses and times, zero flags, empty short_message.
     *
     * @return a new builder; set at least the destination address and the message
     */
    public static Builder builder() {
        return new Builder(new Fieldset());
    }

    /**
     * A builder that starts from this PDU's fields and TLVs.
     *
     * @return a new builder; building it without changes gives a PDU equal to this one with sequence_number 0
     */
    public Builder toBuilder() {
        Builder b = new Builder(Fieldset.of(this));
        b.tlvs(tlvs());
        return b;
    }

    @Override
    public CommandId commandId() {
        return CommandId.SUBMIT_SM;
    }

    @Override
    public SubmitSmResp createResponse(CommandStatus status) {
        return new SubmitSmResp(status, sequenceNumber(), Tlvs.EMPTY, status.isOk() ? "" : null);
    }

    @Override
    public SubmitSm withSequenceNumber(int sequenceNumber) {
        return (SubmitSm) super.withSequenceNumber(sequenceNumber);
    }

    /** Builds {@link SubmitSm}; see {@link BaseSm.Builder} for the shared setters. */
    public static final class Builder extends BaseSm.Builder<SubmitSm, Builder> {
        private Builder(Fieldset f) {
            super(f);
        }

        /**
         * schedule_delivery_time; {@code null} (the default) means deliver immediately.
         *
         * @param time the schedule_delivery_time (§5.2.15), absolute or relative, 16 characters on the wire; null for
         *     NULL
         * @return this builder
         */
        public Builder scheduleDeliveryTime(SmppTime time) {
            f.scheduleDeliveryTime = time;
            return this;
        }

        /**
         * validity_period; {@code null} (the default) means the SMSC's default validity.
         *
         * @param time the validity_period (§5.2.16), absolute or relative, 16 characters on the wire; null for NULL
         * @return this builder
         */
        public Builder validityPeriod(SmppTime time) {
            f.validityPeriod = time;
            return this;
        }

        /**
         * replace_if_present_flag: 0 don't replace (default), 1 replace.
         *
         * @param flag the replace_if_present_flag (§5.2.18), 0 or 1
         * @return this builder
         * @throws IllegalArgumentException if not 0 or 1
         */
        public Builder replaceIfPresentFlag(int flag) {
            f.replaceIfPresentFlag = Fields.range("replace_if_present_flag", flag, 0, 1);
            return this;
        }

        /**
         * sm_default_msg_id: 0 (default, none) or a canned message 1–254.
         *
         * @param id the sm_default_msg_id (§5.2.20), 0–254
         * @return this builder
         * @throws IllegalArgumentException if not 0–254
         */
        public Builder smDefaultMsgId(int id) {
            f.smDefaultMsgId = Fields.range("sm_default_msg_id", id, 0, 254);
            return this;
        }

        @Override
        public SubmitSm build() {
            Tlvs tlvs = builtTlvs();
            checkPayload(tlvs);
            return new SubmitSm(0, tlvs, f.copy());
        }
    }
}
