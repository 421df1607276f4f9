package dev.smppkit.codec;

import dev.smppkit.codec.pdu.BindResp;
import dev.smppkit.codec.pdu.BindType;
import dev.smppkit.codec.pdu.CancelSmResp;
import dev.smppkit.codec.pdu.DataSmResp;
import dev.smppkit.codec.pdu.DeliverSmResp;
import dev.smppkit.codec.pdu.EnquireLinkResp;
import dev.smppkit.codec.pdu.GenericNack;
import dev.smppkit.codec.pdu.PduResponse;
import dev.smppkit.codec.pdu.QuerySmResp;
import dev.smppkit.codec.pdu.ReplaceSmResp;
import dev.smppkit.codec.pdu.SubmitMultiResp;
import dev.smppkit.codec.pdu.SubmitSmResp;
import dev.smppkit.codec.pdu.UnbindResp;
import io.netty.handler.codec.DecoderException;

/**
 * A PDU that could not be decoded. It carries what the session needs to answer: the command_id and sequence_number
 * when the header was readable, and the status to answer with. Per §2.8 and §3.3, a header error (invalid
 * command_length, unknown command_id) is answered with {@code generic_nack}, a body error with the request's own
 * response carrying {@link #status()}.
 *
 * <p>{@link #isFramingLost()} tells whether the decoder could still find the start of the next PDU: when it is
 * false the bad frame was skipped whole and decoding goes on; when it is true (command_length below 16, or above the
 * decoder's maximum) the decoder discards everything after it and the connection should be closed after answering.
 */
public final class SmppDecodeException extends DecoderException {
    /** Version 1 of the serialized form. */
    private static final long serialVersionUID = 1L;

    /** The raw command_id of the bad PDU, or 0 when fewer than 8 octets were seen. */
    private final int commandId;
    /** The sequence_number of the bad PDU, or 0 when the header could not be read. */
    private final int sequenceNumber;
    /** Whether the 16-octet header was read. */
    private final boolean headerRead;

    private final transient CommandStatus status;
    /** Whether the stream can no longer be split into PDUs. */
    private final boolean framingLost;

    /**
     * A decode failure.
     *
     * @param message what was wrong and where, for the log
     * @param commandId the raw {@code command_id} of the bad PDU, or 0 if fewer than 8 octets were seen
     * @param sequenceNumber the {@code sequence_number} of the bad PDU, or 0 if the header could not be read
     * @param headerRead whether the 16-octet header was read, so that commandId and sequenceNumber are real
     * @param status the {@code command_status} to answer with, e.g. {@link CommandStatus#ESME_RINVCMDLEN}
     * @param framingLost whether the start of the next PDU can no longer be found, so the connection must be closed
     */
    public SmppDecodeException(
            String message,
            int commandId,
            int sequenceNumber,
            boolean headerRead,
            CommandStatus status,
            boolean framingLost) {
        super(message);
        this.commandId = commandId;
        this.sequenceNumber = sequenceNumber;
        this.headerRead = headerRead;
        this.status = status;
        this.framingLost = framingLost;
    }

    /**
     * The raw command_id of the bad PDU.
     *
     * @return the 4-octet {@code command_id}, or 0 when fewer than 8 octets of the PDU were seen
     */
    public int commandId() {
        return commandId;
    }

    /**
     * The sequence_number of the bad PDU.
     *
     * @return the {@code sequence_number} to echo in the answer, or 0 (NULL) when the header could not be read
     */
    public int sequenceNumber() {
        return sequenceNumber;
    }

    /**
     * Whether the 16-octet header was read, so that {@link #commandId()} and {@link #sequenceNumber()} are real.
     *
     * @return true if the whole header was read
     */
    public boolean isHeaderRead() {
        return headerRead;
    }

    /**
     * The status to answer with, e.g. ESME_RINVCMDLEN, ESME_RINVMSGLEN, ESME_RINVPARLEN.
     *
     * @return the {@code command_status} for the generic_nack or the response; never {@code ESME_ROK}
     */
    public CommandStatus status() {
        return status;
    }

    /**
     * Whether the stream can no longer be split into PDUs, so the connection must be closed.
     *
     * @return true if the connection must be closed after answering; false if the bad frame was skipped whole
     */
    public boolean isFramingLost() {
        return framingLost;
    }

    /**
     * Whether the answer is a {@code generic_nack} (header errors, or a bad response, which must not be answered with
     * a response) rather than the request's own response with {@link #status()}.
     *
     * @return true if the header was not read, the status is ESME_RINVCMDLEN or ESME_RINVCMDID, or the bad PDU is a
     *     response; false if the request's own response should carry {@link #status()}
     */
    public boolean answerWithGenericNack() {
        return !headerRead
                || status.code() == CommandStatus.ESME_RINVCMDLEN.code()
                || status.code() == CommandStatus.ESME_RINVCMDID.code()
                || (commandId & CommandId.RESPONSE_BIT) != 0;
    }

    /**
     * The answer to send for this error: {@code generic_nack} with {@link #status()} when {@link
     * #answerWithGenericNack()} says so or the command has no response (outbind, alert_notification); otherwise the
     * request's own response with the status and no body (§4: the body of an error response is not returned).
     *
     * <p>A session that never answers a broken response (the client) checks {@link #commandId()} before asking.
     *
     * @return a new response carrying {@link #sequenceNumber()} (0 when the header was not read); never null
     */
    public PduResponse errorResponse() {
        PduResponse response = answerWithGenericNack() ? GenericNack.create(status) : ownResponse(commandId, status);
        return response.withSequenceNumber(sequenceNumber);
    }

    /** The header-only response to a request known only by its command_id, or generic_nack if it has none. */
    private static PduResponse ownResponse(int commandId, CommandStatus status) {
        BindType bindType = BindType.of(commandId);
        if (bindType != null) { // a request here: answerWithGenericNack() is true for responses
            return BindResp.builder(bindType).commandStatus(status).build();
        } else if (commandId == CommandId.SUBMIT_SM.value()) {
            return SubmitSmResp.builder().commandStatus(status).build();
        } else if (commandId == CommandId.SUBMIT_MULTI.value()) {
            return SubmitMultiResp.builder().commandStatus(status).build();
        } else if (commandId == CommandId.DATA_SM.value()) {
            return DataSmResp.builder().commandStatus(status).build();
        } else if (commandId == CommandId.DELIVER_SM.value()) {
            return DeliverSmResp.builder().commandStatus(status).build();
        } else if (commandId == CommandId.QUERY_SM.value()) {
            return QuerySmResp.builder().commandStatus(status).build();
        } else if (commandId == CommandId.CANCEL_SM.value()) {
            return CancelSmResp.create(status);
        } else if (commandId == CommandId.REPLACE_SM.value()) {
            return ReplaceSmResp.create(status);
        } else if (commandId == CommandId.ENQUIRE_LINK.value()) {
            return EnquireLinkResp.create(status);
        } else if (commandId == CommandId.UNBIND.value()) {
            return UnbindResp.create(status);
        }
        return GenericNack.create(status);
    }

    @Override
    public Throwable fillInStackTrace() {
        return this; // thrown per bad frame from a hostile peer: the stack adds nothing and costs a lot
    }
}
