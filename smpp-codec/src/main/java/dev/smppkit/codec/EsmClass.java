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

    public static final int MODE_MASK = 0x03;
    public static final int MODE_DEFAULT = 0x00;
    public static final int MODE_DATAGRAM = 0x01;
    public static final int MODE_FORWARD = 0x02;
    public static final int MODE_STORE_AND_FORWARD = 0x03;

    public static final int TYPE_MASK = 0x3C;
    public static final int TYPE_DEFAULT = 0x00;
    public static final int TYPE_SMSC_DELIVERY_RECEIPT = 0x04;
    public static final int TYPE_SME_DELIVERY_ACK = 0x08;
    public static final int TYPE_USER_ACK = 0x10;
    public static final int TYPE_CONVERSATION_ABORT = 0x18;
    public static final int TYPE_INTERMEDIATE_NOTIFICATION = 0x20;

    public static final int UDHI = 0x40;
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
     * @throws IllegalArgumentException if {@code value} is not 0–255
     */
    public static EsmClass of(int value) {
        if (value < 0 || value > 255) {
            throw new IllegalArgumentException("esm_class is " + value + "; must be 0-255");
        }
        return CACHE[value];
    }

    /** The octet on the wire. */
    public int value() {
        return value;
    }

    /** Bits 1–0: one of the {@code MODE_} constants. */
    public int messagingMode() {
        return value & MODE_MASK;
    }

    /** Bits 5–2: one of the {@code TYPE_} constants. */
    public int messageType() {
        return value & TYPE_MASK;
    }

    /** Whether the message type is an SMSC delivery receipt (0x04). */
    public boolean isDeliveryReceipt() {
        return messageType() == TYPE_SMSC_DELIVERY_RECEIPT;
    }

    /** Whether the message type is an intermediate delivery notification (0x20). */
    public boolean isIntermediateNotification() {
        return messageType() == TYPE_INTERMEDIATE_NOTIFICATION;
    }

    /** Whether the UDH indicator (0x40) is set. */
    public boolean hasUdhi() {
        return (value & UDHI) != 0;
    }

    /** Whether the reply path bit (0x80) is set. */
    public boolean hasReplyPath() {
        return (value & REPLY_PATH) != 0;
    }

    /** This value with the UDH indicator set. */
    public EsmClass withUdhi() {
        return CACHE[value | UDHI];
    }

    /** This value with the messaging mode replaced. */
    public EsmClass withMessagingMode(int mode) {
        return CACHE[(value & ~MODE_MASK) | (mode & MODE_MASK)];
    }

    /** This value with the message type replaced. */
    public EsmClass withMessageType(int type) {
        return CACHE[(value & ~TYPE_MASK) | (type & TYPE_MASK)];
    }

    @Override
    public String toString() {
        return String.format("0x%02X", value);
    }
}
