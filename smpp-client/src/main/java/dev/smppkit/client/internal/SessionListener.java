package dev.smppkit.client.internal;

import dev.smppkit.client.BindFailedException;
import dev.smppkit.client.SessionEvent;
import dev.smppkit.codec.pdu.BindResp;

/**
 * What a session reports to whoever supervises it (its {@code SessionSupervisor}): the session never sees the
 * supervisor itself. Called on the session's event loop.
 */
interface SessionListener {
    /** A session event, for the hook. */
    void event(SessionEvent.Type type, String detail, Throwable cause);

    /** The SMSC accepted the bind of {@code session}. */
    void bound(SupervisedSession session, BindResp response);

    /** The SMSC refused the bind, or did not answer it in time; the session closes the connection itself. */
    void bindFailed(BindFailedException error);
}
