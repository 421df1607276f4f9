package dev.smppkit.codec.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * The requests of one connection awaiting a response, keyed by the sequence_number this table hands out. Sequence
 * numbers are allocated in increasing order (§5.1.4: 1 to 0x7FFFFFFF, then wrapping to 1), so an entry lives in the
 * slot {@code sequence & mask} of a power-of-two array: insert, look-up and removal are O(1) with no hashing, no
 * probing and no boxing.
 *
 * <p>A hash map keyed by consecutive integers is the wrong tool here: with linear probing and an identity hash the
 * keys of a window form one long cluster, and each removal scans to its end (about 2 µs per response at window 1000).
 *
 * <p>The array has at least twice as many slots as entries may be outstanding, so when a slow request still holds the
 * slot the counter reaches, {@link #nextSequence()} skips that number (sequence numbers need only be unique among
 * outstanding requests) and finds a free slot within a few steps.
 *
 * <p>Not thread-safe: owned by one connection's event loop.
 *
 * @param <E> what is kept per outstanding request
 */
public final class SequenceRing<E> {
    /** The largest sequence_number (§5.1.4); the counter wraps to 1 after it. */
    public static final int MAX_SEQUENCE = 0x7FFFFFFF;
    /** The largest table: far beyond any SMSC's window. */
    public static final int MAX_ENTRIES = 1 << 24;

    private final Object[] values;
    private final int[] keys;
    private final int mask;
    private final int maxEntries;
    private int size;
    private int next;

    /**
     * A table for at most {@code maxEntries} outstanding requests.
     *
     * @param maxEntries the window: the most requests outstanding at once, 1 to {@link #MAX_ENTRIES}
     * @throws IllegalArgumentException if maxEntries is below 1 or above {@link #MAX_ENTRIES}
     */
    public SequenceRing(int maxEntries) {
        this(maxEntries, 1);
    }

    /** A table whose counter starts at {@code first}; for tests of the wrap-around. */
    SequenceRing(int maxEntries, int first) {
        if (maxEntries < 1 || maxEntries > MAX_ENTRIES) {
            throw new IllegalArgumentException("maxEntries is " + maxEntries + "; must be 1-" + MAX_ENTRIES);
        }
        int slots = Math.max(8, Integer.highestOneBit(maxEntries * 2 - 1) << 1); // a power of two >= 2 * maxEntries
        this.values = new Object[slots];
        this.keys = new int[slots];
        this.mask = slots - 1;
        this.maxEntries = maxEntries;
        this.next = first;
    }

    /**
     * The next sequence number whose slot is free. The counter moves past it, so it is not handed out again until the
     * counter comes round, whether or not it is {@link #put} (a request that expects no response needs no slot).
     *
     * @return a sequence number in 1–0x7FFFFFFF whose slot is free, usually the one after the last handed out
     * @throws IllegalStateException if {@code maxEntries} requests are already outstanding
     */
    public int nextSequence() {
        if (size >= maxEntries) {
            throw new IllegalStateException(size + " requests outstanding; the table holds at most " + maxEntries);
        }
        int seq = next;
        while (values[seq & mask] != null) {
            seq = seq == MAX_SEQUENCE ? 1 : seq + 1;
        }
        next = seq == MAX_SEQUENCE ? 1 : seq + 1;
        return seq;
    }

    /**
     * Stores the value of a sequence number from {@link #nextSequence()}.
     *
     * @param sequence the number {@link #nextSequence()} returned
     * @param value what to keep for the request; not null, since null marks a free slot
     * @throws IllegalStateException if the slot is taken (the number did not come from {@link #nextSequence()})
     */
    public void put(int sequence, E value) {
        int slot = sequence & mask;
        if (values[slot] != null) {
            throw new IllegalStateException("sequence " + sequence + " collides with outstanding " + keys[slot]);
        }
        values[slot] = value;
        keys[slot] = sequence;
        size++;
    }

    /**
     * The value of an outstanding sequence number, or null.
     *
     * @param sequence the sequence_number of a response
     * @return the value stored for it, or null if no request with that number is outstanding
     */
    @SuppressWarnings("unchecked")
    public E get(int sequence) {
        int slot = sequence & mask;
        return keys[slot] == sequence ? (E) values[slot] : null;
    }

    /**
     * Whether a request with this sequence number is outstanding.
     *
     * @param sequence the sequence_number of a response
     * @return true if a value is stored for it
     */
    public boolean contains(int sequence) {
        return get(sequence) != null;
    }

    /**
     * Removes and returns the value of a sequence number, or null if it is not outstanding.
     *
     * @param sequence the sequence_number of a response
     * @return the value that was stored for it, or null if none was (the table is then unchanged)
     */
    public E remove(int sequence) {
        E value = get(sequence);
        if (value != null) {
            int slot = sequence & mask;
            values[slot] = null;
            keys[slot] = 0; // 0 is never a sequence number this table hands out
            size--;
        }
        return value;
    }

    /**
     * Removes every value, in slot order (the connection is gone).
     *
     * @return the values that were outstanding, in slot order (not necessarily sending order); the table is empty after
     */
    @SuppressWarnings("unchecked")
    public List<E> removeAll() {
        List<E> all = new ArrayList<>(size);
        for (int i = 0; i < values.length && all.size() < size; i++) {
            if (values[i] != null) {
                all.add((E) values[i]);
            }
        }
        Arrays.fill(values, null);
        Arrays.fill(keys, 0);
        size = 0;
        return all;
    }

    /**
     * Visits every value, in slot order (not necessarily sending order), without removing any. The action must not
     * change the table.
     *
     * @param action called once per outstanding value
     */
    @SuppressWarnings("unchecked")
    public void forEach(Consumer<? super E> action) {
        for (int i = 0, seen = 0; i < values.length && seen < size; i++) {
            if (values[i] != null) {
                seen++;
                action.accept((E) values[i]);
            }
        }
    }

    /**
     * Outstanding requests.
     *
     * @return how many values are stored, 0 to {@link #maxEntries()}
     */
    public int size() {
        return size;
    }

    /**
     * The most requests that may be outstanding at once.
     *
     * @return the maxEntries given to the constructor
     */
    public int maxEntries() {
        return maxEntries;
    }
}
