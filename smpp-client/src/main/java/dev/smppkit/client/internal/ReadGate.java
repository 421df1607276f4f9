package dev.smppkit.client.internal;

import io.netty.channel.Channel;

/**
 * Whether a connection reads from its socket. Several independent reasons turn reading off (the channel cannot take
 * more writes, too many inbound deliveries wait for the hook); reading resumes only once none holds, so one reason
 * clearing never re-enables reading while another still stands. Holding the same reason twice is the same as once.
 *
 * <p>With reading off, the SMSC's own writes back up in TCP: that is how a peer that floods requests and never reads
 * its responses is slowed down instead of filling the heap with our answers and its requests.
 *
 * <p>Per connection, event loop only.
 */
final class ReadGate {
    /** Why reading is off. */
    enum Reason {
        /** The outbound buffer is above its high watermark: the peer does not read our responses fast enough. */
        UNWRITABLE,
        /** {@code maxInboundInFlight} deliveries are waiting for the hook. */
        INBOUND_FULL
    }

    private final Channel channel;
    // per connection, event loop only
    private int held; // one bit per Reason
    private long closings; // how often reading was turned off, for tests and diagnostics

    ReadGate(Channel channel) {
        this.channel = channel;
    }

    /** Holds or releases one reason, and turns reading off or back on if that changes whether any holds. */
    void set(Reason reason, boolean hold) {
        int before = held;
        int bit = 1 << reason.ordinal();
        held = hold ? held | bit : held & ~bit;
        if (before == 0 && held != 0) {
            closings++;
            channel.config().setAutoRead(false);
        } else if (before != 0 && held == 0) {
            channel.config().setAutoRead(true); // also asks for a read, so buffered bytes are picked up at once
        }
    }

    boolean isHeld(Reason reason) {
        return (held & (1 << reason.ordinal())) != 0;
    }

    /** Whether reading is off for any reason. */
    boolean isClosed() {
        return held != 0;
    }

    /** How many times reading has been turned off on this connection. */
    long closings() {
        return closings;
    }
}
