package dev.smppkit.testkit;

import dev.smppkit.codec.pdu.DeliverSm;
import dev.smppkit.codec.pdu.DeliverSmResp;

/**
 * Told how the ESME answered each deliver_sm the simulator sent (receipts, MO messages, subscriber replies). Called on
 * the session's event loop: it must not block. An exception is recorded as a server-side error.
 */
@FunctionalInterface
public interface DeliverSmRespListener {
    /**
     * The ESME answered {@code request} with {@code response}, whatever its status.
     *
     * @param session the session the deliver_sm went out on
     * @param request the deliver_sm the simulator sent
     * @param response the ESME's answer
     */
    void onResponse(SmscSession session, DeliverSm request, DeliverSmResp response);
}
