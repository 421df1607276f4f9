package dev.smppkit.client.internal;

import dev.smppkit.client.ConnectionLostException;
import dev.smppkit.client.RejectedException;
import dev.smppkit.client.ResponseTimeoutException;
import dev.smppkit.client.SmppClientException;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.pdu.PduRequest;
import dev.smppkit.codec.pdu.PduResponse;
import io.netty.util.Timeout;
import io.netty.util.Timer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * One client operation (data_sm, query_sm, cancel_sm, replace_sm) from the call to its one outcome. It waits, first for a
 * session bound to transmit, then in that session's queue for a window slot and the throttle, at most the request
 * timeout in all; once written, the session's {@link RequestTracker} times its response like a submit_sm's. The state
 * moves WAITING → SENT → DONE or WAITING → DONE, each step by compare-and-set, so the wait timer and the session never
 * both finish it.
 *
 * <p>Per operation; thread-safe (the wait timer fires on the timer thread, the rest runs on event loops).
 *
 * @param <T> what the future completes with
 */
final class Operation<T> {
    private static final int WAITING = 0;
    private static final int SENT = 1;
    private static final int DONE = 2;

    final PduRequest<?> request;
    final CompletableFuture<T> future = new CompletableFuture<>();

    private final Class<? extends PduResponse> responseType;
    private final Function<PduResponse, T> result;
    private final AtomicInteger state = new AtomicInteger(WAITING);
    /** Whether a session queued it: a wait that ends after that was for a window slot or the throttle. */
    private volatile boolean queued;

    private volatile Timeout waitTimeout;

    /**
     * @param responseType the response an OK answer must be (a generic_nack is not an answer)
     * @param result what the future completes with, from an OK response of {@code responseType}
     */
    <R extends PduResponse> Operation(PduRequest<?> request, Class<R> responseType, Function<R, T> result) {
        this.request = request;
        this.responseType = responseType;
        this.result = response -> result.apply(responseType.cast(response));
    }

    /** Starts the wait: the operation fails if it is not written within {@code timeout}. */
    void startWait(Timer timer, Duration timeout, Runnable onExpiry) {
        waitTimeout = timer.newTimeout(
                t -> {
                    if (state.compareAndSet(WAITING, DONE)) {
                        onExpiry.run();
                        future.completeExceptionally(
                                queued
                                        ? new ResponseTimeoutException(request.commandId() + " not sent within "
                                                + timeout + ": the window stayed full or the SMSC throttled")
                                        : new ConnectionLostException("no session bound to transmit within " + timeout
                                                + " to send " + request.commandId()));
                    }
                },
                timeout.toNanos(),
                TimeUnit.NANOSECONDS);
    }

    /** A session has it in its queue. */
    void queued() {
        queued = true;
    }

    boolean isDone() {
        return state.get() == DONE;
    }

    /** Claims it for writing; false if it already ended (timed out, failed). */
    boolean markSent() {
        if (!state.compareAndSet(WAITING, SENT)) {
            return false;
        }
        Timeout t = waitTimeout;
        if (t != null) {
            t.cancel();
        }
        return true;
    }

    /** Fails it, whether waiting or sent; false if it had already ended. */
    boolean fail(SmppClientException error) {
        int s = state.get();
        while (s != DONE) {
            if (state.compareAndSet(s, DONE)) {
                Timeout t = waitTimeout;
                if (t != null) {
                    t.cancel();
                }
                return future.completeExceptionally(error);
            }
            s = state.get();
        }
        return false;
    }

    /**
     * The answer to the written request: the result for an OK response of the expected type, else {@link
     * RejectedException} (a generic_nack, even with status 0, is a rejection: ESME_RINVCMDID then).
     */
    void answer(PduResponse response) {
        if (!state.compareAndSet(SENT, DONE)) {
            return;
        }
        CommandStatus status = response.commandStatus();
        if (status.isOk() && !responseType.isInstance(response)) {
            status = CommandStatus.ESME_RINVCMDID; // e.g. a generic_nack with status 0: the SMSC did not know it
        }
        if (!status.isOk()) {
            future.completeExceptionally(new RejectedException(status));
            return;
        }
        T value;
        try {
            value = result.apply(response);
        } catch (RuntimeException e) {
            future.completeExceptionally(e);
            return;
        }
        future.complete(value);
    }
}
