package dev.smppkit.codec.pdu;

/**
 * The maximum sizes of the C-Octet String fields (SMPP 3.4 §4 and §5.2), counting the terminating NUL as the spec
 * does: a system_id of {@link #SYSTEM_ID} = 16 holds at most 15 characters. The builders check against these when a
 * PDU is built and the body codecs when one is decoded, so both sides of the wire read the same table.
 */
final class FieldLimits {
    /** service_type (§5.2.11). */
    static final int SERVICE_TYPE = 6;
    /** system_id in bind, bind_resp and outbind (§4.1). */
    static final int SYSTEM_ID = 16;
    /** password in bind and outbind (§4.1). */
    static final int PASSWORD = 9;
    /** system_type in bind (§4.1). */
    static final int SYSTEM_TYPE = 13;
    /** address_range in bind (§4.1, §5.2.7). */
    static final int ADDRESS_RANGE = 41;
    /**
     * source_addr and destination_addr of submit_sm, deliver_sm, submit_multi, replace_sm, query_sm and cancel_sm, and
     * unsuccess_sme's destination_addr (§5.2.8, §5.2.9).
     */
    static final int ADDR = 21;
    /** The longer addresses of data_sm and alert_notification (§4.7.1, §4.12.1). */
    static final int LONG_ADDR = 65;
    /** message_id (§5.2.23). */
    static final int MESSAGE_ID = 65;
    /** dl_name of a submit_multi distribution list (§5.2.27). */
    static final int DL_NAME = 21;

    private FieldLimits() {}
}
