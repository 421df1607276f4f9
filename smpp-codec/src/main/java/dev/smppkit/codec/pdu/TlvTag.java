package dev.smppkit.codec.pdu;

/**
 * A TLV tag (SMPP 3.4 §5.3, Table 5-7) with the value format and length limits the spec gives it. Every 3.4 TLV is a
 * constant; other tags (vendor 0x1400–0x3FFF, reserved) are unknown and carried as opaque octets.
 */
public final class TlvTag {
    /** How a TLV's value is laid out. */
    public enum Format {
        /** Unsigned integer of the TLV's length (1, 2 or 4 octets). */
        INTEGER,
        /** C-Octet String (NUL-terminated, although some SMSCs omit the NUL). */
        C_OCTET_STRING,
        /** Octet String. */
        OCTETS,
        /** No value (length 0). */
        EMPTY
    }

    // Indexed by tag: every 3.4 tag lies below the vendor range (0x1400), and an array lookup does not box the tag
    // as a map lookup would, once per TLV decoded.
    private static final TlvTag[] KNOWN = new TlvTag[0x1400];

    public static final TlvTag DEST_ADDR_SUBUNIT = known(0x0005, "dest_addr_subunit", Format.INTEGER, 1, 1);
    public static final TlvTag DEST_NETWORK_TYPE = known(0x0006, "dest_network_type", Format.INTEGER, 1, 1);
    public static final TlvTag DEST_BEARER_TYPE = known(0x0007, "dest_bearer_type", Format.INTEGER, 1, 1);
    public static final TlvTag DEST_TELEMATICS_ID = known(0x0008, "dest_telematics_id", Format.INTEGER, 2, 2);
    public static final TlvTag SOURCE_ADDR_SUBUNIT = known(0x000D, "source_addr_subunit", Format.INTEGER, 1, 1);
    public static final TlvTag SOURCE_NETWORK_TYPE = known(0x000E, "source_network_type", Format.INTEGER, 1, 1);
    public static final TlvTag SOURCE_BEARER_TYPE = known(0x000F, "source_bearer_type", Format.INTEGER, 1, 1);
    /** The spec says 1 octet; Wireshark and others decode 2, so either is accepted. */
    public static final TlvTag SOURCE_TELEMATICS_ID = known(0x0010, "source_telematics_id", Format.INTEGER, 1, 2);

    public static final TlvTag QOS_TIME_TO_LIVE = known(0x0017, "qos_time_to_live", Format.INTEGER, 4, 4);
    public static final TlvTag PAYLOAD_TYPE = known(0x0019, "payload_type", Format.INTEGER, 1, 1);
    public static final TlvTag ADDITIONAL_STATUS_INFO_TEXT =
            known(0x001D, "additional_status_info_text", Format.C_OCTET_STRING, 1, 256);
    public static final TlvTag RECEIPTED_MESSAGE_ID =
            known(0x001E, "receipted_message_id", Format.C_OCTET_STRING, 1, 65);
    public static final TlvTag MS_MSG_WAIT_FACILITIES = known(0x0030, "ms_msg_wait_facilities", Format.INTEGER, 1, 1);
    public static final TlvTag PRIVACY_INDICATOR = known(0x0201, "privacy_indicator", Format.INTEGER, 1, 1);
    public static final TlvTag SOURCE_SUBADDRESS = known(0x0202, "source_subaddress", Format.OCTETS, 2, 23);
    public static final TlvTag DEST_SUBADDRESS = known(0x0203, "dest_subaddress", Format.OCTETS, 2, 23);
    public static final TlvTag USER_MESSAGE_REFERENCE = known(0x0204, "user_message_reference", Format.INTEGER, 2, 2);
    public static final TlvTag USER_RESPONSE_CODE = known(0x0205, "user_response_code", Format.INTEGER, 1, 1);
    public static final TlvTag SOURCE_PORT = known(0x020A, "source_port", Format.INTEGER, 2, 2);
    public static final TlvTag DESTINATION_PORT = known(0x020B, "destination_port", Format.INTEGER, 2, 2);
    public static final TlvTag SAR_MSG_REF_NUM = known(0x020C, "sar_msg_ref_num", Format.INTEGER, 2, 2);
    public static final TlvTag LANGUAGE_INDICATOR = known(0x020D, "language_indicator", Format.INTEGER, 1, 1);
    public static final TlvTag SAR_TOTAL_SEGMENTS = known(0x020E, "sar_total_segments", Format.INTEGER, 1, 1);
    public static final TlvTag SAR_SEGMENT_SEQNUM = known(0x020F, "sar_segment_seqnum", Format.INTEGER, 1, 1);
    public static final TlvTag SC_INTERFACE_VERSION = known(0x0210, "sc_interface_version", Format.INTEGER, 1, 1);
    public static final TlvTag CALLBACK_NUM_PRES_IND = known(0x0302, "callback_num_pres_ind", Format.INTEGER, 1, 1);
    public static final TlvTag CALLBACK_NUM_ATAG = known(0x0303, "callback_num_atag", Format.OCTETS, 0, 65);
    public static final TlvTag NUMBER_OF_MESSAGES = known(0x0304, "number_of_messages", Format.INTEGER, 1, 1);
    public static final TlvTag CALLBACK_NUM = known(0x0381, "callback_num", Format.OCTETS, 4, 19);
    public static final TlvTag DPF_RESULT = known(0x0420, "dpf_result", Format.INTEGER, 1, 1);
    public static final TlvTag SET_DPF = known(0x0421, "set_dpf", Format.INTEGER, 1, 1);
    public static final TlvTag MS_AVAILABILITY_STATUS = known(0x0422, "ms_availability_status", Format.INTEGER, 1, 1);
    public static final TlvTag NETWORK_ERROR_CODE = known(0x0423, "network_error_code", Format.OCTETS, 3, 3);
    /** "Up to 64K" octets; the decoder's maximum PDU length is the effective limit. */
    public static final TlvTag MESSAGE_PAYLOAD = known(0x0424, "message_payload", Format.OCTETS, 0, 0xFFFF);

