package dev.smppkit.client.internal;

import io.netty.util.concurrent.EventExecutor;

/** What a {@code GracefulStop} needs from the session it stops. Per connection; event loop only. */
interface DrainingSession {
    /** The connection's event loop, where the deadline is scheduled. */
    EventExecutor executor();

    boolean isBound();

    boolean isClosed();

    /** Nothing in flight either way, nothing taken but unwritten. */
    boolean isIdle();

    /** Answers the inbound deliveries still waiting with ESME_RX_T_APPN. */
    void answerInboundNow();

    /** Sends unbind and closes once it is answered or times out; closes at once if not bound. */
    void unbindAndClose();
}
