package dev.smppkit.client.internal.gateway;

import dev.smppkit.client.Broker;
import dev.smppkit.client.Hook;
import dev.smppkit.client.QueuedMessage;
import dev.smppkit.client.SubmitOutcome;
import dev.smppkit.client.internal.SubmitterRegistry;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends messages on the shared broker: records final outcomes there and completes {@code submit} futures, tells the
 * user's hook about messages the gateway itself ends (expired while waiting for an account, no route), and gives
 * messages back. Per gateway; thread-safe.
 */
final class GatewayOutcomes {
    private static final Logger log = LoggerFactory.getLogger(GatewayOutcomes.class);

    private final Broker shared;
    private final Hook hook;
    private final Duration hookTimeout;
    final SubmitterRegistry submitters = new SubmitterRegistry();
    final LongAdder released = new LongAdder();
    /** Messages that failed before any account had them (no route): no account to count them on. */
    final LongAdder unrouted = new LongAdder();

    GatewayOutcomes(Broker shared, Hook hook, Duration hookTimeout) {
        this.shared = shared;
        this.hook = hook;
        this.hookTimeout = hookTimeout;
    }

    /** An account ended the message and its hook call is done: the broker records it, then the submitter hears. */
    CompletionStage<Void> record(QueuedMessage message, SubmitOutcome outcome) {
        CompletableFuture<Void> stored;
        try {
            stored = shared.complete(message, outcome).toCompletableFuture();
        } catch (RuntimeException e) {
            stored = CompletableFuture.failedFuture(e);
        }
        return stored.whenComplete((v, e) -> {
            if (e != null) {
                log.error("broker.complete failed for message {}", message.id(), e);
            }
            submitters.notify(message.id(), outcome);
        });
    }

    /** The gateway ends a message no account sent: hook first (with the hook timeout), then the broker. */
    void finish(QueuedMessage message, SubmitOutcome outcome) {
        CompletableFuture<Void> called;
        try {
            if (outcome instanceof SubmitOutcome.Failed f) {
                hook.sendError(message, f.error());
            }
            called = hook.onSubmitOutcome(message, outcome).toCompletableFuture();
        } catch (RuntimeException e) {
            called = CompletableFuture.failedFuture(e);
        }
        called.copy()
                .orTimeout(hookTimeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                .handle((v, e) -> {
                    if (e != null) {
                        log.warn("hook onSubmitOutcome failed for message {}", message.id(), e);
                    }
                    return null;
                })
                .thenCompose(v -> record(message, outcome));
    }

    /** Gives a message back to the shared broker, to be taken again. */
    void release(QueuedMessage message) {
        released.increment();
        CompletableFuture<Void> done;
        try {
            done = shared.release(message, Duration.ZERO).toCompletableFuture();
        } catch (RuntimeException e) {
            done = CompletableFuture.failedFuture(e);
        }
        done.whenComplete((v, e) -> {
            if (e != null) {
                log.error("broker.release failed for message {}", message.id(), e);
            }
        });
    }
}
