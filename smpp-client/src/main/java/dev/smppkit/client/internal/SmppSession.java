package dev.smppkit.client.internal;

import dev.smppkit.client.BindFailedException;
import dev.smppkit.client.ClientListener;
import dev.smppkit.client.ConnectionLostException;
import dev.smppkit.client.ResponseTimeoutException;
import dev.smppkit.client.SessionEvent;
import dev.smppkit.client.ShutdownException;
import dev.smppkit.client.SmppClientException;
import dev.smppkit.codec.CommandId;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.SmppDecodeException;
import dev.smppkit.codec.pdu.AlertNotification;
import dev.smppkit.codec.pdu.Bind;
import dev.smppkit.codec.pdu.BindResp;
import dev.smppkit.codec.pdu.BindType;
import dev.smppkit.codec.pdu.DataSm;
import dev.smppkit.codec.pdu.DeliverSm;
import dev.smppkit.codec.pdu.EnquireLink;
import dev.smppkit.codec.pdu.GenericNack;
import dev.smppkit.codec.pdu.Pdu;
import dev.smppkit.codec.pdu.PduRequest;
import dev.smppkit.codec.pdu.PduResponse;
import dev.smppkit.codec.pdu.Unbind;
import dev.smppkit.codec.text.LogSafe;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.util.Timer;
import io.netty.util.concurrent.EventExecutor;
import java.time.Duration;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One SMPP connection from the ESME side: the bind state machine, dispatch of what the SMSC sends, answers to its
 * requests, the error that closed the connection, and unbind on stop. The rest is delegated, one concern a class:
 * requests, sequence numbers and their timeouts to a {@link RequestTracker}, keepalive to a {@link KeepaliveHandler}
 * it puts in the pipeline just before itself, submission to a {@link SubmitPump}, incoming messages and receipts to
 * an {@link InboundHandler}, a graceful stop to a {@link GracefulStop}. Each of those sees the session only through a
 * narrow interface of its own ({@link PumpSession}, {@link InboundSession}, {@link DrainingSession}), its supervisor
 * through {@link SupervisedSession}; the session reports to its supervisor through a {@link SessionListener}.
 *
 * <p>All state is per connection and touched only on the channel's event loop.
 */
