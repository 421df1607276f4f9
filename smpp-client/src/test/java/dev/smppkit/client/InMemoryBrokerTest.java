package dev.smppkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smppkit.codec.Address;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class InMemoryBrokerTest {
    private static final SubmitOutcome OK = new SubmitOutcome.Accepted(List.of("id"));

    private static OutboundMessage message(String text) {
        return OutboundMessage.builder()
                .to(Address.international("447700900123"))
                .text(text)
                .build();
    }

    private static <T> T now(java.util.concurrent.CompletionStage<T> stage) {
        CompletableFuture<T> f = stage.toCompletableFuture();
        assertThat(f).as("completed at once").isDone();
        return f.join();
    }

    private static <T> T await(java.util.concurrent.CompletionStage<T> stage) throws Exception {
        return stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private static List<String> texts(List<QueuedMessage> batch) {
        return batch.stream().map(q -> q.message().text().orElseThrow()).toList();
    }

    @Test
    void takesInFifoOrderUpToMax() {
        InMemoryBroker broker = new InMemoryBroker();
        for (int i = 1; i <= 5; i++) {
            now(broker.enqueue(message("m" + i)));
        }

        List<QueuedMessage> first = now(broker.take(2));
        List<QueuedMessage> rest = now(broker.take(10));

        assertThat(texts(first)).containsExactly("m1", "m2");
        assertThat(texts(rest)).containsExactly("m3", "m4", "m5");
        assertThat(first).allSatisfy(q -> assertThat(q.attempt()).isEqualTo(1));
        assertThat(first.get(0).id()).isNotEqualTo(first.get(1).id());
        assertThat(broker.size()).isZero();
        assertThat(broker.inFlight()).isEqualTo(5);
    }

    @Test
    void enqueueCompletesWithTheQueuedMessage() {
        InMemoryBroker broker = new InMemoryBroker();
        OutboundMessage m = message("hello");

        QueuedMessage queued = now(broker.enqueue(m));

        assertThat(queued.message()).isSameAs(m);
        assertThat(queued.attempt()).isEqualTo(1);
        assertThat(now(broker.take(1))).containsExactly(queued);
    }

    @Test
    void fullBrokerPushesBackOnProducersUntilATakeMakesRoom() {
        InMemoryBroker broker = new InMemoryBroker(2);
        now(broker.enqueue(message("a")));
        now(broker.enqueue(message("b")));

        CompletableFuture<QueuedMessage> c = broker.enqueue(message("c")).toCompletableFuture();
        CompletableFuture<QueuedMessage> d = broker.enqueue(message("d")).toCompletableFuture();

        assertThat(c).isNotDone();
        assertThat(d).isNotDone();
        assertThat(broker.tryEnqueue(message("e"))).as("tryEnqueue when full").isFalse();
        assertThat(broker.size()).isEqualTo(2);

        assertThat(texts(now(broker.take(1)))).containsExactly("a");
        assertThat(c)
                .as("one slot freed: the first waiting producer is admitted")
                .isCompletedWithValueMatching(
                        q -> q.message().text().orElseThrow().equals("c"));
        assertThat(d).isNotDone();

        assertThat(texts(now(broker.take(1)))).containsExactly("b");
        assertThat(d).isDone();
        assertThat(texts(now(broker.take(10)))).containsExactly("c", "d");
        assertThat(broker.tryEnqueue(message("f"))).as("tryEnqueue with room").isTrue();
        assertThat(texts(now(broker.take(10)))).containsExactly("f");
    }

    @Test
    void tryEnqueueRefusesWhileProducersWaitSoItCannotOvertakeThem() {
        InMemoryBroker broker = new InMemoryBroker(1);
        now(broker.enqueue(message("a")));
        CompletableFuture<QueuedMessage> b = broker.enqueue(message("b")).toCompletableFuture();

        assertThat(broker.tryEnqueue(message("x"))).isFalse();
        assertThat(texts(now(broker.take(1)))).containsExactly("a");
        assertThat(b).isDone();
        assertThat(texts(now(broker.take(1)))).containsExactly("b");
    }

    @Test
    void takeCompletesLaterWhenMessagesArrive() {
        InMemoryBroker broker = new InMemoryBroker();
        CompletableFuture<List<QueuedMessage>> first = broker.take(5).toCompletableFuture();
        CompletableFuture<List<QueuedMessage>> second = broker.take(5).toCompletableFuture();

        assertThat(first).isNotDone();
        assertThat(second).isNotDone();

        now(broker.enqueue(message("x")));
        assertThat(first).isDone();
        assertThat(texts(first.join())).containsExactly("x");
        assertThat(second).as("takers are served in order, one batch each").isNotDone();

        assertThat(broker.tryEnqueue(message("y"))).isTrue();
        assertThat(texts(second.join())).containsExactly("y");
        assertThat(broker.inFlight()).isEqualTo(2);
        assertThat(broker.size()).isZero();
    }

    @Test
    void cancelledTakeNeverReceivesMessages() {
        InMemoryBroker broker = new InMemoryBroker();
        CompletableFuture<List<QueuedMessage>> cancelled = broker.take(5).toCompletableFuture();
        assertThat(cancelled.cancel(false)).isTrue();

        now(broker.enqueue(message("m1")));
        now(broker.enqueue(message("m2")));

        assertThat(cancelled).isCancelled();
        assertThat(broker.size()).as("the messages stay queued").isEqualTo(2);
        assertThat(broker.inFlight()).isZero();
        assertThat(texts(now(broker.take(5)))).containsExactly("m1", "m2");
    }

    @Test
    void cancelledTakeIsSkippedInFavourOfTheNextTaker() {
        InMemoryBroker broker = new InMemoryBroker();
        CompletableFuture<List<QueuedMessage>> cancelled = broker.take(5).toCompletableFuture();
        CompletableFuture<List<QueuedMessage>> live = broker.take(5).toCompletableFuture();
        cancelled.cancel(false);

        now(broker.enqueue(message("m1")));

        assertThat(texts(live.join())).containsExactly("m1");
        assertThat(broker.inFlight()).isEqualTo(1);
    }

    @Test
    void releasePutsTheMessageBackAtTheHeadWithTheNextAttempt() {
        InMemoryBroker broker = new InMemoryBroker();
        now(broker.enqueue(message("a")));
        QueuedMessage a = now(broker.take(1)).get(0);
        now(broker.enqueue(message("b")));

        now(broker.release(a, Duration.ZERO));

        List<QueuedMessage> again = now(broker.take(10));
        assertThat(texts(again)).containsExactly("a", "b");
        QueuedMessage a2 = again.get(0);
        assertThat(a2.id()).isEqualTo(a.id());
        assertThat(a2.attempt()).isEqualTo(2);
        assertThat(a2.enqueuedAt()).isEqualTo(a.enqueuedAt());
        assertThat(broker.releasedCount()).isEqualTo(1);
        assertThat(broker.inFlight()).isEqualTo(2);
    }

    @Test
    void releaseHandsTheMessageToAWaitingTaker() {
        InMemoryBroker broker = new InMemoryBroker();
        now(broker.enqueue(message("a")));
        QueuedMessage a = now(broker.take(1)).get(0);
        CompletableFuture<List<QueuedMessage>> waiting = broker.take(1).toCompletableFuture();

        broker.release(a, Duration.ZERO);

        assertThat(waiting.join())
                .singleElement()
                .satisfies(q -> assertThat(q.attempt()).isEqualTo(2));
    }

    @Test
    @Timeout(30)
    void delayedReleaseComesBackOnlyAfterTheDelay() throws Exception {
        InMemoryBroker broker = new InMemoryBroker();
        now(broker.enqueue(message("a")));
        QueuedMessage a = now(broker.take(1)).get(0);
        Duration delay = Duration.ofMillis(300);

        long released = System.nanoTime();
        now(broker.release(a, delay));
        List<QueuedMessage> again = await(broker.take(1));
        long waited = System.nanoTime() - released;

        assertThat(texts(again)).containsExactly("a");
        assertThat(again.get(0).attempt()).isEqualTo(2);
        assertThat(waited).as("not handed out before the delay").isGreaterThanOrEqualTo(delay.toNanos());
        assertThat(broker.inFlight()).isEqualTo(1);
    }

    @Test
    void releaseIgnoresCapacity() {
        InMemoryBroker broker = new InMemoryBroker(1);
        now(broker.enqueue(message("a")));
        QueuedMessage a = now(broker.take(1)).get(0);
        now(broker.enqueue(message("b")));
        assertThat(broker.tryEnqueue(message("x"))).isFalse();

        broker.release(a, Duration.ZERO);

        assertThat(broker.size())
                .as("released message is queued beyond capacity, never dropped")
                .isEqualTo(2);
        CompletableFuture<QueuedMessage> c = broker.enqueue(message("c")).toCompletableFuture();
        assertThat(c).isNotDone();
        assertThat(texts(now(broker.take(1)))).containsExactly("a");
        assertThat(c).as("still above capacity after one take").isNotDone();
        assertThat(texts(now(broker.take(1)))).containsExactly("b");
        assertThat(c).isDone();
        assertThat(texts(now(broker.take(5)))).containsExactly("c");
    }

    @Test
    void completeCountsAndEndsTheLease() {
        InMemoryBroker broker = new InMemoryBroker();
        now(broker.enqueue(message("a")));
        now(broker.enqueue(message("b")));
        List<QueuedMessage> taken = now(broker.take(2));

        now(broker.complete(taken.get(0), OK));

        assertThat(broker.completedCount()).isEqualTo(1);
        assertThat(broker.inFlight()).isEqualTo(1);
        now(broker.complete(taken.get(1), new SubmitOutcome.Failed(new ShutdownException("x"))));
        assertThat(broker.completedCount()).isEqualTo(2);
        assertThat(broker.inFlight()).isZero();
    }

    @Test
    void closeFailsWaitingProducers() {
        InMemoryBroker broker = new InMemoryBroker(1);
        now(broker.enqueue(message("a")));
        CompletableFuture<QueuedMessage> waiting = broker.enqueue(message("b")).toCompletableFuture();

        broker.close();

        assertThat(waiting).isCompletedExceptionally();
        assertThatThrownBy(waiting::join).hasCauseInstanceOf(ShutdownException.class);
        assertThatThrownBy(
                        () -> broker.enqueue(message("c")).toCompletableFuture().join())
                .hasCauseInstanceOf(ShutdownException.class);
        assertThat(broker.tryEnqueue(message("d"))).isFalse();
        assertThat(texts(broker.drain()))
                .as("queued messages stay until drained")
                .containsExactly("a");
    }

    @Test
    void closeCompletesWaitingTakersWithAnEmptyList() {
        InMemoryBroker broker = new InMemoryBroker();
        CompletableFuture<List<QueuedMessage>> waiting = broker.take(5).toCompletableFuture();

        broker.close();

        assertThat(waiting).isCompletedWithValue(List.of());
        assertThat(now(broker.take(5)))
                .as("a take after close on an empty broker")
                .isEmpty();
    }

    @Test
    void argumentsAreChecked() {
        assertThatThrownBy(() -> new InMemoryBroker(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("capacity is 0; must be at least 1");
        InMemoryBroker broker = new InMemoryBroker();
        assertThatThrownBy(() -> broker.take(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("max is 0; must be at least 1");
    }

    @Test
    @Timeout(120)
    void fourProducersAndFourTakersMoveEveryMessageExactlyOnce() throws Exception {
        int producers = 4;
        int perProducer = 25_000;
        int total = producers * perProducer;
        InMemoryBroker broker = new InMemoryBroker(500);
        Set<String> seen = ConcurrentHashMap.newKeySet();
        AtomicInteger duplicates = new AtomicInteger();
        AtomicInteger taken = new AtomicInteger();
        OutboundMessage m = message("load");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<?>> producing = new ArrayList<>();
            for (int p = 0; p < producers; p++) {
                producing.add(pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < perProducer; i++) {
                        if (i % 3 == 0 || !broker.tryEnqueue(m)) {
                            broker.enqueue(m).toCompletableFuture().get(30, TimeUnit.SECONDS); // wait for room
                        }
                    }
                    return null;
                }));
            }
            List<Future<?>> taking = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                taking.add(pool.submit(() -> {
                    go.await();
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    while (taken.get() < total) {
                        List<QueuedMessage> batch = broker.take(1 + random.nextInt(64))
                                .toCompletableFuture()
                                .get(30, TimeUnit.SECONDS);
                        for (QueuedMessage q : batch) {
                            if (!seen.add(q.id())) {
                                duplicates.incrementAndGet();
                            }
                            taken.incrementAndGet();
                            broker.complete(q, OK);
                        }
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : producing) {
                f.get(60, TimeUnit.SECONDS);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (taken.get() < total && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            broker.close(); // wakes takers still waiting for messages that will never come
            for (Future<?> f : taking) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(duplicates).hasValue(0);
        assertThat(seen).hasSize(total);
        assertThat(taken).hasValue(total);
        assertThat(broker.completedCount()).isEqualTo(total);
        assertThat(broker.inFlight()).isZero();
        assertThat(broker.size()).isZero();
    }

    @Test
    @Timeout(120)
    void cancelledTakesAndReleasesUnderContentionLoseNothing() throws Exception {
        int total = 40_000;
        InMemoryBroker broker = new InMemoryBroker(200);
        Set<String> completed = ConcurrentHashMap.newKeySet();
        AtomicInteger duplicates = new AtomicInteger();
        OutboundMessage m = message("load");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> all = new ArrayList<>();
            for (int p = 0; p < 4; p++) {
                all.add(pool.submit(() -> {
                    for (int i = 0; i < total / 4; i++) {
                        broker.enqueue(m).toCompletableFuture().get(30, TimeUnit.SECONDS);
                    }
                    return null;
                }));
            }
            for (int t = 0; t < 4; t++) {
                all.add(pool.submit(() -> {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    while (completed.size() < total) {
                        CompletableFuture<List<QueuedMessage>> take =
                                broker.take(1 + random.nextInt(16)).toCompletableFuture();
                        List<QueuedMessage> batch;
                        try {
                            batch = take.get(random.nextInt(2), TimeUnit.MILLISECONDS);
                        } catch (TimeoutException e) {
                            if (take.cancel(false)) {
                                continue; // cancelled before delivery: those messages stay for someone else
                            }
                            batch = take.join(); // delivered meanwhile: they are ours
                        }
                        for (QueuedMessage q : batch) {
                            if (random.nextInt(10) == 0) {
                                broker.release(q, Duration.ZERO); // given back: must be taken again
                            } else {
                                if (!completed.add(q.id())) {
                                    duplicates.incrementAndGet();
                                }
                                broker.complete(q, OK);
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : all) {
                f.get(100, TimeUnit.SECONDS);
            }
        } catch (ExecutionException e) {
            throw new AssertionError("a worker failed; completed " + completed.size(), e.getCause());
        } finally {
            pool.shutdownNow();
        }

        assertThat(duplicates).hasValue(0);
        assertThat(completed).hasSize(total);
        assertThat(broker.completedCount()).isEqualTo(total);
        assertThat(broker.inFlight()).isZero();
        assertThat(broker.size()).isZero();
    }
}
