package dev.smppkit.client.internal;

import dev.smppkit.client.Inbox;
import dev.smppkit.client.InboxClaim;
import dev.smppkit.codec.text.LogSafe;
import io.netty.util.Timer;
import io.netty.util.concurrent.EventExecutor;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Takes what the client's {@link Inbox} holds for its account and hands it to the hook ({@link InboxInterpreter}),
 * one take at a time: a claim is marked done only after its hook stage completed normally, and given back with a
 * growing delay (1 s doubling to 1 min) when the hook failed or timed out. A claim whose done is lost (a crash) is
 * handed out again when its lease expires, so the hook sees every stored PDU at least once, with the claim id as its
 * idempotency key.
 *
 * <p>Hook calls run on one event loop of the client, as they do without an inbox, never on the inbox's threads.
 * Per client; thread-safe (the take loop is sequential, its callbacks hop to the loop).
 */
final class InboxDrainer {
    private static final int BATCH = 64;
    private static final long FIRST_RETRY_MILLIS = 1_000;
    private static final long MAX_RETRY_MILLIS = 60_000;
    private static final int MAX_REMEMBERED_FAILURES = 10_000;

    private final EsmeConfig config;
    private final Inbox inbox;
    private final InboxInterpreter interpreter;
    private final HookInvoker hooks;
    private final RepeatingFailureLog failures;
    private final Timer timer;
    private final EventExecutor loop;
    // per client: how often a claim's hook failed in this process, for its retry delay; removed when it is done
    private final ConcurrentHashMap<Long, Integer> failedAttempts = new ConcurrentHashMap<>();
    // per client, set by stop(): completes when the take in progress and its hook calls have settled
    private final CompletableFuture<Void> stopped = new CompletableFuture<>();
    private volatile boolean stopping;
    private volatile boolean started;

    InboxDrainer(
            EsmeConfig config,
            Inbox inbox,
            InboxInterpreter interpreter,
            HookInvoker hooks,
            RepeatingFailureLog failures,
            Timer timer,
            EventExecutor loop) {
        this.config = config;
        this.inbox = inbox;
        this.interpreter = interpreter;
        this.hooks = hooks;
        this.failures = failures;
        this.timer = timer;
        this.loop = loop;
    }

    void start() {
        started = true;
        loop.execute(this::takeNext);
    }

    /**
     * Stops taking. Completes when the take in progress has settled: its claims' hooks finished (or timed out) and
     * they were marked done or given back.
     */
    CompletableFuture<Void> stop() {
        stopping = true;
        if (!started) {
            stopped.complete(null); // a client stopped without being started never took anything
        }
        return stopped;
    }

    private void takeNext() {
        if (stopping) {
            stopped.complete(null);
            return;
        }
        CompletableFuture<List<InboxClaim>> take;
        try {
            take = inbox.take(config.name(), BATCH).toCompletableFuture();
        } catch (RuntimeException e) {
            take = CompletableFuture.failedFuture(e);
        }
        take.whenCompleteAsync(
                (claims, error) -> {
                    if (error != null) {
                        failures.record(
                                RepeatingFailureLog.Level.WARN, "inbox.take failed", "trying again in 1 s", error);
                        later(FIRST_RETRY_MILLIS, this::takeNext);
                        return;
                    }
                    if (stopping) { // taken while stopping: give back at once for the next process
                        claims.forEach(c -> release(c, Duration.ZERO));
                        stopped.complete(null);
                        return;
                    }
                    CompletableFuture<?>[] all =
                            claims.stream().map(this::deliver).toArray(CompletableFuture[]::new);
                    CompletableFuture.allOf(all).whenCompleteAsync((v, e) -> takeNext(), loop);
                },
                loop);
    }

    /** Hands one claim to the hook; completes (never exceptionally) once it is done or given back. */
    private CompletableFuture<Void> deliver(InboxClaim claim) {
        CompletableFuture<Void> hook;
        try {
            hook = interpreter.deliver(claim);
        } catch (RuntimeException e) {
            hook = CompletableFuture.failedFuture(e);
        }
        return hook.handle((v, error) -> error).thenCompose(error -> {
            if (error == null) {
                failedAttempts.remove(claim.id());
                return inbox.done(claim).toCompletableFuture().handle((d, e) -> {
                    if (e != null) {
                        failures.record(
                                RepeatingFailureLog.Level.WARN,
                                "inbox.done failed",
                                "inbox entry " + claim.id() + " goes to the hook again after its lease",
                                e);
                    }
                    return null;
                });
            }
            int attempts = failedAttempts.merge(claim.id(), 1, Integer::sum);
            if (failedAttempts.size() > MAX_REMEMBERED_FAILURES) {
                failedAttempts.clear(); // a hook failing for everything: bounded memory, delays start over
            }
            long delay = Math.min(MAX_RETRY_MILLIS, FIRST_RETRY_MILLIS << Math.min(attempts - 1, 10));
            hooks.failed(
                    "onIncomingMessage/onDeliveryReceipt",
                    "inbox entry " + claim.id() + " goes to the hook again in " + delay + " ms: "
                            + LogSafe.escape(String.valueOf(error.getMessage())),
                    error);
            return release(claim, Duration.ofMillis(delay));
        });
    }

    private CompletableFuture<Void> release(InboxClaim claim, Duration delay) {
        return inbox.release(claim, delay).toCompletableFuture().handle((v, e) -> {
            if (e != null) {
                failures.record(
                        RepeatingFailureLog.Level.WARN,
                        "inbox.release failed",
                        "inbox entry " + claim.id() + " is taken again after its lease",
                        e);
            }
            return null;
        });
    }

    private void later(long millis, Runnable task) {
        try {
            timer.newTimeout(t -> loop.execute(task), millis, TimeUnit.MILLISECONDS);
        } catch (IllegalStateException timerStopped) {
            stopped.complete(null);
        }
    }
}
