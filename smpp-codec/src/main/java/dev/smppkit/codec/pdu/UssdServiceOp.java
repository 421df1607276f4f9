package dev.smppkit.codec.pdu;

import java.util.Optional;

/**
 * The values of the {@code ussd_service_op} TLV (0x0501, §5.3.2.44): which USSD operation a deliver_sm or submit_sm
 * carries. Indications and confirms come from the handset (in deliver_sm); requests and responses go to it (in
 * submit_sm).
 */
public enum UssdServiceOp {
    /** 0: PSSD indication, a one-shot handset request (process unstructured SS data). */
    PSSD_INDICATION(0),
    /** 1: PSSR indication, the handset dialled a service code and opens a session. */
    PSSR_INDICATION(1),
    /** 2: USSR request, the application shows a menu (or question) and waits for the handset's answer. */
    USSR_REQUEST(2),
    /** 3: USSN request, the application shows a notification that needs no answer. */
    USSN_REQUEST(3),
    /** 16: PSSD response, the answer to a PSSD indication. */
    PSSD_RESPONSE(16),
    /** 17: PSSR response, the application's final answer that ends a handset-initiated session. */
    PSSR_RESPONSE(17),
    /** 18: USSR confirm, the handset's answer to a USSR request. */
    USSR_CONFIRM(18),
    /** 19: USSN confirm, the handset's acknowledgement of a USSN request. */
    USSN_CONFIRM(19);

    private final int code;

    UssdServiceOp(int code) {
        this.code = code;
    }

    /**
     * The value on the wire.
     *
     * @return 0–3 or 16–19
     */
    public int code() {
        return code;
    }

    /**
     * The operation with this code.
     *
     * @param code the ussd_service_op value as sent, 0–255
     * @return the operation, or empty for a value the spec does not define (4–15, 20–255, vendor values)
     */
    public static Optional<UssdServiceOp> of(int code) {
        for (UssdServiceOp op : values()) {
            if (op.code == code) {
                return Optional.of(op);
            }
        }
        return Optional.empty();
    }
}
