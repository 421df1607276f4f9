package dev.smppkit.codec.pdu;

import dev.smppkit.codec.CommandStatus;

/**
 * A request PDU. Requests carry command_status ESME_ROK; {@link #createResponse(CommandStatus)} gives the matching
 * response with the same sequence_number and no body, the form used for error answers.
 *
 * @param <R> the response type, or {@link GenericNack} for requests that have none (outbind, alert_notification)
 */
public abstract class PduRequest<R extends PduResponse> extends Pdu {
    PduRequest(int sequenceNumber, Tlvs tlvs) {
        super(CommandStatus.ESME_ROK, sequenceNumber, tlvs);
    }

    /**
     * The response to this request with the given status and the same sequence_number. With a non-OK status the
     * response has no body (§4: the body is not returned on error); with ESME_ROK it has the empty body fields.
     *
     * @param status the command_status of the response; {@link CommandStatus#ESME_ROK} for success
     * @return the response, with this request's sequence_number and no TLVs
     * @throws UnsupportedOperationException for outbind and alert_notification, which have no response
     */
    public abstract R createResponse(CommandStatus status);

    @Override
    public PduRequest<R> withSequenceNumber(int sequenceNumber) {
        @SuppressWarnings("unchecked")
        PduRequest<R> copy = (PduRequest<R>) super.withSequenceNumber(sequenceNumber);
        return copy;
    }
}
