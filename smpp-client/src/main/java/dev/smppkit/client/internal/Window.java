package dev.smppkit.client.internal;

import dev.smppkit.client.SmppClientException;
import dev.smppkit.codec.pdu.Pdu;
import dev.smppkit.codec.pdu.PduResponse;
import io.netty.util.Timeout;
import io.netty.util.collection.IntObjectHashMap;
import java.util.ArrayList;
import java.util.List;

/**
 * The requests of one connection that await a response, by sequence_number. Submits count against the window's
 * capacity; session requests (bind, enquire_link, unbind) are tracked but never blocked by it. Each entry completes
 * exactly once: whoever removes it from the map (response, timeout, disconnect) completes it.
 *
 * <p>Per connection; event loop only.
 */
final class Window {
    /** What to do with a request's answer. */
    interface Listener {
        void onResponse(PduResponse response);

        void onFailure(SmppClientException error);
    }

    static final class Entry {
        final int sequenceNumber;
        final Pdu request;
        final Listener listener;
        final boolean counted;
        Timeout timeout; // set once written

        Entry(int sequenceNumber, Pdu request, Listener listener, boolean counted) {
            this.sequenceNumber = sequenceNumber;
            this.request = request;
            this.listener = listener;
            this.counted = counted;
        }

        void cancelTimeout() {
            if (timeout != null) {
                timeout.cancel();
            }
        }
    }

    private final IntObjectHashMap<Entry> entries;
    private final int capacity;
    private int counted;

    Window(int capacity) {
        this.capacity = capacity;
        this.entries = new IntObjectHashMap<>(Math.min(capacity * 2, 1 << 16));
    }

    /** Free submit slots. */
    int room() {
        return capacity - counted;
    }

    /** Submits in flight. */
    int countedInFlight() {
        return counted;
    }

    int size() {
        return entries.size();
    }

    boolean contains(int sequenceNumber) {
        return entries.containsKey(sequenceNumber);
    }

    void add(Entry entry) {
        entries.put(entry.sequenceNumber, entry);
        if (entry.counted) {
            counted++;
        }
    }

    /** Removes and returns the entry, or null if none (already answered, timed out, or never sent). */
    Entry remove(int sequenceNumber) {
        Entry e = entries.remove(sequenceNumber);
        if (e != null) {
            e.cancelTimeout();
            if (e.counted) {
                counted--;
            }
        }
        return e;
    }

    /** Removes every entry (the connection is gone). */
    List<Entry> removeAll() {
        List<Entry> all = new ArrayList<>(entries.values());
        entries.clear();
        counted = 0;
        all.forEach(Entry::cancelTimeout);
        return all;
    }
}
