package dev.smppkit.testkit;

import dev.smppkit.codec.pdu.BindType;
import java.net.InetSocketAddress;
import java.util.Objects;

/**
 * A session's lifecycle event.
 *
 * @param type what happened
 * @param sessionId the session's id (see {@link SmscSession#id()})
 * @param systemId the system_id it bound with
 * @param bindType the kind of bind
 * @param remoteAddress the ESME's address
 */
public record SessionEvent(
        Type type, String sessionId, String systemId, BindType bindType, InetSocketAddress remoteAddress) {
    /** What happened to the session. */
    public enum Type {
        /** The bind was accepted and its response written. */
        BOUND,
        /** A bound session ended: by unbind from either side, or because the connection closed. */
        UNBOUND
    }

    /**
     * An event; every component but {@code remoteAddress} is required.
     *
     * @param type what happened
     * @param sessionId the session's id (see {@link SmscSession#id()})
     * @param systemId the system_id it bound with
     * @param bindType the kind of bind
     * @param remoteAddress the ESME's address
     */
    public SessionEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(systemId, "systemId");
        Objects.requireNonNull(bindType, "bindType");
    }
}
