package dev.smppkit.testkit.internal;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;

/**
 * A log line that may repeat once per message under load (a delivery dropped, a submit refused, a message forgotten):
 * logged at most once per interval, with the number of occurrences since the last line, so a flood costs a few lines,
 * not one per message. Thread-safe.
 */
final class ReportEvery {
    private final Logger log;
    private final String what;
    private final boolean warn;
    private final long intervalNanos;
    private final AtomicLong unreported = new AtomicLong();
    private final AtomicLong lastReportNanos;

    /** {@code warn}: at WARN level (something was refused or dropped), else INFO. */
    ReportEvery(Logger log, boolean warn, String what, long interval, TimeUnit unit) {
        this.log = log;
        this.warn = warn;
        this.what = what;
        this.intervalNanos = unit.toNanos(interval);
        this.lastReportNanos = new AtomicLong(System.nanoTime() - intervalNanos);
    }

    /**
     * Counts one occurrence and logs if the interval has passed. {@code detail} (trusted text) is made only when a line
     * is logged: a report may come once per message under load, for a line a minute.
     */
    void report(Supplier<String> detail) {
        unreported.incrementAndGet();
        long now = System.nanoTime();
        long last = lastReportNanos.get();
        if (now - last >= intervalNanos && lastReportNanos.compareAndSet(last, now)) {
            long count = unreported.getAndSet(0);
            if (warn) {
                log.warn("{} ({} since the last report): {}", what, count, detail.get());
            } else {
                log.info("{} ({} since the last report): {}", what, count, detail.get());
            }
        }
    }
}
