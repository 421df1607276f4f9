package dev.smppkit.testkit.internal;

import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.SmppDecodeException;
import dev.smppkit.codec.internal.Transport;
import dev.smppkit.codec.pdu.Bind;
import dev.smppkit.codec.pdu.BindType;
import dev.smppkit.codec.pdu.EnquireLink;
import dev.smppkit.codec.pdu.GenericNack;
import dev.smppkit.codec.pdu.Outbind;
import dev.smppkit.codec.pdu.Pdu;
import dev.smppkit.codec.pdu.PduRequest;
import dev.smppkit.codec.pdu.PduResponse;
import dev.smppkit.codec.pdu.Unbind;
import dev.smppkit.codec.pdu.UnknownPdu;
import dev.smppkit.codec.text.LogSafe;
import dev.smppkit.codec.text.Reassembler;
import dev.smppkit.testkit.DeliveryException;
import dev.smppkit.testkit.SessionEvent;
import dev.smppkit.testkit.SmscSession;
import dev.smppkit.testkit.TrafficRecord;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.EventLoop;
import io.netty.handler.codec.DecoderException;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SMSC side of one connection: the session state machine of §2.2, dispatch of each PDU, and the writes. Everything
 * here runs on the channel's event loop. Writes are queued and flushed once per batch by a task the event loop runs
 * after the batch's reads, so a window of pipelined submits costs one flush.
 */
final class SessionHandler extends ChannelInboundHandlerAdapter {
    private static final Logger log = LoggerFactory.getLogger(SessionHandler.class);

    private final SessionServices shared;
    private final Outbind outbind; // null unless the SMSC opened this connection to outbind
    private final CompletableFuture<SmscSession> outbindResult;
    private final Runnable flushTask = this::flushNow;

    // per connection, event loop only
    private ChannelHandlerContext ctx;
    private SessionImpl session;
    private SessionState state = SessionState.OPEN;
    private OutboundRequests outbound;
    private ResponseWriter responses;
    private Reassembler reassembler;
    private boolean flushPending;
    private int bindFailures;

    SessionHandler(SessionServices shared) {
        this(shared, null, null);
    }

    SessionHandler(SessionServices shared, Outbind outbind, CompletableFuture<SmscSession> outbindResult) {
        this.shared = shared;
        this.outbind = outbind;
        this.outbindResult = outbindResult;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        this.ctx = ctx;
        session = new SessionImpl(shared.sessions().nextId(), ctx.channel(), this);
        outbound =
                new OutboundRequests(this, shared.config(), shared.budget(), shared.deliveries(), shared.listeners());
        responses = new ResponseWriter(this);
        shared.sessions().add(session);
        log.debug("{}: connected from {}", session.id(), session.remoteAddress());
        if (outbind != null) {
            write(outbind.withSequenceNumber(1));
        }
        ctx.fireChannelActive();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        boolean wasBound = state.isBound();
        state = SessionState.CLOSED;
        session.markUnbound();
        outbound.failAll();
        responses.discard();
        shared.sessions().remove(session);
        shared.sessions().changed();
        log.debug("{}: closed", session.id());
        if (wasBound) {
            shared.listeners().sessionEvent(SessionEvent.Type.UNBOUND, session);
        }
        if (outbindResult != null) {
            outbindResult.completeExceptionally(new DeliveryException(
                    DeliveryException.Reason.SESSION_CLOSED, "outbind connection closed before a bind"));
        }
        ctx.fireChannelInactive();
    }

