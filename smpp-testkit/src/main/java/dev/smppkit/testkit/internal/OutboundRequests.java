package dev.smppkit.testkit.internal;

import dev.smppkit.codec.pdu.DeliverSm;
import dev.smppkit.codec.pdu.DeliverSmResp;
import dev.smppkit.codec.pdu.GenericNack;
import dev.smppkit.codec.pdu.PduRequest;
import dev.smppkit.codec.pdu.PduResponse;
import dev.smppkit.testkit.DeliveryException;
import io.netty.util.collection.IntObjectHashMap;
import io.netty.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The requests this session sent to the ESME and awaits answers to, by sequence number. A response is matched only by
 * its sequence number; one nobody waits for is logged and dropped. Timeouts run on the event loop and are cancelled
 * when the response arrives.
 */
final class OutboundRequests {
    private static final Logger log = LoggerFactory.getLogger(OutboundRequests.class);
    private static final int MAX_SEQUENCE = 0x7FFFFFFF;

    private final SessionHandler session;
    private final SimulatorCore core;
    // per connection, event loop only
    private final IntObjectHashMap<Pending<?>> pending = new IntObjectHashMap<>();
    private int lastSequence;

    OutboundRequests(SessionHandler session, SimulatorCore core) {
        this.session = session;
        this.core = core;
    }

    /** Sends a request with the next sequence number; event loop only. */
    <R extends PduResponse> void send(PduRequest<R> request, CompletableFuture<R> result) {
        if (!session.isActive()) {
            result.completeExceptionally(closed());
            return;
        }
        lastSequence = lastSequence == MAX_SEQUENCE ? 1 : lastSequence + 1;
        int sequence = lastSequence;
        PduRequest<R> pdu = request.withSequenceNumber(sequence);
        if (!pdu.commandId().expectsResponse()) {
            session.writeWithFuture(pdu).addListener(f -> {
                if (f.isSuccess()) {
                    result.complete(null);
                } else {
                    result.completeExceptionally(closed());
                }
            });
            return;
        }
        Pending<R> p = new Pending<>(pdu, result);
        pending.put(sequence, p);
        long timeout = core.config().responseTimeout().toNanos();
        p.timer = session.eventLoop().schedule(() -> expire(sequence, p), timeout, TimeUnit.NANOSECONDS);
        session.writeWithFuture(pdu).addListener(f -> {
            if (!f.isSuccess() && pending.remove(sequence, p)) {
                p.timer.cancel(false);
                result.completeExceptionally(closed());
            }
        });
    }

    /** Matches a response (or generic_nack) from the ESME; event loop only. */
    void onResponse(PduResponse response) {
        Pending<?> p = pending.remove(response.sequenceNumber());
        if (p == null) {
            log.debug("{}: response to no outstanding request, dropped: {}", session.id(), response);
            return;
        }
        p.timer.cancel(false);
        p.complete(response);
    }

    /** Fails everything outstanding; called when the connection has closed. */
    void failAll() {
        List<Pending<?>> all = new ArrayList<>(pending.values());
        pending.clear();
        for (Pending<?> p : all) {
            p.timer.cancel(false);
            p.result.completeExceptionally(closed());
        }
    }

    private void expire(int sequence, Pending<?> p) {
        if (pending.remove(sequence, p)) {
            p.result.completeExceptionally(new DeliveryException(
                    DeliveryException.Reason.TIMEOUT,
                    "no response to " + p.request + " within " + core.config().responseTimeout()));
        }
    }

    private DeliveryException closed() {
        return new DeliveryException(
                DeliveryException.Reason.SESSION_CLOSED, "session " + session.id() + " closed before the response");
    }

    private final class Pending<R extends PduResponse> {
        final PduRequest<R> request;
        final CompletableFuture<R> result;
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
            if (request instanceof DeliverSm deliverSm) {
                core.deliverSmResponded(session.session(), deliverSm, (DeliverSmResp) response);
            }
            result.complete((R) response);
        }
    }
}
