package dev.smppkit.client.internal;

import dev.smppkit.client.ShutdownException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The progress of one session's graceful stop: once nothing is in flight either way (our requests, and the SMSC's
 * deliveries waiting for the correlator or the hook), or at the deadline, whichever comes first, the session unbinds
 * and closes. Requests still unanswered at the deadline fail with {@link #shutdown}; deliveries still waiting are
 * answered ESME_RX_T_APPN before the unbind.
 *
 * <p>Per connection, event loop only.
 */
final class GracefulStop {
    /** Completes when the channel has closed. */
    final CompletableFuture<Void> done = new CompletableFuture<>();
    /** The error of the requests the deadline cut off. */
    final ShutdownException shutdown = new ShutdownException("client stopped before the SMSC answered");

    private final DrainingSession session;
    private boolean unbinding;
    /** Whether the deadline passed with requests in flight. */
    boolean forced;

    GracefulStop(DrainingSession session, long deadlineNanos) {
        this.session = session;
        long delay = Math.max(0, deadlineNanos - System.nanoTime());
        session.executor().schedule(this::deadline, delay, TimeUnit.NANOSECONDS);
    }

    /** Called whenever a request leaves the window: unbinds as soon as nothing is left to wait for. */
    void check() {
        if (!unbinding && (!session.isBound() || session.isIdle())) {
            unbind();
        }
    }

    private void deadline() {
        if (session.isClosed()) {
            return;
        }
        forced = true;
        if (unbinding) {
            session.unbindAndClose(); // still no unbind_resp at the deadline: close now
            return;
        }
        session.answerInboundNow(); // before the unbind, so the SMSC still gets the answers; may start it via check()
        if (!unbinding) {
            unbind();
        }
    }

    private void unbind() {
        unbinding = true;
        session.unbindAndClose();
    }
}