    public static final TlvTag DELIVERY_FAILURE_REASON = known(0x0425, "delivery_failure_reason", Format.INTEGER, 1, 1);
    public static final TlvTag MORE_MESSAGES_TO_SEND = known(0x0426, "more_messages_to_send", Format.INTEGER, 1, 1);
    public static final TlvTag MESSAGE_STATE = known(0x0427, "message_state", Format.INTEGER, 1, 1);
    public static final TlvTag USSD_SERVICE_OP = known(0x0501, "ussd_service_op", Format.INTEGER, 1, 1);
    public static final TlvTag DISPLAY_TIME = known(0x1201, "display_time", Format.INTEGER, 1, 1);
    public static final TlvTag SMS_SIGNAL = known(0x1203, "sms_signal", Format.INTEGER, 2, 2);
    public static final TlvTag MS_VALIDITY = known(0x1204, "ms_validity", Format.INTEGER, 1, 1);
    /** The spec gives it no value; SMPP 5.0 and some peers send one octet, so 0 or 1 is accepted. */
    public static final TlvTag ALERT_ON_MESSAGE_DELIVERY =
            known(0x130C, "alert_on_message_delivery", Format.EMPTY, 0, 1);

    public static final TlvTag ITS_REPLY_TYPE = known(0x1380, "its_reply_type", Format.INTEGER, 1, 1);
    public static final TlvTag ITS_SESSION_INFO = known(0x1383, "its_session_info", Format.OCTETS, 2, 2);

    private final int tag;
    private final String name;
    private final Format format;
    private final int minLength;
    private final int maxLength;

    private TlvTag(int tag, String name, Format format, int minLength, int maxLength) {
        this.tag = tag;
        this.name = name;
        this.format = format;
        this.minLength = minLength;
        this.maxLength = maxLength;
    }

    private static TlvTag known(int tag, String name, Format format, int min, int max) {
        TlvTag t = new TlvTag(tag, name, format, min, max);
        KNOWN[tag] = t;
        return t;
    }

    /** The constant for a 3.4 tag, or {@code null} for any other tag. */
    public static TlvTag known(int tag) {
        return tag >= 0 && tag < KNOWN.length ? KNOWN[tag] : null;
    }

    /** The 16-bit tag. */
    public int tag() {
        return tag;
    }

    /** The spec's name, e.g. {@code receipted_message_id}. */
    public String name() {
        return name;
    }

    /** The value layout. */
    public Format format() {
        return format;
    }

    /** The smallest value length the spec allows (with the documented quirks). */
    public int minLength() {
        return minLength;
    }

    /** The largest value length the spec allows (with the documented quirks). */
    public int maxLength() {
        return maxLength;
    }

    /** Whether {@code length} is allowed for this tag's value. */
    public boolean allowsLength(int length) {
        return length >= minLength && length <= maxLength;
    }

    @Override
    public String toString() {
        return name + String.format("(0x%04X)", tag);
    }
}
