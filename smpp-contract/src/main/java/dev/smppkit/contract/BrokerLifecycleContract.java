package dev.smppkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smppkit.client.Broker;
import dev.smppkit.client.OutboundMessage;
import dev.smppkit.client.QueuedMessage;
import dev.smppkit.client.SubmitOutcome;
import dev.smppkit.codec.Address;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The message lifecycle a full-featured {@link Broker} adds to the {@link BrokerContract}: queue priority (highest
 * first, first in first out within one, and a share for the oldest so that low priorities are never starved),
 * cancelling queued messages (by id, by tracking id, by age; never those in flight), and idempotent enqueue by
 * deduplication key. The shipped in-memory and JDBC brokers keep it; extend this class instead of
 * {@link BrokerContract} when your broker offers these.
 */
public abstract class BrokerLifecycleContract extends BrokerContract {
    /** For subclasses. */
    protected BrokerLifecycleContract() {}

    private static OutboundMessage prioritized(int n, int priority) {
        return OutboundMessage.builder()
                .from(Address.alphanumeric("CONTRACT"))
                .to(Address.international("447700900" + n))
                .text("priority " + priority + " message " + n)
                .trackingId("p" + priority + "-" + n)
                .queuePriority(priority)
                .build();
    }

    private static OutboundMessage keyed(int n, String key) {
        return OutboundMessage.builder()
                .from(Address.alphanumeric("CONTRACT"))
                .to(Address.international("447700900" + n))
                .text("keyed message " + n)
                .deduplicationKey(key)
                .build();
    }

    private QueuedMessage enqueue(OutboundMessage m) {
        return Contracts.await(broker().enqueue(m), timeout());
    }

    /** A higher queue priority is handed out first; first in first out within one priority. */
    @Test
    public void higherQueuePriorityComesOutFirst() {
        QueuedMessage low1 = enqueue(prioritized(1, 0));
        QueuedMessage low2 = enqueue(prioritized(2, 0));
        QueuedMessage mid = enqueue(prioritized(3, 5));
        QueuedMessage high = enqueue(prioritized(4, 9));
        List<String> order = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            order.add(Contracts.takeExactly(broker(), 1, timeout()).get(0).id());
        }
        assertEquals(List.of(high.id(), mid.id(), low1.id(), low2.id()), order, "take order by priority");
    }

    /** An old low-priority message is not starved by a stream of high-priority ones. */
    @Test
    public void lowPriorityIsNotStarved() {
        QueuedMessage old = enqueue(prioritized(0, 0));
        for (int i = 1; i <= 100; i++) {
            enqueue(prioritized(i, 9));
        }
        for (int taken = 1; taken <= 100; taken++) {
            QueuedMessage m = Contracts.takeExactly(broker(), 1, timeout()).get(0);
            if (m.id().equals(old.id())) {
                return; // it got its share before the high-priority stream ran out
            }
        }
        throw new AssertionError("the priority-0 message waited behind all 100 priority-9 messages");
    }

    /** A queued message can be cancelled once; it is then never handed out. */
    @Test
    public void queuedMessageCanBeCancelled() {
        QueuedMessage m = enqueue(Contracts.message(1));
        assertTrue(Contracts.await(broker().cancel(m.id()), timeout()), "cancel of a queued message");
        assertFalse(Contracts.await(broker().cancel(m.id()), timeout()), "a second cancel finds nothing");
        Contracts.assertNothingToTake(broker());
    }

    /** A message in flight is not cancelled (the SMSC may have it: use cancel_sm), and still completes. */
    @Test
    public void messageInFlightIsNotCancelled() {
        QueuedMessage m = enqueue(Contracts.message(1));
        QueuedMessage taken = Contracts.takeExactly(broker(), 1, timeout()).get(0);
        assertFalse(Contracts.await(broker().cancel(m.id()), timeout()), "cancel of a message in flight");
        Contracts.await(broker().complete(taken, new SubmitOutcome.Accepted(List.of("x"), "acct")), timeout());
        Contracts.assertNothingToTake(broker());
    }

    /** A message released with a delay is queued again: cancel finds it while it waits. */
    @Test
    public void messageWaitingAfterReleaseCanBeCancelled() {
        QueuedMessage m = enqueue(Contracts.message(1));
        QueuedMessage taken = Contracts.takeExactly(broker(), 1, timeout()).get(0);
        Contracts.await(broker().release(taken, Duration.ofHours(1)), timeout());
        assertTrue(Contracts.await(broker().cancel(m.id()), timeout()), "cancel of a released message");
        Contracts.assertNothingToTake(broker());
    }

    /** Cancelling by tracking id cancels every queued message with it, and only those. */
    @Test
    public void cancelByTrackingIdCancelsThoseQueued() {
        enqueue(prioritized(1, 0));
        enqueue(prioritized(1, 0)); // the same tracking id twice
        QueuedMessage other = enqueue(prioritized(2, 0));
        assertEquals(2, Contracts.await(broker().cancelByTrackingId("p0-1"), timeout()));
        assertEquals(
                other.id(), Contracts.takeExactly(broker(), 1, timeout()).get(0).id());
        Contracts.assertNothingToTake(broker());
    }

    /** "Cancel old unsent": messages queued at least that long ago go; younger ones stay. */
    @Test
    public void cancelQueuedOlderThanAnAge() {
        enqueue(Contracts.message(1));
        enqueue(Contracts.message(2));
        assertEquals(0, Contracts.await(broker().cancelQueuedOlderThan(Duration.ofHours(1)), timeout()));
        assertEquals(2, Contracts.await(broker().cancelQueuedOlderThan(Duration.ZERO), timeout()));
        Contracts.assertNothingToTake(broker());
    }

    /** Enqueuing the same deduplication key again returns the first message and queues nothing new. */
    @Test
    public void sameDeduplicationKeyIsQueuedOnce() {
        QueuedMessage first = enqueue(keyed(1, "order-17"));
        QueuedMessage again = enqueue(keyed(2, "order-17"));
        QueuedMessage other = enqueue(keyed(3, "order-18"));
        assertEquals(first.id(), again.id(), "the retry gets the first message");
        assertEquals(first.message(), again.message(), "the first message, not the retry's");
        List<String> taken = Contracts.takeExactly(broker(), 2, timeout()).stream()
                .map(QueuedMessage::id)
                .toList();
        assertEquals(List.of(first.id(), other.id()), taken);
        Contracts.assertNothingToTake(broker());
    }

    /** A key stays remembered after its message ended: a late retry does not send it again. */
    @Test
    public void deduplicationKeyOutlivesTheMessage() {
        QueuedMessage first = enqueue(keyed(1, "order-19"));
        QueuedMessage taken = Contracts.takeExactly(broker(), 1, timeout()).get(0);
        Contracts.await(broker().complete(taken, new SubmitOutcome.Accepted(List.of("y"), "acct")), timeout());
        assertEquals(first.id(), enqueue(keyed(1, "order-19")).id());
        Contracts.assertNothingToTake(broker());
    }
}
