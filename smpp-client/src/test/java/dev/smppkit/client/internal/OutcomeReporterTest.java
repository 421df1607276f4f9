package dev.smppkit.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smppkit.client.Broker;
import dev.smppkit.client.ConnectionLostException;
import dev.smppkit.client.EsmeStats;
import dev.smppkit.client.Hook;
import dev.smppkit.client.OutboundMessage;
import dev.smppkit.client.QueuedMessage;
import dev.smppkit.client.ShutdownException;
import dev.smppkit.client.SmppClientException;
import dev.smppkit.client.SubmitOutcome;
import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

class OutcomeReporterTest {
    private static final OutboundMessage MESSAGE = OutboundMessage.builder()
            .to(Address.international("447700900123"))
            .text("hi")
            .build();
    private static final SubmitOutcome ACCEPTED = new SubmitOutcome.Accepted(List.of("m1"));

    private final List<String> log = Collections.synchronizedList(new ArrayList<>());

    private static QueuedMessage queued(String id) {
        return new QueuedMessage(id, MESSAGE, 1, Instant.EPOCH);
    }

    /** A broker that logs calls; complete() returns {@link #completion} when set. */
    private final class LoggingBroker implements Broker {
        CompletableFuture<Void> completion;
        final List<Duration> releaseDelays = new ArrayList<>();
        // what enqueue (Esme.submit) returns: the message q1 unless a test says otherwise, or throws
        CompletionStage<QueuedMessage> enqueued = CompletableFuture.completedFuture(queued("q1"));
        RuntimeException enqueueError;

        @Override
        public CompletionStage<List<QueuedMessage>> take(int max) {
            return new CompletableFuture<>();
        }

