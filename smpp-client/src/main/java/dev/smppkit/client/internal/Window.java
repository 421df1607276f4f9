package dev.smppkit.client.internal;

import dev.smppkit.client.SmppClientException;
import dev.smppkit.codec.internal.SequenceRing;
import dev.smppkit.codec.pdu.Pdu;
import dev.smppkit.codec.pdu.PduResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The requests of one connection that await a response, by sequence_number. Submits count against the window's
 * capacity; session requests (bind, enquire_link, unbind) are tracked but never blocked by it. Each entry completes
 * exactly once: whoever removes it from the map (response, timeout, disconnect) completes it.
 *
 * <p>The window also hands out the sequence numbers, so that the entries can live in a {@link SequenceRing} (O(1)
 * with no hashing) rather than a hash map, where consecutive keys cluster.
 *
 * <p>Per connection; event loop only.
 */
final class Window {
    /** What to do with a request's answer. */
    interface Listener {
        void onResponse(PduResponse response);

        void onFailure(SmppClientException error);

        /** The message's extra map for a submit segment, for an instrumentation listener; empty otherwise. */
        default Map<String, String> extra() {
            return Map.of();
        }
    }

    static final class Entry {
        final int sequenceNumber;
        final Pdu request;
        final Listener listener;
        final boolean counted;
        long deadline; // System.nanoTime() by which the response is due; 0 until the write succeeded
        // set only when an instrumentation listener is registered: when it was written, and the listener's context
        long writtenAt;
        Object listenerContext;

        Entry(int sequenceNumber, Pdu request, Listener listener, boolean counted) {
            this.sequenceNumber = sequenceNumber;
            this.request = request;
            this.listener = listener;
            this.counted = counted;
        }
    }

    /**
     * Room for the uncounted session requests, of which at most one of each kind is outstanding (bind, enquire_link,
     * unbind), with a margin.
     */
    private static final int SESSION_REQUESTS = 8;

    private final SequenceRing<Entry> entries;
    private final int capacity;
    private int counted;

    Window(int capacity) {
        this.capacity = capacity;
        this.entries = new SequenceRing<>(capacity + SESSION_REQUESTS);
    }

    /** The sequence number for the next request: the next in order whose slot is free. */
    int nextSequence() {
        return entries.nextSequence();
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
        return entries.contains(sequenceNumber);
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
            if (e.counted) {
                counted--;
            }
        }
        return e;
    }

    /** Visits every entry without removing any; {@code action} must not change the window. */
    void forEach(Consumer<Entry> action) {
        entries.forEach(action);
    }

    /** Removes every entry (the connection is gone). */
    List<Entry> removeAll() {
        List<Entry> all = entries.removeAll();
        counted = 0;
        return all;
    }
}
