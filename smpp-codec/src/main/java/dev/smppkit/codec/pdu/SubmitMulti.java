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

    /**
     * A builder with every field at its default and no destinations.
     *
     * @return a new builder; add 1–254 destinations before building
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The dest_address list, in wire order.
     *
     * @return an unmodifiable list of 1–254 destinations (number_of_dests, §5.2.24), as built or decoded
     */
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

    @Override
    boolean sameFields(Pdu other) {
        SubmitMulti o = (SubmitMulti) other;
        return super.sameFields(other) && sameElements(destinations, o.destinations);
    }

    @Override
    int fieldsHash(int h) {
        return super.fieldsHash(hash(h, destinations));
    }

    /**
     * Builds {@link SubmitMulti}; see {@link BaseSm.Builder} for the shared setters. {@link #destAddress} is not
     * supported: add destinations with {@link #addDestination}.
     */
    public static final class Builder extends BaseSm.Builder<SubmitMulti, Builder> {
        private final List<DestinationAddress> destinations = new ArrayList<>();

        private Builder() {
            super(new Fieldset());
        }

        /**
         * Adds a destination (SME address or distribution list).
         *
         * @param destination one dest_address (§4.5.1.1), appended to the list; at most 254 in all
         * @return this builder
         * @throws NullPointerException if destination is null
         */
        public Builder addDestination(DestinationAddress destination) {
            destinations.add(java.util.Objects.requireNonNull(destination, "dest_address"));
            return this;
        }

        /** submit_multi has no single destination: use {@link #addDestination}. */
        @Override
        public Builder destAddress(dev.smppkit.codec.Address dest) {
            throw new UnsupportedOperationException("submit_multi has a destination list: use addDestination");
        }

        /**
         * Sets schedule_delivery_time.
         *
         * @param time the schedule_delivery_time (§5.2.15), absolute or relative; null (the default) to deliver
         *     immediately
         * @return this builder
         */
        public Builder scheduleDeliveryTime(SmppTime time) {
            f.scheduleDeliveryTime = time;
            return this;
        }

        /**
         * Sets validity_period.
         *
         * @param time the validity_period (§5.2.16), absolute or relative; null (the default) for the SMSC's default
         * @return this builder
         */
        public Builder validityPeriod(SmppTime time) {
            f.validityPeriod = time;
            return this;
        }

        /**
         * Sets replace_if_present_flag: 1 asks the SMSC to replace a message it still holds from the same source to the
         * same destination with the same service_type.
         *
         * @param flag the replace_if_present_flag (§5.2.18), 0 (the default) or 1
         * @return this builder
         * @throws IllegalArgumentException if not 0 or 1
         */
        public Builder replaceIfPresentFlag(int flag) {
            f.replaceIfPresentFlag = Fields.range("replace_if_present_flag", flag, 0, 1);
            return this;
        }

        /**
         * Sets sm_default_msg_id.
         *
         * @param id the sm_default_msg_id (§5.2.20): 0 (the default) for none, or a canned message 1–254
         * @return this builder
         * @throws IllegalArgumentException if not 0–254
         */
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
