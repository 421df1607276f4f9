package dev.smppkit.client.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;

/**
 * Logs a failure that repeats (the correlator's database is down, the hook keeps failing) once per period with a
 * count, instead of one line and one stack trace per message: the first occurrence of a kind is logged in full, the
 * following ones of the same kind within the period are only counted, and the next one after the period is logged
 * with that count. {@link #flush()} logs the counts not yet reported. Per client; thread-safe.
 */
final class RepeatingFailureLog {
    enum Level {
        WARN,
        ERROR
    }

    private final Logger log;
    private final long periodNanos;
    private final ConcurrentHashMap<String, Kind> kinds = new ConcurrentHashMap<>();

    RepeatingFailureLog(Logger log, long period, TimeUnit unit) {
        this.log = log;
        this.periodNanos = unit.toNanos(period);
    }

    /**
     * Logs {@code message} now if no failure of this {@code kind} was logged within the period, else counts it.
     *
     * @param kind what failed, e.g. {@code "correlator.get failed"}; the first words of the line
     * @param message the rest of the line for this occurrence (already escaped if it holds untrusted text)
     */
    void record(Level level, String kind, String message, Throwable cause) {
        long now = System.nanoTime();
        Kind k = kinds.computeIfAbsent(kind, x -> new Kind());
        long suppressed;
        synchronized (k) {
            if (k.everLogged && now - k.lastLogged < periodNanos) {
                k.suppressed++;
                return;
            }
            suppressed = k.suppressed;
            k.suppressed = 0;
            k.lastLogged = now;
            k.everLogged = true;
        }
        String line = suppressed == 0
                ? kind + ": " + message
                : kind + ": " + message + " (and " + suppressed + " more like it not logged since the last)";
        write(level, line, cause);
    }

    /** Logs, once, how many failures of each kind were counted but not logged yet. */
    void flush() {
        kinds.forEach((kind, k) -> {
            long suppressed;
            synchronized (k) {
                suppressed = k.suppressed;
                k.suppressed = 0;
            }
            if (suppressed > 0) {
                log.warn("{}: {} more times not logged since the last", kind, suppressed);
            }
        });
    }

    /** How many failures of this kind are counted but not logged yet; for tests. */
    long pending(String kind) {
        Kind k = kinds.get(kind);
        if (k == null) {
            return 0;
        }
        synchronized (k) {
            return k.suppressed;
        }
    }

    private void write(Level level, String line, Throwable cause) {
        if (level == Level.ERROR) {
            log.error(line, cause);
        } else {
            log.warn(line, cause);
        }
    }

    private static final class Kind {
        // guarded by this
        long lastLogged;
        boolean everLogged;
        long suppressed;
    }
}
