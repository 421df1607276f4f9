package dev.smppkit.testkit.internal;

import dev.smppkit.codec.pdu.DeliverSm;
import dev.smppkit.codec.pdu.DeliverSmResp;
import dev.smppkit.codec.pdu.PduRequest;
import dev.smppkit.codec.pdu.PduResponse;
import dev.smppkit.testkit.DeliveryException;
import io.netty.channel.EventLoopGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Traffic the SMSC originates. Requests to an explicit target (a session id or system_id) go out through that
 * session's window or fail. Receipts and subscriber replies are stored and forwarded, as real SMSCs do: to the
 * preferred session if it can receive, else to a receiver session of the same system_id, else held until one binds;
 * transient errors, timeouts and generic_nacks are retried as the redelivery option says. Each stored-and-forwarded
 * request holds its estimated bytes in the {@link DeliveryBudget} from creation to its final outcome; one that does
 * not fit is refused (counted, and reported in a rate-limited warning). Thread-safe.
 */
final class Deliveries {
    private static final Logger log = LoggerFactory.getLogger(Deliveries.class);

    private final SimulatorConfig config;
    private final SessionRegistry sessions;
    private final Supplier<EventLoopGroup> loops; // the server's, for redelivery timers
    private final DeliveryBudget budget;
    private final ReportEvery refusals = new ReportEvery(
            log,
            true,
            "deliveries refused: the held and queued deliveries are at the maxHeldDeliveryBytes limit",
            1,
            TimeUnit.SECONDS);
    // held deliveries per system_id, waiting for a receiver bind
    private final ConcurrentHashMap<String, Queue<Item>> held = new ConcurrentHashMap<>();
    private volatile boolean closed;

    Deliveries(
            SimulatorConfig config, SessionRegistry sessions, Supplier<EventLoopGroup> loops, DeliveryBudget budget) {
        this.config = config;
        this.sessions = sessions;
        this.loops = loops;
        this.budget = budget;
    }

    /** Sends to a session id, or to a receiver session of a system_id. */
    <R extends PduResponse> CompletableFuture<R> toTarget(String target, PduRequest<R> request) {
        SessionImpl session = resolve(target);
        if (session == null) {
            return CompletableFuture.failedFuture(new DeliveryException(
                    DeliveryException.Reason.NO_SESSION,
                    "no session '" + target + "', and no receiver session bound as system_id '" + target + "'"));
        }
        return session.send(request);
    }

    /** The session a target names, if it can receive; null otherwise. */
    SessionImpl resolve(String target) {
        SessionImpl byId = sessions.byId(target).orElse(null);
        if (byId != null) {
            return byId.canReceive() ? byId : null;
        }
        return sessions.receiverFor(target);
    }

    /**
     * Stores and forwards a deliver_sm for the ESME bound as {@code systemId}. Fails at once with
     * {@link DeliveryException.Reason#QUEUE_FULL} if the delivery budget has no room for it.
     */
    CompletableFuture<DeliverSmResp> forward(String systemId, SessionImpl preferred, DeliverSm pdu) {
        int bytes = DeliveryBudget.estimate(pdu);
        if (!budget.tryReserve(bytes)) {
            reportRefused("a stored-and-forwarded deliver_sm");
            return CompletableFuture.failedFuture(new DeliveryException(
                    DeliveryException.Reason.QUEUE_FULL,
                    "the held deliveries are at the limit of " + config.maxHeldDeliveryBytes() + " bytes"));
        }
        Item item = new Item(systemId, preferred, pdu);
        item.result.whenComplete((r, e) -> budget.release(bytes));
        attempt(item);
        return item.result;
    }

    /** Logs (rate-limited) that a request was refused for want of room; {@code what} is trusted text. */
    void reportRefused(String what) {
        refusals.report(() -> "the last was " + what);
    }

    /** Sends what is held for the session's system_id, if it can receive; called when a session binds. */
    void onBound(SessionImpl session) {
        if (session.canReceive()) {
            drain(session.systemId().orElse(""));
        }
    }

    /** Fails everything held; called when the simulator closes. */
    void close() {
        closed = true;
        for (Queue<Item> queue : held.values()) {
            for (Item item; (item = queue.poll()) != null; ) {
                item.result.completeExceptionally(closedException());
            }
        }
    }

    private void attempt(Item item) {
        if (closed) {
            item.result.completeExceptionally(closedException());
            return;
        }
        SessionImpl preferred = item.preferred;
        SessionImpl session =
                preferred != null && preferred.canReceive() ? preferred : sessions.receiverFor(item.systemId);
        if (session == null) {
            hold(item);
            return;
        }
        item.attempts++;
        session.send(item.pdu, true).whenComplete((resp, error) -> onOutcome(item, resp, error));
    }

    private void onOutcome(Item item, DeliverSmResp resp, Throwable error) {
        if (error == null && !resp.commandStatus().isTransient()) {
            item.result.complete(resp); // delivered, or refused for good
            return;
        }
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof DeliveryException d && d.reason() == DeliveryException.Reason.SESSION_CLOSED) {
            item.attempts--; // the connection's fault, not the message's: wait for a receiver
            item.preferred = null;
            attempt(item);
            return;
        }
        if (item.attempts >= config.redeliveryAttempts()) {
            if (resp != null) {
                item.result.complete(resp);
            } else {
                item.result.completeExceptionally(cause);
            }
            return;
        }
        try {
            loops.get().schedule(() -> attempt(item), config.redeliveryDelay().toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            item.result.completeExceptionally(closedException());
        }
    }

    private void hold(Item item) {
        held.computeIfAbsent(item.systemId, k -> new ConcurrentLinkedQueue<>()).add(item);
        // a receiver may have bound between the look-up and the hold
        if (sessions.receiverFor(item.systemId) != null) {
            drain(item.systemId);
        }
    }

    private void drain(String systemId) {
        Queue<Item> queue = held.get(systemId);
        if (queue == null) {
            return;
        }
        List<Item> items = new ArrayList<>();
        for (Item item; (item = queue.poll()) != null; ) {
            items.add(item);
        }
        items.forEach(this::attempt);
    }

    private static DeliveryException closedException() {
        return new DeliveryException(DeliveryException.Reason.SESSION_CLOSED, "the simulator is closed");
    }

    /** One stored-and-forwarded deliver_sm; its fields change only in the callbacks, which never overlap. */
    private static final class Item {
        final String systemId;
        final DeliverSm pdu;
        final CompletableFuture<DeliverSmResp> result = new CompletableFuture<>();
        volatile SessionImpl preferred;
        volatile int attempts;

        Item(String systemId, SessionImpl preferred, DeliverSm pdu) {
            this.systemId = systemId;
            this.preferred = preferred;
            this.pdu = pdu;
        }
    }
}
