package dev.smppkit.codec.pdu;

import dev.smppkit.codec.CommandId;

/** The three kinds of bind (§4.1): what the ESME may send and receive in the session. */
public enum BindType {
    /** bind_transmitter: the ESME submits messages. */
    TRANSMITTER(CommandId.BIND_TRANSMITTER),
    /** bind_receiver: the SMSC delivers messages and receipts. */
    RECEIVER(CommandId.BIND_RECEIVER),
    /** bind_transceiver: both, on one connection. */
    TRANSCEIVER(CommandId.BIND_TRANSCEIVER);

    private final CommandId requestId;
    private final CommandId responseId; // looked up once: CommandId.of boxes the id, and encode asks for it per PDU

    BindType(CommandId requestId) {
        this.requestId = requestId;
        this.responseId = requestId.responseId();
    }

    /**
     * The bind request's command_id.
     *
     * @return bind_transmitter, bind_receiver or bind_transceiver
     */
    public CommandId requestId() {
        return requestId;
    }

    /**
     * The bind response's command_id.
     *
     * @return bind_transmitter_resp, bind_receiver_resp or bind_transceiver_resp
     */
    public CommandId responseId() {
        return responseId;
    }

    /**
     * Whether the ESME may submit in this session.
     *
     * @return true for TRANSMITTER and TRANSCEIVER
     */
    public boolean canTransmit() {
        return this != RECEIVER;
    }

    /**
     * Whether the SMSC may deliver in this session.
     *
     * @return true for RECEIVER and TRANSCEIVER
     */
    public boolean canReceive() {
        return this != TRANSMITTER;
    }

    /**
     * The bind type of a bind request or response command_id, or {@code null}.
     *
     * @param commandId a raw command_id, request or response
     * @return the bind type, or null if the id is not one of the six bind ids
     */
    public static BindType of(int commandId) {
        for (BindType t : values()) {
            if (t.requestId.value() == commandId || t.requestId.value() == (commandId & ~CommandId.RESPONSE_BIT)) {
                return t;
            }
        }
        return null;
    }
}
