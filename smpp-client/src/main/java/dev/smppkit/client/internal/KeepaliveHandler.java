package dev.smppkit.client.internal;

import dev.smppkit.client.ResponseTimeoutException;
import dev.smppkit.client.SessionEvent;
import dev.smppkit.client.SmppClientException;
import dev.smppkit.codec.pdu.EnquireLink;
import dev.smppkit.codec.pdu.PduResponse;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.timeout.IdleStateEvent;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Keeps a bound link alive: when the {@code IdleStateHandler} before it reports the link idle (nothing read or written
 * for the enquire_link interval), sends one enquire_link, and closes the connection if it goes unanswered within
 * {@code timeout}, so that the supervisor reconnects. Traffic of any kind counts as liveness, so a busy link sends
 * none; at most one enquire_link is outstanding.
 *
 * <p>It sits in the pipeline just before the session and sends through the session's {@link RequestTracker}, so the
 * enquire_link gets a sequence number and its response is matched like any other.
 *
 * <p>Per connection; event loop only.
 */
final class KeepaliveHandler extends ChannelInboundHandlerAdapter {
    /** How this handler sends a request and learns its answer: {@link RequestTracker#send}. */
    interface Requests {
        int send(EnquireLink request, Window.Listener listener, Duration timeout);
    }

    private final Requests requests;
    private final BooleanSupplier bound;
    private final SessionListener events;
    private final Duration timeout;

    // per connection, event loop only
    private boolean pending;

    /**
     * @param bound whether the session is bound now: no enquire_link before the bind answer or once unbinding
     * @param events where a link declared dead is reported, as {@link SessionEvent.Type#CONNECTION_LOST}
     */
    KeepaliveHandler(Requests requests, BooleanSupplier bound, SessionListener events, Duration timeout) {
        this.requests = requests;
        this.bound = bound;
        this.events = events;
        this.timeout = timeout;
    }

    /** Whether an enquire_link is waiting for its answer; event loop only. */
    boolean pending() {
        return pending;
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt instanceof IdleStateEvent && bound.getAsBoolean() && !pending) {
            pending = true;
            requests.send(
                    EnquireLink.create(),
                    new Window.Listener() {
                        @Override
                        public void onResponse(PduResponse response) {
                            pending = false;
                        }

                        @Override
                        public void onFailure(SmppClientException error) {
                            pending = false;
                            if (error instanceof ResponseTimeoutException) {
                                events.event(SessionEvent.Type.CONNECTION_LOST, "enquire_link not answered", error);
                                ctx.close();
                            }
                        }
                    },
                    timeout);
            ctx.flush();
        }
        ctx.fireUserEventTriggered(evt);
    }
}
