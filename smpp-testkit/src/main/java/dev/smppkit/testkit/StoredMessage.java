package dev.smppkit.testkit;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandId;
import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.MessageState;
import dev.smppkit.codec.RegisteredDelivery;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A snapshot of a message the simulator accepted, as query_sm, cancel_sm and replace_sm see it.
 *
 * @param messageId the id the simulator answered with
 * @param sessionId the session that submitted it
 * @param systemId that session's system_id
 * @param commandId submit_sm, submit_multi or data_sm
 * @param source the source address
 * @param destinations the accepted destinations (one, except for submit_multi)
 * @param serviceType the service_type
 * @param dataCoding the data_coding
 * @param registeredDelivery the registered_delivery (as replaced, if it was)
 * @param body the short_message, or the message_payload (as replaced, if it was)
 * @param submitTime when it was accepted
 * @param state its state now: ENROUTE until the receipt policy's delay has passed, then the final state; DELETED once
 *     cancelled
 * @param finalTime when it reached its final state, if it has
 * @param errorCode the error code of the final state (0 before it)
 */
public record StoredMessage(
        String messageId,
        String sessionId,
        String systemId,
        CommandId commandId,
        Address source,
        List<Address> destinations,
        String serviceType,
        DataCoding dataCoding,
        RegisteredDelivery registeredDelivery,
        byte[] body,
        Instant submitTime,
        MessageState state,
        Optional<Instant> finalTime,
        int errorCode) {
    /**
     * A snapshot; copies {@code destinations} and {@code body}, so it stays unchanged.
     *
     * @param messageId the id the simulator answered with
     * @param sessionId the session that submitted it
     * @param systemId that session's system_id
     * @param commandId submit_sm, submit_multi or data_sm
     * @param source the source address
     * @param destinations the accepted destinations (one, except for submit_multi)
     * @param serviceType the service_type
     * @param dataCoding the data_coding
     * @param registeredDelivery the registered_delivery (as replaced, if it was)
     * @param body the short_message, or the message_payload (as replaced, if it was)
     * @param submitTime when it was accepted
     * @param state its state now: ENROUTE until the receipt policy's delay has passed, then the final state; DELETED once
     *     cancelled
     * @param finalTime when it reached its final state, if it has
     * @param errorCode the error code of the final state (0 before it)
     */
    public StoredMessage {
        Objects.requireNonNull(messageId, "messageId");
        destinations = List.copyOf(destinations);
        body = body.clone();
    }

    /**
     * A copy of the short_message or message_payload.
     *
     * @return a new array each call, so the snapshot stays unchanged
     */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /**
     * The first (for submit_sm and data_sm, the only) destination.
     *
     * @return the first accepted destination
     */
    public Address destination() {
        return destinations.get(0);
    }

    /**
     * Whether the state is final.
     *
     * @return true in every state but ENROUTE and UNKNOWN
     */
    public boolean isFinal() {
        return state.isFinal();
    }
}
