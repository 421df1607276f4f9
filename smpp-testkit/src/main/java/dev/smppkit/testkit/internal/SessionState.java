package dev.smppkit.testkit.internal;

import dev.smppkit.codec.CommandId;
import dev.smppkit.codec.pdu.BindType;

/**
 * The session states of SMPP 3.4 §2.2 and which requests an ESME may send in each (Table 2-1, seen from the SMSC).
 * Binds are handled before this table (ESME_RALYBND once bound); a request not allowed here is answered with
 * ESME_RINVBNDSTS. replace_sm is allowed in BOUND_TRX too: the table lists it only under BOUND_TX, which reads as an
 * omission since a transceiver may do everything a transmitter may.
 */
enum SessionState {
    OPEN,
    BOUND_TX,
    BOUND_RX,
    BOUND_TRX,
    CLOSED;

    static SessionState bound(BindType type) {
        return switch (type) {
            case TRANSMITTER -> BOUND_TX;
            case RECEIVER -> BOUND_RX;
            case TRANSCEIVER -> BOUND_TRX;
        };
    }

    boolean isBound() {
        return this == BOUND_TX || this == BOUND_RX || this == BOUND_TRX;
    }

    /** Whether the ESME may send this request (not a bind) in this state. */
    boolean allows(CommandId request) {
        if (!isBound()) {
            return false;
        }
        int id = request.value();
        if (id == CommandId.ENQUIRE_LINK.value() || id == CommandId.UNBIND.value() || id == CommandId.DATA_SM.value()) {
            return true;
        }
        boolean transmit = id == CommandId.SUBMIT_SM.value()
                || id == CommandId.SUBMIT_MULTI.value()
                || id == CommandId.QUERY_SM.value()
                || id == CommandId.CANCEL_SM.value()
                || id == CommandId.REPLACE_SM.value();
        return transmit && this != BOUND_RX;
    }
}