final class SmppSession extends ChannelDuplexHandler
        implements SupervisedSession, PumpSession, InboundSession, DrainingSession {
    private static final Logger log = LoggerFactory.getLogger(SmppSession.class);

    enum State {
        OPEN,
        BINDING,
        BOUND,
        UNBINDING,
        CLOSED
    }

    private final SessionListener supervisor;
    private final BindType bindType;
    private final EsmeConfig config;
    private final HookInvoker hooks; // per client
    private final RequestTracker requests;
    private final KeepaliveHandler keepalive;
    private final SubmitPump pump;
    private final InboundHandler inbound;
    private final OperationQueue operations;
    private final ClientListener listener; // per client; null when none is registered

    // per connection, event loop only
    private ChannelHandlerContext ctx;
    private ReadGate readGate;
    private State state = State.OPEN;
    private GracefulStop drain; // null until stop()
    private Throwable closeCause; // the error that closed this connection, if one did
    /** Names this session in log lines: the account, the bind type and, once connected, the SMSC's address. */
    private String logName;

    /**
     * The per-client collaborators are shared by every session of the client (the rate limiter, null for none,
     * included); the rest is made per connection.
     */
    SmppSession(
            SessionListener supervisor,
            BindType bindType,
            EsmeConfig config,
            HookInvoker hooks,
            ReceiptCorrelation correlation,
            Timer timer,
            OutcomeReporter reporter,
            MessageEncoder encoder,
            MoReassembly reassembly,
            RepeatingFailureLog failures,
            RateLimiter rateLimiter) {
        this.supervisor = supervisor;
        this.bindType = bindType;
        this.logName = "[" + config.name() + " " + bindType + "]";
        this.config = config;
        this.hooks = hooks;
        this.listener = config.listenerOrNull();
        this.requests = new RequestTracker(
                config.submission().window(), timer, this::sending, this::requestTimedOut, listener, config.name());
        this.keepalive = new KeepaliveHandler(
                (ping, listener, timeout) -> send(ping, listener, false, timeout),
                this::isBound,
                supervisor,
                config.timeouts().enquireLinkTimeout());
        this.pump = new SubmitPump(this, config, reporter, encoder, correlation, rateLimiter);
        this.inbound = new InboundHandler(this, config, hooks, correlation, reporter, reassembly, failures);
        this.operations =
                new OperationQueue(this, pump::throttle, config.timeouts().requestTimeout());
    }

    State state() {
        return state;
    }

    /** The error that closed this connection, or null if it closed without one; event loop only. */
    @Override
    public Throwable closeCause() {
        return closeCause;
    }

    @Override
    public Window window() {
        return requests.window();
    }

    @Override
    public EventExecutor executor() {
        return ctx.executor();
    }

    /** Whether this connection reads; event loop only. */
    @Override
    public ReadGate readGate() {
        return readGate;
    }

    /** How log lines name this session: account, bind type and SMSC address (escaped where untrusted). */
    @Override
    public String logName() {
        return logName;
    }

    String systemId() {
        return config.bind().systemId();
    }

    @Override
    public boolean canSubmit() {
        return state == State.BOUND && bindType.canTransmit() && ctx.channel().isActive();
    }

    @Override
    public void event(SessionEvent.Type type, String detail, Throwable cause) {
        supervisor.event(type, detail, cause);
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
        this.readGate = new ReadGate(ctx.channel());
        requests.attach(ctx);
        ctx.pipeline().addBefore(ctx.name(), "keepalive", keepalive);
    }

    @Override
    public void bindNow() {
        channelActive(ctx);
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        logName = "[" + config.name() + " " + bindType + " " + ctx.channel().remoteAddress() + "]";
        state = State.BINDING;
        event(SessionEvent.Type.BINDING, bindType + " to " + ctx.channel().remoteAddress(), null);
        Bind bind = Bind.builder(bindType)
                .systemId(config.bind().systemId())
                .password(config.bind().password())
                .systemType(config.bind().systemType())
                .interfaceVersion(config.bind().interfaceVersion())
                .addressRange(config.bind().addressRange())
                .build();
        send(
                bind,
                new Window.Listener() {
                    @Override
                    public void onResponse(PduResponse response) {
                        // a bind_resp, or a generic_nack from an SMSC that does not support the bind type
                        onBindResponse(response);
                    }

                    @Override
                    public void onFailure(SmppClientException error) {
                        if (error instanceof ResponseTimeoutException && state == State.BINDING) {
                            // the event carries the same BindFailedException (status null: a timeout) that start()
                            // fails with, so a listener such as the CLI can tell a timeout from a lost connection
                            BindFailedException timedOut = new BindFailedException(
                                    "bind timed out after " + config.timeouts().bindTimeout(), null);
                            event(
                                    SessionEvent.Type.BIND_TIMEOUT,
                                    "no bind response in " + config.timeouts().bindTimeout(),
                                    timedOut);
                            supervisor.bindFailed(timedOut);
                            ctx.close();
                        }
                    }
                },
                false,
                config.timeouts().bindTimeout());
        ctx.flush();
        ctx.fireChannelActive();
    }

    private void onBindResponse(PduResponse response) {
        if (state != State.BINDING) {
            return;
        }
        if (!response.isOk() || !(response instanceof BindResp)) {
            // A generic_nack to a bind means the SMSC does not know the command, whatever status it carries.
            CommandStatus status = response.isOk() ? CommandStatus.ESME_RINVCMDID : response.commandStatus();
            BindFailedException error = new BindFailedException("bind refused: " + status, status);
            event(SessionEvent.Type.BIND_FAILED, status.toString(), error);
            supervisor.bindFailed(error);
            ctx.close();
            return;
        }
        state = State.BOUND;
        supervisor.bound(this, (BindResp) response);
        pump.pump();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        Pdu pdu = (Pdu) msg;
        if (listener != null) {
            listener.pduReceived(logName, pdu);
        }
        hooks.received(pdu);
        if (pdu instanceof PduResponse response) {
            onResponse(response);
        } else if (pdu instanceof PduRequest<?> request) {
            onRequest(request);
        } else if (pdu.isResponse()) {
            log.debug("{} dropping {}: a response with an unknown command_id is never answered", logName, pdu);
        } else {
            // An unknown command_id (UnknownPdu): §3.3 says generic_nack ESME_RINVCMDID.
            write(GenericNack.create(CommandStatus.ESME_RINVCMDID).withSequenceNumber(pdu.sequenceNumber()));
            ctx.flush();
        }
    }

    private void onResponse(PduResponse response) {
        Window.Entry entry = requests.complete(response);
        if (entry == null) {
            log.debug("{} dropping {}: no request in flight with that sequence number", logName, response);
            return;
        }
        if (response instanceof GenericNack && !(entry.request instanceof Bind)) {
            log.warn("{} generic_nack {} for {}", logName, response.commandStatus(), entry.request.commandId());
        }
        entry.listener.onResponse(response);
        operations.drain(); // a slot may be free: operations waiting for one go next
        if (drain != null) {
            drain.check();
        }
    }

    private void onRequest(PduRequest<?> request) {
        CommandId id = request.commandId();
        if (request instanceof EnquireLink link) {
            write(link.createResponse(CommandStatus.ESME_ROK));
        } else if (request instanceof Unbind unbind) {
            write(unbind.createResponse(CommandStatus.ESME_ROK));
            state = State.UNBINDING;
            event(SessionEvent.Type.UNBINDING, "the SMSC sent unbind", null);
            pump.stopTaking();
            ctx.flush();
            ctx.close();
        } else if (request instanceof DeliverSm || request instanceof DataSm) {
            if (state == State.UNBINDING || drain != null) {
                // Unbinding is not the SMSC's fault: a temporary error makes it deliver again to the next session,
                // where ESME_RINVBNDSTS (permanent) would make it drop receipts and messages for good. Once stopping,
                // no new delivery is started: the stop waits only for those already in progress.
                write(request.createResponse(CommandStatus.ESME_RX_T_APPN));
            } else if (state != State.BOUND || (request instanceof DeliverSm && !bindType.canReceive())) {
                write(request.createResponse(CommandStatus.ESME_RINVBNDSTS));
            } else {
                inbound.onMessage(request);
            }
        } else if (request instanceof AlertNotification) {
            log.debug(
                    "{} alert_notification: {}", logName, request); // no response exists; the hook saw it in received()
        } else if (id.expectsResponse()) {
            // submit_sm, bind, query_sm... are not for an ESME to receive (§2.2, Table 2-1).
            write(request.createResponse(CommandStatus.ESME_RINVBNDSTS));
        }
        ctx.flush();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof SmppDecodeException e) {
            log.warn("{} malformed PDU from the SMSC: {}", logName, LogSafe.escape(e.getMessage()));
            Pdu answer = errorAnswer(e);
            if (e.isFramingLost()) {
                // command_length out of range: answer, then close once the answer is out (or failed to go out)
                if (answer != null) {
                    writeAndClose(answer);
                } else {
                    ctx.close();
                }
            } else if (answer != null) {
                write(answer);
                ctx.flush();
            }
            return;
        }
        // Once the socket has failed, every write still queued fails too, and void promises report each one here:
        // log the first error of the connection, not one stack trace per pending PDU.
        if (closeCause != null) {
            log.debug("{} further error on a connection already closing", logName, cause);
            return;
        }
        // SslHandler wraps a failed handshake in a DecoderException; the SSLException inside says what went wrong
        closeCause = cause instanceof DecoderException && cause.getCause() instanceof SSLException
                ? cause.getCause()
                : cause;
        log.warn("{} closing the connection after an error: {}", logName, LogSafe.escape(closeCause.toString()), cause);
        ctx.close();
    }

    /** The answer to a malformed PDU: its own response where it has one we can build, else generic_nack. */
    private static Pdu errorAnswer(SmppDecodeException e) {
        if ((e.commandId() & CommandId.RESPONSE_BIT) != 0 && e.isHeaderRead()) {
            return null; // a broken response: never answer a response; its request will time out
        }
        int id = e.commandId();
        if (id == CommandId.DELIVER_SM.value()
                || id == CommandId.DATA_SM.value()
                || id == CommandId.ENQUIRE_LINK.value()
                || id == CommandId.UNBIND.value()) {
            return e.errorResponse(); // the requests an SMSC sends: their own response, or generic_nack
        }
        return GenericNack.create(e.status()).withSequenceNumber(e.sequenceNumber()); // one only an ESME sends
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt instanceof SslHandshakeCompletionEvent handshake && !handshake.isSuccess() && closeCause == null) {
            // SslHandler closes the channel right after this event, before the exception reaches exceptionCaught
            closeCause = handshake.cause();
            log.warn("{} TLS handshake failed: {}", logName, LogSafe.escape(closeCause.toString()));
        }

        ctx.fireUserEventTriggered(evt);
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        // Back-pressure for everything we write, responses included: while the SMSC does not read what we send,
        // we do not read what it sends, so its requests wait in TCP instead of our answers piling up in the heap.
        boolean writable = ctx.channel().isWritable();
        readGate.set(ReadGate.Reason.UNWRITABLE, !writable);
        if (writable) {
            operations.drain();
            pump.pump();
        }
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        state = State.CLOSED;
        ConnectionLostException lost = new ConnectionLostException("connection to the SMSC closed");
        pump.stopTaking(); // first, so messages released below do not go to this session's outstanding take
        SmppClientException cause = drain != null && drain.forced ? drain.shutdown : lost;
        requests.failAll(cause);
        operations.failAll(cause);
        pump.onDisconnected(cause);
        if (drain != null) {
            drain.done.complete(null);
        }
        ctx.fireChannelInactive();
    }

    /** See {@link RequestTracker#send}. */
    @Override
    public int send(Pdu request, Window.Listener listener, boolean counted, Duration timeout) {
        return requests.send(request, listener, counted, timeout);
    }

    /** A request timed out; its listener has been told. */
    private void requestTimedOut() {
        if (drain != null) {
            drain.check();
        }
        operations.drain();
        pump.pump();
    }

    private void sending(Pdu pdu) {
        if (listener != null) {
            listener.pduWritten(logName, pdu);
        }
        hooks.sending(pdu);
    }

    @Override
    public void write(Pdu pdu) {
        sending(pdu);
        ctx.write(pdu, ctx.voidPromise());
    }

    @Override
    public void flush() {
        ctx.flush();
    }

    private void writeAndClose(Pdu pdu) {
        sending(pdu);
        ctx.writeAndFlush(pdu).addListener(ChannelFutureListener.CLOSE);
    }

    /** An inbound delivery was answered; event loop only. */
    @Override
    public void inboundAnswered() {
        if (drain != null) {
            drain.check();
        }
    }

    /** Answers the inbound deliveries still waiting with ESME_RX_T_APPN; for a stop whose deadline came. */
    @Override
    public void answerInboundNow() {
        inbound.answerAllNow(CommandStatus.ESME_RX_T_APPN);
    }

    @Override
    public boolean isActive() {
        return ctx.channel().isActive();
    }

    @Override
    public boolean isWritable() {
        return ctx.channel().isWritable();
    }

    /**
     * Stops gracefully (event loop only): no more takes, unwritten messages released, in-flight answered until the
     * deadline (then failed as shut down); no new inbound delivery started (each is answered ESME_RX_T_APPN, so the
     * SMSC delivers it again later), those in progress waited for until the deadline (then answered ESME_RX_T_APPN
     * while the session is still open); unbind, close. The returned stop completes when the channel is closed.
     */
    @Override
    public void drain(long deadlineNanos) {
        stop(deadlineNanos);
    }

    GracefulStop stop(long deadlineNanos) {
        if (drain == null) {
            drain = new GracefulStop(this, deadlineNanos);
            pump.stopTaking();
            operations.failAll(new ShutdownException("client stopped before the operation was sent"));
            drain.check();
        }
        return drain;
    }

    @Override
    public boolean operate(Operation<?> op) {
        if (drain != null) {
            op.fail(new ShutdownException("client stopped before the operation was sent"));
            return true;
        }
        if (!canSubmit()) {
            return false;
        }
        operations.add(op);
        return true;
    }

    @Override
    public boolean isBound() {
        return state == State.BOUND;
    }

    @Override
    public boolean isClosed() {
        return state == State.CLOSED;
    }

    /** No counted request in flight, nothing taken but unwritten, and no inbound delivery waiting for its answer. */
    @Override
    public boolean isIdle() {
        return requests.window().countedInFlight() == 0 && pump.idle() && inbound.inFlight() == 0;
    }

    /** Sends unbind and closes once it is answered or times out; closes at once if not bound. Event loop only. */
    @Override
    public void unbindAndClose() {
        if (state != State.BOUND) {
            ctx.close();
            return;
        }
        state = State.UNBINDING;
        event(SessionEvent.Type.UNBINDING, "client stopping", null);
        send(
                Unbind.create(),
                new Window.Listener() {
                    @Override
                    public void onResponse(PduResponse response) {
                        ctx.close();
                    }

                    @Override
                    public void onFailure(SmppClientException error) {
                        ctx.close();
                    }
                },
                false,
                config.timeouts().unbindTimeout());
        ctx.flush();
    }
}
