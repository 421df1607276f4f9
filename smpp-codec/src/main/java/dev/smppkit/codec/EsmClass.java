package dev.smppkit.codec;

/**
 * The {@code esm_class} octet (SMPP 3.4 §5.2.12): messaging mode (bits 1–0), message type (bits 5–2) and GSM
 * features (bits 7–6). All 256 values are cached instances; unknown bit patterns are kept.
 */
public final class EsmClass {
    private static final EsmClass[] CACHE = new EsmClass[256];

    static {
        for (int i = 0; i < CACHE.length; i++) {
            CACHE[i] = new EsmClass(i);
        }
    }

    /** Bits 1–0: the messaging mode, ESME→SMSC only (§2.10). */
    public static final int MODE_MASK = 0x03;
    /** Mode 0: the SMSC's default mode (usually store and forward). */
    public static final int MODE_DEFAULT = 0x00;
    /** Mode 1: datagram, no storage and no receipt, best effort (§2.10.2). */
    public static final int MODE_DATAGRAM = 0x01;
    /** Mode 2: forward (transaction) mode, the submit_sm_resp reports the delivery result (§2.10.3). */
    public static final int MODE_FORWARD = 0x02;
    /** Mode 3: store and forward, the SMSC keeps the message until delivered or expired (§2.10.1). */
    public static final int MODE_STORE_AND_FORWARD = 0x03;

    /** Bits 5–2: the message type. */
    public static final int TYPE_MASK = 0x3C;
    /** Type 0x00: a normal short message. */
    public static final int TYPE_DEFAULT = 0x00;
    /** Type 0x04: an SMSC delivery receipt, SMSC→ESME only. */
    public static final int TYPE_SMSC_DELIVERY_RECEIPT = 0x04;
    /** Type 0x08: an SME delivery acknowledgement. */
    public static final int TYPE_SME_DELIVERY_ACK = 0x08;
    /** Type 0x10: an SME manual/user acknowledgement. */
    public static final int TYPE_USER_ACK = 0x10;
    /** Type 0x18: conversation abort (Korean CDMA). */
    public static final int TYPE_CONVERSATION_ABORT = 0x18;
    /** Type 0x20: an intermediate delivery notification, SMSC→ESME only. */
    public static final int TYPE_INTERMEDIATE_NOTIFICATION = 0x20;

    /** Bit 6 (0x40): the short_message or message_payload starts with a GSM User Data Header. */
    public static final int UDHI = 0x40;
    /** Bit 7 (0x80): GSM reply path. */
    public static final int REPLY_PATH = 0x80;

    /** 0x00: default mode and type, no GSM features. */
    public static final EsmClass DEFAULT = CACHE[0];
    /** 0x40: a short_message that starts with a User Data Header. */
    public static final EsmClass UDH_INDICATOR = CACHE[UDHI];
    /** 0x04: an SMSC delivery receipt (deliver_sm or data_sm from the SMSC). */
    public static final EsmClass DELIVERY_RECEIPT = CACHE[TYPE_SMSC_DELIVERY_RECEIPT];

    private final int value;

    private EsmClass(int value) {
        this.value = value;
    }

    /**
     * The esm_class for an octet value.
     *
     * @param value the {@code esm_class} octet, 0–255
     * @return the cached instance for that value; never null
     * @throws IllegalArgumentException if {@code value} is not 0–255
     */
    public static EsmClass of(int value) {
        if (value < 0 || value > 255) {
            throw new IllegalArgumentException("esm_class is " + value + "; must be 0-255");
        }
        return CACHE[value];
    }

    /**
     * The octet on the wire.
     *
     * @return the {@code esm_class} value, 0–255
     */
    public int value() {
        return value;
    }

    /**
     * Bits 1–0: one of the {@code MODE_} constants.
     *
     * @return the messaging mode, 0–3
     */
    public int messagingMode() {
        return value & MODE_MASK;
    }

    /**
     * Bits 5–2: one of the {@code TYPE_} constants.
     *
     * @return the message type bits in place (not shifted), a multiple of 4 in 0x00–0x3C
     */
    public int messageType() {
        return value & TYPE_MASK;
    }

    /**
     * Whether the message type is an SMSC delivery receipt (0x04).
     *
     * @return true if bits 5–2 equal {@link #TYPE_SMSC_DELIVERY_RECEIPT}, whatever the mode and GSM bits
     */
    public boolean isDeliveryReceipt() {
        return messageType() == TYPE_SMSC_DELIVERY_RECEIPT;
    }

    /**
     * Whether the message type is an intermediate delivery notification (0x20).
     *
     * @return true if bits 5–2 equal {@link #TYPE_INTERMEDIATE_NOTIFICATION}
     */
    public boolean isIntermediateNotification() {
        return messageType() == TYPE_INTERMEDIATE_NOTIFICATION;
    }

    /**
     * Whether the UDH indicator (0x40) is set.
     *
     * @return true if the message text starts with a User Data Header
     */
    public boolean hasUdhi() {
        return (value & UDHI) != 0;
    }

    /**
     * Whether the reply path bit (0x80) is set.
     *
     * @return true if bit 7 is set
     */
    public boolean hasReplyPath() {
        return (value & REPLY_PATH) != 0;
    }

    /**
     * This value with the UDH indicator set.
     *
     * @return the cached instance for this value | 0x40; this instance if the bit was already set
     */
    public EsmClass withUdhi() {
        return CACHE[value | UDHI];
    }

    /**
     * This value with the messaging mode replaced.
     *
     * @param mode one of the {@code MODE_} constants; only bits 1–0 are used
     * @return the cached instance with bits 1–0 replaced and the other bits kept
     */
    public EsmClass withMessagingMode(int mode) {
        return CACHE[(value & ~MODE_MASK) | (mode & MODE_MASK)];
    }

    /**
     * This value with the message type replaced.
     *
     * @param type one of the {@code TYPE_} constants, in place (not shifted); only bits 5–2 are used
     * @return the cached instance with bits 5–2 replaced and the other bits kept
     */
    public EsmClass withMessageType(int type) {
        return CACHE[(value & ~TYPE_MASK) | (type & TYPE_MASK)];
    }

    @Override
    public String toString() {
        return String.format("0x%02X", value);
    }
}