        @Override
        public CompletionStage<Void> complete(QueuedMessage message, SubmitOutcome outcome) {
            log.add("broker.complete " + message.id());
            return completion != null ? completion : CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletionStage<Void> release(QueuedMessage message, Duration delay) {
            log.add("broker.release " + message.id());
            releaseDelays.add(delay);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletionStage<QueuedMessage> enqueue(OutboundMessage message) {
            if (enqueueError != null) {
                throw enqueueError;
            }
            return enqueued;
        }
    }

    /** A hook that logs calls; onSubmitOutcome returns {@link #outcomeStage} when set. */
    private class LoggingHook implements Hook {
        CompletionStage<Void> outcomeStage;

        @Override
        public void sendError(QueuedMessage message, SmppClientException error) {
            log.add("hook.sendError " + message.id() + " " + error.getClass().getSimpleName());
        }

        @Override
        public CompletionStage<Void> onSubmitOutcome(QueuedMessage message, SubmitOutcome outcome) {
            log.add("hook.onSubmitOutcome " + message.id() + " "
                    + outcome.getClass().getSimpleName());
            return outcomeStage != null ? outcomeStage : CompletableFuture.completedFuture(null);
        }
    }

    private static final Duration HOOK_TIMEOUT = Duration.ofSeconds(30);
    private final ManualTimer timer = new ManualTimer();
    private final RepeatingFailureLog failures = new RepeatingFailureLog(
            org.slf4j.LoggerFactory.getLogger(OutcomeReporterTest.class), 10, java.util.concurrent.TimeUnit.SECONDS);
    private final LoggingBroker broker = new LoggingBroker();
    private final LoggingHook hook = new LoggingHook();

    private OutcomeReporter reporter(Hook hook) {
        TestConfig config = new TestConfig();
        config.broker = broker;
        config.hook = hook;
        return new OutcomeReporter(config.build(), hooks(hook));
    }

    private HookInvoker hooks(Hook hook) {
        return new HookInvoker(hook, timer, HOOK_TIMEOUT, failures);
    }

    @Test
    void finishTellsTheHookThenTheBrokerThenTheSubmitter() {
        OutcomeReporter reporter = reporter(hook);
        CompletableFuture<SubmitOutcome> submitted = reporter.submit(MESSAGE);
        submitted.thenRun(() -> log.add("submitter"));

        reporter.finish(queued("q1"), ACCEPTED);

        assertThat(submitted).isCompletedWithValue(ACCEPTED);
        assertThat(log).containsExactly("hook.onSubmitOutcome q1 Accepted", "broker.complete q1", "submitter");
    }

    @Test
    void theBrokerWaitsForTheHookAndTheSubmitterForTheBroker() {
        CompletableFuture<Void> hookDone = new CompletableFuture<>();
        hook.outcomeStage = hookDone;
        broker.completion = new CompletableFuture<>();
        OutcomeReporter reporter = reporter(hook);
        CompletableFuture<SubmitOutcome> submitted = reporter.submit(MESSAGE);

        reporter.finish(queued("q1"), ACCEPTED);
        assertThat(log).containsExactly("hook.onSubmitOutcome q1 Accepted");

        hookDone.complete(null);
        assertThat(log).containsExactly("hook.onSubmitOutcome q1 Accepted", "broker.complete q1");
        assertThat(submitted).isNotDone();

        broker.completion.complete(null);
        assertThat(submitted).isCompletedWithValue(ACCEPTED);
    }

    @Test
    void aThrowingHookStillCompletesTheBrokerAndTheSubmitter() {
        Hook throwing = new Hook() {
            @Override
            public CompletionStage<Void> onSubmitOutcome(QueuedMessage message, SubmitOutcome outcome) {
                throw new IllegalStateException("hook bug");
            }
        };
        OutcomeReporter reporter = reporter(throwing);
        CompletableFuture<SubmitOutcome> submitted = reporter.submit(MESSAGE);

        reporter.finish(queued("q1"), ACCEPTED);

        assertThat(log).containsExactly("broker.complete q1");
        assertThat(submitted).isCompletedWithValue(ACCEPTED);
    }

    @Test
    void aFailedHookStageStillCompletesTheBroker() {
        hook.outcomeStage = CompletableFuture.failedFuture(new RuntimeException("database down"));
        OutcomeReporter reporter = reporter(hook);
        CompletableFuture<SubmitOutcome> submitted = reporter.submit(MESSAGE);

        reporter.finish(queued("q1"), ACCEPTED);

        assertThat(log).containsExactly("hook.onSubmitOutcome q1 Accepted", "broker.complete q1");
        assertThat(submitted).isCompletedWithValue(ACCEPTED);
    }

    @Test
    void aHookReturningNullStillCompletesTheBroker() {
        Hook nullStage = new Hook() {
            @Override
            public CompletionStage<Void> onSubmitOutcome(QueuedMessage message, SubmitOutcome outcome) {
                return null;
            }
        };
        OutcomeReporter reporter = reporter(nullStage);
        CompletableFuture<SubmitOutcome> submitted = reporter.submit(MESSAGE);

        reporter.finish(queued("q1"), ACCEPTED);

        assertThat(log).containsExactly("broker.complete q1");
        assertThat(submitted).isCompletedWithValue(ACCEPTED);
    }

    @Test
    void aHookThatNeverFinishesIsGivenUpOnAfterTheHookTimeout() {
        hook.outcomeStage = new CompletableFuture<>(); // never completes
        OutcomeReporter reporter = reporter(hook);
        CompletableFuture<SubmitOutcome> submitted = reporter.submit(MESSAGE);

        reporter.finish(queued("q1"), ACCEPTED);
        timer.advance(HOOK_TIMEOUT.toMillis() - 1, java.util.concurrent.TimeUnit.MILLISECONDS);
        assertThat(log).containsExactly("hook.onSubmitOutcome q1 Accepted");

        timer.advance(1, java.util.concurrent.TimeUnit.MILLISECONDS);
        assertThat(log).containsExactly("hook.onSubmitOutcome q1 Accepted", "broker.complete q1");
        assertThat(submitted).isCompletedWithValue(ACCEPTED);
        assertThat(failures.pending("hook.onSubmitOutcome failed")).isZero(); // the first is logged, not counted
    }

    @Test
    void aHookThatFinishesInTimeLeavesNoTimeoutBehind() {
        OutcomeReporter reporter = reporter(hook);

        reporter.finish(queued("q1"), ACCEPTED);

        assertThat(timer.pending()).isZero();
    }

    @Test
    void aFailedBrokerCompleteStillNotifiesTheSubmitter() {
        broker.completion = CompletableFuture.failedFuture(new RuntimeException("disk full"));
        OutcomeReporter reporter = reporter(hook);
        CompletableFuture<SubmitOutcome> submitted = reporter.submit(MESSAGE);

        reporter.finish(queued("q1"), ACCEPTED);

        assertThat(submitted).isCompletedWithValue(ACCEPTED);
    }

    @Test
    void failuresGoToSendErrorBeforeTheOutcome() {
        OutcomeReporter reporter = reporter(hook);

        reporter.finish(queued("q1"), new SubmitOutcome.Failed(new ConnectionLostException("gone")));

        assertThat(log)
                .containsExactly(
                        "hook.sendError q1 ConnectionLostException",
                        "hook.onSubmitOutcome q1 Failed",
                        "broker.complete q1");
    }

    @Test
    void awaitAfterTheOutcomeStillReturnsIt() {
        OutcomeReporter reporter = reporter(hook);
        SubmitOutcome rejected = new SubmitOutcome.Rejected(CommandStatus.ESME_RINVDSTADR, List.of());

        CompletableFuture<QueuedMessage> enqueue = new CompletableFuture<>();
        broker.enqueued = enqueue;
        CompletableFuture<SubmitOutcome> submitted = reporter.submit(MESSAGE);

        reporter.finish(queued("q1"), rejected); // the message ends before its enqueue completes
        enqueue.complete(queued("q1"));

        assertThat(submitted).isCompletedWithValue(rejected);
        broker.enqueued = CompletableFuture.completedFuture(queued("q1"));
        assertThat(reporter.submit(MESSAGE))
                .as("handed out once, then forgotten")
                .isNotDone();
    }

    @Test
    void anOutcomeIsNotRememberedWhileNoSubmitIsUnderway() {
        OutcomeReporter reporter = reporter(hook);

        reporter.finish(queued("q1"), ACCEPTED); // a message fed through the broker, not Esme.submit

        assertThat(reporter.submit(MESSAGE)).as("nothing kept for q1").isNotDone();
    }

    @Test
    void aFailedOrThrowingEnqueueFailsTheSubmitAndIsNoLongerUnderway() {
        OutcomeReporter reporter = reporter(hook);
        broker.enqueued = CompletableFuture.failedFuture(new IllegalStateException("queue full"));
        assertThatThrownBy(reporter.submit(MESSAGE)::join).hasRootCauseMessage("queue full");
        broker.enqueueError = new IllegalArgumentException("bad message");
        assertThatThrownBy(reporter.submit(MESSAGE)::join).hasRootCauseMessage("bad message");
        broker.enqueueError = null;

        reporter.finish(queued("q9"), ACCEPTED);

        broker.enqueued = CompletableFuture.completedFuture(queued("q9"));
        assertThat(reporter.submit(MESSAGE))
                .as("no submit was underway: nothing kept for q9")
                .isNotDone();
    }

    @Test
    void outcomesOfOtherMessagesDoNotCompleteTheWrongFuture() {
        OutcomeReporter reporter = reporter(hook);
        broker.enqueued = CompletableFuture.completedFuture(queued("q2"));
        CompletableFuture<SubmitOutcome> q2 = reporter.submit(MESSAGE);

        reporter.finish(queued("q1"), ACCEPTED);

        assertThat(q2).isNotDone();
    }

    @Test
    void countersAddUp() {
        OutcomeReporter reporter = reporter(hook);
        reporter.taken.add(6);

        reporter.finish(queued("a"), ACCEPTED);
        reporter.finish(queued("b"), ACCEPTED);
        reporter.finish(queued("c"), new SubmitOutcome.Rejected(CommandStatus.ESME_RSYSERR, List.of()));
        reporter.finish(queued("d"), new SubmitOutcome.Failed(new ShutdownException("stop")));
        reporter.release(queued("e"), Duration.ofSeconds(3));
        reporter.receipts.increment();
        reporter.receiptsMatched.increment();
        reporter.incoming.add(2);

        EsmeStats stats = reporter.snapshot();
        assertThat(stats).isEqualTo(new EsmeStats(6, 2, 1, 1, 0, 1, 1, 1, 2));
        assertThat(stats.inProgress()).isEqualTo(1);
        assertThat(broker.releaseDelays).containsExactly(Duration.ofSeconds(3));
        assertThat(log).contains("broker.release e");
    }

    @Test
    void releaseDoesNotTellTheHookOrTheSubmitter() {
        OutcomeReporter reporter = reporter(hook);
        CompletableFuture<SubmitOutcome> submitted = reporter.submit(MESSAGE);

        reporter.release(queued("q1"), Duration.ZERO);

        assertThat(log).containsExactly("broker.release q1");
        assertThat(submitted).isNotDone();
    }

    @Test
    void failWaitingEndsEveryWaitingSubmitWithShutdown() {
        OutcomeReporter reporter = reporter(hook);
        CompletableFuture<SubmitOutcome> done = reporter.submit(MESSAGE);
        broker.enqueued = CompletableFuture.completedFuture(queued("q2"));
        CompletableFuture<SubmitOutcome> waitingA = reporter.submit(MESSAGE);
        broker.enqueued = CompletableFuture.completedFuture(queued("q3"));
        CompletableFuture<SubmitOutcome> waitingB = reporter.submit(MESSAGE);
        reporter.finish(queued("q1"), ACCEPTED);

        reporter.failWaiting();

        assertThat(done).isCompletedWithValue(ACCEPTED);
        assertThatThrownBy(waitingA::join)
                .hasCauseInstanceOf(ShutdownException.class)
                .hasMessageContaining("q2");
        assertThat(waitingB).isCompletedExceptionally();
    }
}
