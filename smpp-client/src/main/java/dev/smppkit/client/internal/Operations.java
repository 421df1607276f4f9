package dev.smppkit.client.internal;

import dev.smppkit.client.DataSmResult;
import dev.smppkit.client.QueryResult;
import dev.smppkit.client.ReplaceRequest;
import dev.smppkit.client.ShutdownException;
import dev.smppkit.codec.Address;
import dev.smppkit.codec.MessageState;
import dev.smppkit.codec.RegisteredDelivery;
import dev.smppkit.codec.pdu.CancelSm;
import dev.smppkit.codec.pdu.CancelSmResp;
import dev.smppkit.codec.pdu.DataSm;
import dev.smppkit.codec.pdu.DataSmResp;
import dev.smppkit.codec.pdu.QuerySm;
import dev.smppkit.codec.pdu.QuerySmResp;
import dev.smppkit.codec.pdu.ReplaceSm;
import dev.smppkit.codec.pdu.ReplaceSmResp;
import io.netty.util.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Routes the client's operations (data_sm, query_sm, cancel_sm, replace_sm) to a session bound to transmit, round robin over
 * the session slots; with none bound, holds them until one binds or their wait (the request timeout) ends. Also builds
 * their PDUs, checking the arguments. Sessions write them through their {@link OperationQueue}.
 *
 * <p>Per client; thread-safe.
 */
final class Operations {
    private final List<SessionSupervisor> supervisors; // the client's, a copy-on-write list
    private final Timer timer;
    private final Duration requestTimeout;
    /** Operations no session could take yet, each with its wait timer running. */
    private final ConcurrentLinkedQueue<Operation<?>> waiting = new ConcurrentLinkedQueue<>();

    private final AtomicInteger next = new AtomicInteger();
    private volatile boolean stopped;

    Operations(List<SessionSupervisor> supervisors, Timer timer, Duration requestTimeout) {
        this.supervisors = supervisors;
        this.timer = timer;
        this.requestTimeout = requestTimeout;
    }

    /** Sends it (now, or once a session is bound) and returns its future. */
    <T> CompletableFuture<T> run(Operation<T> op) {
        if (stopped) {
            op.fail(new ShutdownException("client stopped"));
            return op.future;
        }
        try {
            op.startWait(timer, requestTimeout, () -> waiting.remove(op));
        } catch (IllegalStateException e) { // the timer was stopped: the client is stopping
            op.fail(new ShutdownException("client stopped", e));
            return op.future;
        }
        dispatch(op);
        return op.future;
    }

    /** Hands it to a session bound to transmit, or holds it until one binds; any thread. */
    private void dispatch(Operation<?> op) {
        if (op.isDone()) {
            return;
        }
        if (offer(op)) {
            return;
        }
        waiting.add(op);
        if (stopped) {
            failWaiting();
        } else if (anyTransmitting()) { // one bound between the offer and the add
            sessionBound();
        }
    }

    private boolean offer(Operation<?> op) {
        SessionSupervisor[] all = supervisors.toArray(new SessionSupervisor[0]);
        int start = Math.floorMod(next.getAndIncrement(), Math.max(1, all.length));
        for (int i = 0; i < all.length; i++) {
            if (all[(start + i) % all.length].offer(op, this::dispatch)) {
                return true;
            }
        }
        return false;
    }

    private boolean anyTransmitting() {
        for (SessionSupervisor s : supervisors) {
            if (s.transmits()) {
                return true;
            }
        }
        return false;
    }

    /** A session was bound: offers it each held operation once. Any thread. */
    void sessionBound() {
        for (int k = waiting.size(); k > 0; k--) {
            Operation<?> op = waiting.poll();
            if (op == null) {
                return;
            }
            if (!op.isDone() && !offer(op)) {
                waiting.add(op);
            }
        }
    }

    /** The client is stopping: held operations fail with {@link ShutdownException}, later ones at once. */
    void stop() {
        stopped = true;
        failWaiting();
    }

    private void failWaiting() {
        Operation<?> op;
        while ((op = waiting.poll()) != null) {
            op.fail(new ShutdownException("client stopped before a session could send " + op.request.commandId()));
        }
    }

    /** data_sm as the caller built it; the session assigns its sequence number. */
    static Operation<DataSmResult> dataSm(DataSm request) {
        Objects.requireNonNull(request, "request");
        return new Operation<>(
                request, DataSmResp.class, r -> new DataSmResult(r.messageId().orElse(""), r.tlvs()));
    }

    /** query_sm for a message id and the source it was submitted with. */
    static Operation<QueryResult> query(String messageId, Address source) {
        QuerySm pdu = QuerySm.of(requireId(messageId), Objects.requireNonNull(source, "source"));
        return new Operation<>(pdu, QuerySmResp.class, Operations::result);
    }

    static QueryResult result(QuerySmResp resp) {
        int code = resp.messageStateCode();
        MessageState state = code <= MessageState.REJECTED.code() ? MessageState.of(code) : MessageState.UNKNOWN;
        return new QueryResult(
                resp.messageId().orElse(""),
                state,
                code,
                resp.finalDate().map(t -> t.resolve(Instant.now())),
                resp.errorCode());
    }

    /** cancel_sm of one message. */
    static Operation<Void> cancel(String messageId, Address source) {
        CancelSm pdu = CancelSm.builder()
                .messageId(requireId(messageId))
                .sourceAddress(Objects.requireNonNull(source, "source"))
                .build();
        return new Operation<>(pdu, CancelSmResp.class, r -> null);
    }

    /** cancel_sm of every pending message from a source to a destination (message_id NULL, §4.9). */
    static Operation<Void> cancel(String serviceType, Address source, Address destination) {
        CancelSm pdu = CancelSm.builder()
                .serviceType(Objects.requireNonNull(serviceType, "serviceType"))
                .sourceAddress(Objects.requireNonNull(source, "source"))
                .destAddress(Objects.requireNonNull(destination, "destination"))
                .build();
        return new Operation<>(pdu, CancelSmResp.class, r -> null);
    }

    /** replace_sm of one message. */
    static Operation<Void> replace(String messageId, Address source, ReplaceRequest request) {
        Objects.requireNonNull(request, "request");
        ReplaceSm pdu = ReplaceSm.builder()
                .messageId(requireId(messageId))
                .sourceAddress(Objects.requireNonNull(source, "source"))
                .scheduleDeliveryTime(request.scheduleDeliveryTime().orElse(null))
                .validityPeriod(request.validityPeriod().orElse(null))
                .registeredDelivery(request.requestReceipt() ? RegisteredDelivery.RECEIPT : RegisteredDelivery.NONE)
                .shortMessage(request.shortMessage())
                .build();
        return new Operation<>(pdu, ReplaceSmResp.class, r -> null);
    }

    private static String requireId(String messageId) {
        Objects.requireNonNull(messageId, "messageId");
        if (messageId.isEmpty()) {
            throw new IllegalArgumentException("messageId is empty; it must be the SMSC's id of the message (1-64"
                    + " characters); to cancel by source and destination use cancel(serviceType, source,"
                    + " destination)");
        }
        return messageId;
    }
}
