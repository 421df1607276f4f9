package dev.smppkit.client.internal;

import dev.smppkit.client.SessionEvent;
import dev.smppkit.codec.pdu.Pdu;
import io.netty.util.concurrent.EventExecutor;
import java.time.Duration;

/** What the {@code SubmitPump} needs from its session. Per connection; event loop only. */
interface PumpSession {
    /** Bound for transmitting and connected. */
    boolean canSubmit();

    /** Whether the channel takes more writes without buffering past its high watermark. */
    boolean isWritable();

    /** The requests in flight, for the room left. */
    Window window();

    /** See {@link RequestTracker#send}. */
    int send(Pdu request, Window.Listener listener, boolean counted, Duration timeout);

    void flush();

    void event(SessionEvent.Type type, String detail, Throwable cause);

    /** The connection's event loop, to hop back to and to schedule on. */
    EventExecutor executor();

    /** How log lines name this session (account, bind type, SMSC address). */
    String logName();
}
