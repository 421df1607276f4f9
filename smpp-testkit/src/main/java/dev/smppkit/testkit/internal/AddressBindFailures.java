package dev.smppkit.testkit.internal;

import java.net.InetAddress;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Failed binds per source address in a fixed window: once an address has {@code maxFailures} failures in a window
 * that began with its first failure, its binds are refused without a check until the window ends. Memory is bounded:
 * at most {@code maxAddresses} entries, the oldest windows evicted first (expired ones before live ones), so an
 * attacker with very many addresses can evict entries but not grow the map. Thread-safe (synchronized: binds are
 * rare next to submits, and a guessing peer is throttled by the close after its failures).
 */
final class AddressBindFailures {
    private final int maxFailures;
    private final long windowNanos;
    private final int maxAddresses;
    private final LongSupplier nanoTime;
    // guarded by this; insertion order is window-start order, because a new window re-inserts its address
    private final LinkedHashMap<InetAddress, Window> windows = new LinkedHashMap<>();

    private static final class Window {
        final long start;
        int failures;

        Window(long start) {
            this.start = start;
        }
    }

    /** @param maxFailures 0 switches the limit off */
    AddressBindFailures(int maxFailures, long windowNanos, int maxAddresses, LongSupplier nanoTime) {
        this.maxFailures = maxFailures;
        this.windowNanos = windowNanos;
        this.maxAddresses = maxAddresses;
        this.nanoTime = nanoTime;
    }

    /** Whether binds from this address are refused without a check for now. */
    synchronized boolean isBlocked(InetAddress address) {
        if (maxFailures == 0) {
            return false;
        }
        Window w = live(address, nanoTime.getAsLong());
        return w != null && w.failures >= maxFailures;
    }

    /** Counts a failed bind; true if the address is now blocked. */
    synchronized boolean recordFailure(InetAddress address) {
        if (maxFailures == 0) {
            return false;
        }
        long now = nanoTime.getAsLong();
        Window w = live(address, now);
        if (w == null) {
            evict(now);
            w = new Window(now);
            windows.put(address, w);
        }
        w.failures++;
        return w.failures >= maxFailures;
    }

    synchronized int trackedAddresses() {
        return windows.size();
    }

    private Window live(InetAddress address, long now) {
        Window w = windows.get(address);
        if (w != null && now - w.start >= windowNanos) {
            windows.remove(address);
            return null;
        }
        return w;
    }

    /** Makes room for one entry: expired windows first, then the oldest live ones. */
    private void evict(long now) {
        Iterator<Map.Entry<InetAddress, Window>> it = windows.entrySet().iterator();
        while (it.hasNext()) {
            Window oldest = it.next().getValue();
            if (now - oldest.start < windowNanos && windows.size() < maxAddresses) {
                return;
            }
            it.remove();
        }
    }
}
