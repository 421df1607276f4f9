package dev.smppkit.codec;

/**
 * The state of a short message (SMPP 3.4 §5.2.28), as carried by the {@code message_state} TLV and the
 * {@code query_sm_resp} body.
 */
public enum MessageState {
    /** Code 0 is not defined by 3.4; some SMSCs send it in query_sm_resp before the message has a state. */
    SCHEDULED(0),
    /** 1: in transit, not yet delivered (not final). */
    ENROUTE(1),
    /** 2: delivered to its destination (final). */
    DELIVERED(2),
    /** 3: its validity period ended before delivery (final). */
    EXPIRED(3),
    /** 4: deleted, e.g. by cancel_sm (final). */
    DELETED(4),
    /** 5: cannot be delivered (final). */
    UNDELIVERABLE(5),
    /** 6: accepted on the recipient's behalf, e.g. read by customer service (treated as final). */
    ACCEPTED(6),
    /** 7: in an invalid state (not final). */
    UNKNOWN(7),
    /** 8: rejected by the SMSC or the network (final). */
    REJECTED(8);

    private static final MessageState[] BY_CODE = values();

    private final int code;

    MessageState(int code) {
        this.code = code;
    }

    /**
     * The wire value.
     *
     * @return the {@code message_state} octet, 0–8
     */
    public int code() {
        return code;
    }

    /**
     * Whether the SMSC will not change this state again.
     *
     * @return true for DELIVERED, EXPIRED, DELETED, UNDELIVERABLE, REJECTED and ACCEPTED; false for SCHEDULED,
     *     ENROUTE and UNKNOWN
     */
    public boolean isFinal() {
        return this == DELIVERED
                || this == EXPIRED
                || this == DELETED
                || this == UNDELIVERABLE
                || this == REJECTED
                || this == ACCEPTED;
    }

    /**
     * The state for a wire value.
     *
     * @param code the {@code message_state} octet from a query_sm_resp or the message_state TLV
     * @return the state with that code; never null
     * @throws IllegalArgumentException if {@code code} is not 0–8
     */
    public static MessageState of(int code) {
        if (code < 0 || code >= BY_CODE.length) {
            throw new IllegalArgumentException("message_state is " + code + "; must be 0-8");
        }
        return BY_CODE[code];
    }
}
