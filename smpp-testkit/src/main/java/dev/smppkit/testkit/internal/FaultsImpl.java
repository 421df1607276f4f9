package dev.smppkit.testkit.internal;

import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.internal.Fields;
import dev.smppkit.testkit.Faults;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One scope's faults (global, or one session's). Set from any thread, read on event loops: plain settings are
 * volatile, counters atomic, and the one-second TPS window is guarded by its own lock.
 */
public final class FaultsImpl implements Faults {
    private volatile int throttleEveryNth;
    private volatile int throttleTps;
    private volatile boolean queueFull;
    private volatile int rejectEveryNth;
    private volatile CommandStatus rejectStatus = CommandStatus.ESME_RSYSERR;
    private volatile long responseDelayNanos;
    private volatile boolean dropResponses;
    private final AtomicInteger dropNext = new AtomicInteger();
    private volatile int outOfOrderGroup;
    private final AtomicInteger genericNackNext = new AtomicInteger();
    private volatile CommandStatus genericNackStatus = CommandStatus.ESME_RSYSERR;
    private volatile boolean ignoreEnquireLink;
    private final AtomicInteger closeAfterPdus = new AtomicInteger();
    private final AtomicInteger refuseBinds = new AtomicInteger();
    private volatile CommandStatus refuseStatus = CommandStatus.ESME_RBINDFAIL;

    // submits seen by this scope, for the every-Nth faults
    private final AtomicLong submits = new AtomicLong();
    // the TPS window: guarded by tpsLock
    private final Object tpsLock = new Object();
    private long windowStartNanos;
    private int windowCount;

    @Override
    public Faults throttleEveryNth(int n) {
        throttleEveryNth = Fields.range("n", n, 0, Integer.MAX_VALUE);
        return this;
    }

    @Override
    public Faults throttleAboveTps(int tps) {
        throttleTps = Fields.range("tps", tps, 0, Integer.MAX_VALUE);
        synchronized (tpsLock) {
            windowCount = 0;
            windowStartNanos = System.nanoTime();
        }
        return this;
    }

    @Override
    public Faults queueFull(boolean on) {
        queueFull = on;
        return this;
    }

    @Override
    public Faults rejectEveryNth(int n, CommandStatus status) {
        Objects.requireNonNull(status, "status");
        if (status.isOk()) {
            throw new IllegalArgumentException("rejectEveryNth needs an error status, got ESME_ROK");
        }
        rejectStatus = status;
        rejectEveryNth = Fields.range("n", n, 0, Integer.MAX_VALUE);
        return this;
    }

    @Override
    public Faults responseDelay(Duration delay) {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay is " + delay + "; must not be negative");
        }
        responseDelayNanos = delay.toNanos();
        return this;
    }

    @Override
    public Faults dropResponses(boolean on) {
        dropResponses = on;
        return this;
    }

    @Override
    public Faults dropNextResponses(int count) {
        dropNext.set(Fields.range("count", count, 0, Integer.MAX_VALUE));
        return this;
    }

    @Override
    public Faults outOfOrder(int groupSize) {
        outOfOrderGroup = Fields.range("groupSize", groupSize, 0, 65536);
        return this;
    }

    @Override
    public Faults genericNackNext(int count, CommandStatus status) {
        genericNackStatus = Objects.requireNonNull(status, "status");
        genericNackNext.set(Fields.range("count", count, 0, Integer.MAX_VALUE));
        return this;
    }

    @Override
    public Faults ignoreEnquireLink(boolean on) {
        ignoreEnquireLink = on;
        return this;
    }

    @Override
    public Faults closeAfterPdus(int count) {
        closeAfterPdus.set(Fields.range("count", count, 0, Integer.MAX_VALUE));
        return this;
    }

    @Override
    public Faults refuseNextBinds(int count, CommandStatus status) {
        Objects.requireNonNull(status, "status");
        if (status.isOk()) {
            throw new IllegalArgumentException("refuseNextBinds needs an error status, got ESME_ROK");
        }
        refuseStatus = status;
        refuseBinds.set(Fields.range("count", count, 0, Integer.MAX_VALUE));
        return this;
    }

    @Override
    public Faults reset() {
        throttleEveryNth = 0;
        throttleTps = 0;
        queueFull = false;
        rejectEveryNth = 0;
        responseDelayNanos = 0;
        dropResponses = false;
        dropNext.set(0);
        outOfOrderGroup = 0;
        genericNackNext.set(0);
        ignoreEnquireLink = false;
        closeAfterPdus.set(0);
        refuseBinds.set(0);
        submits.set(0);
        return this;
    }

    /** The status a submit is rejected with before its handler runs, or null; counts the submit. */
    CommandStatus submitRejection() {
        long n = submits.incrementAndGet();
        if (queueFull) {
            return CommandStatus.ESME_RMSGQFUL;
        }
        int nth = throttleEveryNth;
        if (nth > 0 && n % nth == 0) {
            return CommandStatus.ESME_RTHROTTLED;
        }
        int rejectNth = rejectEveryNth;
        if (rejectNth > 0 && n % rejectNth == 0) {
            return rejectStatus;
        }
        int tps = throttleTps;
        if (tps > 0 && overTps(tps)) {
            return CommandStatus.ESME_RTHROTTLED;
        }
        return null;
    }

    private boolean overTps(int tps) {
        long now = System.nanoTime();
        synchronized (tpsLock) {
            if (now - windowStartNanos >= 1_000_000_000L) {
                windowStartNanos = now;
                windowCount = 0;
            }
            return ++windowCount > tps;
        }
    }

    long responseDelayNanos() {
        return responseDelayNanos;
    }

    /** Whether this response is to be dropped; uses up one of {@link #dropNextResponses}. */
    boolean takeDrop() {
        return dropResponses || takeOne(dropNext);
    }

    int outOfOrderGroup() {
        return outOfOrderGroup;
    }

    /** The generic_nack status for this request, or null; uses up one of {@link #genericNackNext}. */
    CommandStatus takeGenericNack() {
        return takeOne(genericNackNext) ? genericNackStatus : null;
    }

    boolean ignoresEnquireLink() {
        return ignoreEnquireLink;
    }

    /** Counts one received PDU; true for the one that completes {@link #closeAfterPdus}. */
    boolean countPduAndCheckClose() {
        for (; ; ) {
            int left = closeAfterPdus.get();
            if (left <= 0) {
                return false;
            }
            if (closeAfterPdus.compareAndSet(left, left - 1)) {
                return left == 1;
            }
        }
    }

    /** The status this bind is refused with, or null; uses up one of {@link #refuseNextBinds}. */
    CommandStatus takeBindRefusal() {
        return takeOne(refuseBinds) ? refuseStatus : null;
    }

    /** Decrements {@code counter} if it is positive; true if it did. */
    private static boolean takeOne(AtomicInteger counter) {
        for (; ; ) {
            int left = counter.get();
            if (left <= 0) {
                return false;
            }
            if (counter.compareAndSet(left, left - 1)) {
                return true;
            }
        }
    }
}
