package dev.smppkit.testkit.internal;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;

/**
 * A warning that may repeat once per message under load (a delivery dropped, a submit refused): logged at most once
 * per interval, with the number of occurrences since the last line, so a flood costs a few lines, not one per
 * message. Thread-safe.
 */
final class ReportEvery {
    private final Logger log;
    private final String what;
    private final long intervalNanos;
    private final AtomicLong unreported = new AtomicLong();
    private final AtomicLong lastReportNanos;

    ReportEvery(Logger log, String what, long interval, TimeUnit unit) {
        this.log = log;
        this.what = what;
        this.intervalNanos = unit.toNanos(interval);
        this.lastReportNanos = new AtomicLong(System.nanoTime() - intervalNanos);
    }

    /** Counts one occurrence and logs if the interval has passed; {@code detail} is trusted text. */
    void warn(String detail) {
        unreported.incrementAndGet();
        long now = System.nanoTime();
        long last = lastReportNanos.get();
        if (now - last >= intervalNanos && lastReportNanos.compareAndSet(last, now)) {
            long count = unreported.getAndSet(0);
            log.warn("{} ({} since the last report): {}", what, count, detail);
        }
    }
}
