package dev.smppkit.codec;

/**
 * The state of a short message (SMPP 3.4 §5.2.28), as carried by the {@code message_state} TLV and the
 * {@code query_sm_resp} body.
 */
public enum MessageState {
    /** Code 0 is not defined by 3.4; some SMSCs send it in query_sm_resp before the message has a state. */
    SCHEDULED(0),
    ENROUTE(1),
    DELIVERED(2),
    EXPIRED(3),
    DELETED(4),
    UNDELIVERABLE(5),
    ACCEPTED(6),
    UNKNOWN(7),
    REJECTED(8);

    private static final MessageState[] BY_CODE = values();

    private final int code;

    MessageState(int code) {
        this.code = code;
    }

    /** The wire value. */
    public int code() {
        return code;
    }

    /** Whether the SMSC will not change this state again (delivered, expired, deleted, undeliverable, rejected). */
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
     * @throws IllegalArgumentException if {@code code} is not 0–8
     */
    public static MessageState of(int code) {
        if (code < 0 || code >= BY_CODE.length) {
            throw new IllegalArgumentException("message_state is " + code + "; must be 0-8");
        }
        return BY_CODE[code];
    }
}
