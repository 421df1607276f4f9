package dev.smppkit.testkit.internal;

import dev.smppkit.testkit.MessageStore;
import dev.smppkit.testkit.StoredMessage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The message store: entries by id, plus their arrival order for evicting the oldest beyond either limit, a count
 * and an estimate of bytes ({@link StoredEntry#estimatedBytes}). Event loops add and look up concurrently with tests
 * reading, so both structures are concurrent and lock-free. An entry evicted for space still sends its receipts; it
 * keeps only the start of its body that a receipt quotes. An entry larger than the byte limit on its own is evicted
 * at once.
 */
final class MessageStoreImpl implements MessageStore {
    private static final Logger log = LoggerFactory.getLogger(MessageStoreImpl.class);

    private final int maxCount;
    private final long maxBytes;
    private final ConcurrentHashMap<String, StoredEntry> byId = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<StoredEntry> order = new ConcurrentLinkedQueue<>();
    // what order holds, replaced entries included until they are polled
    private final AtomicLong orderedCount = new AtomicLong();
    private final AtomicLong orderedBytes = new AtomicLong();
    private final AtomicLong evicted = new AtomicLong();
    private final ReportEvery evictions;

    MessageStoreImpl(int maxCount, long maxBytes) {
        this.maxCount = maxCount;
        this.maxBytes = maxBytes;
        this.evictions = new ReportEvery(
                log,
                false,
                "message store full (maxStoredMessages " + maxCount + ", maxStoredBytes " + maxBytes
                        + "): oldest messages forgotten, their receipts still due",
                1,
                TimeUnit.MINUTES);
    }

    /** Adds an entry, replacing one with the same id (a handler may reuse ids), and evicts beyond the limits. */
    void add(StoredEntry entry) {
        byId.put(entry.id, entry);
        order.add(entry);
        orderedCount.incrementAndGet();
        orderedBytes.addAndGet(entry.estimatedBytes);
        while (orderedCount.get() > maxCount || orderedBytes.get() > maxBytes) {
            StoredEntry oldest = order.poll();
            if (oldest == null) {
                break;
            }
            orderedCount.decrementAndGet();
            orderedBytes.addAndGet(-oldest.estimatedBytes);
            if (byId.remove(oldest.id, oldest)) {
                evicted.incrementAndGet();
                evictions.report(() -> "the last was " + oldest.estimatedBytes + " bytes");
            }
            oldest.evict();
        }
    }

    StoredEntry entry(String id) {
        return byId.get(id);
    }

    Collection<StoredEntry> entries() {
        return byId.values();
    }

    /** The estimated bytes the store holds. */
    long bytes() {
        return orderedBytes.get();
    }

    /** Messages forgotten to stay within the limits so far. */
    long evicted() {
        return evicted.get();
    }

    @Override
    public Optional<StoredMessage> get(String messageId) {
        StoredEntry e = byId.get(messageId);
        return e == null ? Optional.empty() : Optional.of(e.snapshot());
    }

    @Override
    public List<StoredMessage> all() {
        List<StoredMessage> out = new ArrayList<>();
        for (StoredEntry e : order) {
            if (byId.get(e.id) == e) {
                out.add(e.snapshot());
            }
        }
        return out;
    }

    @Override
    public int size() {
        return byId.size();
    }

    @Override
    public void clear() {
        for (StoredEntry e : byId.values()) {
            e.forget();
        }
        byId.clear();
        order.clear();
        orderedCount.set(0);
        orderedBytes.set(0);
    }
}
