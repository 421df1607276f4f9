package dev.smppkit.codec.internal;

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
 * Counts failed authentication attempts per source address in fixed windows: at most {@code maxFailures} per window,
 * which begins with an address's first failure; once reached, the address is blocked until its window ends. Used by
 * the client's outbind listener and the simulator's binds; {@code maxFailures} 0 switches the limit off. Memory is bounded: at most
 * {@code maxTracked} addresses, the one whose window began first forgotten first, and ended windows dropped as they
 * are met. IPv6 addresses count by their /64 prefix, since one host commonly holds a whole /64.
 *
 * <p>Per listener, called from any event loop: guarded by {@code this} (a few operations per failed attempt, which is
 * rare next to traffic, and a guessing peer is throttled by this very limit).
 */
public final class AddressFailureLimiter {
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

    /**
     * A limiter of {@code maxFailures} per {@code window} per address, tracking at most {@code maxTracked} addresses.
     *
     * @param maxFailures 0 switches the limit off
     * @param window how long an address's failures count, from its first failure
     * @param maxTracked the most addresses remembered at once; the oldest window is dropped beyond it
     * @param nanoTime the clock, {@code System::nanoTime} but in tests
     * @throws IllegalArgumentException if maxFailures is negative, the window not positive or maxTracked below 1
     */
    public AddressFailureLimiter(int maxFailures, Duration window, int maxTracked, LongSupplier nanoTime) {
        if (maxFailures < 0 || window.isNegative() || window.isZero() || maxTracked < 1) {
            throw new IllegalArgumentException("failure limit needs maxFailures >= 0, a positive window and"
                    + " maxTracked >= 1; got " + maxFailures + ", " + window + ", " + maxTracked);
        }
        this.maxFailures = maxFailures;
        this.windowNanos = window.toNanos();
        this.maxTracked = maxTracked;
        this.nanoTime = nanoTime;
    }

    /**
     * Whether this address has reached the limit in its current window: refuse it without checking anything.
     *
     * @param address the peer's address
     * @return true if the address is blocked until its window ends
     */
    public synchronized boolean isBlocked(InetAddress address) {
        if (maxFailures == 0) {
            return false;
        }
        long now = nanoTime.getAsLong();
        expire(now);
        Window w = windows.get(key(address));
        return w != null && w.failures >= maxFailures;
    }

    /**
     * Counts a failure.
     *
     * @param address the peer's address that failed
     * @return the address's failures in its current window (0 if the limit is off): equal to {@link #maxFailures()}
     *     when this one blocked it (to log that once), above it for failures that raced past the block
     */
    public synchronized int recordFailure(InetAddress address) {
        if (maxFailures == 0) {
            return 0;
        }
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
        return ++w.failures;
    }

    /**
     * The failures per window that block an address.
     *
     * @return the limit; 0 if the limit is off
     */
    public int maxFailures() {
        return maxFailures;
    }

    /**
     * Addresses with a window in progress (or ended but not yet dropped).
     *
     * @return the number of addresses tracked now
     */
    public synchronized int trackedAddresses() {
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

    /** The address itself, or for IPv6 its /64 prefix: one host commonly holds a whole /64. */
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
