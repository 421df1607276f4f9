package dev.smppkit.client.it;

import dev.smppkit.client.Hook;
import dev.smppkit.client.IncomingMessage;
import dev.smppkit.client.QueuedMessage;
import dev.smppkit.client.ReceiptEvent;
import dev.smppkit.client.SessionEvent;
import dev.smppkit.client.SubmitOutcome;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

/** A hook that records everything, for assertions; thread-safe. */
class RecordingHook implements Hook {
    /** Every outcome by broker message id; a list so a second outcome for one message would show. */
    final Map<String, List<SubmitOutcome>> outcomes = new ConcurrentHashMap<>();

    final List<ReceiptEvent> receipts = new CopyOnWriteArrayList<>();
    final List<IncomingMessage> incoming = new CopyOnWriteArrayList<>();
    final List<SessionEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public CompletionStage<Void> onSubmitOutcome(QueuedMessage message, SubmitOutcome outcome) {
        outcomes.computeIfAbsent(message.id(), id -> new CopyOnWriteArrayList<>())
                .add(outcome);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletionStage<Void> onDeliveryReceipt(ReceiptEvent receipt) {
        receipts.add(receipt);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletionStage<Void> onIncomingMessage(IncomingMessage message) {
        incoming.add(message);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void onSessionEvent(SessionEvent event) {
        events.add(event);
    }

    long count(Class<? extends SubmitOutcome> type) {
        return outcomes.values().stream()
                .flatMap(List::stream)
                .filter(type::isInstance)
                .count();
    }

    long events(SessionEvent.Type type) {
        return events.stream().filter(e -> e.type() == type).count();
    }

    /** Waits until the condition holds, failing after the timeout. */
    static void await(Duration timeout, String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what);
            }
            Thread.sleep(20);
        }
    }
}
