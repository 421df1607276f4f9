package dev.smppkit.testkit.internal;

import dev.smppkit.codec.pdu.PduResponse;
import io.netty.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Writes responses to message requests, holding them back in groups when the out-of-order fault is on. Each response
 * may carry an action that must follow it (sending a receipt, telling a subscriber), which runs right after the
 * response is written so that nothing the SMSC originates overtakes it on this connection.
 */
final class ResponseWriter {
    /** How long an incomplete out-of-order group waits before it is sent anyway. */
    static final long GROUP_WAIT_MILLIS = 200;

    private final SessionHandler session;
    // per connection, event loop only
    private final List<Held> held = new ArrayList<>();
    private Future<?> groupTimer;

    ResponseWriter(SessionHandler session) {
        this.session = session;
    }

    /** Writes (or holds) a response; {@code after} may be null. Event loop only. */
    void send(PduResponse response, Runnable after) {
        int group = Math.max(
                session.session().faultsImpl().outOfOrderGroup(),
                session.globalFaults().outOfOrderGroup());
        if (group <= 1 && held.isEmpty()) {
            write(response, after);
            return;
        }
        held.add(new Held(response, after));
        if (held.size() >= Math.max(group, 1)) {
            release();
        } else if (groupTimer == null) {
            groupTimer = session.eventLoop().schedule(this::release, GROUP_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** Drops held responses; called when the connection has closed. */
    void discard() {
        held.clear();
        if (groupTimer != null) {
            groupTimer.cancel(false);
            groupTimer = null;
        }
    }

    private void release() {
        if (groupTimer != null) {
            groupTimer.cancel(false);
            groupTimer = null;
        }
        List<Held> group = new ArrayList<>(held);
        held.clear();
        for (int i = group.size() - 1; i >= 0; i--) {
            write(group.get(i).response, group.get(i).after);
        }
    }

    private void write(PduResponse response, Runnable after) {
        session.write(response);
        if (after != null) {
            session.runGuarded("after " + response.commandId(), after);
        }
    }

    private record Held(PduResponse response, Runnable after) {}
}