    /** ACKs what was read at once: an ESME with Nagle on otherwise waits 40 ms per round trip (see Transport). */
    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        Transport.quickAck(ctx.channel());
        ctx.fireChannelReadComplete();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        Pdu pdu = (Pdu) msg;
        shared.recorder().record(session.id(), TrafficRecord.Direction.RECEIVED, pdu);
        if (session.faultsImpl().countPduAndCheckClose() | shared.faults().countPduAndCheckClose()) {
            log.debug("{}: closing after the PDU count of the close-after fault", session.id());
            ctx.close();
            return;
        }
        if (pdu instanceof PduResponse response) {
            outbound.onResponse(response);
        } else if (pdu instanceof UnknownPdu unknown) {
            if (!unknown.isResponse()) {
                write(GenericNack.create(CommandStatus.ESME_RINVCMDID).withSequenceNumber(unknown.sequenceNumber()));
            }
        } else {
            dispatch((PduRequest<?>) pdu);
        }
    }

    private void dispatch(PduRequest<?> request) {
        if (request instanceof Bind bind) {
            if (state.isBound()) {
                write(bind.createResponse(CommandStatus.ESME_RALYBND));
            } else {
                shared.binds().handle(this, bind);
            }
        } else if (!state.allows(request.commandId())) {
            rejectForState(request);
        } else if (request instanceof EnquireLink) {
            if (!session.faultsImpl().ignoresEnquireLink() && !shared.faults().ignoresEnquireLink()) {
                write(request.createResponse(CommandStatus.ESME_ROK));
            }
        } else if (request instanceof Unbind) {
            writeAndClose(request.createResponse(CommandStatus.ESME_ROK));
        } else {
            shared.requests().handle(this, request);
        }
    }

    private void rejectForState(PduRequest<?> request) {
        CommandStatus status = CommandStatus.ESME_RINVBNDSTS;
        write(
                request.commandId().expectsResponse()
                        ? request.createResponse(status)
                        : GenericNack.create(status).withSequenceNumber(request.sequenceNumber()));
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof SmppDecodeException e) {
            log.debug("{}: malformed PDU: {}", session.id(), LogSafe.escape(e.getMessage()));
            Pdu answer = e.errorResponse();
            if (e.isFramingLost()) {
                writeAndClose(answer);
            } else {
                write(answer);
            }
        } else if (cause instanceof IOException
                || cause instanceof SSLException
                || cause instanceof DecoderException && cause.getCause() instanceof SSLException) {
            log.debug("{}: connection error: {}", session == null ? "?" : session.id(), cause.toString());
            ctx.close();
        } else {
            shared.errors().record("unexpected error on " + (session == null ? "a connection" : session.id()), cause);
            ctx.close();
        }
    }

    /** Marks the session bound; called when the accepting bind response is written. */
    void bound(String systemId, BindType type) {
        state = SessionState.bound(type);
        session.markBound(systemId, type);
        shared.sessions().changed();
        log.debug("{}: bound as {} {}", session.id(), type, LogSafe.escape(systemId));
        shared.listeners().sessionEvent(SessionEvent.Type.BOUND, session);
        if (outbindResult != null) {
            outbindResult.complete(session);
        }
        shared.deliveries().onBound(session);
    }

    /** Counts a bind refused for its credentials on this connection; returns the count so far. */
    int countBindFailure() {
        return ++bindFailures;
    }

    SessionState state() {
        return state;
    }

    /**
     * Sends an SMSC-originated request through the window; event loop only. {@code budgeted}: its bytes are already
     * held in the delivery budget.
     */
    <R extends PduResponse> void sendRequest(PduRequest<R> request, CompletableFuture<R> result, boolean budgeted) {
        outbound.send(request, result, budgeted);
    }

    /**
     * Back-pressure: while the peer does not read what we write, stop reading what it sends (each request read
     * would add a response to the outbound buffer) and stop taking queued requests; resume when it drains. A peer
     * that floods without reading thus costs the write buffer's high watermark plus the window.
     */
    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        boolean writable = ctx.channel().isWritable();
        ctx.channel().config().setAutoRead(writable);
        log.debug("{}: {}", session.id(), writable ? "writable again, reading" : "not writable, reading paused");
        if (writable) {
            outbound.pump();
        }
        ctx.fireChannelWritabilityChanged();
    }

    boolean isWritable() {
        return ctx != null && ctx.channel().isWritable();
    }

    /** Bytes written but not yet taken by the socket; for tests, racy off the event loop. */
    long pendingOutboundBytes() {
        var buffer = ctx.channel().unsafe().outboundBuffer();
        return buffer == null ? 0 : buffer.totalPendingWriteBytes();
    }

    /** Whether the channel reads from the peer (false while back-pressure holds it). */
    boolean isReading() {
        return ctx.channel().config().isAutoRead();
    }

    /** Queues a PDU and makes sure a flush follows; event loop only. */
    void write(Pdu pdu) {
        if (!isActive()) {
            return;
        }
        shared.recorder().record(session.id(), TrafficRecord.Direction.SENT, pdu);
        ctx.write(pdu, ctx.voidPromise());
        scheduleFlush();
    }

    /** {@link #write} with a future for the outcome; event loop only. */
    ChannelFuture writeWithFuture(Pdu pdu) {
        shared.recorder().record(session.id(), TrafficRecord.Direction.SENT, pdu);
        ChannelFuture future = ctx.write(pdu);
        scheduleFlush();
        return future;
    }

    /** Writes a PDU, flushes everything queued and closes the connection; event loop only. */
    void writeAndClose(Pdu pdu) {
        shared.recorder().record(session.id(), TrafficRecord.Direction.SENT, pdu);
        ctx.writeAndFlush(pdu).addListener(ChannelFutureListener.CLOSE);
    }

    private void scheduleFlush() {
        if (!flushPending) {
            flushPending = true;
            ctx.executor().execute(flushTask);
        }
    }

    private void flushNow() {
        flushPending = false;
        ctx.flush();
    }

    /** Runs {@code task} after {@code delayNanos} (now if 0) on the event loop, recording what it throws. */
    void runAfter(long delayNanos, Runnable task) {
        if (delayNanos <= 0) {
            runGuarded("reply", task);
        } else {
            eventLoop().schedule(() -> runGuarded("delayed reply", task), delayNanos, TimeUnit.NANOSECONDS);
        }
    }

    /** Runs {@code task}, recording an exception as a server-side error. */
    void runGuarded(String what, Runnable task) {
        try {
            task.run();
        } catch (RuntimeException | Error e) {
            shared.errors().record(what + " on " + session.id() + " failed", e);
        }
    }

    /** The reassembler for concatenated messages submitted on this session; event loop only. */
    Reassembler reassembler() {
        if (reassembler == null) {
            reassembler = Reassembler.builder().build();
        }
        return reassembler;
    }

    boolean isActive() {
        return ctx != null && ctx.channel().isActive();
    }

    String id() {
        return session.id();
    }

    SessionImpl session() {
        return session;
    }

    /** The simulator-wide faults, which apply to every session with this one's own. */
    FaultsImpl globalFaults() {
        return shared.faults();
    }

    ResponseWriter responses() {
        return responses;
    }

    EventLoop eventLoop() {
        return ctx.channel().eventLoop();
    }
}
