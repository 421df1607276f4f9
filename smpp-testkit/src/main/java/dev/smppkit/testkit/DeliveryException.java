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

    /** Why the request got no response; part of the serialized form. */
    private final Reason reason;

    private final transient GenericNack nack;

    /**
     * An exception for a request that got no response.
     *
     * @param reason why; not null
     * @param message what was sent, and to whom
     */
    public DeliveryException(Reason reason, String message) {
        this(reason, message, null);
    }

    /**
     * An exception for a request that got no response, with the generic_nack if that was the answer.
     *
     * @param reason why; not null
     * @param message what was sent, and to whom
     * @param nack the generic_nack for {@link Reason#GENERIC_NACK}; otherwise null
     */
    public DeliveryException(Reason reason, String message, GenericNack nack) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.nack = nack;
    }

    /**
     * Why the request got no response.
     *
     * @return the reason; never null
     */
    public Reason reason() {
        return reason;
    }

    /**
     * The generic_nack, for {@link Reason#GENERIC_NACK}.
     *
     * @return the generic_nack, or empty for the other reasons
     */
    public Optional<GenericNack> nack() {
        return Optional.ofNullable(nack);
    }
}
