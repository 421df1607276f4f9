package dev.smppkit.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.client.Broker;
import dev.smppkit.client.InFlightPolicy;
import dev.smppkit.client.OutboundMessage;
import dev.smppkit.client.QueuedMessage;
import dev.smppkit.client.SubmitOutcome;
import dev.smppkit.codec.Address;
import dev.smppkit.codec.pdu.SubmitSm;
import dev.smppkit.codec.pdu.SubmitSmResp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link SubmitPump} through a bound session, with a broker whose takes the test answers. */
class SubmitPumpTest {
    private static final Address TO = Address.international("447700900123");

    /** A broker that records each take and lets the test complete it. */
    private static final class ScriptedBroker implements Broker {
        final List<Integer> takes = new ArrayList<>();
        final List<CompletableFuture<List<QueuedMessage>>> pendingTakes = new ArrayList<>();
        final List<String> released = new ArrayList<>();
        final List<String> completed = new ArrayList<>();

        @Override
        public CompletionStage<List<QueuedMessage>> take(int max) {
            takes.add(max);
            CompletableFuture<List<QueuedMessage>> f = new CompletableFuture<>();
            pendingTakes.add(f);
            return f;
        }

        CompletableFuture<List<QueuedMessage>> lastTake() {
            return pendingTakes.get(pendingTakes.size() - 1);
        }

        @Override
        public CompletionStage<Void> complete(QueuedMessage message, SubmitOutcome outcome) {
            completed.add(message.id());
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletionStage<Void> release(QueuedMessage message, Duration delay) {
            released.add(message.id());
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletionStage<QueuedMessage> enqueue(OutboundMessage message) {
            throw new UnsupportedOperationException();
        }
    }

    private final ScriptedBroker broker = new ScriptedBroker();
    private final TestConfig settings = new TestConfig();
    private EmbeddedSession s;

    private EmbeddedSession bound() {
        settings.broker = broker;
        s = new EmbeddedSession(settings);
        return s;
    }

    @AfterEach
    void tearDown() {
        if (s != null) {
            s.close();
        }
    }

    private static QueuedMessage queued(String id, String text) {
        return new QueuedMessage(id, OutboundMessage.builder().to(TO).text(text).build(), 1, Instant.EPOCH);
    }

    private static List<QueuedMessage> messages(int n) {
        List<QueuedMessage> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(queued("q" + i, "hello " + i));
        }
        return out;
    }

    /** Completes the last take with {@code messages} and runs the hop back to the event loop. */
    private void hand(List<QueuedMessage> messages) {
        broker.lastTake().complete(messages);
        s.runPendingTasks();
    }

    private void accept(SubmitSm sm) {
        s.channel.writeInbound(SubmitSmResp.builder()
                .messageId("m" + sm.sequenceNumber())
                .build()
                .withSequenceNumber(sm.sequenceNumber()));
    }

    @Test
    void takesOnlyWhatTheWindowHasRoomForOneTakeAtATime() {
        settings.window = 4;
        settings.takeBatch = 10;
        bound();

        assertThat(broker.takes).as("one take, sized to the window").containsExactly(4);
        s.channel.pipeline().fireChannelWritabilityChanged(); // pumps again
        assertThat(broker.takes).as("no second take while one is outstanding").hasSize(1);
    }

    @Test
    void writesWhatWasTakenAndTakesAgainOnceAQuarterOfTheBatchIsFree() {
        settings.window = 8;
        settings.takeBatch = 8;
        bound();
        hand(messages(8));

        List<SubmitSm> written = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            written.add(s.readOutbound(SubmitSm.class));
        }
        assertThat(broker.takes).as("the window is full").containsExactly(8);

        accept(written.get(0));
        assertThat(broker.takes)
                .as("one free slot is less than a quarter of the batch")
                .hasSize(1);
        accept(written.get(1));
        assertThat(broker.takes).containsExactly(8, 2);
        assertThat(broker.completed).containsExactly("q0", "q1");
    }

    @Test
    void aFailedTakeIsRetriedAfterASecond() {
        bound();
        broker.lastTake().completeExceptionally(new IllegalStateException("database down"));
        s.runPendingTasks();
        assertThat(broker.takes).hasSize(1);

        s.channel.advanceTimeBy(999, TimeUnit.MILLISECONDS);
        s.channel.runScheduledPendingTasks();
        assertThat(broker.takes).hasSize(1);
        s.channel.advanceTimeBy(1, TimeUnit.MILLISECONDS);
        s.channel.runScheduledPendingTasks();

        assertThat(broker.takes).hasSize(2);
    }

    @Test
    void aMessageThatCannotBeEncodedFailsWithoutBeingWritten() {
        bound();
        QueuedMessage tooLong = queued("q-long", "x".repeat(160 * 300)); // far more segments than allowed
        CompletableFuture<SubmitOutcome> outcome = s.core.reporter.await("q-long");

        hand(List.of(tooLong));

        assertThat(outcome).isCompletedWithValueMatching(o -> o instanceof SubmitOutcome.Failed);
        assertThat((Object) s.channel.readOutbound()).isNull();
    }

    @Test
    void onDisconnectSegmentsNeverWrittenAreReleasedOrFailedByThePolicy() {
        settings.window = 1;
        settings.takeBatch = 1;
        settings.inFlightPolicy = InFlightPolicy.RELEASE;
        bound();
        hand(List.of(queued("q-two", "y".repeat(200)), queued("q-one", "z")));
        s.readOutbound(SubmitSm.class); // the first segment of q-two; its second and q-one wait for room

        s.channel.close();

        assertThat(broker.released).containsExactlyInAnyOrder("q-two", "q-one");
        assertThat(broker.completed).isEmpty();
    }
}
