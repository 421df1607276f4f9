package dev.smppkit.testkit;

import dev.smppkit.codec.pdu.Bind;
import dev.smppkit.codec.pdu.BindType;

/**
 * A bind, as the bind handler sees it. {@code accept()} binds the session; {@code reject(status)} answers with that
 * status and leaves the session open and unbound, as SMSCs do.
 */
public interface BindRequest extends Request<Bind> {
    /** The system_id. */
    default String systemId() {
        return pdu().systemId();
    }

    /** The password. */
    default String password() {
        return pdu().password();
    }

    /** The system_type. */
    default String systemType() {
        return pdu().systemType();
    }

    /** The kind of bind. */
    default BindType bindType() {
        return pdu().bindType();
    }
}
