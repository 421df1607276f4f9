package dev.smppkit.testkit.internal;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Unexpected server-side errors: exceptions from user handlers and listeners, and failures inside the simulator.
 * Faults of the ESME (malformed PDUs, resets) are not errors; they are answered as the spec says. The JUnit
 * extension fails a test that leaves anything here. Thread-safe.
 */
public final class ErrorLog {
    private static final Logger log = LoggerFactory.getLogger(ErrorLog.class);

    private final ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();

    /** Records and logs an error. */
    public void record(String what, Throwable error) {
        log.warn("SMSC simulator: {}", what, error);
        errors.add(error);
    }

    public List<Throwable> snapshot() {
        return List.copyOf(errors);
    }

    public void clear() {
        errors.clear();
    }
}
