package dev.smppkit.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.client.ConnectionLostException;
import dev.smppkit.client.ResponseTimeoutException;
import dev.smppkit.client.SmppClientException;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.pdu.EnquireLink;
import dev.smppkit.codec.pdu.EnquireLinkResp;
import dev.smppkit.codec.pdu.Pdu;
import dev.smppkit.codec.pdu.PduResponse;
import dev.smppkit.codec.pdu.SubmitSm;
import dev.smppkit.codec.pdu.SubmitSmResp;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.channel.embedded.EmbeddedChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link RequestTracker} on an {@link EmbeddedChannel} with a {@link ManualTimer}: no real time passes. */
class RequestTrackerTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    /** Records what a request's listener was told. */
    private static final class Outcome implements Window.Listener {
        final List<PduResponse> responses = new ArrayList<>();
        final List<SmppClientException> failures = new ArrayList<>();

        @Override
        public void onResponse(PduResponse response) {
            responses.add(response);
        }

        @Override
        public void onFailure(SmppClientException error) {
            failures.add(error);
        }
    }

    private final ManualTimer timer = new ManualTimer();
    private final List<Pdu> seenBeforeWrite = new ArrayList<>();
    private int timeoutsReported;
    private final RequestTracker tracker = new RequestTracker(2, timer, seenBeforeWrite::add, () -> timeoutsReported++);
    private EmbeddedChannel channel;

    /** A channel whose last handler stands for the session: the tracker writes from there, through {@code before}. */
    private void open(ChannelOutboundHandlerAdapter before) {
        channel = new EmbeddedChannel(before, new ChannelInboundHandlerAdapter());
        tracker.attach(channel.pipeline().lastContext());
    }

    @AfterEach
    void tearDown() {
        if (channel != null) {
            channel.finishAndReleaseAll();
        }
    }

    private static SubmitSm submit() {
        return SubmitSm.builder().shortMessage(new byte[] {'h', 'i'}).build();
    }

    @Test
    void sendNumbersTracksAndWritesTheRequest() {
        open(new ChannelOutboundHandlerAdapter());
        Outcome outcome = new Outcome();

        int seq = tracker.send(submit(), outcome, true, TIMEOUT);

        assertThat(seq).isEqualTo(1);
        assertThat(tracker.send(EnquireLink.create(), new Outcome(), false, TIMEOUT))
                .isEqualTo(2);
        channel.flush();
        SubmitSm written = channel.readOutbound();
        assertThat(written.sequenceNumber()).isEqualTo(1);
        assertThat(seenBeforeWrite).hasSize(2).first().isEqualTo(written);
        assertThat(tracker.window().countedInFlight())
                .as("only the submit takes room")
                .isEqualTo(1);
        assertThat(tracker.window().size()).isEqualTo(2);
        assertThat(timer.pending())
                .as("one deadline check per connection, however many requests")
                .isEqualTo(1);
    }

    @Test
    void aResponseCompletesItsRequestAndCancelsTheTimeout() {
        open(new ChannelOutboundHandlerAdapter());
        Outcome outcome = new Outcome();
        int seq = tracker.send(submit(), outcome, true, TIMEOUT);
        channel.flush();

        Window.Entry entry =
                tracker.complete(SubmitSmResp.builder().messageId("m1").build().withSequenceNumber(seq));

        assertThat(entry).isNotNull();
        assertThat(entry.listener).isSameAs(outcome);
        assertThat(tracker.window().size()).isZero();
        timer.advance(1, TimeUnit.MINUTES);
        channel.runPendingTasks();
        assertThat(outcome.failures).as("an answered request never times out").isEmpty();
        assertThat(timer.pending()).as("the check found nothing left and ended").isZero();
        assertThat(tracker.complete(
                        EnquireLinkResp.create(CommandStatus.ESME_ROK).withSequenceNumber(seq)))
                .as("a second answer finds nothing")
                .isNull();
    }

    @Test
    void anUnansweredRequestTimesOutOnceAfterItsTimeout() {
        open(new ChannelOutboundHandlerAdapter());
        Outcome outcome = new Outcome();
        int seq = tracker.send(submit(), outcome, true, TIMEOUT);
        channel.flush();

        timer.advance(TIMEOUT.toMillis() - 1, TimeUnit.MILLISECONDS);
        channel.runPendingTasks();
        assertThat(outcome.failures).as("not yet").isEmpty();

        timer.advance(1, TimeUnit.MILLISECONDS);
        assertThat(outcome.failures).as("the timer only hops to the event loop").isEmpty();
        channel.runPendingTasks();

        assertThat(outcome.failures).singleElement().isInstanceOf(ResponseTimeoutException.class);
        assertThat(outcome.failures.get(0)).hasMessageContaining("seq " + seq);
        assertThat(timeoutsReported).isEqualTo(1);
        assertThat(tracker.window().room()).isEqualTo(2);
        assertThat(tracker.complete(SubmitSmResp.builder().build().withSequenceNumber(seq)))
                .as("a late answer finds nothing")
                .isNull();
    }

    @Test
    void aShorterTimeoutIsCheckedFirstAndTheLongerOneOnTheNextCheck() {
        open(new ChannelOutboundHandlerAdapter());
        Outcome slow = new Outcome();
        Outcome quick = new Outcome();
        tracker.send(submit(), slow, true, TIMEOUT);
        tracker.send(EnquireLink.create(), quick, false, Duration.ofSeconds(1));
        channel.flush();
        assertThat(timer.pending())
                .as("the earlier deadline replaced the later check")
                .isEqualTo(1);

        timer.advance(1, TimeUnit.SECONDS);
        channel.runPendingTasks();
        assertThat(quick.failures).singleElement().isInstanceOf(ResponseTimeoutException.class);
        assertThat(slow.failures).as("not due yet").isEmpty();
        assertThat(timer.pending()).as("checked again at the next deadline").isEqualTo(1);

        timer.advance(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        channel.runPendingTasks();
        assertThat(slow.failures).singleElement().isInstanceOf(ResponseTimeoutException.class);
        assertThat(timeoutsReported).isEqualTo(2);
        assertThat(timer.pending()).isZero();
    }

    @Test
    void theTimeoutStartsOnlyOnceTheWriteSucceeded() {
        List<ChannelPromise> held = new ArrayList<>();
        open(new ChannelOutboundHandlerAdapter() {
            @Override
            public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
                held.add(promise); // stuck in our own outbound buffer
            }
        });
        Outcome outcome = new Outcome();
        tracker.send(submit(), outcome, true, TIMEOUT);

        assertThat(timer.pending()).isZero();
        timer.advance(1, TimeUnit.HOURS);
        channel.runPendingTasks();
        assertThat(outcome.failures).isEmpty();

        held.get(0).setSuccess();
        assertThat(timer.pending()).isEqualTo(1);
    }

    @Test
    void aFailedWriteFailsTheRequestAsAConnectionLoss() {
        open(new ChannelOutboundHandlerAdapter() {
            @Override
            public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
                promise.setFailure(new java.io.IOException("broken pipe"));
            }
        });
        Outcome outcome = new Outcome();

        tracker.send(submit(), outcome, true, TIMEOUT);

        assertThat(outcome.failures).singleElement().isInstanceOf(ConnectionLostException.class);
        assertThat(tracker.window().size()).isZero();
        assertThat(timer.pending()).isZero();
    }

    @Test
    void failAllFailsEveryRequestWithTheCauseAndCancelsTheirTimeouts() {
        open(new ChannelOutboundHandlerAdapter());
        Outcome first = new Outcome();
        Outcome second = new Outcome();
        tracker.send(submit(), first, true, TIMEOUT);
        tracker.send(EnquireLink.create(), second, false, TIMEOUT);
        channel.flush();
        ConnectionLostException lost = new ConnectionLostException("gone");

        tracker.failAll(lost);

        assertThat(first.failures).containsExactly(lost);
        assertThat(second.failures).containsExactly(lost);
        assertThat(tracker.window().size()).isZero();
        assertThat(timer.pending()).isZero();
        assertThat(timeoutsReported).isZero();
    }
}
