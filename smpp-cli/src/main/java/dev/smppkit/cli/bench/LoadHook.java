package dev.smppkit.cli.bench;

import dev.smppkit.cli.internal.SessionWatch;
import dev.smppkit.client.Hook;
import dev.smppkit.client.IncomingMessage;
import dev.smppkit.client.QueuedMessage;
import dev.smppkit.client.ReceiptEvent;
import dev.smppkit.client.SessionEvent;
import dev.smppkit.client.SubmitOutcome;
import dev.smppkit.codec.pdu.Pdu;
import dev.smppkit.codec.pdu.SubmitSm;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Counts and times a load run from the client's hook. The latency of a message runs from {@code sending} of its first
 * submit_sm (just before the write) to {@code onSubmitOutcome}, which the client calls on the event loop as soon as it
 * has read the last submit_sm_resp of the message; the message is found by its destination, which the
 * {@link GeneratingBroker} made unique.
 *
 * <p>Thread-safe. The send times live in a ring indexed by message number: a message's first submit_sm and its
 * outcome are handled on the event loop of the one session that sent it, so each slot is written and read on one
 * thread; a message still unanswered when the ring wraps around to it (over a million later) is simply not timed.
 * Through a gateway, a message that fails over is sent again on another account's event loop after the gateway's
 * dispatcher (under its lock) has moved it, which orders the second thread's access after the first's. Its latency
 * runs from its first submit_sm, failover included.
 */
