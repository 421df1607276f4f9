package dev.smppkit.client.ussd;

import dev.smppkit.codec.pdu.UssdServiceOp;
import java.time.Instant;
import java.util.Objects;

/**
 * One message of a USSD dialogue.
 *
 * @param fromHandset true for what the handset sent (the dialled string, an answer), false for what the application
 *     sent (a menu, an end, a notification)
 * @param operation the ussd_service_op it carried
 * @param text its text
 * @param at when it was received or handed over for sending
 */
public record UssdTurn(boolean fromHandset, UssdServiceOp operation, String text, Instant at) {
    /**
     * Checks for nulls.
     *
     * @param fromHandset who sent it
     * @param operation the ussd_service_op it carried
     * @param text its text
     * @param at when
     * @throws NullPointerException if operation, text or at is null
     */
    public UssdTurn {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(at, "at");
    }
}
