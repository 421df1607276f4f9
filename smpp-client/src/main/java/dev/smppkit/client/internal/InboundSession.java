package dev.smppkit.client.internal;

import dev.smppkit.codec.pdu.Pdu;
import io.netty.util.concurrent.EventExecutor;

/** What the {@code InboundHandler} needs from its session. Per connection; event loop only. */
interface InboundSession {
    /** The connection's event loop: answers are written there. */
    EventExecutor executor();

    /** How log lines name this session (account, bind type, SMSC address). */
    String logName();

    /** Whether the connection is still open, so an answer can reach the SMSC. */
    boolean isActive();

    /** Writes an answer (the hook sees it first); does not flush. */
    void write(Pdu pdu);

    void flush();

    /** Whether this connection reads. */
    ReadGate readGate();

    /** An inbound delivery was answered (a graceful stop may be waiting for that). */
    void inboundAnswered();
}
