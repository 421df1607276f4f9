package dev.smppkit.client.internal;

import dev.smppkit.client.BindFailedException;
import dev.smppkit.client.ConnectionLostException;
import dev.smppkit.client.ResponseTimeoutException;
import dev.smppkit.client.SessionEvent;
import dev.smppkit.client.SmppClientException;
import dev.smppkit.codec.CommandId;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.SmppDecodeException;
import dev.smppkit.codec.pdu.AlertNotification;
import dev.smppkit.codec.pdu.Bind;
import dev.smppkit.codec.pdu.BindResp;
import dev.smppkit.codec.pdu.BindType;
import dev.smppkit.codec.pdu.DataSm;
import dev.smppkit.codec.pdu.DataSmResp;
import dev.smppkit.codec.pdu.DeliverSm;
import dev.smppkit.codec.pdu.DeliverSmResp;
import dev.smppkit.codec.pdu.EnquireLink;
import dev.smppkit.codec.pdu.EnquireLinkResp;
import dev.smppkit.codec.pdu.GenericNack;
import dev.smppkit.codec.pdu.Pdu;
import dev.smppkit.codec.pdu.PduRequest;
import dev.smppkit.codec.pdu.PduResponse;
import dev.smppkit.codec.pdu.Unbind;
import dev.smppkit.codec.pdu.UnbindResp;
import dev.smppkit.codec.text.LogSafe;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.handler.timeout.IdleStateEvent;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One SMPP connection from the ESME side: binds, tracks requests in its {@link Window}, answers what the SMSC sends,
 * keeps the link alive with enquire_link when idle, and unbinds on stop. Submission is delegated to a
 * {@link SubmitPump}, incoming messages and receipts to an {@link InboundHandler}.
 *
 * <p>All state is per connection and touched only on the channel's event loop.
 */
final class SmppSession extends ChannelDuplexHandler {
    private static final Logger log = LoggerFactory.getLogger(SmppSession.class);

    enum State {
        OPEN,
        BINDING,
        BOUND,
        UNBINDING,
        CLOSED
    }

    private final SessionSupervisor supervisor;
    private final BindType bindType;
    private final EsmeConfig config;
    private final HookInvoker hooks;
    private final Window window;
    private final SubmitPump pump;
    private final InboundHandler inbound;

    // per connection, event loop only
    private ChannelHandlerContext ctx;
    private ReadGate readGate;
    private State state = State.OPEN;
    private boolean enquireLinkPending;
    private GracefulStop drain; // null until stop()
    private Throwable closeCause; // the error that closed this connection, if one did

    SmppSession(SessionSupervisor supervisor, BindType bindType, ClientCore core) {
        this.supervisor = supervisor;
        this.bindType = bindType;
        this.config = core.config;
        this.hooks = core.hooks;
        this.window = new Window(config.window());
        this.pump = new SubmitPump(this, core);
        this.inbound = new InboundHandler(this, core);
    }

    State state() {
        return state;
    }

    /** The error that closed this connection, or null if it closed without one; event loop only. */
    Throwable closeCause() {
        return closeCause;
    }

    Window window() {
        return window;
    }

    ChannelHandlerContext ctx() {
        return ctx;
    }

    /** Whether this connection reads; event loop only. */
    ReadGate readGate() {
        return readGate;
    }

    String systemId() {
        return config.systemId();
    }

    boolean canSubmit() {
        return state == State.BOUND && bindType.canTransmit() && ctx.channel().isActive();
    }

