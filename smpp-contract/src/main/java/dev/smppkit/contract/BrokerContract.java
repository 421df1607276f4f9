package dev.smppkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smppkit.client.Broker;
import dev.smppkit.client.QueuedMessage;
import dev.smppkit.client.RejectedException;
import dev.smppkit.client.SubmitOutcome;
import dev.smppkit.codec.CommandStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link Broker} keeps, as JUnit 5 tests: extend this class in your broker's tests and implement
 * {@link #newBroker()}. The client relies on each of these: a message is handed to one taker at a time, a completed
 * message never comes back, a released one comes back as the next attempt (not before its delay), a cancelled take
 * loses nothing, messages of one producer come out in order, and under concurrent takers every message ends exactly
 * once. A broker whose {@code take} returns an empty list now and then (a poll period) passes: the tests ask again.
 *
 * <p>Each test gets a new, empty broker and closes it with {@link #closeBroker(Broker)}.
 */
public abstract class BrokerContract {
    private Broker broker;

    /** For subclasses. */
    protected BrokerContract() {}

    /**
     * A new, empty broker for one test.
     *
     * @return the broker under test
     * @throws Exception if it cannot be made (the test then errors)
     */
    protected abstract Broker newBroker() throws Exception;

    /**
     * Disposes of a broker made by {@link #newBroker()} (close connections, drop tables). Default: closes it if it is
     * {@link AutoCloseable}.
     *
     * @param broker the broker of the test that ended
     * @throws Exception if it cannot be closed
     */
    protected void closeBroker(Broker broker) throws Exception {
        if (broker instanceof AutoCloseable c) {
            c.close();
        }
    }

    /**
     * How long a test waits for the broker (default 20 s): generous, since a test only waits that long when the
     * broker is broken.
     *
     * @return the timeout for every wait
     */
    protected Duration timeout() {
        return Duration.ofSeconds(20);
    }

    /**
     * The broker of the running test.
     *
     * @return the broker made for this test
     */
    protected final Broker broker() {
        return broker;
    }

    @BeforeEach
    final void makeBroker() throws Exception {
        broker = newBroker();
    }

    @AfterEach
    final void disposeBroker() throws Exception {
        closeBroker(broker);
    }

    /** A message is handed out with its id, as attempt 1, with its enqueue time, and unchanged. */
    @Test
    public void enqueuedMessageIsTakenWithItsIdAttemptAndTime() {
        Instant before = Instant.now().minusSeconds(1);
        QueuedMessage queued = Contracts.await(broker.enqueue(Contracts.message(1)), timeout());
        assertNotNull(queued.id(), "enqueue gives the message an id");
        List<QueuedMessage> taken = Contracts.takeExactly(broker, 1, timeout());
        QueuedMessage got = taken.get(0);
        assertEquals(queued.id(), got.id(), "the taken message has the id enqueue returned");
        assertEquals(1, got.attempt(), "first take is attempt 1");
        assertEquals(Contracts.message(1), got.message(), "the message comes back unchanged");
        assertTrue(!got.enqueuedAt().isBefore(before), "enqueuedAt is when it was queued, was " + got.enqueuedAt());
    }

    /** {@code take(max)} never hands out more than {@code max}. */
    @Test
    public void takeHandsOutAtMostMax() {
        for (int i = 0; i < 5; i++) {
            Contracts.await(broker.enqueue(Contracts.message(i)), timeout());
        }
        List<QueuedMessage> first = Contracts.takeSome(broker, 2, timeout());
        assertTrue(first.size() >= 1 && first.size() <= 2, "take(2) gave " + first.size());
        List<QueuedMessage> rest = Contracts.takeExactly(broker, 5 - first.size(), timeout());
        assertEquals(5, first.size() + rest.size());
    }

    /** Messages of one producer come out in the order they were queued (FIFO within one priority). */
    @Test
    public void messagesOfOneProducerComeOutInOrder() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add(Contracts.await(broker.enqueue(Contracts.message(i)), timeout())
                    .id());
        }
        List<String> taken = Contracts.takeExactly(broker, 20, timeout()).stream()
                .map(QueuedMessage::id)
                .toList();
        assertEquals(ids, taken, "take order");
    }

    /** A take on an empty broker is answered when a message arrives (or asks again after an empty answer). */
    @Test
    public void takeGetsAMessageQueuedLater() {
        CompletableFuture<List<QueuedMessage>> pending = broker.take(1).toCompletableFuture();
        QueuedMessage queued = Contracts.await(broker.enqueue(Contracts.message(7)), timeout());
        List<QueuedMessage> got = Contracts.await(pending, timeout());
        if (got.isEmpty()) { // a polling broker's period passed: ask again
            got = Contracts.takeExactly(broker, 1, timeout());
        }
        assertEquals(queued.id(), got.get(0).id());
    }

    /** A taken message is not handed to another taker while it is out. */
    @Test
    public void takenMessageIsNotHandedOutTwice() {
        QueuedMessage first = Contracts.await(broker.enqueue(Contracts.message(1)), timeout());
        Contracts.takeExactly(broker, 1, timeout());
        QueuedMessage second = Contracts.await(broker.enqueue(Contracts.message(2)), timeout());
        List<QueuedMessage> got = Contracts.takeExactly(broker, 1, timeout());
        assertEquals(second.id(), got.get(0).id(), "the second take gets the second message, not " + first.id());
        Contracts.assertNothingToTake(broker);
    }

    /** A completed message never comes back, whatever its outcome. */
    @Test
    public void completedMessagesNeverComeBack() {
        List<SubmitOutcome> outcomes = List.of(
                new SubmitOutcome.Accepted(List.of("id-1"), "acct"),
                new SubmitOutcome.Rejected(CommandStatus.ESME_RINVDSTADR, List.of(), "acct"),
                new SubmitOutcome.Failed(new RejectedException(CommandStatus.ESME_RSYSERR), "acct"),
                new SubmitOutcome.Expired(Instant.now(), "acct"));
        for (int i = 0; i < outcomes.size(); i++) {
            Contracts.await(broker.enqueue(Contracts.message(i)), timeout());
        }
        List<QueuedMessage> taken = Contracts.takeExactly(broker, outcomes.size(), timeout());
        for (int i = 0; i < taken.size(); i++) {
            Contracts.await(broker.complete(taken.get(i), outcomes.get(i)), timeout());
        }
        Contracts.assertNothingToTake(broker);
    }

    /** A released message comes back as the next attempt, with the same id and message. */
    @Test
    public void releasedMessageComesBackAsTheNextAttempt() {
        QueuedMessage queued = Contracts.await(broker.enqueue(Contracts.message(3)), timeout());
        QueuedMessage taken = Contracts.takeExactly(broker, 1, timeout()).get(0);
        Contracts.await(broker.release(taken, Duration.ZERO), timeout());
        QueuedMessage again = Contracts.takeExactly(broker, 1, timeout()).get(0);
        assertEquals(queued.id(), again.id());
        assertEquals(2, again.attempt(), "a released message is taken again as attempt 2");
        assertEquals(Contracts.message(3), again.message());
    }

    /** A message released with a delay is not handed out before it; other messages are. */
    @Test
    public void releaseWithADelayHoldsTheMessageBack() {
        Contracts.await(broker.enqueue(Contracts.message(1)), timeout());
        QueuedMessage taken = Contracts.takeExactly(broker, 1, timeout()).get(0);
        Contracts.await(broker.release(taken, Duration.ofHours(1)), timeout());
        QueuedMessage other = Contracts.await(broker.enqueue(Contracts.message(2)), timeout());
        List<QueuedMessage> got = Contracts.takeExactly(broker, 1, timeout());
        assertEquals(other.id(), got.get(0).id(), "the held-back message must wait for its delay");
        Contracts.assertNothingToTake(broker);
    }

    /** A take the client cancels (it stopped taking) loses no message. */
    @Test
    public void cancelledTakeLosesNothing() {
        CompletableFuture<List<QueuedMessage>> take = broker.take(5).toCompletableFuture();
        take.cancel(false);
        QueuedMessage queued = Contracts.await(broker.enqueue(Contracts.message(9)), timeout());
        List<QueuedMessage> got = Contracts.takeExactly(broker, 1, timeout());
        assertEquals(queued.id(), got.get(0).id(), "the message goes to the next take, not to the cancelled one");
    }

    /**
     * Four takers and two producers at once, each taker releasing every message once before completing it: every
     * message is completed exactly once and none is handed to two takers at the same time.
     *
     * @throws Exception if a thread fails
     */
    @Test
    public void concurrentTakersEndEveryMessageExactlyOnce() throws Exception {
        int messages = 400;
        Set<String> enqueued = ConcurrentHashMap.newKeySet();
        Map<String, Integer> completed = new ConcurrentHashMap<>();
        Set<String> out = ConcurrentHashMap.newKeySet(); // taken and not yet completed or released
        AtomicInteger overlaps = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int p = 0; p < 2; p++) {
                int producer = p;
                work.add(threads.submit(() -> {
                    for (int i = 0; i < messages / 2; i++) {
                        enqueued.add(
                                Contracts.await(broker.enqueue(Contracts.message(producer * 100_000 + i)), timeout())
                                        .id());
                    }
                }));
            }
            long deadline = System.nanoTime() + timeout().toNanos();
            for (int t = 0; t < 4; t++) {
                work.add(threads.submit(() -> {
                    while (completed.size() < messages && System.nanoTime() < deadline) {
                        List<QueuedMessage> batch = Contracts.takeOrCancel(broker, 10); // the last takers find nothing
                        for (QueuedMessage m : batch) {
                            if (!out.add(m.id())) {
                                overlaps.incrementAndGet();
                            }
                        }
                        for (QueuedMessage m : batch) {
                            out.remove(m.id()); // before it can be taken again
                            if (m.attempt() == 1) {
                                Contracts.await(broker.release(m, Duration.ZERO), timeout());
                            } else {
                                Contracts.await(
                                        broker.complete(m, new SubmitOutcome.Accepted(List.of(m.id()), "acct")),
                                        timeout());
                                completed.merge(m.id(), 1, Integer::sum);
                            }
                        }
                    }
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            threads.shutdownNow();
        }
        assertEquals(0, overlaps.get(), "a message was handed to two takers at once");
        assertEquals(new HashSet<>(enqueued), completed.keySet(), "every message is completed");
        assertTrue(completed.values().stream().allMatch(n -> n == 1), "no message is completed twice: " + completed);
        Contracts.assertNothingToTake(broker);
    }
}
