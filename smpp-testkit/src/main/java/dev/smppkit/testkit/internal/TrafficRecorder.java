package dev.smppkit.testkit.internal;

import dev.smppkit.codec.pdu.Pdu;
import dev.smppkit.testkit.Traffic;
import dev.smppkit.testkit.TrafficRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * The traffic recording: a bounded deque guarded by its own monitor, which waiters also wait on. Event loops append;
 * tests read and wait. When recording is off, {@link #record} returns at once without locking.
 */
final class TrafficRecorder implements Traffic {
    private final boolean enabled;
    private final int limit;
    // guarded by this
    private final ArrayDeque<TrafficRecord> records = new ArrayDeque<>();
    private long nextIndex;

    TrafficRecorder(boolean enabled, int limit) {
        this.enabled = enabled;
        this.limit = limit;
    }

    void record(String sessionId, TrafficRecord.Direction direction, Pdu pdu) {
        if (!enabled) {
            return;
        }
        Instant now = Instant.now();
        synchronized (this) {
            records.addLast(new TrafficRecord(nextIndex++, now, sessionId, direction, pdu));
            if (records.size() > limit) {
                records.removeFirst();
            }
            notifyAll();
        }
    }

    @Override
    public synchronized List<TrafficRecord> records() {
        return List.copyOf(records);
    }

    @Override
    public List<TrafficRecord> records(String sessionId) {
        return matching(r -> r.sessionId().equals(sessionId));
    }

    @Override
    public <P extends Pdu> List<P> received(Class<P> type) {
        return pdus(type, TrafficRecord.Direction.RECEIVED);
    }

    @Override
    public <P extends Pdu> List<P> sent(Class<P> type) {
        return pdus(type, TrafficRecord.Direction.SENT);
    }

    private <P extends Pdu> List<P> pdus(Class<P> type, TrafficRecord.Direction direction) {
        List<P> out = new ArrayList<>();
        for (TrafficRecord r : matching(r -> r.direction() == direction && type.isInstance(r.pdu()))) {
            out.add(type.cast(r.pdu()));
        }
        return out;
    }

    @Override
    public synchronized int size() {
        return records.size();
    }

    @Override
    public synchronized void clear() {
        records.clear();
    }

    @Override
    public TrafficRecord await(Predicate<TrafficRecord> match, Duration timeout)
            throws TimeoutException, InterruptedException {
        return await(match, 1, timeout).get(0);
    }

    @Override
    public synchronized List<TrafficRecord> await(Predicate<TrafficRecord> match, int count, Duration timeout)
            throws TimeoutException, InterruptedException {
        Objects.requireNonNull(match, "match");
        if (!enabled) {
            throw new IllegalStateException("traffic recording is off (SmscSimulatorBuilder.recordTraffic)");
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        for (; ; ) {
            List<TrafficRecord> found = new ArrayList<>();
            for (TrafficRecord r : records) {
                if (match.test(r)) {
                    found.add(r);
                }
            }
            if (found.size() >= count) {
                return found;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new TimeoutException("waited " + timeout + " for " + count + " matching traffic records, found "
                        + found.size() + ": " + found);
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    private synchronized List<TrafficRecord> matching(Predicate<TrafficRecord> p) {
        List<TrafficRecord> out = new ArrayList<>();
        for (TrafficRecord r : records) {
            if (p.test(r)) {
                out.add(r);
            }
        }
        return out;
    }
}