    void event(SessionEvent.Type type, String detail, Throwable cause) {
        supervisor.event(type, detail, cause);
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
        this.readGate = new ReadGate(ctx.channel());
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        state = State.BINDING;
        event(SessionEvent.Type.BINDING, bindType + " to " + ctx.channel().remoteAddress(), null);
        Bind bind = Bind.builder(bindType)
                .systemId(config.systemId())
                .password(config.password())
                .systemType(config.systemType())
                .interfaceVersion(config.interfaceVersion())
                .addressRange(config.addressRange())
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
                            BindFailedException timedOut =
                                    new BindFailedException("bind timed out after " + config.bindTimeout(), null);
                            event(
                                    SessionEvent.Type.BIND_TIMEOUT,
                                    "no bind response in " + config.bindTimeout(),
                                    timedOut);
                            supervisor.bindFailed(timedOut);
                            ctx.close();
                        }
                    }
                },
                false,
                config.bindTimeout());
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
        hooks.received(pdu);
        if (pdu instanceof PduResponse response) {
            onResponse(response);
        } else if (pdu instanceof PduRequest<?> request) {
            onRequest(request);
        } else if (pdu.isResponse()) {
            log.debug("dropping {}: a response with an unknown command_id is never answered", pdu);
        } else {
            // An unknown command_id (UnknownPdu): §3.3 says generic_nack ESME_RINVCMDID.
            write(GenericNack.create(CommandStatus.ESME_RINVCMDID).withSequenceNumber(pdu.sequenceNumber()));
            ctx.flush();
        }
    }

    private void onResponse(PduResponse response) {
        Window.Entry entry = window.remove(response.sequenceNumber());
        if (entry == null) {
            log.debug("dropping {}: no request in flight with that sequence number", response);
            return;
        }
        if (response instanceof GenericNack && !(entry.request instanceof Bind)) {
            log.warn("generic_nack {} for {}", response.commandStatus(), entry.request.commandId());
        }
        entry.listener.onResponse(response);
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
            log.debug("alert_notification: {}", request); // no response exists; the hook saw it in received()
        } else if (id.expectsResponse()) {
            // submit_sm, bind, query_sm... are not for an ESME to receive (§2.2, Table 2-1).
            write(request.createResponse(CommandStatus.ESME_RINVBNDSTS));
        }
        ctx.flush();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof SmppDecodeException e) {
            log.warn("malformed PDU from the SMSC: {}", LogSafe.escape(e.getMessage()));
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
            log.debug("further error on a connection already closing", cause);
            return;
        }
        // SslHandler wraps a failed handshake in a DecoderException; the SSLException inside says what went wrong
        closeCause = cause instanceof DecoderException && cause.getCause() instanceof SSLException
                ? cause.getCause()
                : cause;
        log.warn("closing the connection after an error: {}", LogSafe.escape(closeCause.toString()), cause);
        ctx.close();
    }

    /** The answer to a malformed PDU: its own response where it has one we can build, else generic_nack. */
    private static Pdu errorAnswer(SmppDecodeException e) {
        if ((e.commandId() & CommandId.RESPONSE_BIT) != 0 && e.isHeaderRead()) {
            return null; // a broken response: never answer a response; its request will time out
        }
        CommandStatus status = e.status();
        int seq = e.sequenceNumber();
        if (!e.answerWithGenericNack()) {
            if (e.commandId() == CommandId.DELIVER_SM.value()) {
                return DeliverSmResp.builder().commandStatus(status).build().withSequenceNumber(seq);
            } else if (e.commandId() == CommandId.DATA_SM.value()) {
                return DataSmResp.builder().commandStatus(status).build().withSequenceNumber(seq);
            } else if (e.commandId() == CommandId.ENQUIRE_LINK.value()) {
                return EnquireLinkResp.create(status).withSequenceNumber(seq);
            } else if (e.commandId() == CommandId.UNBIND.value()) {
                return UnbindResp.create(status).withSequenceNumber(seq);
            }
        }
        return GenericNack.create(status).withSequenceNumber(seq);
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt instanceof SslHandshakeCompletionEvent handshake && !handshake.isSuccess() && closeCause == null) {
            // SslHandler closes the channel right after this event, before the exception reaches exceptionCaught
            closeCause = handshake.cause();
            log.warn("TLS handshake failed: {}", LogSafe.escape(closeCause.toString()));
        }
        if (evt instanceof IdleStateEvent && state == State.BOUND && !enquireLinkPending) {
            enquireLinkPending = true;
            send(
                    EnquireLink.create(),
                    new Window.Listener() {
                        @Override
                        public void onResponse(PduResponse response) {
                            enquireLinkPending = false;
                        }

                        @Override
                        public void onFailure(SmppClientException error) {
                            enquireLinkPending = false;
                            if (error instanceof ResponseTimeoutException) {
                                event(SessionEvent.Type.CONNECTION_LOST, "enquire_link not answered", error);
                                ctx.close();
                            }
                        }
                    },
                    false,
                    config.enquireLinkTimeout());
            ctx.flush();
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
            pump.pump();
        }
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        state = State.CLOSED;
        ConnectionLostException lost = new ConnectionLostException("connection to the SMSC closed");
        pump.stopTaking(); // first, so messages released below do not go to this session's outstanding take
        for (Window.Entry e : window.removeAll()) {
            e.listener.onFailure(drain != null && drain.forced ? drain.shutdown : lost);
        }
        pump.onDisconnected(drain != null && drain.forced ? drain.shutdown : lost);
        if (drain != null) {
            drain.done.complete(null);
        }
        ctx.fireChannelInactive();
    }

    /** Writes a request with a fresh sequence number and tracks it; its timeout starts when the write succeeds. */
    int send(Pdu request, Window.Listener listener, boolean counted, Duration timeout) {
        int seq = nextSequence();
        Pdu pdu = request.withSequenceNumber(seq);
        Window.Entry entry = new Window.Entry(seq, pdu, listener, counted);
        window.add(entry);
        hooks.sending(pdu);
        ctx.write(pdu).addListener((ChannelFutureListener) f -> {
            if (f.isSuccess()) {
                if (window.contains(seq)) {
                    entry.timeout = supervisor
                            .timer()
                            .newTimeout(
                                    t -> ctx.executor().execute(() -> onTimeout(entry)),
                                    timeout.toNanos(),
                                    TimeUnit.NANOSECONDS);
                }
            } else if (window.remove(seq) == entry) {
                entry.listener.onFailure(new ConnectionLostException("write failed: " + f.cause(), f.cause()));
            }
        });
        return seq;
    }

    private void onTimeout(Window.Entry entry) {
        if (window.remove(entry.sequenceNumber) == entry) {
            entry.listener.onFailure(new ResponseTimeoutException(
                    "no response to " + entry.request.commandId() + " seq " + entry.sequenceNumber + " in time"));
            if (drain != null) {
                drain.check();
            }
            pump.pump();
        }
    }

    private int nextSequence() {
        return window.nextSequence(); // §5.1.4: 0x00000001-0x7FFFFFFF, in order, skipping any still outstanding
    }

    void write(Pdu pdu) {
        hooks.sending(pdu);
        ctx.write(pdu, ctx.voidPromise());
    }

    void flush() {
        ctx.flush();
    }

    private void writeAndClose(Pdu pdu) {
        hooks.sending(pdu);
        ctx.writeAndFlush(pdu).addListener(ChannelFutureListener.CLOSE);
    }

    /** An inbound delivery was answered; event loop only. */
    void inboundAnswered() {
        if (drain != null) {
            drain.check();
        }
    }

    /** Answers the inbound deliveries still waiting with ESME_RX_T_APPN; for a stop whose deadline came. */
    void answerInboundNow() {
        inbound.answerAllNow(CommandStatus.ESME_RX_T_APPN);
    }

    boolean isWritable() {
        return ctx.channel().isWritable();
    }

    /**
     * Stops gracefully (event loop only): no more takes, unwritten messages released, in-flight answered until the
     * deadline (then failed as shut down); no new inbound delivery started (each is answered ESME_RX_T_APPN, so the
     * SMSC delivers it again later), those in progress waited for until the deadline (then answered ESME_RX_T_APPN
     * while the session is still open); unbind, close. The returned stop completes when the channel is closed.
     */
    GracefulStop stop(long deadlineNanos) {
        if (drain == null) {
            drain = new GracefulStop(this, deadlineNanos);
            pump.stopTaking();
            drain.check();
        }
        return drain;
    }

    boolean isBound() {
        return state == State.BOUND;
    }

    boolean isClosed() {
        return state == State.CLOSED;
    }

    /** No counted request in flight, nothing taken but unwritten, and no inbound delivery waiting for its answer. */
    boolean isIdle() {
        return window.countedInFlight() == 0 && pump.idle() && inbound.inFlight() == 0;
    }

    /** Sends unbind and closes once it is answered or times out; closes at once if not bound. Event loop only. */
    void unbindAndClose() {
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
                config.unbindTimeout());
        ctx.flush();
    }
}
