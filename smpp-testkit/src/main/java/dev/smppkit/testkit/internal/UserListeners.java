package dev.smppkit.testkit.internal;

import dev.smppkit.codec.pdu.DeliverSm;
import dev.smppkit.codec.pdu.DeliverSmResp;
import dev.smppkit.testkit.DeliverSmRespListener;
import dev.smppkit.testkit.SessionEvent;
import dev.smppkit.testkit.SessionListener;
import java.util.List;

/** Calls into the user's session and deliver_sm_resp listeners; what they throw is recorded, never propagated. */
final class UserListeners {
    private final List<SessionListener> sessionListeners;
    private final DeliverSmRespListener deliverSmRespListener;
    private final ErrorLog errors;

    UserListeners(
            List<SessionListener> sessionListeners, DeliverSmRespListener deliverSmRespListener, ErrorLog errors) {
        this.sessionListeners = sessionListeners;
        this.deliverSmRespListener = deliverSmRespListener;
        this.errors = errors;
    }

    void sessionEvent(SessionEvent.Type type, SessionImpl session) {
        SessionEvent event = new SessionEvent(
                type,
                session.id(),
                session.systemId().orElse(""),
                session.bindType().orElseThrow(),
                session.remoteAddress());
        for (SessionListener listener : sessionListeners) {
            try {
                listener.onEvent(event);
            } catch (RuntimeException | Error e) {
                errors.record("session listener failed on " + event, e);
            }
        }
    }

    void deliverSmResponded(SessionImpl session, DeliverSm request, DeliverSmResp response) {
        try {
            deliverSmRespListener.onResponse(session, request, response);
        } catch (RuntimeException | Error e) {
            errors.record("deliver_sm_resp listener failed on " + response, e);
        }
    }
}
