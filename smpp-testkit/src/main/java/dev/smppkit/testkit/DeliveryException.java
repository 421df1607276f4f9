package dev.smppkit.testkit;

import dev.smppkit.codec.pdu.GenericNack;
import java.util.Objects;
import java.util.Optional;

/** Why a request the simulator sent to an ESME got no response. */
public final class DeliveryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The reasons. */
    public enum Reason {
        /** No session matches the target, or none that can receive. */
        NO_SESSION,
        /** The connection closed before the response arrived (or before the request could be written). */
        SESSION_CLOSED,
        /** No response within the response timeout. */
        TIMEOUT,
        /** The ESME answered with generic_nack. */
        GENERIC_NACK,
        /**
         * Not sent: the requests waiting for a window or a receiver already hold the simulator's
         * {@linkplain SmscSimulatorBuilder#maxHeldDeliveryBytes(long) byte limit}.
         */
        QUEUE_FULL
    }

    private final Reason reason;
    private final transient GenericNack nack;

    public DeliveryException(Reason reason, String message) {
        this(reason, message, null);
    }

    public DeliveryException(Reason reason, String message, GenericNack nack) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.nack = nack;
    }

    public Reason reason() {
        return reason;
    }

    /** The generic_nack, for {@link Reason#GENERIC_NACK}. */
    public Optional<GenericNack> nack() {
        return Optional.ofNullable(nack);
    }
}
