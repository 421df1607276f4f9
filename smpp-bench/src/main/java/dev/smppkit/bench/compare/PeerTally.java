package dev.smppkit.bench.compare;

import dev.smppkit.cli.bench.ProcessCost;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * The counts of one run of a third-party client (Cloudhopper, jSMPP), kept the same way for both so that their
 * reports compare: every submit's outcome, the message ids the SMSC gave, every receipt's id, the latency of each
 * submit, and the time and process cost from {@link #start} to the last response and the last receipt.
 *
 * <p>Receipts are matched by the {@code id:} of their text against the message ids of this run's submit_sm_resp, in
 * either order (a receipt may be handled before the response of its submit). Reading only the id is less work than
 * smppkit does with a receipt (it parses every field and correlates), so the comparison errs in the peers' favour.
 *
 * <p>One run per instance. Its methods may be called from any thread: the client's I/O threads and its producers.
 */
final class PeerTally {
    private static final byte[] ID_PREFIX = "id:".getBytes(StandardCharsets.US_ASCII);

    private final long count;
    private final boolean receipts;
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong outcomes = new AtomicLong();
    private final AtomicLong receiptsIn = new AtomicLong();
    private final AtomicLong duplicateReceipts = new AtomicLong();
    private final AtomicReference<String> firstError = new AtomicReference<>();
    private final Set<String> messageIds = ConcurrentHashMap.newKeySet();
    private final Set<String> receiptIds = ConcurrentHashMap.newKeySet();
    private final Recorder latency = new Recorder(3);
    private final CountDownLatch allOutcomes;
    private final CountDownLatch allReceipts;
    private volatile long startNanos;
    private volatile long outcomesEndNanos;
    private volatile long receiptsEndNanos;
    private volatile ProcessCost startCost;

    PeerTally(RunSpec spec) {
        this.count = spec.count();
        this.receipts = spec.receipts();
        this.allOutcomes = new CountDownLatch(Math.toIntExact(count));
        this.allReceipts = new CountDownLatch(receipts ? Math.toIntExact(count) : 0);
    }

    /** Marks the start of the measured run: call after the bind, before the first submit. */
    void start() {
        startCost = ProcessCost.now();
        startNanos = System.nanoTime();
    }

    /** A submit_sm_resp: {@code sentNanos} is when the submit was handed to the client. */
    void response(long sentNanos, int commandStatus, String messageId) {
        latency.recordValue(Math.max(0, System.nanoTime() - sentNanos));
        if (commandStatus == 0 && messageId != null) {
            accepted.incrementAndGet();
            messageIds.add(messageId);
        } else if (commandStatus == 0) {
            firstError.compareAndSet(null, "submit_sm_resp with ESME_ROK but no message_id");
        } else {
            firstError.compareAndSet(
                    null, "submit_sm_resp with command_status 0x" + Integer.toHexString(commandStatus));
        }
        outcome();
    }

    /** A submit that got no response (timeout, closed connection, refused by the client). */
    void failure(Throwable e) {
        firstError.compareAndSet(null, e.getClass().getSimpleName() + ": " + e.getMessage());
        outcome();
    }

    /** Something that went wrong without ending a submit (e.g. a PDU the client could not decode). */
    void problem(Throwable e) {
        firstError.compareAndSet(null, e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    private void outcome() {
        if (outcomes.incrementAndGet() == count) {
            outcomesEndNanos = System.nanoTime();
        }
        allOutcomes.countDown();
    }

    /** A deliver_sm that is a receipt, by its short message. */
    void receipt(byte[] shortMessage) {
        String id = receiptId(shortMessage);
        if (id == null) {
            firstError.compareAndSet(
                    null, "a receipt without an id: " + new String(shortMessage, StandardCharsets.ISO_8859_1));
            return;
        }
        if (!receiptIds.add(id)) {
            duplicateReceipts.incrementAndGet();
            return;
        }
        if (receiptsIn.incrementAndGet() == count) {
            receiptsEndNanos = System.nanoTime();
        }
        allReceipts.countDown();
    }

    /** The text between {@code id:} at the start and the next space, as SMPP 3.4 appendix B lays a receipt out. */
    static String receiptId(byte[] text) {
        if (text == null || text.length <= ID_PREFIX.length) {
            return null;
        }
        for (int i = 0; i < ID_PREFIX.length; i++) {
            if (text[i] != ID_PREFIX[i]) {
                return null;
            }
        }
        int end = ID_PREFIX.length;
        while (end < text.length && text[end] != ' ') {
            end++;
        }
        return new String(text, ID_PREFIX.length, end - ID_PREFIX.length, StandardCharsets.US_ASCII);
    }

    /**
     * Waits for every outcome and, with receipts, every receipt; gives up when none has come for {@code stallSeconds}.
     * Then reads the process cost and checks the counts.
     */
    RunReport finish(String client, int stallSeconds) throws InterruptedException {
        boolean complete = await(allOutcomes, stallSeconds) && (!receipts || await(allReceipts, stallSeconds));
        ProcessCost cost = ProcessCost.now().since(startCost);
        long receiptEnd = receipts ? receiptsEndNanos : 0;
        String error = firstError.get();
        long matched = receiptIds.stream().filter(messageIds::contains).count();
        if (error == null && !complete) {
            error = "stalled: " + outcomes.get() + " of " + count + " responses and " + receiptsIn.get()
                    + " receipts after " + stallSeconds + " s without progress";
        }
        if (error == null && accepted.get() != count) {
            error = accepted.get() + " of " + count + " submits accepted";
        }
        if (error == null && receipts && (matched != count || duplicateReceipts.get() > 0)) {
            error = matched + " of " + count + " receipts matched, " + duplicateReceipts.get() + " duplicates";
        }
        Histogram h = latency.getIntervalHistogram();
        return new RunReport(
                client,
                receipts,
                error == null,
                error,
                count,
                accepted.get(),
                matched,
                perSecond(accepted.get(), outcomesEndNanos),
                receipts ? perSecond(matched, receiptEnd) : 0,
                cost.cpuNanos() < 0 ? -1 : cost.cpuNanos() / 1e3 / count,
                cost.allocatedBytes() < 0 ? -1 : (double) cost.allocatedBytes() / count,
                h.getTotalCount() == 0 ? 0 : h.getValueAtPercentile(50) / 1e6,
                h.getTotalCount() == 0 ? 0 : h.getValueAtPercentile(99) / 1e6);
    }

    private double perSecond(long n, long endNanos) {
        return endNanos == 0 ? 0 : n * 1e9 / (endNanos - startNanos);
    }

    /** Waits for the latch while its count keeps going down; false if it stopped for {@code stallSeconds}. */
    private static boolean await(CountDownLatch latch, int stallSeconds) throws InterruptedException {
        long last = latch.getCount();
        long lastChange = System.nanoTime();
        while (!latch.await(200, TimeUnit.MILLISECONDS)) {
            long now = System.nanoTime();
            if (latch.getCount() != last) {
                last = latch.getCount();
                lastChange = now;
            } else if (now - lastChange > TimeUnit.SECONDS.toNanos(stallSeconds)) {
                return false;
            }
        }
        return true;
    }
}
