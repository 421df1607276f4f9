package dev.smppkit.testkit.internal;

import dev.smppkit.codec.pdu.PduCodec;
import dev.smppkit.codec.pdu.PduRequest;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bytes SMSC-originated requests may hold while they wait: store-and-forward deliveries (receipts, subscriber
 * replies) from creation to their final outcome, and requests sent to a session while its window is full. One budget
 * for the whole simulator, across system_ids, so that an absent or stalled receiver cannot grow the heap without
 * limit. Thread-safe.
 */
final class DeliveryBudget {
    /**
     * What a waiting request costs beyond its encoded PDU: the decoded PDU's objects (addresses, TLVs, arrays), the
     * delivery record, its future and queue node. Measured at about 470 bytes for a receipt on a 64-bit JVM with
     * compressed oops; rounded up.
     */
    static final int OVERHEAD_BYTES = 512;

    private final long max;
    private final AtomicLong used = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();

    DeliveryBudget(long max) {
        this.max = max;
    }

    /** The estimated heap cost of a request waiting to be sent: its encoded length plus {@link #OVERHEAD_BYTES}. */
    static int estimate(PduRequest<?> request) {
        return PduCodec.encodedLength(request) + OVERHEAD_BYTES;
    }

    /** Takes {@code bytes} if they fit; false (and one more refusal counted) if not. */
    boolean tryReserve(long bytes) {
        for (; ; ) {
            long now = used.get();
            if (now + bytes > max) {
                refused.incrementAndGet();
                return false;
            }
            if (used.compareAndSet(now, now + bytes)) {
                return true;
            }
        }
    }

    void release(long bytes) {
        used.addAndGet(-bytes);
    }

    /** Whether {@code bytes} more would fit now (a hint: another thread may take them first). */
    boolean hasRoomFor(long bytes) {
        return used.get() + bytes <= max;
    }

    long used() {
        return used.get();
    }

    /** Requests refused for want of room so far. */
    long refused() {
        return refused.get();
    }
}
