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

    public static Builder builder() {
        return new Builder(new Fieldset());
    }

    /** A builder that starts from this PDU's fields and TLVs. */
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

    public static final class Builder extends BaseSm.Builder<SubmitSm, Builder> {
        private Builder(Fieldset f) {
            super(f);
        }

        /** schedule_delivery_time; {@code null} (the default) means deliver immediately. */
        public Builder scheduleDeliveryTime(SmppTime time) {
            f.scheduleDeliveryTime = time;
            return this;
        }

        /** validity_period; {@code null} (the default) means the SMSC's default validity. */
        public Builder validityPeriod(SmppTime time) {
            f.validityPeriod = time;
            return this;
        }

        /** replace_if_present_flag: 0 don't replace (default), 1 replace. */
        public Builder replaceIfPresentFlag(int flag) {
            f.replaceIfPresentFlag = Fields.range("replace_if_present_flag", flag, 0, 1);
            return this;
        }

        /** sm_default_msg_id: 0 (default, none) or a canned message 1–254. */
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
