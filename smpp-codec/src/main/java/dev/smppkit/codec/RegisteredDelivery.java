package dev.smppkit.codec;

/**
 * The {@code registered_delivery} octet (SMPP 3.4 §5.2.17): SMSC delivery receipt (bits 1–0), SME originated
 * acknowledgements (bits 3–2) and intermediate notification (0x10). All 256 values are cached instances.
 */
public final class RegisteredDelivery {
    private static final RegisteredDelivery[] CACHE = new RegisteredDelivery[256];

    static {
        for (int i = 0; i < CACHE.length; i++) {
            CACHE[i] = new RegisteredDelivery(i);
        }
    }

    /** Bits 1–0: which SMSC delivery receipt is requested. */
    public static final int RECEIPT_MASK = 0x03;
    /** No SMSC delivery receipt. */
    public static final int RECEIPT_NONE = 0x00;
    /** An SMSC delivery receipt when the message reaches a final state, success or failure. */
    public static final int RECEIPT_ON_SUCCESS_OR_FAILURE = 0x01;
    /** An SMSC delivery receipt only when delivery fails. */
    public static final int RECEIPT_ON_FAILURE = 0x02;
    /** Bits 3–2: which SME originated acknowledgement is requested. */
    public static final int SME_ACK_MASK = 0x0C;
    /** An SME delivery acknowledgement. */
    public static final int SME_DELIVERY_ACK = 0x04;
    /** An SME manual/user acknowledgement. */
    public static final int SME_USER_ACK = 0x08;
    /** Bit 4 (0x10): intermediate notifications (the spec's text says bit 5, its bit pattern says 0x10). */
    public static final int INTERMEDIATE_NOTIFICATION = 0x10;

    /** 0x00: no receipt requested. */
    public static final RegisteredDelivery NONE = CACHE[0];
    /** 0x01: an SMSC delivery receipt on final success or failure. */
    public static final RegisteredDelivery RECEIPT = CACHE[RECEIPT_ON_SUCCESS_OR_FAILURE];
    /** 0x02: an SMSC delivery receipt on failure only. */
    public static final RegisteredDelivery RECEIPT_FAILURE_ONLY = CACHE[RECEIPT_ON_FAILURE];

    private final int value;

    private RegisteredDelivery(int value) {
        this.value = value;
    }

    /**
     * The registered_delivery for an octet value.
     *
     * @param value the {@code registered_delivery} octet, 0–255
     * @return the cached instance for that value; never null
     * @throws IllegalArgumentException if {@code value} is not 0–255
     */
    public static RegisteredDelivery of(int value) {
        if (value < 0 || value > 255) {
            throw new IllegalArgumentException("registered_delivery is " + value + "; must be 0-255");
        }
        return CACHE[value];
    }

    /**
     * The octet on the wire.
     *
     * @return the {@code registered_delivery} value, 0–255
     */
    public int value() {
        return value;
    }

    /**
     * Bits 1–0: one of the {@code RECEIPT_} constants (3 is reserved in 3.4).
     *
     * @return the receipt request, 0–3
     */
    public int receipt() {
        return value & RECEIPT_MASK;
    }

    /**
     * Whether any SMSC delivery receipt is requested (bits 1–0 non-zero).
     *
     * @return true for receipt values 1, 2 and the reserved 3
     */
    public boolean requestsReceipt() {
        return receipt() != RECEIPT_NONE;
    }

    /**
     * Whether intermediate notifications (0x10) are requested.
     *
     * @return true if bit 4 is set
     */
    public boolean requestsIntermediateNotification() {
        return (value & INTERMEDIATE_NOTIFICATION) != 0;
    }

    /**
     * This value with intermediate notification requested.
     *
     * @return the cached instance for this value | 0x10
     */
    public RegisteredDelivery withIntermediateNotification() {
        return CACHE[value | INTERMEDIATE_NOTIFICATION];
    }

    @Override
    public String toString() {
        return String.format("0x%02X", value);
    }
}
