package dev.smppkit.cli.bench;

import dev.smppkit.client.Broker;
import dev.smppkit.client.OutboundMessage;
import dev.smppkit.client.QueuedMessage;
import dev.smppkit.client.SubmitOutcome;
import dev.smppkit.codec.Address;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * A {@link Broker} that makes the run's messages as the client takes them, so that no producer thread and no queue
 * stand between the load and the client: message {@code i} (0-based) goes to {@code toPrefix} followed by {@code i},
 * zero-padded, and has broker id {@code i}. Released messages (a lost connection) are handed out again first. Once all
 * messages are out, a take waits until one is released or the broker is closed. A {@linkplain #gate() gated} broker
 * holds every take until it is {@linkplain #open() opened}, so that a run over several accounts starts once all are
 * bound, not on whichever bound first.
 *
 * <p>Thread-safe; the client calls it on its event loops.
 */
final class GeneratingBroker implements Broker {
    private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

    private final LoadOptions options;
    private final String prefix;
    private final int width;

    // guarded by this
    private long next;
    private long firstTakeNanos;
    private ProcessCost firstTakeCost;
    private final ArrayDeque<QueuedMessage> released = new ArrayDeque<>();
    private CompletableFuture<List<QueuedMessage>> parked;
    private boolean closed;
    private boolean gated;
    private final List<Map.Entry<Integer, CompletableFuture<List<QueuedMessage>>>> gatedTakes = new ArrayList<>();

    GeneratingBroker(LoadOptions options) {
        this.options = options;
        this.prefix = options.toPrefix();
        this.width = Math.max(8, Long.toString(options.count() - 1).length());
    }

    @Override
    public CompletionStage<List<QueuedMessage>> take(int max) {
        synchronized (this) {
            if (closed) {
                return CompletableFuture.completedFuture(List.of());
            }
            if (gated) {
                CompletableFuture<List<QueuedMessage>> held = new CompletableFuture<>();
                gatedTakes.add(Map.entry(max, held));
                return held;
            }
            if (firstTakeNanos == 0) {
                firstTakeNanos = System.nanoTime();
                firstTakeCost = ProcessCost.now(); // once per run: the start of the measured interval
            }
            long fresh = Math.min(max - Math.min(max, released.size()), options.count() - next);
            if (released.isEmpty() && fresh == 0) {
                parked = new CompletableFuture<>();
                return parked;
            }
            List<QueuedMessage> batch = new ArrayList<>((int) Math.min(max, released.size() + fresh));
            while (batch.size() < max && !released.isEmpty()) {
                batch.add(released.poll());
            }
            Instant now = Instant.now();
            for (long i = 0; i < fresh; i++) {
                long index = next++;
                batch.add(new QueuedMessage(Long.toString(index), message(index), 1, now));
            }
            return CompletableFuture.completedFuture(batch);
        }
    }

    /** The message with this number. */
    OutboundMessage message(long index) {
        return OutboundMessage.builder()
                .from(options.from())
                .to(Address.international(destination(index)))
                .text(options.text())
                .encoding(options.encoding())
                .requestReceipt(options.receipts())
                .build();
    }

    /** {@code toPrefix} and the zero-padded index. */
    String destination(long index) {
        String digits = Long.toString(index);
        StringBuilder sb = new StringBuilder(prefix.length() + width).append(prefix);
        for (int i = digits.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(digits).toString();
    }

    /** The index in a destination this broker made, or -1 if it is not one of them. Allocation-free. */
    long indexOf(String destination) {
        if (destination.length() != prefix.length() + width || !destination.startsWith(prefix)) {
            return -1;
        }
        long index = 0;
        for (int i = prefix.length(); i < destination.length(); i++) {
            char c = destination.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            index = index * 10 + (c - '0');
        }
        return index;
    }

    @Override
    public CompletionStage<Void> complete(QueuedMessage message, SubmitOutcome outcome) {
        return DONE;
    }

    @Override
    public CompletionStage<Void> release(QueuedMessage message, Duration delay) {
        QueuedMessage again =
                new QueuedMessage(message.id(), message.message(), message.attempt() + 1, message.enqueuedAt());
        if (delay.isZero() || delay.isNegative()) {
            requeue(again);
        } else {
            CompletableFuture.runAsync(
                    () -> requeue(again), CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS));
        }
        return DONE;
    }

    private void requeue(QueuedMessage message) {
        CompletableFuture<List<QueuedMessage>> waiting;
        List<QueuedMessage> batch;
        synchronized (this) {
            if (parked != null && !parked.isDone()) {
                waiting = parked;
                parked = null;
                batch = List.of(message);
            } else {
                released.add(message);
                return;
            }
        }
        if (!waiting.complete(batch)) {
            synchronized (this) {
                released.add(message); // the client cancelled that take meanwhile
            }
        }
    }

    @Override
    public CompletionStage<QueuedMessage> enqueue(OutboundMessage message) {
        return CompletableFuture.failedFuture(
                new UnsupportedOperationException("the load generator makes its own messages"));
    }

    /** Messages handed out so far (released ones handed out again not counted twice). */
    synchronized long taken() {
        return next;
    }

    /** {@link System#nanoTime()} of the first take, or 0 before it. */
    synchronized long firstTakeNanos() {
        return firstTakeNanos;
    }

    /** What the process had spent at the first take; null before it. */
    synchronized ProcessCost firstTakeCost() {
        return firstTakeCost;
    }

    /** Holds takes until {@link #open()}. */
    synchronized void gate() {
        gated = true;
    }

    /** Answers the takes held since {@link #gate()}, and lets later ones through. */
    void open() {
        List<Map.Entry<Integer, CompletableFuture<List<QueuedMessage>>>> held;
        synchronized (this) {
            gated = false;
            held = new ArrayList<>(gatedTakes);
            gatedTakes.clear();
        }
        for (Map.Entry<Integer, CompletableFuture<List<QueuedMessage>>> t : held) {
            take(t.getKey()).thenAccept(batch -> {
                if (!t.getValue().complete(batch)) {
                    batch.forEach(this::requeue); // the client cancelled that take meanwhile
                }
            });
        }
    }

    /** Ends a waiting take with no messages; later takes get none either. */
    void close() {
        CompletableFuture<List<QueuedMessage>> waiting;
        List<Map.Entry<Integer, CompletableFuture<List<QueuedMessage>>>> held;
        synchronized (this) {
            closed = true;
            waiting = parked;
            parked = null;
            held = new ArrayList<>(gatedTakes);
            gatedTakes.clear();
        }
        if (waiting != null) {
            waiting.complete(List.of());
        }
        held.forEach(t -> t.getValue().complete(List.of()));
    }
}
