package dev.smppkit.testkit.internal;

import io.netty.channel.Channel;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cap on accepted connections: beyond it a new connection is closed at once, before any handler sees it. Refusals
 * are counted and logged at most once per {@link #LOG_INTERVAL_NANOS}, with the count since the last line, so a flood
 * of connections cannot flood the log. Thread-safe.
 */
final class ConnectionCap {
    private static final Logger log = LoggerFactory.getLogger(ConnectionCap.class);
    static final long LOG_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final int max;
    private final LongSupplier nanoTime;
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong refusedUnreported = new AtomicLong();
    private final AtomicLong nextReport;

    ConnectionCap(int max, LongSupplier nanoTime) {
        this.max = max;
        this.nanoTime = nanoTime;
        this.nextReport = new AtomicLong(nanoTime.getAsLong());
    }

    /** Admits a new connection and counts it until it closes; false if it is over the cap (the caller closes it). */
    boolean admit(Channel channel) {
        if (open.incrementAndGet() > max) {
            open.decrementAndGet();
            refused.incrementAndGet();
            refusedUnreported.incrementAndGet();
            report();
            return false;
        }
        channel.closeFuture().addListener(f -> open.decrementAndGet());
        return true;
    }

    private void report() {
        long now = nanoTime.getAsLong();
        long due = nextReport.get();
        if (now - due >= 0 && nextReport.compareAndSet(due, now + LOG_INTERVAL_NANOS)) {
            log.warn(
                    "refused {} connection(s) over the limit of {} open connections ({} refused in all)",
                    refusedUnreported.getAndSet(0),
                    max,
                    refused.get());
        }
    }
}
