package dev.smppkit.client.internal;

import dev.smppkit.client.OutboundMessage;
import dev.smppkit.client.QueuedMessage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Queued messages by {@linkplain OutboundMessage#queuePriority() queue priority}: one FIFO per priority, the highest
 * first, except that every n-th message handed out is the oldest of all (n = 1 / the low-priority share). So urgent
 * messages get at least {@code 1 - share} of the send rate whatever waits behind them, and a low-priority message is
 * never starved: under any load it moves at least at {@code share} of the rate. Plain aging (raising a message's
 * priority as it waits) would give the same guarantee only with a tuning constant per traffic mix, and would make an
 * OTP's wait depend on how old the bulk backlog is; a fixed share is one number a user can reason about, and a
 * database broker can apply the same rule with two indexed queries.
 *
 * <p>Not thread-safe: the owner's lock guards it.
 */
public final class PriorityLanes {
    private final ArrayDeque<QueuedMessage>[] lanes;
    private final int fairEvery; // 0: strict priority
    private int sinceFair;
    private int size;

    /**
     * @param lowPriorityShare the least share of handouts that go to the oldest message whatever its priority, 0 to 0.5
     */
    @SuppressWarnings("unchecked")
    public PriorityLanes(double lowPriorityShare) {
        if (!(lowPriorityShare >= 0 && lowPriorityShare <= 0.5)) {
            throw new IllegalArgumentException("lowPriorityShare is " + lowPriorityShare + "; must be 0-0.5");
        }
        this.lanes = new ArrayDeque[OutboundMessage.MAX_QUEUE_PRIORITY + 1];
        for (int i = 0; i < lanes.length; i++) {
            lanes[i] = new ArrayDeque<>();
        }
        this.fairEvery = lowPriorityShare == 0 ? 0 : (int) Math.round(1 / lowPriorityShare);
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** Queues at the tail of its priority. */
    public void add(QueuedMessage m) {
        lanes[m.message().queuePriority()].addLast(m);
        size++;
    }

    /** Puts back at the head of its priority (a released message goes before the others of its priority). */
    public void addFirst(QueuedMessage m) {
        lanes[m.message().queuePriority()].addFirst(m);
        size++;
    }

    /** The next message to hand out, or null if none. */
    public QueuedMessage poll() {
        if (size == 0) {
            return null;
        }
        ArrayDeque<QueuedMessage> from = null;
        if (fairEvery > 0 && ++sinceFair >= fairEvery) {
            sinceFair = 0;
            for (ArrayDeque<QueuedMessage> lane : lanes) {
                if (!lane.isEmpty()
                        && (from == null
                                || lane.peekFirst()
                                        .enqueuedAt()
                                        .isBefore(from.peekFirst().enqueuedAt()))) {
                    from = lane;
                }
            }
        } else {
            for (int p = lanes.length - 1; p >= 0; p--) {
                if (!lanes[p].isEmpty()) {
                    from = lanes[p];
                    break;
                }
            }
        }
        size--;
        return from.pollFirst();
    }

    /** Removes and returns the messages that match, in priority order then queue order. */
    public List<QueuedMessage> removeIf(Predicate<QueuedMessage> match) {
        List<QueuedMessage> removed = new ArrayList<>();
        for (int p = lanes.length - 1; p >= 0; p--) {
            lanes[p].removeIf(m -> {
                if (match.test(m)) {
                    removed.add(m);
                    return true;
                }
                return false;
            });
        }
        size -= removed.size();
        return removed;
    }
}
