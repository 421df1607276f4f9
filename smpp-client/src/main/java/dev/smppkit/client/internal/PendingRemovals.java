package dev.smppkit.client.internal;

import java.util.ArrayDeque;
import java.util.function.Consumer;

/**
 * Holds back the removal of a correlator entry whose final receipt the hook took until {@code delay} more such
 * removals have come after it, so that a receipt the SMSC delivers again after this process dies still finds its
 * entry. The SMSC repeats only receipts whose deliver_sm_resp it never read, and it has at most its window of
 * deliver_sm unanswered per bind, so a crash can lose only the last few answers; the removals still held then are
 * lost with the process and those entries expire in the correlator's own time. Within a running client a repeat is
 * answered by the {@link ReceiptDeduplicator} without a lookup. A short delay keeps a removed entry as short-lived
 * as it was: the in-memory correlator's entries still die young instead of being copied by the garbage collector.
 *
 * <p>Per client; thread-safe (each call holds this object's lock for a queue operation, never while removing).
 */
final class PendingRemovals {
    /** Final receipts answered after an entry's own before it is removed, by default. */
    static final int DEFAULT_DELAY = 4096;

    private final int delay;
    private final Consumer<String> remove;
    // guarded by this: keys in the order their receipts were taken
    private final ArrayDeque<String> held = new ArrayDeque<>(1); // small while idle: thousands of binds each have one

    PendingRemovals(int delay, Consumer<String> remove) {
        this.delay = delay;
        this.remove = remove;
    }

    /** Removes the entry under {@code key} once {@code delay} later ones are held (at once if the delay is 0). */
    void add(String key) {
        String due;
        synchronized (this) {
            if (delay == 0) {
                due = key;
            } else {
                held.addLast(key);
                due = held.size() > delay ? held.pollFirst() : null;
            }
        }
        if (due != null) {
            remove.accept(due);
        }
    }

    /** Removals held now. */
    synchronized int size() {
        return held.size();
    }
}
