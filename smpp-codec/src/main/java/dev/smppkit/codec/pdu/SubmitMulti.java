package dev.smppkit.codec.pdu;

import dev.smppkit.codec.CommandId;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.SmppTime;
import dev.smppkit.codec.internal.Fields;
import java.util.ArrayList;
import java.util.List;

/**
 * submit_multi (§4.5.1): one short message to up to 254 SME addresses and distribution lists. The body is submit_sm's
 * with number_of_dests and the dest_address list in place of the single destination (and replace_if_present_flag
 * reserved, NULL); {@link #destAddress()} is always NULL.
 */
public final class SubmitMulti extends BaseSm<SubmitMultiResp> {
    /** The most destinations one submit_multi can carry. */
    public static final int MAX_DESTINATIONS = 254;

    private final List<DestinationAddress> destinations;

    SubmitMulti(int sequenceNumber, Tlvs tlvs, Fieldset fields, List<DestinationAddress> destinations) {
        super(sequenceNumber, tlvs, fields);
        this.destinations = destinations;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The dest_address list, in wire order. */
    public List<DestinationAddress> destinations() {
        return destinations;
    }

    @Override
    public CommandId commandId() {
        return CommandId.SUBMIT_MULTI;
    }

    @Override
    public SubmitMultiResp createResponse(CommandStatus status) {
        return new SubmitMultiResp(status, sequenceNumber(), Tlvs.EMPTY, status.isOk() ? "" : null, List.of());
    }

    @Override
    public SubmitMulti withSequenceNumber(int sequenceNumber) {
        return (SubmitMulti) super.withSequenceNumber(sequenceNumber);
    }

    @Override
    void fields(FieldVisitor v) {
        v.field("destinations", destinations);
        super.fields(v);
    }

    public static final class Builder extends BaseSm.Builder<SubmitMulti, Builder> {
        private final List<DestinationAddress> destinations = new ArrayList<>();

        private Builder() {
            super(new Fieldset());
        }

        /** Adds a destination (SME address or distribution list). */
        public Builder addDestination(DestinationAddress destination) {
            destinations.add(java.util.Objects.requireNonNull(destination, "dest_address"));
            return this;
        }

        /** submit_multi has no single destination: use {@link #addDestination}. */
        @Override
        public Builder destAddress(dev.smppkit.codec.Address dest) {
            throw new UnsupportedOperationException("submit_multi has a destination list: use addDestination");
        }

        public Builder scheduleDeliveryTime(SmppTime time) {
            f.scheduleDeliveryTime = time;
            return this;
        }

        public Builder validityPeriod(SmppTime time) {
            f.validityPeriod = time;
            return this;
        }

        public Builder smDefaultMsgId(int id) {
            f.smDefaultMsgId = Fields.range("sm_default_msg_id", id, 0, 254);
            return this;
        }

        /**
         * @throws IllegalArgumentException if there is no destination or more than 254 (number_of_dests)
         */
        @Override
        public SubmitMulti build() {
            if (destinations.isEmpty() || destinations.size() > MAX_DESTINATIONS) {
                throw new IllegalArgumentException(
                        "number_of_dests is " + destinations.size() + "; must be 1-" + MAX_DESTINATIONS);
            }
            Tlvs tlvs = builtTlvs();
            checkPayload(tlvs);
            return new SubmitMulti(0, tlvs, f.copy(), List.copyOf(destinations));
        }
    }
}
