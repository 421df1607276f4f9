package dev.smppkit.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.client.Hook;
import dev.smppkit.client.SessionEvent;
import dev.smppkit.codec.pdu.EnquireLink;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class HookInvokerTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final ManualTimer timer = new ManualTimer();
    private final RepeatingFailureLog failures =
            new RepeatingFailureLog(LoggerFactory.getLogger(HookInvokerTest.class), 10, TimeUnit.SECONDS);

    private HookInvoker invoker(Hook hook) {
        return new HookInvoker(hook, timer, TIMEOUT, failures);
    }

    private static final Hook THROWING = new Hook() {
        @Override
        public void sending(dev.smppkit.codec.pdu.Pdu pdu) {
            throw new IllegalStateException("hook bug");
        }

        @Override
        public void received(dev.smppkit.codec.pdu.Pdu pdu) {
            throw new IllegalStateException("hook bug");
        }

        @Override
        public void onSessionEvent(SessionEvent event) {
            throw new IllegalStateException("hook bug");
        }
    };

    @Test
    void aThrowingVoidMethodIsLoggedAndCountedNotThrown() {
        HookInvoker hooks = invoker(THROWING);

        hooks.sending(EnquireLink.create());
        hooks.sending(EnquireLink.create());
        hooks.sending(EnquireLink.create());
        hooks.received(EnquireLink.create());

        assertThat(failures.pending("hook.sending threw"))
                .as("all but the first")
                .isEqualTo(2);
        assertThat(failures.pending("hook.received threw")).isZero();
    }

    @Test
    void aThrowingStageMethodGivesAFailedStage() {
        HookInvoker hooks = invoker(Hook.NOOP);

        CompletableFuture<Void> stage = hooks.call("onIncomingMessage", () -> {
                    throw new IllegalStateException("hook bug");
                })
                .toCompletableFuture();

        assertThat(stage).isCompletedExceptionally();
    }

    @Test
    void aNullStageIsAFailure() {
        HookInvoker hooks = invoker(Hook.NOOP);

        CompletableFuture<Void> stage =
                hooks.call("onDeliveryReceipt", () -> null).toCompletableFuture();

        assertThat(stage)
                .failsWithin(Duration.ZERO)
                .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .withCauseInstanceOf(NullPointerException.class)
                .withMessageContaining("hook.onDeliveryReceipt returned null");
    }

    @Test
    void aStageIsPassedOnAsItCompletes() {
        HookInvoker hooks = invoker(Hook.NOOP);
        CompletableFuture<Void> hookStage = new CompletableFuture<>();

        CompletableFuture<Void> stage = hooks.callWithTimeout("onSubmitOutcome", () -> hookStage);
        assertThat(stage).isNotDone();
        hookStage.complete(null);

        assertThat(stage).isCompletedWithValue(null);
        assertThat(timer.pending()).as("its timeout is cancelled").isZero();
    }

    @Test
    void aStageCompleteOnReturnNeedsNoTimer() {
        HookInvoker hooks = invoker(Hook.NOOP);

        CompletableFuture<Void> stage =
                hooks.callWithTimeout("onSubmitOutcome", () -> CompletableFuture.completedFuture(null));

        assertThat(stage).isCompletedWithValue(null);
        assertThat(timer.pending()).as("no timer entry was made").isZero();
        CompletableFuture<Void> failed = hooks.callWithTimeout(
                "onSubmitOutcome", () -> CompletableFuture.failedFuture(new IllegalStateException("no")));
        assertThat(failed).isCompletedExceptionally();
    }

    @Test
    void aStageThatDoesNotFinishInTimeFailsWithATimeoutOnTheTimer() {
        HookInvoker hooks = invoker(Hook.NOOP);
        CompletableFuture<Void> hookStage = new CompletableFuture<>();

        CompletableFuture<Void> stage = hooks.callWithTimeout("onSubmitOutcome", () -> hookStage);
        timer.advance(TIMEOUT.toMillis() - 1, TimeUnit.MILLISECONDS);
        assertThat(stage).isNotDone();
        timer.advance(1, TimeUnit.MILLISECONDS);

        assertThat(stage).isCompletedExceptionally();
        assertThat(stage.handle((v, e) -> e instanceof CompletionException ? e.getCause() : e)
                        .join())
                .isInstanceOf(TimeoutException.class);
        assertThat(hookStage).as("the hook's own stage is left alone").isNotDone();
        hookStage.complete(null); // too late: no effect
        assertThat(stage).isCompletedExceptionally();
    }

    @Test
    void startTimeoutRunsOnceAfterTheHookTimeoutUnlessCancelled() {
        HookInvoker hooks = invoker(Hook.NOOP);
        int[] fired = {0};

        hooks.startTimeout(() -> fired[0]++);
        hooks.startTimeout(() -> fired[0] += 10).cancel();
        timer.advance(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        timer.advance(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);

        assertThat(fired[0]).isEqualTo(1);
    }

    @Test
    void afterTheTimerStoppedThereIsNoTimeoutButStagesStillPassThrough() {
        HookInvoker hooks = invoker(Hook.NOOP);
        timer.stop();

        assertThat(hooks.startTimeout(() -> {})).isNull();
        assertThat(hooks.callWithTimeout("onSubmitOutcome", () -> CompletableFuture.completedFuture(null)))
                .isCompletedWithValue(null);
    }
}
