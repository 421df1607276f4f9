package dev.smppkit.client;

import dev.smppkit.client.internal.PriorityLanes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * The default {@link Broker}: a bounded in-memory queue. {@link #enqueue} completes only when there is room, so
 * producers are pushed back without a thread being blocked; {@link #take} completes as soon as messages are queued.
 * Released messages go back to the head of the queue (after their delay) regardless of capacity: a message is never
 * dropped. Thread-safe. Nothing survives the JVM: use a persistent broker when that matters.
 *
 * <p>Messages come out by {@linkplain OutboundMessage#queuePriority() queue priority}, highest first and first in first
 * out within one priority, except that a share of the handouts (default 10%) goes to the oldest queued message whatever
 * its priority, so that a bulk backlog still moves while urgent messages overtake it. A message with a
 * {@linkplain OutboundMessage#deduplicationKey() deduplication key} seen within the retention (default 24 hours, at most
 * 100,000 keys) is not queued again: enqueue returns the first. Queued messages can be {@linkplain #cancel cancelled}.
 */
public final class InMemoryBroker implements Broker, AutoCloseable {
    private final int capacity;
    private final Object lock = new Object();
    // guarded by lock
    private final PriorityLanes queue;
    /** Released with a delay, waiting for it: still queued (cancel finds them). */
    private final Map<String, QueuedMessage> delayed = new HashMap<>();
    /** Deduplication keys in enqueue order, with the first message's enqueue (its future) and when it was queued. */
    private final LinkedHashMap<String, Dedup> dedup = new LinkedHashMap<>();

    private final ArrayDeque<Taker> takers = new ArrayDeque<>();
    private final ArrayDeque<Producer> producers = new ArrayDeque<>();
    private int inFlight;
    private boolean closed;

    private final AtomicLong ids = new AtomicLong();
    private final AtomicLong completed = new AtomicLong();
    private final AtomicLong released = new AtomicLong();
    private final AtomicLong cancelled = new AtomicLong();
    private final Duration dedupRetention;
    private static final int MAX_DEDUP_KEYS = 100_000;

    private record Dedup(CompletableFuture<QueuedMessage> first, Instant at) {}

    private record Taker(CompletableFuture<List<QueuedMessage>> future, int max) {}

    private record Producer(CompletableFuture<QueuedMessage> future, QueuedMessage message) {}

    private record Handoff(CompletableFuture<List<QueuedMessage>> future, List<QueuedMessage> batch) {}

    /**
     * A broker holding at most {@code capacity} queued (not yet taken) messages.
     *
     * @param capacity the most messages waiting to be taken, 1 or more; {@link #enqueue} waits beyond it
     * @throws IllegalArgumentException if capacity is below 1
     */
    public InMemoryBroker(int capacity) {
        this(capacity, 0.1, Duration.ofHours(24));
    }

    /**
     * A broker with its priority share and deduplication retention chosen.
     *
     * @param capacity the most messages waiting to be taken, 1 or more; {@link #enqueue} waits beyond it
     * @param lowPriorityShare the least share of handouts that go to the oldest queued message whatever its priority, 0
     *     (strict priority) to 0.5
     * @param deduplicationRetention how long a deduplication key is remembered after its message was queued
     * @throws IllegalArgumentException if capacity is below 1 or the share is outside 0-0.5
     */
    public InMemoryBroker(int capacity, double lowPriorityShare, Duration deduplicationRetention) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity is " + capacity + "; must be at least 1");
        }
        this.capacity = capacity;
        this.queue = new PriorityLanes(lowPriorityShare);
        this.dedupRetention = Objects.requireNonNull(deduplicationRetention, "deduplicationRetention");
    }

    /** A broker holding at most 10,000 queued messages. */
    public InMemoryBroker() {
        this(10_000);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Completes when the message is in the queue: at once if there is room, otherwise when takes make room.
     * Completes exceptionally with {@link ShutdownException} if the broker is closed first.
     */
    @Override
    public CompletionStage<QueuedMessage> enqueue(OutboundMessage message) {
        Instant now = Instant.now();
        QueuedMessage queued = new QueuedMessage(Long.toString(ids.incrementAndGet()), message, 1, now);
        CompletableFuture<QueuedMessage> future = new CompletableFuture<>();
        List<Handoff> handoffs;
        synchronized (lock) {
            if (closed) {
                return CompletableFuture.failedFuture(new ShutdownException("broker closed"));
            }
            if (message.deduplicationKey().isPresent()) {
                CompletableFuture<QueuedMessage> first =
                        rememberLocked(message.deduplicationKey().get(), future, now);
                if (first != future) {
                    return first.copy(); // the same key within the retention: the first message, queued once
                }
            }
            if (queue.size() >= capacity || !producers.isEmpty()) {
                producers.add(new Producer(future, queued));
                return future;
            }
            queue.add(queued);
            handoffs = handOffLocked();
        }
        future.complete(queued);
        deliver(handoffs);
        return future;
    }

    /**
     * Queues a message if there is room now; returns false (and queues nothing) when full, when producers are already
     * waiting for room (so they keep their turn), or when the broker is closed.
     *
     * @param message the message to queue
     * @return true if it was queued
     */
    public boolean tryEnqueue(OutboundMessage message) {
        List<Handoff> handoffs;
        synchronized (lock) {
            if (closed || queue.size() >= capacity || !producers.isEmpty()) {
                return false;
            }
            Instant now = Instant.now();
            QueuedMessage queued = new QueuedMessage(Long.toString(ids.incrementAndGet()), message, 1, now);
            if (message.deduplicationKey().isPresent()) {
                CompletableFuture<QueuedMessage> mine = CompletableFuture.completedFuture(queued);
                if (rememberLocked(message.deduplicationKey().get(), mine, now) != mine) {
                    return true; // already queued once under this key
                }
            }
            queue.add(queued);
            handoffs = handOffLocked();
        }
        deliver(handoffs);
        return true;
    }

    @Override
    public CompletionStage<List<QueuedMessage>> take(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max is " + max + "; must be at least 1");
        }
        List<Producer> admitted;
        List<QueuedMessage> batch;
        synchronized (lock) {
            if (queue.isEmpty()) {
                if (closed) {
                    return CompletableFuture.completedFuture(List.of());
                }
                CompletableFuture<List<QueuedMessage>> future = new CompletableFuture<>();
                takers.removeIf(t -> t.future.isDone()); // cancelled takes must not pile up
                takers.add(new Taker(future, max));
                return future;
            }
            batch = pollLocked(max);
            admitted = admitProducersLocked();
        }
        admitted.forEach(p -> p.future.complete(p.message));
        return CompletableFuture.completedFuture(batch);
    }

    @Override
    public CompletionStage<Void> complete(QueuedMessage message, SubmitOutcome outcome) {
        synchronized (lock) {
            inFlight--;
        }
        completed.incrementAndGet();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletionStage<Void> release(QueuedMessage message, Duration delay) {
        released.incrementAndGet();
        QueuedMessage again =
                new QueuedMessage(message.id(), message.message(), message.attempt() + 1, message.enqueuedAt());
        synchronized (lock) {
            inFlight--;
        }
        if (delay.isZero() || delay.isNegative()) {
            requeue(again);
        } else {
            synchronized (lock) {
                delayed.put(again.id(), again);
            }
            CompletableFuture.runAsync(
                    () -> {
                        synchronized (lock) {
                            if (delayed.remove(again.id()) == null) {
                                return; // cancelled while it waited
                            }
                        }
                        requeue(again);
                    },
                    CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS));
        }
        return CompletableFuture.completedFuture(null);
    }

    private void requeue(QueuedMessage message) {
        List<Handoff> handoffs;
        synchronized (lock) {
            queue.addFirst(message); // released messages go first and ignore capacity: never dropped
            handoffs = handOffLocked();
        }
        deliver(handoffs);
    }

    private List<QueuedMessage> pollLocked(int max) {
        List<QueuedMessage> batch = new ArrayList<>(Math.min(max, queue.size()));
        while (batch.size() < max && !queue.isEmpty()) {
            batch.add(queue.poll());
        }
        inFlight += batch.size();
        return batch;
    }

    private List<Handoff> handOffLocked() {
        List<Handoff> handoffs = new ArrayList<>(1);
        while (!queue.isEmpty() && !takers.isEmpty()) {
            Taker taker = takers.poll();
            if (!taker.future.isDone()) {
                handoffs.add(new Handoff(taker.future, pollLocked(taker.max)));
            }
        }
        return handoffs;
    }

    private List<Producer> admitProducersLocked() {
        List<Producer> admitted = new ArrayList<>(0);
        while (!producers.isEmpty() && queue.size() < capacity) {
            Producer p = producers.poll();
            queue.add(p.message);
            admitted.add(p);
        }
        return admitted;
    }

    /** Completes takers outside the lock; a taker cancelled meanwhile gives its batch back. */
    private void deliver(List<Handoff> handoffs) {
        for (Handoff h : handoffs) {
            if (!h.future.complete(h.batch)) {
                for (int i = h.batch.size() - 1; i >= 0; i--) {
                    QueuedMessage m = h.batch.get(i);
                    synchronized (lock) {
                        inFlight--;
                    }
                    requeue(m);
                }
            }
        }
        List<Producer> admitted;
        synchronized (lock) {
            admitted = admitProducersLocked();
        }
        admitted.forEach(p -> p.future.complete(p.message));
    }

    /**
     * Messages waiting to be taken (producers still waiting for room not included).
     *
     * @return the queue length now
     */
    public int size() {
        synchronized (lock) {
            return queue.size();
        }
    }

    /**
     * Messages taken and neither completed nor released yet.
     *
     * @return the number of messages out with the client now
     */
    public int inFlight() {
        synchronized (lock) {
            return inFlight;
        }
    }

    /**
     * How many messages were completed (any outcome).
     *
     * @return the count since this broker was made
     */
    public long completedCount() {
        return completed.get();
    }

    /**
     * How many times a message was released back.
     *
     * @return the count since this broker was made; a message released twice counts twice
     */
    public long releasedCount() {
        return released.get();
    }

    /** Remembers a deduplication key; returns the future of the first message with it, or {@code mine} if new. */
    private CompletableFuture<QueuedMessage> rememberLocked(
            String key, CompletableFuture<QueuedMessage> mine, Instant now) {
        Instant oldest = now.minus(dedupRetention);
        for (Iterator<Dedup> it = dedup.values().iterator(); it.hasNext(); ) {
            Dedup d = it.next();
            if (d.at.isAfter(oldest) && dedup.size() <= MAX_DEDUP_KEYS) {
                break; // in enqueue order: the rest is younger
            }
            it.remove();
        }
        Dedup first = dedup.putIfAbsent(key, new Dedup(mine, now));
        return first == null ? mine : first.first;
    }

    @Override
    public CompletionStage<Boolean> cancel(String id) {
        return CompletableFuture.completedFuture(cancelWhere(m -> m.id().equals(id)) > 0);
    }

    @Override
    public CompletionStage<Integer> cancelByTrackingId(String trackingId) {
        return CompletableFuture.completedFuture(
                cancelWhere(m -> Objects.equals(m.message().trackingId(), trackingId)));
    }

    @Override
    public CompletionStage<Integer> cancelQueuedOlderThan(Duration age) {
        Instant before = Instant.now().minus(age);
        return CompletableFuture.completedFuture(
                cancelWhere(m -> !m.enqueuedAt().isAfter(before)));
    }

    private int cancelWhere(Predicate<QueuedMessage> match) {
        List<Producer> admitted;
        List<Producer> cancelledProducers = new ArrayList<>();
        int n;
        synchronized (lock) {
            n = queue.removeIf(match).size();
            for (Iterator<QueuedMessage> it = delayed.values().iterator(); it.hasNext(); ) {
                if (match.test(it.next())) {
                    it.remove();
                    n++;
                }
            }
            for (Iterator<Producer> it = producers.iterator(); it.hasNext(); ) {
                Producer p = it.next();
                if (match.test(p.message)) {
                    it.remove();
                    cancelledProducers.add(p);
                }
            }
            n += cancelledProducers.size();
            admitted = admitProducersLocked();
        }
        cancelled.addAndGet(n);
        // Their enqueue succeeded (the message was accepted, then cancelled): the producer learns its id.
        cancelledProducers.forEach(p -> p.future.complete(p.message));
        admitted.forEach(p -> p.future.complete(p.message));
        return n;
    }

    /**
     * How many queued messages were cancelled.
     *
     * @return the count since this broker was made
     */
    public long cancelledCount() {
        return cancelled.get();
    }

    /**
     * Messages left in the queue, removed from it (e.g. to persist them at shutdown). Messages taken by the client are
     * not included: they come back through {@code complete} or {@code release}.
     *
     * @return the queued messages in priority order, then queue order; empty if none
     */
    public List<QueuedMessage> drain() {
        synchronized (lock) {
            return queue.removeIf(m -> true);
        }
    }

    /**
     * Closes the broker: waiting producers fail with {@link ShutdownException}, waiting takers get an empty list.
     * Queued messages stay until {@link #drain()}ed.
     */
    @Override
    public void close() {
        List<Producer> waitingProducers;
        List<Taker> waitingTakers;
        synchronized (lock) {
            closed = true;
            waitingProducers = new ArrayList<>(producers);
            producers.clear();
            waitingTakers = new ArrayList<>(takers);
            takers.clear();
        }
        waitingProducers.forEach(p -> p.future.completeExceptionally(new ShutdownException("broker closed")));
        waitingTakers.forEach(t -> t.future.complete(List.of()));
    }
}
