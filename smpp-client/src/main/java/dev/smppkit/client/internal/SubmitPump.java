package dev.smppkit.client.internal;

import dev.smppkit.client.ClientListener;
import dev.smppkit.client.ConnectionLostException;
import dev.smppkit.client.InFlightPolicy;
import dev.smppkit.client.InvalidMessageException;
import dev.smppkit.client.QueuedMessage;
import dev.smppkit.client.SessionEvent;
import dev.smppkit.client.SmppClientException;
import dev.smppkit.client.SubmitOutcome;
import dev.smppkit.client.ThrottledException;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.pdu.BaseSm;
import dev.smppkit.codec.pdu.MessageIdResponse;
import dev.smppkit.codec.pdu.PduResponse;
import dev.smppkit.codec.pdu.SubmitMultiResp;
import dev.smppkit.codec.pdu.SubmitSmResp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves messages from the broker into the session's window: takes only what the window has room for (one take
 * outstanding at a time), splits each message into its submit_sm segments, writes them as window slots when the
 * {@link Throttle} allows, and turns the answers into exactly one outcome per message (accepted segments are tracked
 * for their receipts by {@link ReceiptCorrelation}). No thread ever waits: a
 * full window, a throttling pause or an empty broker just means nothing is written until the next event.
 *
 * <p>Per connection; event loop only.
 */
final class SubmitPump {
    private static final Logger log = LoggerFactory.getLogger(SubmitPump.class);
    private static final Duration BROKER_RETRY = Duration.ofSeconds(1);

    private final PumpSession session;
    private final EsmeConfig config;
    private final OutcomeReporter reporter; // per client
    private final MessageEncoder encoder; // per client
    private final ReceiptCorrelation correlation; // per client
    private final Throttle throttle; // per connection, around the client's shared rate limiter

    // per connection, event loop only
    private final ArrayDeque<MessageSubmission.Part> pending = new ArrayDeque<>();
    private CompletableFuture<List<QueuedMessage>> taking;
    private boolean stopped;
    private ScheduledFuture<?> wakeup;
    private long wakeupAt;
    private long takeStartedAt; // for the instrumentation listener: when the outstanding take started

    SubmitPump(
            PumpSession session,
            EsmeConfig config,
            OutcomeReporter reporter,
            MessageEncoder encoder,
            ReceiptCorrelation correlation,
            RateLimiter rateLimiter) {
        this.session = session;
        this.config = config;
        this.reporter = reporter;
        this.encoder = encoder;
        this.correlation = correlation;
        this.throttle = new Throttle(rateLimiter, config.submission().throttleBackoff());
    }

    /** Writes what may be written now, then takes more if there is room. Call after anything changes. */
    void pump() {
        if (!session.canSubmit()) {
            return;
        }
        boolean wrote = false;
        long now = System.nanoTime();
        while (!pending.isEmpty() && session.window().room() > 0 && session.isWritable()) {
            long wait = throttle.acquire(now);
            if (wait > 0) {
                wakeUpIn(wait);
                break;
            }
            MessageSubmission.Part part = pending.poll();
            if (!part.submission().isFinished()) { // a sibling segment may have ended the message
                write(part);
                wrote = true;
            }
        }
        if (wrote) {
            session.flush();
        }
        maybeTake(now);
    }

    private void maybeTake(long now) {
        if (stopped || taking != null || !pending.isEmpty() || throttle.paused(now)) {
            return;
        }
        int room = session.window().room();
        // Take in batches: waiting until a quarter of the batch is free (or the window is empty) costs nothing in
        // throughput but saves a broker round trip per response, which a database broker pays with a commit.
        int batch =
                Math.min(config.submission().takeBatch(), config.submission().window());
        if (room <= 0 || (room < Math.max(1, batch / 4) && session.window().countedInFlight() > 0)) {
            return;
        }
        CompletableFuture<List<QueuedMessage>> take;
        try {
            take = config.broker()
                    .take(Math.min(room, config.submission().takeBatch()))
                    .toCompletableFuture();
        } catch (RuntimeException e) {
            take = CompletableFuture.failedFuture(e);
        }
        taking = take;
        takeStartedAt = now;
        CompletableFuture<List<QueuedMessage>> t = take;
        t.whenComplete((messages, error) -> session.executor().execute(() -> onTaken(t, messages, error)));
    }

    private void onTaken(CompletableFuture<List<QueuedMessage>> take, List<QueuedMessage> messages, Throwable error) {
        if (taking == take) {
            taking = null;
        }
        if (error != null) {
            Throwable cause =
                    error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            if (!(cause instanceof CancellationException)) {
                log.warn("{} broker.take failed; retrying in {}", session.logName(), BROKER_RETRY, cause);
                wakeUpIn(BROKER_RETRY.toNanos());
            }
            return;
        }
        reporter.taken.add(messages.size());
        ClientListener listener = config.listenerOrNull();
        if (listener != null) {
            listener.brokerTake(config.name(), messages.size(), System.nanoTime() - takeStartedAt);
        }
        if (stopped || !session.canSubmit()) {
            messages.forEach(m -> reporter.release(m, Duration.ZERO)); // never written: safe to give back
            return;
        }
        Instant now = Instant.now();
        for (QueuedMessage message : messages) {
            Optional<Instant> deadline = message.message().deadline(message.enqueuedAt());
            if (deadline.isPresent() && !now.isBefore(deadline.get())) {
                reporter.finish(message, new SubmitOutcome.Expired(deadline.get(), config.name()));
                continue;
            }
            List<BaseSm<?>> pdus;
            try {
                pdus = encoder.encode(message.message());
            } catch (InvalidMessageException e) {
                reporter.finish(message, new SubmitOutcome.Failed(e, config.name()));
                continue;
            }
            MessageSubmission submission = new MessageSubmission(message, pdus);
            for (int i = 0; i < pdus.size(); i++) {
                pending.add(new MessageSubmission.Part(submission, i));
            }
        }
        pump();
    }

