package dev.smppkit.client.internal;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Counts failed attempts per source address in fixed windows: at most {@code maxFailures} per window, which begins with
 * an address's first failure; once reached, the address is blocked until its window ends. Memory is bounded: at most
 * {@code maxTracked} addresses, the one whose window began first forgotten first, and ended windows dropped as they
 * are met. IPv6 addresses count by their /64 prefix, since one host commonly holds a whole /64.
 *
 * <p>Per listener, called from any event loop: guarded by {@code this} (a few operations per connection).
 */
final class FailureLimiter {
    private final int maxFailures;
    private final long windowNanos;
    private final int maxTracked;
    private final LongSupplier nanoTime;
    // per listener, guarded by this; in order of window start, since a new window is re-inserted at the end
    private final LinkedHashMap<InetAddress, Window> windows = new LinkedHashMap<>();

    /** One address's current window. Guarded by the limiter. */
    private static final class Window {
        final long start;
        int failures;

        Window(long start) {
            this.start = start;
        }
    }

    FailureLimiter(int maxFailures, Duration window, int maxTracked, LongSupplier nanoTime) {
        this.maxFailures = maxFailures;
        this.windowNanos = window.toNanos();
        this.maxTracked = maxTracked;
        this.nanoTime = nanoTime;
    }

    /** Whether connections from this address are to be closed at once. */
    synchronized boolean isBlocked(InetAddress address) {
        long now = nanoTime.getAsLong();
        expire(now);
        Window w = windows.get(key(address));
        return w != null && w.failures >= maxFailures;
    }

    /** Counts a failure; returns true if the address has just reached the limit (to log that once). */
    synchronized boolean recordFailure(InetAddress address) {
        long now = nanoTime.getAsLong();
        expire(now);
        InetAddress key = key(address);
        Window w = windows.get(key);
        if (w == null) {
            if (windows.size() >= maxTracked) {
                Iterator<Map.Entry<InetAddress, Window>> eldest =
                        windows.entrySet().iterator();
                eldest.next();
                eldest.remove(); // bounded memory beats remembering an old window
            }
            w = new Window(now);
            windows.put(key, w);
        }
        w.failures++;
        return w.failures == maxFailures;
    }

    synchronized int trackedAddresses() {
        return windows.size();
    }

    /** Drops ended windows from the front: they are in order of start, so the first live one stops the walk. */
    private void expire(long now) {
        Iterator<Window> it = windows.values().iterator();
        while (it.hasNext()) {
            if (now - it.next().start < windowNanos) {
                return;
            }
            it.remove();
        }
    }

    static InetAddress key(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return address;
        }
        byte[] prefix = Arrays.copyOf(address.getAddress(), 16);
        Arrays.fill(prefix, 8, 16, (byte) 0);
        try {
            return InetAddress.getByAddress(prefix);
        } catch (UnknownHostException e) {
            throw new AssertionError(e); // 16 bytes is always a valid length
        }
    }
}
