package dev.smppkit.client;

/**
 * A change in one session's state.
 *
 * @param session the session's index, 0 to {@code sessions - 1}
 * @param systemId the account the session binds as
 * @param type what happened
 * @param detail a human-readable detail (peer, status, attempt, delay), never null
 * @param cause the error behind it, or null
 * @param account the name of the ESME (account) the session belongs to; by default its system_id
 */
public record SessionEvent(int session, String systemId, Type type, String detail, Throwable cause, String account) {
    /**
     * An event; a null account is taken as the system_id.
     *
     * @param session the session's index, 0 to {@code sessions - 1}
     * @param systemId the account the session binds as
     * @param type what happened
     * @param detail a human-readable detail (peer, status, attempt, delay), never null
     * @param cause the error behind it, or null
     * @param account the name of the ESME (account) the session belongs to; by default its system_id
     */
    public SessionEvent {
        account = account != null ? account : systemId;
    }

    /**
     * An event whose account is named by its system_id.
     *
     * @param session the session's index, 0 to {@code sessions - 1}
     * @param systemId the account the session binds as
     * @param type what happened
     * @param detail a human-readable detail (peer, status, attempt, delay), never null
     * @param cause the error behind it, or null
     */
    public SessionEvent(int session, String systemId, Type type, String detail, Throwable cause) {
        this(session, systemId, type, detail, cause, systemId);
    }

    /** The session states and transitions a user may want to see. */
    public enum Type {
        /** Connecting to the SMSC. */
        STARTING,
        /** Connected; the bind request is sent. */
        BINDING,
        /** The SMSC accepted the bind; messages flow. */
        BOUND,
        /** No bind response within the bind timeout. */
        BIND_TIMEOUT,
        /** The SMSC refused the bind (the cause is a {@link BindFailedException}). */
        BIND_FAILED,
        /** An unbind is in progress (sent by us or the SMSC). */
        UNBINDING,
        /** The connection closed or could not be made; a reconnect follows unless the client is stopping. */
        CONNECTION_LOST,
        /** The SMSC throttles (ESME_RTHROTTLED or ESME_RMSGQFUL): submission pauses. */
        THROTTLED,
        /** Submission resumed after throttling. */
        THROTTLED_END,
        /** The session stopped for good (client stopped). */
        STOPPED
    }
}
