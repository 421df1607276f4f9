package dev.smppkit.testkit.internal;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.pdu.PduRequest;
import dev.smppkit.testkit.SmscSession;

/** Takes accepted messages that carry ussd_service_op to the simulated handsets; see {@code SmscSimulator.ussd()}. */
@FunctionalInterface
public interface UssdRouter {
    /**
     * A message the simulator accepted, after its response was written; on the session's event loop.
     *
     * @return true if a handset took it (no virtual subscriber then sees it)
     */
    boolean onAccepted(SmscSession session, Address from, Address to, PduRequest<?> pdu, byte[] body);
}
