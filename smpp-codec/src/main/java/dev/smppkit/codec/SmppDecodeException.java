package dev.smppkit.codec;

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
    private static final long serialVersionUID = 1L;

    private final int commandId;
    private final int sequenceNumber;
    private final boolean headerRead;
    private final transient CommandStatus status;
    private final boolean framingLost;

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

    /** The raw command_id of the bad PDU, or 0 when fewer than 8 octets of it were seen. */
    public int commandId() {
        return commandId;
    }

    /** The sequence_number of the bad PDU, or 0 when the header could not be read. */
    public int sequenceNumber() {
        return sequenceNumber;
    }

    /** Whether the 16-octet header was read, so that {@link #commandId()} and {@link #sequenceNumber()} are real. */
    public boolean isHeaderRead() {
        return headerRead;
    }

    /** The status to answer with, e.g. ESME_RINVCMDLEN, ESME_RINVMSGLEN, ESME_RINVPARLEN. */
    public CommandStatus status() {
        return status;
    }

    /** Whether the stream can no longer be split into PDUs, so the connection must be closed. */
    public boolean isFramingLost() {
        return framingLost;
    }

    /**
     * Whether the answer is a {@code generic_nack} (header errors, or a bad response, which must not be answered with
     * a response) rather than the request's own response with {@link #status()}.
     */
    public boolean answerWithGenericNack() {
        return !headerRead
                || status.code() == CommandStatus.ESME_RINVCMDLEN.code()
                || status.code() == CommandStatus.ESME_RINVCMDID.code()
                || (commandId & CommandId.RESPONSE_BIT) != 0;
    }

    @Override
    public Throwable fillInStackTrace() {
        return this; // thrown per bad frame from a hostile peer: the stack adds nothing and costs a lot
    }
}