final class LoadHook implements Hook {
    private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);
    private static final int RING = 1 << 20;

    private final GeneratingBroker broker;
    private final long count;
    private final SessionWatch watch;

    private final long[] sentIndex = new long[RING];
    private final long[] sentAt = new long[RING];
    private final Recorder latency = new Recorder(3);

    private final LongAdder accepted = new LongAdder();
    private final LongAdder rejected = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final LongAdder expired = new LongAdder();
    private final LongAdder submitSm = new LongAdder();
    private final LongAdder acceptedSegments = new LongAdder();
    private final LongAdder receipts = new LongAdder();
    private final LongAdder incoming = new LongAdder();
    private final LongAdder disconnects = new LongAdder();
    private final Map<String, LongAdder> receiptStats = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> rejectStatuses = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> failures = new ConcurrentHashMap<>();
    private final AtomicLong done = new AtomicLong();
    private final CountDownLatch allDone = new CountDownLatch(1);
    private volatile long lastOutcomeNanos;
    private volatile long lastReceiptNanos;
    private final Set<String> boundSessions = ConcurrentHashMap.newKeySet();
    private final int slice; // 0: no slices
    private final AtomicLongArray sliceEnds; // System.nanoTime() when outcome number (i + 1) * slice came

    /** @param slice note the time of every {@code slice}-th outcome (0 for none), for {@link #sliceEnds()} */
    LoadHook(GeneratingBroker broker, long count, SessionWatch watch, int slice) {
        this.broker = broker;
        this.count = count;
        this.watch = watch;
        this.slice = slice;
        this.sliceEnds = new AtomicLongArray(slice == 0 ? 0 : (int) Math.min(Integer.MAX_VALUE, count / slice));
        Arrays.fill(sentIndex, -1);
    }

    @Override
    public void sending(Pdu pdu) {
        if (pdu instanceof SubmitSm s) {
            submitSm.increment();
            long index = broker.indexOf(s.destAddress().value());
            if (index >= 0) {
                int slot = (int) (index & (RING - 1));
                if (sentIndex[slot] != index) { // the first segment, or the first attempt: keep the earliest
                    sentIndex[slot] = index;
                    sentAt[slot] = System.nanoTime();
                }
            }
        }
    }

    @Override
    public CompletionStage<Void> onSubmitOutcome(QueuedMessage message, SubmitOutcome outcome) {
        long now = System.nanoTime();
        if (outcome instanceof SubmitOutcome.Accepted a) {
            accepted.increment();
            acceptedSegments.add(a.messageIds().size());
            recordLatency(message, now);
        } else if (outcome instanceof SubmitOutcome.Rejected r) {
            rejected.increment();
            count(rejectStatuses, r.status().name());
            recordLatency(message, now);
        } else if (outcome instanceof SubmitOutcome.Failed f) {
            failed.increment();
            count(failures, f.error().getClass().getSimpleName());
        } else if (outcome instanceof SubmitOutcome.Expired) {
            expired.increment();
        }
        lastOutcomeNanos = now;
        long n = done.incrementAndGet();
        if (slice > 0 && n % slice == 0 && n / slice <= sliceEnds.length()) {
            sliceEnds.set((int) (n / slice) - 1, now);
        }
        if (n == count) {
            allDone.countDown();
        }
        return DONE;
    }

    private void recordLatency(QueuedMessage message, long now) {
        long index = Long.parseLong(message.id());
        int slot = (int) (index & (RING - 1));
        if (sentIndex[slot] == index) {
            latency.recordValue(Math.max(0, now - sentAt[slot]));
            sentIndex[slot] = -1;
        }
    }

    @Override
    public CompletionStage<Void> onDeliveryReceipt(ReceiptEvent receipt) {
        if (receipt.matched()) { // a receipt for an earlier run on this account has no entry in this run's correlator
            receipts.increment();
            count(receiptStats, receipt.receipt().stat().name());
            lastReceiptNanos = System.nanoTime();
        }
        return DONE;
    }

    @Override
    public CompletionStage<Void> onIncomingMessage(IncomingMessage message) {
        incoming.increment();
        return DONE;
    }

    @Override
    public void onSessionEvent(SessionEvent event) {
        watch.onSessionEvent(event);
        // a session's events come in order on its event loop; a failed reconnect is not another lost connection
        String session = event.account() + "#" + event.session();
        if (event.type() == SessionEvent.Type.BOUND) {
            boundSessions.add(session);
        } else if (event.type() == SessionEvent.Type.CONNECTION_LOST && boundSessions.remove(session)) {
            disconnects.increment();
        }
    }

    private static void count(Map<String, LongAdder> counts, String key) {
        counts.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    /** Waits until every message has an outcome; false if that takes longer than the given milliseconds. */
    boolean awaitAllDone(long millis) throws InterruptedException {
        return allDone.await(millis, TimeUnit.MILLISECONDS);
    }

    long done() {
        return done.get();
    }

    /** When each full slice of outcomes was complete ({@link System#nanoTime()}; 0 for one not yet). */
    long[] sliceEnds() {
        long[] ends = new long[sliceEnds.length()];
        for (int i = 0; i < ends.length; i++) {
            ends[i] = sliceEnds.get(i);
        }
        return ends;
    }

    long receipts() {
        return receipts.sum();
    }

    /** Receipts to expect: one per accepted segment. */
    long expectedReceipts() {
        return acceptedSegments.sum();
    }

    long lastReceiptNanos() {
        return lastReceiptNanos;
    }

    long lastOutcomeNanos() {
        return lastOutcomeNanos;
    }

    /** A single-ESME run's one account: this hook's counts under the ESME's name. */
    Map<String, LoadResult.AccountCounts> oneAccount(String name) {
        return Map.of(name, new LoadResult.AccountCounts(accepted.sum(), rejected.sum(), failed.sum(), expired.sum()));
    }

    LoadResult result(
            long startNanos,
            Map<String, LoadResult.AccountCounts> accounts,
            long failedOver,
            ProcessCost cost,
            boolean costIncludesSimulator) {
        Histogram histogram = latency.getIntervalHistogram();
        long end = lastOutcomeNanos;
        long receiptEnd = lastReceiptNanos;
        return new LoadResult(
                count,
                accepted.sum(),
                rejected.sum(),
                failed.sum(),
                expired.sum(),
                submitSm.sum(),
                receipts.sum(),
                snapshot(receiptStats),
                incoming.sum(),
                disconnects.sum(),
                startNanos == 0 || end == 0 ? 0 : end - startNanos,
                startNanos == 0 || receiptEnd == 0 ? 0 : receiptEnd - startNanos,
                histogram,
                snapshot(rejectStatuses),
                snapshot(failures),
                accounts,
                failedOver,
                cost,
                costIncludesSimulator);
    }

    private static Map<String, Long> snapshot(Map<String, LongAdder> counts) {
        Map<String, Long> copy = new TreeMap<>();
        counts.forEach((k, v) -> copy.put(k, v.sum()));
        return copy;
    }
}
