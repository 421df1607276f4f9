package dev.smppkit.client;

import dev.smppkit.codec.MessageState;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the SMSC answered to {@link Esme#query}: the state of a submitted message (query_sm_resp, SMPP 3.4 §4.8.2).
 *
 * @param messageId the message_id the SMSC answered with (normally the one asked about); empty if it sent none
 * @param state the message_state; {@link MessageState#UNKNOWN} if the SMSC sent a code 3.4 does not define (see
 *     {@code stateCode})
 * @param stateCode the message_state octet as sent, 0–255
 * @param finalDate when the message reached its final state; empty while it has not (final_date NULL)
 * @param errorCode the network error code of a failed message, 0–255; 0 if none
 */
public record QueryResult(
        String messageId, MessageState state, int stateCode, Optional<Instant> finalDate, int errorCode) {
    /**
     * A result; checks that no component is null.
     *
     * @param messageId the message_id the SMSC answered with; empty if it sent none
     * @param state the message_state
     * @param stateCode the message_state octet as sent
     * @param finalDate when the message reached its final state, or empty
     * @param errorCode the network error code, 0 if none
     * @throws NullPointerException if messageId, state or finalDate is null
     */
    public QueryResult {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(finalDate, "finalDate");
    }

    /**
     * Whether the SMSC will not change the state again.
     *
     * @return {@code state().isFinal()}
     */
    public boolean isFinal() {
        return state.isFinal();
    }
}
