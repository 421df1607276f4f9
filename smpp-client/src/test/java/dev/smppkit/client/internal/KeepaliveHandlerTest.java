package dev.smppkit.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.client.BindFailedException;
import dev.smppkit.client.ConnectionLostException;
import dev.smppkit.client.SessionEvent;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.pdu.BindResp;
import dev.smppkit.codec.pdu.EnquireLink;
import dev.smppkit.codec.pdu.EnquireLinkResp;
import dev.smppkit.codec.pdu.PduResponse;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link KeepaliveHandler} on an {@link EmbeddedChannel}, sending through a real {@link RequestTracker} on a
 * {@link ManualTimer}; a stand-in for the session after it matches responses. No real time passes.
 */
class KeepaliveHandlerTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final ManualTimer timer = new ManualTimer();
    private final RequestTracker tracker = new RequestTracker(10, timer, pdu -> {}, () -> {});
    private final List<SessionEvent.Type> events = new ArrayList<>();
    private final List<Object> passedOn = new ArrayList<>();
    private boolean bound = true;
    private final SessionListener listener = new SessionListener() {
        @Override
        public void event(SessionEvent.Type type, String detail, Throwable cause) {
            events.add(type);
        }

        @Override
        public void bound(SupervisedSession session, BindResp response) {}

        @Override
        public void bindFailed(BindFailedException error) {}
    };
    private final KeepaliveHandler keepalive = new KeepaliveHandler(
            (ping, l, timeout) -> tracker.send(ping, l, false, timeout), () -> bound, listener, TIMEOUT);
    private EmbeddedChannel channel;

    /** Stands for the session: matches responses through the tracker and records the events that reach it. */
    private final class SessionStandIn extends ChannelInboundHandlerAdapter {
        @Override
        public void handlerAdded(ChannelHandlerContext ctx) {
            tracker.attach(ctx);
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            Window.Entry entry = tracker.complete((PduResponse) msg);
            entry.listener.onResponse((PduResponse) msg);
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
            passedOn.add(evt);
        }
    }

    private void open(ChannelHandler... before) {
        List<ChannelHandler> handlers = new ArrayList<>(List.of(before));
        handlers.add(keepalive);
        handlers.add(new SessionStandIn());
        channel = new EmbeddedChannel(handlers.toArray(ChannelHandler[]::new));
    }

    @AfterEach
    void tearDown() {
        channel.finishAndReleaseAll();
    }

    private void idle() {
        channel.pipeline().fireUserEventTriggered(IdleStateEvent.ALL_IDLE_STATE_EVENT);
    }

    private void answer(EnquireLink ping) {
        channel.writeInbound(EnquireLinkResp.create(CommandStatus.ESME_ROK).withSequenceNumber(ping.sequenceNumber()));
    }

    @Test
    void anIdleLinkGetsOneEnquireLinkAtATime() {
        open();

        idle();
        EnquireLink ping = channel.readOutbound();
        assertThat(ping).as("flushed at once").isNotNull();
        assertThat(keepalive.pending()).isTrue();
        idle();
        assertThat((Object) channel.readOutbound()).as("one already pending").isNull();

        answer(ping);
        assertThat(keepalive.pending()).isFalse();
        idle();
        EnquireLink next = channel.readOutbound();
        assertThat(next.sequenceNumber()).isNotEqualTo(ping.sequenceNumber());
        assertThat(passedOn).as("the idle events go on down the pipeline").hasSize(3);
        assertThat(events).isEmpty();
    }

    @Test
    void noEnquireLinkUnlessBound() {
        bound = false;
        open();

        idle();

        assertThat((Object) channel.readOutbound()).isNull();
        assertThat(passedOn).containsExactly(IdleStateEvent.ALL_IDLE_STATE_EVENT);
    }

    @Test
    void anUnansweredEnquireLinkClosesTheConnection() {
        open();
        idle();
        channel.readOutbound();

        timer.advance(TIMEOUT.toMillis() - 1, TimeUnit.MILLISECONDS);
        channel.runPendingTasks();
        assertThat(channel.isOpen()).isTrue();

        timer.advance(1, TimeUnit.MILLISECONDS);
        channel.runPendingTasks();

        assertThat(events).containsExactly(SessionEvent.Type.CONNECTION_LOST);
        assertThat(channel.isOpen()).isFalse();
        assertThat(keepalive.pending()).isFalse();
    }

    @Test
    void anEnquireLinkCutOffByAConnectionLossNeitherReportsNorCloses() {
        open();
        idle();
        channel.readOutbound();

        tracker.failAll(new ConnectionLostException("gone"));

        assertThat(keepalive.pending()).isFalse();
        assertThat(events).isEmpty();
        assertThat(channel.isOpen()).as("whoever lost the connection closes it").isTrue();
        assertThat(timer.pending()).isZero();
    }

    @Test
    void trafficPostponesTheEnquireLink() {
        open(new IdleStateHandler(0, 0, 30, TimeUnit.SECONDS));
        channel.freezeTime();

        channel.advanceTimeBy(20, TimeUnit.SECONDS);
        channel.runScheduledPendingTasks();
        channel.writeOutbound(EnquireLinkResp.create(CommandStatus.ESME_ROK).withSequenceNumber(7)); // we wrote
        channel.readOutbound();
        channel.advanceTimeBy(20, TimeUnit.SECONDS);
        channel.runScheduledPendingTasks();
        assertThat((Object) channel.readOutbound()).as("idle for 20 s only").isNull();

        channel.advanceTimeBy(10, TimeUnit.SECONDS);
        channel.runScheduledPendingTasks();

        assertThat((Object) channel.readOutbound()).isInstanceOf(EnquireLink.class);
        assertThat(timer.pending()).isEqualTo(1);
    }
}
