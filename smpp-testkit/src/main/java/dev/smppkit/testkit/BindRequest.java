package dev.smppkit.testkit;

import dev.smppkit.codec.pdu.Bind;
import dev.smppkit.codec.pdu.BindType;

/**
 * A bind, as the bind handler sees it. {@code accept()} binds the session; {@code reject(status)} answers with that
 * status and leaves the session open and unbound, as SMSCs do.
 */
public interface BindRequest extends Request<Bind> {
    /**
     * The system_id of the bind.
     *
     * @return the system_id the ESME sent; empty if none
     */
    default String systemId() {
        return pdu().systemId();
    }

    /**
     * The password of the bind.
     *
     * @return the password the ESME sent (keep it out of logs); empty if none
     */
    default String password() {
        return pdu().password();
    }

    /**
     * The system_type of the bind.
     *
     * @return the system_type the ESME sent; empty if none
     */
    default String systemType() {
        return pdu().systemType();
    }

    /**
     * The kind of bind.
     *
     * @return transmitter, receiver or transceiver
     */
    default BindType bindType() {
        return pdu().bindType();
    }
}
