package dev.smppkit.client.internal;

import dev.smppkit.client.SessionEvent;
import dev.smppkit.client.SmppClientException;
import dev.smppkit.client.ThrottledException;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.pdu.PduResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The client operations (data_sm, query_sm, cancel_sm, replace_sm) a session has taken and not yet written. Each takes a
 * window slot like a submit_sm, since an SMSC's window limit counts every outstanding request, and each passes the
 * session's {@link Throttle}: the pause an ESME_RTHROTTLED started and the client's rate limit, which an SMSC's
 * contract applies to every request it must work on. An operation answered ESME_RTHROTTLED or ESME_RMSGQFUL starts that
 * pause for the submits too and fails with {@link ThrottledException} (no automatic retry: the caller decides).
 *
 * <p>Per connection; event loop only.
 */
final class OperationQueue {
    private final PumpSession session;
    private final Supplier<Throttle> throttle; // the submit pump's, so both obey one pause
    private final Duration requestTimeout;

    // per connection, event loop only
    private final ArrayDeque<Operation<?>> waiting = new ArrayDeque<>();
    private ScheduledFuture<?> wakeup;

    OperationQueue(PumpSession session, Supplier<Throttle> throttle, Duration requestTimeout) {
        this.session = session;
        this.throttle = throttle;
        this.requestTimeout = requestTimeout;
    }

    /** Queues an operation and writes what may be written. */
    void add(Operation<?> op) {
        op.queued();
        waiting.add(op);
        drain();
    }

    /** Writes waiting operations while the window has room, the channel is writable and the throttle allows. */
    void drain() {
        if (waiting.isEmpty() || !session.canSubmit()) {
            return;
        }
        boolean wrote = false;
        while (!waiting.isEmpty() && session.window().room() > 0 && session.isWritable()) {
            if (waiting.peek().isDone()) { // timed out while waiting
                waiting.poll();
                continue;
            }
            long wait = throttle.get().acquire(System.nanoTime());
            if (wait > 0) {
                wakeUpIn(wait);
                break;
            }
            Operation<?> op = waiting.poll();
            if (op.markSent()) {
                session.send(op.request, new Answer(op), true, requestTimeout);
                wrote = true;
            }
        }
        if (wrote) {
            session.flush();
        }
    }

    /** Fails every operation not yet written (the session is stopping or gone). */
    void failAll(SmppClientException cause) {
        if (wakeup != null) {
            wakeup.cancel(false);
            wakeup = null;
        }
        Operation<?> op;
        while ((op = waiting.poll()) != null) {
            op.fail(cause);
        }
    }

    int size() {
        return waiting.size();
    }

    private void wakeUpIn(long nanos) {
        if (wakeup == null) {
            wakeup = session.executor().schedule(this::onWakeup, Math.max(nanos, 1000), TimeUnit.NANOSECONDS);
        }
    }

    private void onWakeup() {
        wakeup = null; // first: this drain may need to schedule the next wakeup
        drain();
    }

    private final class Answer implements Window.Listener {
        private final Operation<?> op;

        Answer(Operation<?> op) {
            this.op = op;
        }

        @Override
        public void onResponse(PduResponse response) {
            CommandStatus status = response.commandStatus();
            if (status.equals(CommandStatus.ESME_RTHROTTLED) || status.equals(CommandStatus.ESME_RMSGQFUL)) {
                if (throttle.get().onThrottled(System.nanoTime())) {
                    session.event(SessionEvent.Type.THROTTLED, status.name(), null);
                }
                op.fail(new ThrottledException(status, 1));
            } else {
                op.answer(response);
            }
        }

        @Override
        public void onFailure(SmppClientException error) {
            op.fail(error);
        }
    }
}
