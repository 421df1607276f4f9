package dev.smppkit.client;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The default {@link Correlator}: a map bounded by size (oldest entries evicted first) and by age. Thread-safe.
 * Entries do not survive the JVM and are not shared between processes: use a persistent correlator when receipts
 * can arrive after a restart or on another instance.
 */
public final class InMemoryCorrelator implements Correlator {
    private final int maxEntries;
    private final long maxAgeMillis;
    private final Clock clock;
    // Guarded by itself; insertion order is age order. A lock is the right tool here: put and get come from every
    // session's event loop (and from users), and each holds it only for a hash lookup plus evicting what has aged out
    // (amortised O(1), no I/O, no callback), so an event loop never waits on anything slow. Lock-free, the map and the
    // age order would need two structures kept in step, and the size bound would only be approximate.
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();

    private record Entry(Tracking tracking, long storedAt) {}

    /**
     * @param maxEntries the most entries kept, at least 1
     * @param maxAge how long an entry is kept
     * @param clock the time source (tests pass a fixed or moving clock)
     */
    public InMemoryCorrelator(int maxEntries, Duration maxAge, Clock clock) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries is " + maxEntries + "; must be at least 1");
        }
        this.maxEntries = maxEntries;
        this.maxAgeMillis = maxAge.toMillis();
        this.clock = clock;
    }

    /** At most 1,000,000 entries, each kept 3 days. */
    public InMemoryCorrelator() {
        this(1_000_000, Duration.ofDays(3), Clock.systemUTC());
    }

    private static String key(String systemId, String messageId) {
        return systemId + '\u0000' + messageId;
    }

    @Override
    public CompletionStage<Void> put(String systemId, String messageId, Tracking tracking) {
        long now = clock.millis();
        synchronized (entries) {
            entries.remove(key(systemId, messageId)); // re-insert at the young end
            entries.put(key(systemId, messageId), new Entry(tracking, now));
            evict(now);
        }
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletionStage<Optional<Tracking>> get(String systemId, String messageId) {
        long now = clock.millis();
        synchronized (entries) {
            evict(now);
            Entry e = entries.get(key(systemId, messageId));
            return CompletableFuture.completedFuture(e == null ? Optional.empty() : Optional.of(e.tracking));
        }
    }

    @Override
    public CompletionStage<Void> remove(String systemId, String messageId) {
        synchronized (entries) {
            entries.remove(key(systemId, messageId));
        }
        return CompletableFuture.completedFuture(null);
    }

    /**
     * How many entries are held.
     *
     * @return the number of entries held now
     */
    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    private void evict(long now) {
        Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator();
        while (it.hasNext()) {
            Entry oldest = it.next().getValue();
            if (entries.size() > maxEntries || now - oldest.storedAt > maxAgeMillis) {
                it.remove();
            } else {
                break;
            }
        }
    }
}
