package dev.smppkit.testkit.internal;

import dev.smppkit.codec.CommandId;
import dev.smppkit.codec.internal.SequenceRing;
import dev.smppkit.codec.pdu.DeliverSm;
import dev.smppkit.codec.pdu.DeliverSmResp;
import dev.smppkit.codec.pdu.GenericNack;
import dev.smppkit.codec.pdu.PduRequest;
import dev.smppkit.codec.pdu.PduResponse;
import dev.smppkit.testkit.DeliveryException;
import io.netty.util.concurrent.Future;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The requests this session sends to the ESME: at most {@code outboundWindow} awaiting a response on the wire, the
 * rest waiting in order (bounded in bytes by the {@link DeliveryBudget}; a waiting request has no timeout yet) until
 * a response, timeout or failed write frees room, and nothing taken off the queue while the channel is not writable.
 * unbind and enquire_link go to the front of the queue and may exceed the window and ignore writability, so a session
 * stalled by a silent or non-reading ESME can still be unbound (and closed when the unbind times out).
 *
 * <p>Sequence numbers are allocated in order when a request goes on the wire, so the outstanding ones live in a
 * {@link SequenceRing} (the client's window uses the same): insert and remove are O(1), where a hash map keyed by
 * consecutive integers degrades to linear probing through one long cluster. A response is matched only by its
 * sequence number; a late or unknown one is logged at debug and dropped. Timeouts are
 * scheduled on the event loop when the request is written and cancelled with the response: at most a window's worth
 * per session, so the scheduler's O(log n) insert and cancel stay cheap without a shared wheel.
 */
final class OutboundRequests {
    private static final Logger log = LoggerFactory.getLogger(OutboundRequests.class);
    /** How far unbind and enquire_link may go beyond a full window. */
    private static final int CONTROL_REQUESTS = 8;

    private final SessionHandler session;
    private final SimulatorConfig config;
    private final DeliveryBudget budget;
    private final Deliveries deliveries;
    private final UserListeners listeners;
    private final int window;
    // per connection, event loop only
    private final SequenceRing<Pending<?>> onWire;
    private final ArrayDeque<Pending<?>> waiting = new ArrayDeque<>();

    OutboundRequests(
            SessionHandler session,
            SimulatorConfig config,
            DeliveryBudget budget,
            Deliveries deliveries,
            UserListeners listeners) {
        this.session = session;
        this.config = config;
        this.budget = budget;
        this.deliveries = deliveries;
        this.listeners = listeners;
        this.window = config.outboundWindow();
        this.onWire = new SequenceRing<>(window + CONTROL_REQUESTS);
    }

    /**
     * Sends a request with the next sequence number, or queues it until the window and the channel have room; event
     * loop only. {@code budgeted}: its bytes are already held in the delivery budget by its owner.
     */
    <R extends PduResponse> void send(PduRequest<R> request, CompletableFuture<R> result, boolean budgeted) {
        if (!session.isActive()) {
            result.completeExceptionally(closed());
            return;
        }
        Pending<R> p = new Pending<>(request, result);
        if (isControl(request)) {
            waiting.addFirst(p);
        } else if (waiting.isEmpty() && canSend(p)) {
            write(p);
            return;
        } else {
            if (!budgeted) {
                int bytes = DeliveryBudget.estimate(request);
                if (!budget.tryReserve(bytes)) {
                    deliveries.reportRefused("a request queued on " + session.id());
                    result.completeExceptionally(new DeliveryException(
                            DeliveryException.Reason.QUEUE_FULL,
                            "session " + session.id() + ": its window is full and the queued deliveries hold "
                                    + config.maxHeldDeliveryBytes() + " bytes"));
                    return;
                }
                p.queuedBytes = bytes;
            }
            waiting.addLast(p);
        }
        pump();
    }

    /** Sends what waits, as far as the window and the channel's writability allow; event loop only. */
    void pump() {
        for (Pending<?> p; (p = waiting.peekFirst()) != null && canSend(p); ) {
            waiting.pollFirst();
            if (p.queuedBytes != 0) {
                budget.release(p.queuedBytes);
                p.queuedBytes = 0;
            }
            write(p);
        }
    }

    private boolean canSend(Pending<?> p) {
        if (isControl(p.request)) {
            return onWire.size() < onWire.maxEntries(); // tiny, and an unbind must time out if the peer never reads
        }
        if (!session.isWritable()) {
            return false;
        }
        return !p.request.commandId().expectsResponse() || onWire.size() < window;
    }

    private static boolean isControl(PduRequest<?> request) {
        return request.commandId().equals(CommandId.UNBIND)
                || request.commandId().equals(CommandId.ENQUIRE_LINK);
    }

    private <R extends PduResponse> void write(Pending<R> p) {
        if (!session.isActive()) {
            p.result.completeExceptionally(closed());
            return;
        }
        int sequence = onWire.nextSequence();
        PduRequest<R> pdu = p.request.withSequenceNumber(sequence);
        if (!pdu.commandId().expectsResponse()) {
            session.writeWithFuture(pdu).addListener(f -> {
                if (f.isSuccess()) {
                    p.result.complete(null);
                } else {
                    p.result.completeExceptionally(closed());
                }
            });
            return;
        }
        p.sequence = sequence;
        p.sent = pdu;
        onWire.put(sequence, p);
        long timeout = config.responseTimeout().toNanos();
        p.timer = session.eventLoop().schedule(() -> expire(p), timeout, TimeUnit.NANOSECONDS);
        session.writeWithFuture(pdu).addListener(f -> {
            if (!f.isSuccess() && release(p)) {
                p.result.completeExceptionally(closed());
                pump();
            }
        });
    }

    /** Matches a response (or generic_nack) from the ESME; event loop only. */
    void onResponse(PduResponse response) {
        int sequence = response.sequenceNumber();
        Pending<?> p = onWire.get(sequence);
        if (p == null) {
            log.debug("{}: response to no outstanding request, dropped: {}", session.id(), response);
            return;
        }
        release(p);
        p.complete(response);
        pump();
    }

    /** Fails everything outstanding or waiting; called when the connection has closed. */
    void failAll() {
        List<Pending<?>> all = new ArrayList<>(onWire.size() + waiting.size());
        for (Pending<?> p : onWire.removeAll()) {
            p.timer.cancel(false);
            all.add(p);
        }
        for (Pending<?> p; (p = waiting.pollFirst()) != null; ) {
            if (p.queuedBytes != 0) {
                budget.release(p.queuedBytes);
            }
            all.add(p);
        }
        for (Pending<?> p : all) {
            p.result.completeExceptionally(closed());
        }
    }

    /** Requests awaiting a response on the wire; event loop only. */
    int inFlight() {
        return onWire.size();
    }

    /** Frees the slot if {@code p} still holds it; false if it was already answered, expired or failed. */
    private boolean release(Pending<?> p) {
        if (onWire.get(p.sequence) != p) {
            return false;
        }
        onWire.remove(p.sequence);
        p.timer.cancel(false);
        return true;
    }

    private void expire(Pending<?> p) {
        if (release(p)) {
            p.result.completeExceptionally(new DeliveryException(
                    DeliveryException.Reason.TIMEOUT,
                    "no response to " + p.sent + " within " + config.responseTimeout()));
            pump();
        }
    }

    private DeliveryException closed() {
        return new DeliveryException(
                DeliveryException.Reason.SESSION_CLOSED, "session " + session.id() + " closed before the response");
    }

    /** One request, waiting or on the wire; event loop only. */
    private final class Pending<R extends PduResponse> {
        final PduRequest<R> request;
        final CompletableFuture<R> result;
        int queuedBytes; // held in the delivery budget while it waits, if its owner did not budget for it
        int sequence;
        PduRequest<R> sent;
        Future<?> timer;

        Pending(PduRequest<R> request, CompletableFuture<R> result) {
            this.request = request;
            this.result = result;
        }

        @SuppressWarnings("unchecked")
        void complete(PduResponse response) {
            if (response instanceof GenericNack nack) {
                result.completeExceptionally(new DeliveryException(
                        DeliveryException.Reason.GENERIC_NACK,
                        "ESME answered " + request.commandId() + " with generic_nack "
                                + nack.commandStatus().name(),
                        nack));
                return;
            }
            if (!response.commandId().equals(request.commandId().responseId())) {
                result.completeExceptionally(new IllegalStateException(
                        "ESME answered " + request.commandId() + " with " + response.commandId()));
                return;
            }
            if (sent instanceof DeliverSm deliverSm) {
                listeners.deliverSmResponded(session.session(), deliverSm, (DeliverSmResp) response);
            }
            result.complete((R) response);
        }
    }
}
