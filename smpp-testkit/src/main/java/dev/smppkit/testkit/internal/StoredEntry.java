package dev.smppkit.testkit.internal;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandId;
import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.MessageState;
import dev.smppkit.codec.RegisteredDelivery;
import dev.smppkit.codec.SmppTime;
import dev.smppkit.testkit.ReceiptPolicy;
import dev.smppkit.testkit.StoredMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Future;

/**
 * One accepted message. Its state is worked out from the clock (ENROUTE until {@code finalAtNanos}, then the policy's
 * outcome), so a message that asks for no receipt needs no timer. A schedule_delivery_time in the future moves the
 * final state that much later (SMPP 3.4 has no SCHEDULED message_state: a scheduled message is ENROUTE, §5.2.28); a
 * validity_period that ends before then makes the final state EXPIRED, reached when the validity ends. The parts that cancel_sm and replace_sm change are
 * guarded by this object's monitor: several event loops and the test thread may touch it.
 */
final class StoredEntry {
    /**
     * What an entry costs beyond its body and destinations: the entry, its submission fields, times, the store's map
     * and queue nodes, the id. An estimate for a 64-bit JVM with compressed oops, rounded up.
     */
    static final int OVERHEAD_BYTES = 512;
    /** An address object with its string, per accepted destination. */
    static final int DESTINATION_BYTES = 96;
    /** What a receipt can quote from the body: a UDH (at most 256 octets) then 20 characters of up to 4 octets. */
    private static final int QUOTED_PREFIX_BYTES = 256 + 80;

    final String id;
    final String sessionId;
    final String systemId;
    final CommandId commandId;
    final Address source;
    /** The accepted destinations, each with the outcome the receipt policy chose for it. */
    final List<Address> destinations;

    final List<ReceiptPolicy.Outcome> outcomes;
    final String serviceType;
    final DataCoding dataCoding;
    /** Whether the body starts with a UDH (esm_class UDHI). */
    final boolean udhi;

    final Instant submitTime;
    /** From submission to the final state: the schedule, then the policy's delay, or the validity if shorter. */
    final long delayNanos;

    final long finalAtNanos;
    /** Whether the validity period ends before delivery: the final state is EXPIRED, whatever the policy said. */
    final boolean expires;

    private final SimClock clock;
    /** The estimated heap cost the store counts against maxStoredBytes, as the entry was accepted. */
    final int estimatedBytes;

    // guarded by this
    private byte[] body;
    private RegisteredDelivery registeredDelivery;
    private Instant cancelledAt;
    private boolean forgotten;
    private final List<Future<?>> timers = new ArrayList<>(1);

    StoredEntry(
            String id,
            SessionImpl session,
            Submission s,
            List<ReceiptPolicy.Outcome> outcomes,
            long policyDelayNanos,
            SimClock clock) {
        this.clock = clock;
        this.id = id;
        this.sessionId = session.id();
        this.systemId = session.systemId().orElse("");
        this.commandId = s.commandId();
        this.source = s.source();
        this.destinations = List.copyOf(s.destinations());
        this.outcomes = List.copyOf(outcomes);
        this.serviceType = s.serviceType();
        this.dataCoding = s.dataCoding();
        this.registeredDelivery = s.registeredDelivery();
        this.body = s.body();
        this.udhi = s.udhi();
        this.submitTime = clock.now();
        long deliverNanos = saturatedAdd(untilNanos(submitTime, s.scheduleDeliveryTime(), 0), policyDelayNanos);
        long expiryNanos = untilNanos(submitTime, s.validityPeriod(), Long.MAX_VALUE);
        this.expires = expiryNanos < deliverNanos;
        this.delayNanos = expires ? expiryNanos : deliverNanos;
        this.finalAtNanos = saturatedAdd(clock.nanoTime(), delayNanos);
        this.estimatedBytes = OVERHEAD_BYTES + DESTINATION_BYTES * destinations.size() + body.length;
    }

    /** Nanoseconds from submission to the time, at least 0; {@code none} if there is no time. */
    private static long untilNanos(Instant submitted, SmppTime time, long none) {
        if (time == null) {
            return none;
        }
        try {
            return Math.max(
                    0, Duration.between(submitted, time.resolve(submitted)).toNanos());
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE / 4; // centuries away: never, for a simulator
        }
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
    }

    /** The final outcome for a destination: EXPIRED if the validity ends first, else the policy's. */
    ReceiptPolicy.Outcome outcome(int destination) {
        return expires ? new ReceiptPolicy.Outcome(MessageState.EXPIRED, 0) : outcomes.get(destination);
    }

    /** When the final state is (or was) reached, by the wall clock. */
    Instant finalTime() {
        return submitTime.plusNanos(delayNanos);
    }

    synchronized MessageState state() {
        if (cancelledAt != null) {
            return MessageState.DELETED;
        }
        return clock.nanoTime() - finalAtNanos >= 0 ? outcome(0).state() : MessageState.ENROUTE;
    }

    /** Cancels the message if it is still pending; its receipts will not be sent. */
    synchronized boolean cancel() {
        if (state() != MessageState.ENROUTE) {
            return false;
        }
        cancelledAt = clock.now();
        timers.forEach(t -> t.cancel(false));
        return true;
    }

    /** Replaces the body (and registered_delivery) if the message is still pending. */
    synchronized boolean replace(byte[] newBody, RegisteredDelivery newRegisteredDelivery) {
        if (state() != MessageState.ENROUTE) {
            return false;
        }
        body = newBody;
        registeredDelivery = newRegisteredDelivery;
        return true;
    }

    /** Whether its receipts may still be sent: not cancelled, not cleared from the store. */
    synchronized boolean isLive() {
        return cancelledAt == null && !forgotten;
    }

    synchronized void addTimer(Future<?> timer) {
        if (forgotten || cancelledAt != null) {
            timer.cancel(false);
        } else {
            timers.add(timer);
        }
    }

    /** Forgets the message: pending receipts are not sent. */
    synchronized void forget() {
        forgotten = true;
        timers.forEach(t -> t.cancel(false));
    }

    /** Evicted from the store: keeps only the part of the body a pending receipt quotes. */
    synchronized void evict() {
        if (body.length > QUOTED_PREFIX_BYTES) {
            body = Arrays.copyOf(body, QUOTED_PREFIX_BYTES);
        }
    }

    synchronized byte[] body() {
        return body;
    }

    synchronized RegisteredDelivery registeredDelivery() {
        return registeredDelivery;
    }

    synchronized StoredMessage snapshot() {
        MessageState state = state();
        Optional<Instant> finalTime = cancelledAt != null
                ? Optional.of(cancelledAt)
                : state.isFinal() || state == MessageState.UNKNOWN ? Optional.of(finalTime()) : Optional.empty();
        int error = cancelledAt == null && state != MessageState.ENROUTE
                ? outcome(0).errorCode()
                : 0;
        return new StoredMessage(
                id,
                sessionId,
                systemId,
                commandId,
                source,
                destinations,
                serviceType,
                dataCoding,
                registeredDelivery,
                body,
                submitTime,
                state,
                finalTime,
                error);
    }
}
