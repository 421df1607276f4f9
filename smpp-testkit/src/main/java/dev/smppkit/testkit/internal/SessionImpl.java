package dev.smppkit.testkit.internal;

import dev.smppkit.codec.pdu.BindType;
import dev.smppkit.codec.pdu.PduRequest;
import dev.smppkit.codec.pdu.PduResponse;
import dev.smppkit.codec.pdu.Unbind;
import dev.smppkit.codec.pdu.UnbindResp;
import dev.smppkit.testkit.DeliveryException;
import dev.smppkit.testkit.Faults;
import dev.smppkit.testkit.SmscSession;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.EventLoop;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;

/**
 * The public handle of one connection. Its bind state is written on the event loop and read anywhere, hence
 * volatile; every action is handed to the event loop, where the {@link SessionHandler} owns the connection.
 */
final class SessionImpl implements SmscSession {
    private final String id;
    private final Channel channel;
    private final SessionHandler handler;
    private final InetSocketAddress remoteAddress;
    private final FaultsImpl faults = new FaultsImpl();

    // written on the event loop, read anywhere
    private volatile String systemId;
    private volatile BindType bindType;
    private volatile boolean bound;

    SessionImpl(String id, Channel channel, SessionHandler handler) {
        this.id = id;
        this.channel = channel;
        this.handler = handler;
        this.remoteAddress = (InetSocketAddress) channel.remoteAddress();
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Optional<String> systemId() {
        return Optional.ofNullable(systemId);
    }

    @Override
    public Optional<BindType> bindType() {
        return Optional.ofNullable(bindType);
    }

    @Override
    public InetSocketAddress remoteAddress() {
        return remoteAddress;
    }

    @Override
    public boolean isBound() {
        return bound;
    }

    @Override
    public boolean isActive() {
        return channel.isActive();
    }

    @Override
    public Faults faults() {
        return faults;
    }

    FaultsImpl faultsImpl() {
        return faults;
    }

    /** Whether the SMSC may deliver to this session now: bound as receiver or transceiver, and open. */
    boolean canReceive() {
        BindType type = bindType;
        return bound && type != null && type.canReceive() && channel.isActive();
    }

    EventLoop eventLoop() {
        return channel.eventLoop();
    }

    void markBound(String systemId, BindType bindType) {
        this.systemId = systemId;
        this.bindType = bindType;
        this.bound = true;
    }

    void markUnbound() {
        bound = false;
    }

    @Override
    public <R extends PduResponse> CompletableFuture<R> send(PduRequest<R> request) {
        return send(request, false);
    }

    /**
     * Sends through the session's window; {@code budgeted}: the caller holds the request's bytes in the delivery
     * budget already (store-and-forward deliveries do, for their whole life), so a full queue does not refuse it.
     */
    <R extends PduResponse> CompletableFuture<R> send(PduRequest<R> request, boolean budgeted) {
        CompletableFuture<R> result = new CompletableFuture<>();
        if (!channel.isActive()) {
            result.completeExceptionally(closed());
            return result;
        }
        try {
            channel.eventLoop().execute(() -> handler.sendRequest(request, result, budgeted));
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(closed());
        }
        return result;
    }

    @Override
    public CompletableFuture<UnbindResp> unbind() {
        CompletableFuture<UnbindResp> result = send(Unbind.create());
        result.whenComplete((resp, error) -> channel.close());
        return result;
    }

    @Override
    public CompletableFuture<Void> sendRaw(byte[] bytes) {
        byte[] copy = bytes.clone();
        return toFuture(channel.writeAndFlush(Unpooled.wrappedBuffer(copy)));
    }

    /** For tests: bytes waiting in the outbound buffer. */
    long pendingOutboundBytes() {
        return handler.pendingOutboundBytes();
    }

    /** For tests: whether the connection reads (false while back-pressure holds it). */
    boolean isReading() {
        return handler.isReading();
    }

    @Override
    public CompletableFuture<Void> close() {
        return toFuture(channel.close());
    }

    private DeliveryException closed() {
        return new DeliveryException(DeliveryException.Reason.SESSION_CLOSED, "session " + id + " is closed");
    }

    private CompletableFuture<Void> toFuture(ChannelFuture future) {
        CompletableFuture<Void> result = new CompletableFuture<>();
        future.addListener(f -> {
            if (f.isSuccess()) {
                result.complete(null);
            } else {
                result.completeExceptionally(f.cause());
            }
        });
        return result;
    }

    @Override
    public String toString() {
        return "SmscSession[" + id + (bound ? ", " + bindType + " " + systemId : "") + ", " + remoteAddress + "]";
    }
}