    private void write(MessageSubmission.Part part) {
        part.submission().written();
        session.send(part.pdu(), new PartListener(part), true, config.timeouts().requestTimeout());
    }

    private final class PartListener implements Window.Listener {
        private final MessageSubmission.Part part;

        PartListener(MessageSubmission.Part part) {
            this.part = part;
        }

        @Override
        public Map<String, String> extra() {
            return part.submission().queued.message().extra();
        }

        @Override
        public void onResponse(PduResponse response) {
            MessageSubmission sub = part.submission();
            CommandStatus status = response.commandStatus();
            boolean answered = sub.queued.message().isMulti()
                    ? response instanceof SubmitMultiResp
                    : response instanceof SubmitSmResp;
            if (status.isOk() && !answered) {
                status = CommandStatus.ESME_RUNKNOWNERR; // e.g. a generic_nack with status 0: not an acceptance
            }
            if (status.isOk()) {
                String messageId = response instanceof SubmitMultiResp multi
                        ? multi.messageId().orElse("")
                        : ((MessageIdResponse) response).messageId().orElse("");
                if (response instanceof SubmitMultiResp multi) {
                    sub.refused(multi.unsuccessful());
                }
                correlation.track(sub.queued, part.index(), sub.segments(), messageId);
                if (throttle.onAccepted()) {
                    session.event(SessionEvent.Type.THROTTLED_END, "submissions accepted again", null);
                }
                if (sub.accept(part.index(), messageId) && sub.finish()) {
                    reporter.finish(
                            sub.queued, new SubmitOutcome.Accepted(sub.allIds(), config.name(), sub.unsuccessful()));
                }
            } else if (status.equals(CommandStatus.ESME_RTHROTTLED) || status.equals(CommandStatus.ESME_RMSGQFUL)) {
                int attempts = sub.throttled(part.index());
                if (attempts > config.submission().maxThrottleRetries()) {
                    if (sub.finish()) {
                        reporter.finish(
                                sub.queued,
                                new SubmitOutcome.Failed(new ThrottledException(status, attempts), config.name()));
                    }
                } else if (!sub.isFinished()) {
                    pending.addFirst(part);
                    if (throttle.onThrottled(System.nanoTime())) {
                        session.event(SessionEvent.Type.THROTTLED, status.name(), null);
                    }
                }
            } else if (sub.finish()) {
                reporter.finish(sub.queued, new SubmitOutcome.Rejected(status, sub.acceptedIds(), config.name()));
            }
            pump();
        }

        @Override
        public void onFailure(SmppClientException error) {
            MessageSubmission sub = part.submission();
            if (sub.finish()) {
                if (error instanceof ConnectionLostException
                        && config.submission().inFlightPolicy() == InFlightPolicy.RELEASE) {
                    reporter.release(sub.queued, Duration.ZERO);
                } else {
                    reporter.finish(sub.queued, new SubmitOutcome.Failed(error, config.name()));
                }
            }
        }
    }

    private void wakeUpIn(long nanos) {
        long at = System.nanoTime() + Math.max(nanos, 1000);
        if (wakeup != null && !wakeup.isDone()) {
            if (wakeupAt - at <= 0) {
                return; // an earlier wakeup is already due
            }
            wakeup.cancel(false);
        }
        wakeupAt = at;
        wakeup = session.executor().schedule(this::onWakeup, at - System.nanoTime(), TimeUnit.NANOSECONDS);
    }

    private void onWakeup() {
        // Forget this wakeup first: while it runs its future is not done yet, and a pause set during this pump
        // must be able to schedule the next one.
        wakeup = null;
        pump();
    }

    /** This connection's throttle, which the client operations pass too (one pause, one rate). */
    Throttle throttle() {
        return throttle;
    }

    /** Whether nothing taken is waiting to be written. */
    boolean idle() {
        return pending.isEmpty();
    }

    /**
     * Stops taking (graceful stop or unbind): cancels the take, and releases taken messages none of whose segments
     * was written. Segments of partly written messages stay to be sent.
     */
    void stopTaking() {
        stopped = true;
        if (taking != null) {
            taking.cancel(false); // if it already completed, onTaken releases what it brought
            taking = null;
        }
        pending.removeIf(part -> {
            MessageSubmission sub = part.submission();
            if (!sub.anyWritten()) {
                if (sub.finish()) {
                    reporter.release(sub.queued, Duration.ZERO);
                }
                return true;
            }
            return sub.isFinished();
        });
    }

    /**
     * The connection is gone: messages never written are released; partly written ones follow the in-flight policy
     * (their written segments were already failed through the window).
     */
    void onDisconnected(SmppClientException cause) {
        stopTaking();
        if (wakeup != null) {
            wakeup.cancel(false);
        }
        for (MessageSubmission.Part part : pending) {
            MessageSubmission sub = part.submission();
            if (sub.finish()) {
                if (config.submission().inFlightPolicy() == InFlightPolicy.RELEASE
                        && cause instanceof ConnectionLostException) {
                    reporter.release(sub.queued, Duration.ZERO);
                } else {
                    reporter.finish(sub.queued, new SubmitOutcome.Failed(cause, config.name()));
                }
            }
        }
        pending.clear();
    }
}
