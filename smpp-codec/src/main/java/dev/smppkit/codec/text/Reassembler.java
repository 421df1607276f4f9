package dev.smppkit.codec.text;

import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.internal.text.Alphabet;
import dev.smppkit.codec.internal.text.PendingMessage;
import dev.smppkit.codec.internal.text.Udh;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Joins incoming segments (UDH with an 8- or 16-bit reference, or SAR TLVs) into whole messages.
 *
 * <p>Offer every incoming {@code deliver_sm}/{@code data_sm} body: an unconcatenated one comes straight back; a
 * segment is held until its message is complete, in any order. A repeated segment (an SMSC resending after a lost
 * response) is dropped, also for a while after its message completed. Memory is bounded by a maximum number of
 * pending messages and of held octets (the oldest message is evicted) and by a timeout from a message's first segment;
 * a message given up on is passed to the {@code onIncomplete} listener, never dropped silently. Time comes from the
 * {@link InstantSource} given to the builder, so tests can drive it; call {@link #expire()} periodically (timeouts are
 * also checked on every offer).
 *
 * <p><b>Not thread-safe.</b> Keep one per connection and use it only from that connection's event loop. The listener
 * runs synchronously inside {@link #offer} or {@link #expire()} and must not call back into this reassembler.
 */
public final class Reassembler {
    private final int maxPending;
    private final long maxPendingOctets;
    private final long timeoutMillis;
    private final InstantSource clock;
    private final DataCoding smscDefault;
    private final boolean gsmPacked;
    private final Consumer<IncompleteMessage> onIncomplete;

    // per connection, event loop only; both in insertion order, which is also deadline order
    private final LinkedHashMap<PendingMessage.Key, PendingMessage> pending = new LinkedHashMap<>();
    private final LinkedHashMap<PendingMessage.Key, PendingMessage.Completed> recentlyCompleted = new LinkedHashMap<>();
    private long pendingOctets;

    private Reassembler(Builder b) {
        this.maxPending = b.maxPending;
        this.maxPendingOctets = b.maxPendingOctets;
        this.timeoutMillis = b.timeout.toMillis();
        this.clock = b.clock;
        this.smscDefault = b.smscDefault;
        this.gsmPacked = b.gsmPacked;
        this.onIncomplete = b.onIncomplete;
    }

    /**
     * A builder: 1,000 pending messages, 4 MiB held, 2-minute timeout, system clock, GSM 03.38 unpacked.
     *
     * @return a new builder with those defaults
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Offers a body that carries no SAR TLVs. See {@link #offer(String, byte[], boolean, DataCoding, SarParameters)}.
     *
     * @param originator what identifies the sender, e.g. source_addr
     * @param shortMessage the short_message (or message_payload) octets, UDH included when {@code udhi}
     * @param udhi whether esm_class has UDHI (0x40) set
     * @param dc the PDU's data_coding
     * @return the whole message if this body completed it (or was not a segment), else empty
     * @throws NullPointerException if originator or dc is null
     * @throws IllegalArgumentException if {@code udhi} is set but the UDH is malformed
     */
    public Optional<ReassembledMessage> offer(String originator, byte[] shortMessage, boolean udhi, DataCoding dc) {
        return offer(originator, shortMessage, udhi, dc, null);
    }

    /**
     * Offers one incoming body.
     *
     * @param originator what identifies the sender, e.g. source_addr (23.040: reference numbers are per originator)
     * @param shortMessage the short_message (or message_payload) octets, UDH included when {@code udhi}
     * @param udhi whether esm_class has UDHI (0x40) set
     * @param dc the PDU's data_coding
     * @param sar the SAR TLV values, or null; ignored when the UDH has a concatenation IE
     * @return the whole message if this body completed it (or was not a segment), else empty (held, or dropped as a
     *     repeat)
     * @throws NullPointerException if originator or dc is null
     * @throws IllegalArgumentException if {@code udhi} is set but the UDH is malformed
     */
    public Optional<ReassembledMessage> offer(
            String originator, byte[] shortMessage, boolean udhi, DataCoding dc, SarParameters sar) {
        Objects.requireNonNull(originator, "originator");
        Objects.requireNonNull(dc, "dc");
        long now = clock.millis();
        expire(now);
        int udhLength = udhi ? Udh.length(shortMessage) : 0;
        Udh.Concat concat = udhi ? Udh.findConcat(shortMessage) : null;
        PendingMessage.Kind kind = concat == null
                ? PendingMessage.Kind.SAR
                : concat.sixteenBit() ? PendingMessage.Kind.UDH_16BIT : PendingMessage.Kind.UDH_8BIT;
        int reference = concat != null ? concat.reference() : sar != null ? sar.msgRefNum() : 0;
        int total = concat != null ? concat.total() : sar != null ? sar.totalSegments() : 1;
        int number = concat != null ? concat.number() : sar != null ? sar.segmentSeqnum() : 1;
        byte[] body = body(shortMessage, udhLength, dc);
        ShiftTables shifts = udhi ? TextCodec.shiftTables(shortMessage) : ShiftTables.NONE;
        if (total == 1) {
            return Optional.of(new ReassembledMessage(originator, dc, smscDefault, body, 1, shifts));
        }
        PendingMessage.Key key = new PendingMessage.Key(originator, kind, reference, total);
        PendingMessage.Completed done = recentlyCompleted.get(key);
        if (done != null && done.isDuplicate(number, body)) {
            return Optional.empty();
        }
        PendingMessage message = pending.get(key);
        if (message == null) {
            // a segment that differs from the completed message's proves the reference was reused: forget that one,
            // or a new segment that happens to repeat its counterpart would be dropped as a duplicate
            recentlyCompleted.remove(key);
            message = new PendingMessage(key, dc, now, shifts);
            pending.put(key, message);
        }
        if (!message.add(number, body)) {
            return Optional.empty(); // a repeat of a segment we hold
        }
        pendingOctets += body.length;
        if (message.isComplete()) {
            pending.remove(key);
            pendingOctets -= message.octets();
            rememberCompleted(message, now);
            return Optional.of(new ReassembledMessage(
                    originator, message.dataCoding(), smscDefault, message.join(), total, message.shifts()));
        }
        evictOverLimits(message);
        return Optional.empty();
    }

    /**
     * Gives up on messages whose timeout has passed, reporting each to the listener.
     *
     * @return how many were given up
     */
    public int expire() {
        return expire(clock.millis());
    }

    /**
     * Messages waiting for more segments.
     *
     * @return 0 to the builder's maxPending
     */
    public int pendingCount() {
        return pending.size();
    }

    private int expire(long now) {
        int expired = 0;
        for (Iterator<PendingMessage> it = pending.values().iterator(); it.hasNext(); ) {
            PendingMessage m = it.next();
            if (now - m.firstSeenMillis() < timeoutMillis) {
                break;
            }
            it.remove();
            pendingOctets -= m.octets();
            report(m, IncompleteMessage.Reason.TIMED_OUT);
            expired++;
        }
        for (Iterator<PendingMessage.Completed> it = recentlyCompleted.values().iterator(); it.hasNext(); ) {
            if (now - it.next().completedMillis() < timeoutMillis) {
                break;
            }
            it.remove();
        }
        return expired;
    }

    private void evictOverLimits(PendingMessage keep) {
        Iterator<Map.Entry<PendingMessage.Key, PendingMessage>> it =
                pending.entrySet().iterator();
        while ((pending.size() > maxPending || pendingOctets > maxPendingOctets) && it.hasNext()) {
            PendingMessage oldest = it.next().getValue();
            if (oldest == keep && pending.size() <= maxPending) {
                continue; // the newest message alone is over the octet budget: keep it, evict older ones
            }
            it.remove();
            pendingOctets -= oldest.octets();
            report(oldest, IncompleteMessage.Reason.EVICTED);
        }
    }

    /** Remembers a completed message for one timeout, so that segments an SMSC resends are not taken as new. */
    private void rememberCompleted(PendingMessage message, long now) {
        recentlyCompleted.remove(message.key()); // re-insert at the end, keeping completion order
        recentlyCompleted.put(message.key(), message.completed(now));
        if (recentlyCompleted.size() > maxPending) {
            Iterator<PendingMessage.Completed> it = recentlyCompleted.values().iterator();
            it.next();
            it.remove();
        }
    }

    private void report(PendingMessage m, IncompleteMessage.Reason reason) {
        PendingMessage.Key k = m.key();
        onIncomplete.accept(new IncompleteMessage(
                k.originator(),
                k.reference(),
                k.total(),
                m.receivedNumbers(),
                m.dataCoding(),
                m.join(),
                Instant.ofEpochMilli(m.firstSeenMillis()),
                reason));
    }

    /** The body after the UDH; GSM 7-bit that arrives packed is unpacked here, behind the UDH's fill bits. */
    private byte[] body(byte[] shortMessage, int udhLength, DataCoding dc) {
        if (gsmPacked && Alphabet.of(dc.value(), smscDefault.value()) == Alphabet.GSM7) {
            byte[] octets = Arrays.copyOfRange(shortMessage, udhLength, shortMessage.length);
            return GsmCharset.unpack(octets, GsmCharset.fillBits(udhLength));
        }
        return Arrays.copyOfRange(shortMessage, udhLength, shortMessage.length);
    }

    /** Builds a {@link Reassembler}. Not thread-safe. */
    public static final class Builder {
        private int maxPending = 1_000;
        private long maxPendingOctets = 4L << 20;
        private Duration timeout = Duration.ofMinutes(2);
        private InstantSource clock = InstantSource.system();
        private DataCoding smscDefault = DataCoding.SMSC_DEFAULT;
        private boolean gsmPacked;
        private Consumer<IncompleteMessage> onIncomplete = m -> {};

        private Builder() {}

        /**
         * The most messages waiting for segments at once, at least 1; the oldest is evicted beyond it.
         *
         * @param maxPending the limit, at least 1; default 1,000
         * @return this builder
         * @throws IllegalArgumentException if below 1
         */
        public Builder maxPending(int maxPending) {
            if (maxPending < 1) {
                throw new IllegalArgumentException("maxPending is " + maxPending + "; must be at least 1");
            }
            this.maxPending = maxPending;
            return this;
        }

        /**
         * The most body octets held for pending messages, at least 1; the oldest message is evicted beyond it.
         *
         * @param maxPendingOctets the limit in octets, at least 1; default 4 MiB
         * @return this builder
         * @throws IllegalArgumentException if below 1
         */
        public Builder maxPendingOctets(long maxPendingOctets) {
            if (maxPendingOctets < 1) {
                throw new IllegalArgumentException("maxPendingOctets is " + maxPendingOctets + "; must be at least 1");
            }
            this.maxPendingOctets = maxPendingOctets;
            return this;
        }

        /**
         * How long after its first segment a message is given up on; positive.
         *
         * @param timeout the time from the first segment; default 2 minutes
         * @return this builder
         * @throws NullPointerException if timeout is null
         * @throws IllegalArgumentException if zero or negative
         */
        public Builder timeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout is " + timeout + "; must be positive");
            }
            this.timeout = timeout;
            return this;
        }

        /**
         * Where the current time comes from. Default {@link InstantSource#system()}.
         *
         * @param clock the clock; a test may pass one it advances by hand
         * @return this builder
         * @throws NullPointerException if clock is null
         */
        public Builder clock(InstantSource clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * What data_coding 0 means on this connection (see {@link TextCodec#decode}). Default GSM 03.38.
         *
         * @param smscDefault the coding that 0 stands for, e.g. {@link DataCoding#LATIN1}; default
         *     {@link DataCoding#SMSC_DEFAULT} (GSM 03.38)
         * @return this builder
         * @throws NullPointerException if smscDefault is null
         */
        public Builder smscDefault(DataCoding smscDefault) {
            this.smscDefault = Objects.requireNonNull(smscDefault, "smscDefault");
            return this;
        }

        /**
         * Whether GSM 7-bit bodies arrive packed rather than one septet per octet. Default false.
         *
         * @param packed true if the SMSC sends packed septets; they are then unpacked behind the UDH's fill bits
         * @return this builder
         */
        public Builder gsmPacked(boolean packed) {
            this.gsmPacked = packed;
            return this;
        }

        /**
         * Receives every message given up on (timed out or evicted). Default: none.
         *
         * @param listener called synchronously on the reassembler's thread; must not call back into it
         * @return this builder
         * @throws NullPointerException if listener is null
         */
        public Builder onIncomplete(Consumer<IncompleteMessage> listener) {
            this.onIncomplete = Objects.requireNonNull(listener, "onIncomplete");
            return this;
        }

        /**
         * The reassembler.
         *
         * @return a new reassembler with no pending messages
         */
        public Reassembler build() {
            return new Reassembler(this);
        }
    }
}
