package dev.smppkit.testkit.internal;

import dev.smppkit.testkit.MessageStore;
import dev.smppkit.testkit.StoredMessage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The message store: entries by id, plus their arrival order for evicting the oldest beyond the limit. Event loops
 * add and look up concurrently with tests reading, so both structures are concurrent and lock-free; an entry evicted
 * for space still sends its receipts.
 */
final class MessageStoreImpl implements MessageStore {
    private final int max;
    private final ConcurrentHashMap<String, StoredEntry> byId = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<StoredEntry> order = new ConcurrentLinkedQueue<>();
    private final AtomicInteger ordered = new AtomicInteger();

    MessageStoreImpl(int max) {
        this.max = max;
    }

    /** Adds an entry, replacing one with the same id (a handler may reuse ids). */
    void add(StoredEntry entry) {
        byId.put(entry.id, entry);
        order.add(entry);
        if (ordered.incrementAndGet() > max) {
            StoredEntry oldest = order.poll();
            if (oldest != null) {
                ordered.decrementAndGet();
                byId.remove(oldest.id, oldest);
            }
        }
    }

    StoredEntry entry(String id) {
        return byId.get(id);
    }

    Collection<StoredEntry> entries() {
        return byId.values();
    }

    @Override
    public Optional<StoredMessage> get(String messageId) {
        StoredEntry e = byId.get(messageId);
        return e == null ? Optional.empty() : Optional.of(e.snapshot(System.nanoTime()));
    }

    @Override
    public List<StoredMessage> all() {
        long now = System.nanoTime();
        List<StoredMessage> out = new ArrayList<>();
        for (StoredEntry e : order) {
            if (byId.get(e.id) == e) {
                out.add(e.snapshot(now));
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
        ordered.set(0);
    }
}
