package dev.smppkit.client.internal;

import dev.smppkit.client.Hook;
import dev.smppkit.client.QueuedMessage;
import dev.smppkit.client.SessionEvent;
import dev.smppkit.client.SmppClientException;
import dev.smppkit.codec.pdu.Pdu;
import dev.smppkit.codec.text.LogSafe;
import io.netty.util.Timeout;
import io.netty.util.Timer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The one way the client calls the user's {@link Hook}: a call that throws is caught and logged (through the
 * {@link RepeatingFailureLog}, since a broken hook usually fails for every PDU or message), a stage-returning method
 * that returns null counts as a failed stage, and the hook timeout is kept on the client's one wheel timer.
 *
 * <p><b>Time sources.</b> The client keeps two, each for what it is good at:
 *
 * <ul>
 *   <li>the per-client {@link io.netty.util.HashedWheelTimer} for timeouts that are started for nearly every request,
 *       delivery and outcome and almost always cancelled (request, hook and correlator-retry timeouts, reassembly
 *       expiry): O(1) to start and cancel, 10 ms precision is plenty, and it does not depend on any one connection's
 *       event loop still running;
 *   <li>the channel's event loop {@code schedule} for work that must run on that loop in order with the connection's
 *       other events and dies with it (the pump's rate-limit and throttle wakeups, the graceful-stop deadline,
 *       reconnect and stable-bind delays, the outbind wait).
 * </ul>
 *
 * {@code CompletableFuture.orTimeout} is not used: it would add a third, JDK-global timer thread for the same job as
 * the wheel. ({@code InMemoryBroker}'s release delay uses {@code CompletableFuture.delayedExecutor} because the broker
 * is a user-owned object that lives outside any client and so has no client timer to use.)
 *
 * <p>Per client; thread-safe. Results of stages complete on whatever thread completes them (the hook's, or the
 * timer's on timeout): callers hop to their event loop themselves.
 */
final class HookInvoker {
    private final Hook hook;
    private final Timer timer;
    private final Duration timeout;
    private final RepeatingFailureLog failures;

    HookInvoker(Hook hook, Timer timer, Duration timeout, RepeatingFailureLog failures) {
        this.hook = hook;
        this.timer = timer;
        this.timeout = timeout;
        this.failures = failures;
    }

    /** The user's hook, for the stage-returning calls to make through {@link #call} or {@link #callWithTimeout}. */
    Hook hook() {
        return hook;
    }

    /** The hook timeout: how long a stage-returning hook method (with what precedes it) may take. */
    Duration timeout() {
        return timeout;
    }

    /** {@link Hook#sending}; a throw is logged. Called for every PDU written, so it allocates nothing. */
    void sending(Pdu pdu) {
        try {
            hook.sending(pdu);
        } catch (RuntimeException e) {
            threw("sending", e);
        }
    }

    /** {@link Hook#received}; a throw is logged. Called for every PDU read, so it allocates nothing. */
    void received(Pdu pdu) {
        try {
            hook.received(pdu);
        } catch (RuntimeException e) {
            threw("received", e);
        }
    }

    /** {@link Hook#sendError}; a throw is logged. */
    void sendError(QueuedMessage message, SmppClientException error) {
        try {
            hook.sendError(message, error);
        } catch (RuntimeException e) {
            threw("sendError", e);
        }
    }

    /** {@link Hook#onSessionEvent}; a throw is logged. */
    void onSessionEvent(SessionEvent event) {
        try {
            hook.onSessionEvent(event);
        } catch (RuntimeException e) {
            threw("onSessionEvent", e);
        }
    }

    private void threw(String method, RuntimeException e) {
        failures.record(RepeatingFailureLog.Level.WARN, "hook." + method + " threw", LogSafe.escape(e.toString()), e);
    }

    /**
     * Calls a stage-returning hook method without a timeout of its own (the caller keeps one, see {@link
     * #startTimeout}). Never throws: a throwing call or a null stage gives a failed stage.
     */
    CompletionStage<Void> call(String method, Supplier<? extends CompletionStage<Void>> call) {
        try {
            CompletionStage<Void> stage = call.get();
            return stage != null
                    ? stage
                    : CompletableFuture.failedFuture(new NullPointerException("hook." + method + " returned null"));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * Calls a stage-returning hook method and gives up on it after the hook timeout: the result completes as the
     * stage does, or exceptionally with a {@link TimeoutException} if it has not by then. The hook's own stage is
     * left as it is. The timeout starts when the call returns (a timer cannot interrupt the call itself), and only
     * for a stage not yet complete by then.
     */
    CompletableFuture<Void> callWithTimeout(String method, Supplier<? extends CompletionStage<Void>> call) {
        CompletionStage<Void> stage = call(method, call);
        if (Stages.doneNormally(stage)) {
            return CompletableFuture.completedFuture(null); // done within the call (the usual case): no timer entry
        }
        CompletableFuture<Void> result = new CompletableFuture<>();
        Timeout t = startTimeout(() ->
                result.completeExceptionally(new TimeoutException("hook." + method + " did not finish in " + timeout)));
        stage.whenComplete((v, e) -> {
            if (t != null) {
                t.cancel();
            }
            if (e != null) {
                result.completeExceptionally(e);
            } else {
                result.complete(null);
            }
        });
        return result;
    }

    /**
     * Logs that a hook stage failed or timed out, counted per method so a hook that fails for every message does not
     * flood the log.
     *
     * @param detail the rest of the line, already escaped if it holds untrusted text
     */
    void failed(String method, String detail, Throwable cause) {
        failures.record(RepeatingFailureLog.Level.WARN, "hook." + method + " failed", detail, cause);
    }

    /**
     * Runs {@code onTimeout} on the timer's thread after the hook timeout unless cancelled first. Returns null once
     * the client has stopped (its timer with it): nothing is left to time out then, and whatever still completes
     * completes without a deadline.
     */
    Timeout startTimeout(Runnable onTimeout) {
        try {
            return timer.newTimeout(t -> onTimeout.run(), timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (IllegalStateException stopped) {
            return null;
        }
    }
}
