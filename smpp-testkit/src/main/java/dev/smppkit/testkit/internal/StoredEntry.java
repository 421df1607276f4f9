package dev.smppkit.testkit.internal;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandId;
import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.MessageState;
import dev.smppkit.codec.RegisteredDelivery;
import dev.smppkit.testkit.ReceiptPolicy;
import dev.smppkit.testkit.StoredMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Future;

/**
 * One accepted message. Its state is worked out from the clock (ENROUTE until {@code finalAtNanos}, then the policy's
 * outcome), so a message that asks for no receipt needs no timer. The parts that cancel_sm and replace_sm change are
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
    final long delayNanos;
    final long finalAtNanos;
    /** The estimated heap cost the store counts against maxStoredBytes, as the entry was accepted. */
    final int estimatedBytes;

    // guarded by this
    private byte[] body;
    private RegisteredDelivery registeredDelivery;
    private Instant cancelledAt;
    private boolean forgotten;
    private final List<Future<?>> timers = new ArrayList<>(1);

    StoredEntry(String id, SessionImpl session, Submission s, List<ReceiptPolicy.Outcome> outcomes, long delayNanos) {
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
        this.submitTime = Instant.now();
        this.delayNanos = delayNanos;
        this.finalAtNanos = System.nanoTime() + delayNanos;
        this.estimatedBytes = OVERHEAD_BYTES + DESTINATION_BYTES * destinations.size() + body.length;
    }

    /** When the final state is (or was) reached, by the wall clock. */
    Instant finalTime() {
        return submitTime.plusNanos(delayNanos);
    }

    synchronized MessageState state(long nowNanos) {
        if (cancelledAt != null) {
            return MessageState.DELETED;
        }
        return nowNanos - finalAtNanos >= 0 ? outcomes.get(0).state() : MessageState.ENROUTE;
    }

    /** Cancels the message if it is still pending; its receipts will not be sent. */
    synchronized boolean cancel(long nowNanos) {
        if (state(nowNanos) != MessageState.ENROUTE) {
            return false;
        }
        cancelledAt = Instant.now();
        timers.forEach(t -> t.cancel(false));
        return true;
    }

    /** Replaces the body (and registered_delivery) if the message is still pending. */
    synchronized boolean replace(long nowNanos, byte[] newBody, RegisteredDelivery newRegisteredDelivery) {
        if (state(nowNanos) != MessageState.ENROUTE) {
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

    synchronized StoredMessage snapshot(long nowNanos) {
        MessageState state = state(nowNanos);
        Optional<Instant> finalTime = cancelledAt != null
                ? Optional.of(cancelledAt)
                : state.isFinal() || state == MessageState.UNKNOWN ? Optional.of(finalTime()) : Optional.empty();
        int error = cancelledAt == null && state != MessageState.ENROUTE
                ? outcomes.get(0).errorCode()
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
