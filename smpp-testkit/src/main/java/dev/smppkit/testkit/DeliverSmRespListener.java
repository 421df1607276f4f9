package dev.smppkit.testkit;

import dev.smppkit.codec.pdu.DeliverSm;
import dev.smppkit.codec.pdu.DeliverSmResp;

/**
 * Told how the ESME answered each deliver_sm the simulator sent (receipts, MO messages, subscriber replies). Called on
 * the session's event loop: it must not block. An exception is recorded as a server-side error.
 */
@FunctionalInterface
public interface DeliverSmRespListener {
    /** The ESME answered {@code request} with {@code response}, whatever its status. */
    void onResponse(SmscSession session, DeliverSm request, DeliverSmResp response);
}
