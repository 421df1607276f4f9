package dev.smppkit.client;

import dev.smppkit.codec.pdu.Tlvs;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the SMSC answered to {@link Esme#dataSm}: data_sm_resp (SMPP 3.4 §4.7.2).
 *
 * @param messageId the SMSC's message_id for the message; empty if it sent none
 * @param tlvs the response's TLVs (delivery_failure_reason, network_error_code, additional_status_info_text,
 *     dpf_result), {@link Tlvs#EMPTY} if none
 */
public record DataSmResult(String messageId, Tlvs tlvs) {
    /**
     * A result.
     *
     * @param messageId the SMSC's message_id; empty if none
     * @param tlvs the response's TLVs
     * @throws NullPointerException if an argument is null
     */
    public DataSmResult {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(tlvs, "tlvs");
    }

    /**
     * The additional_status_info_text TLV: the SMSC's words about the message.
     *
     * @return the text, or empty
     */
    public Optional<String> additionalStatusInfoText() {
        return tlvs.additionalStatusInfoText();
    }

    /**
     * The delivery_failure_reason TLV, sent by an SMSC that tried to deliver at once (0 destination unavailable, 1
     * invalid destination, 2 permanent network error, 3 temporary network error).
     *
     * @return the reason, or empty
     */
    public OptionalInt deliveryFailureReason() {
        return tlvs.deliveryFailureReason();
    }
}
