package dev.smppkit.codec.pdu;

/**
 * A TLV tag (SMPP 3.4 §5.3, Table 5-7) with the value format and length limits the spec gives it. Every 3.4 TLV is a
 * constant; other tags (vendor 0x1400–0x3FFF, reserved) are unknown and carried as opaque octets.
 *
 * <p>Tag blocks (§3.2.4): 0x0001–0x00FF, 0x0200–0x05FF and 0x1200–0x13FF are SMPP-defined, 0x0600–0x10FF is reserved
 * for SMPP extensions, 0x1400–0x3FFF is for SMSC vendors, and the rest is reserved. Each constant's comment gives the
 * tag, its section, the value format and length the decoder and {@link Tlv#of(int, byte[])} enforce, and what the
 * values mean. A recognised TLV whose length is outside these limits is answered with ESME_RINVPARLEN.
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

    /**
     * {@code dest_addr_subunit} (0x0005, §5.3.2.1), integer of 1 octet: 0 unknown, 1 MS display, 2 mobile equipment, 3
     * smart card 1, 4 external unit 1.
     */
    public static final TlvTag DEST_ADDR_SUBUNIT = known(0x0005, "dest_addr_subunit", Format.INTEGER, 1, 1);
    /**
     * {@code dest_network_type} (0x0006, §5.3.2.3), integer of 1 octet: 0 unknown, 1 GSM, 2 ANSI-136, 3 IS-95, 4 PDC, 5
     * PHS, 6 iDEN, 7 AMPS, 8 paging network.
     */
    public static final TlvTag DEST_NETWORK_TYPE = known(0x0006, "dest_network_type", Format.INTEGER, 1, 1);
    /**
     * {@code dest_bearer_type} (0x0007, §5.3.2.5), integer of 1 octet: 0 unknown, 1 SMS, 2 CSD, 3 packet data, 4 USSD,
     * 5 CDPD, 6 DataTAC, 7 FLEX/ReFLEX, 8 cell broadcast.
     */
    public static final TlvTag DEST_BEARER_TYPE = known(0x0007, "dest_bearer_type", Format.INTEGER, 1, 1);
    /**
     * {@code dest_telematics_id} (0x0008, §5.3.2.7), integer of 2 octets: the telematics interworking of the
     * destination.
     */
    public static final TlvTag DEST_TELEMATICS_ID = known(0x0008, "dest_telematics_id", Format.INTEGER, 2, 2);
    /** {@code source_addr_subunit} (0x000D, §5.3.2.2), integer of 1 octet: values as for dest_addr_subunit. */
    public static final TlvTag SOURCE_ADDR_SUBUNIT = known(0x000D, "source_addr_subunit", Format.INTEGER, 1, 1);
    /** {@code source_network_type} (0x000E, §5.3.2.4), integer of 1 octet: values as for dest_network_type. */
    public static final TlvTag SOURCE_NETWORK_TYPE = known(0x000E, "source_network_type", Format.INTEGER, 1, 1);
    /** {@code source_bearer_type} (0x000F, §5.3.2.6), integer of 1 octet: values as for dest_bearer_type. */
    public static final TlvTag SOURCE_BEARER_TYPE = known(0x000F, "source_bearer_type", Format.INTEGER, 1, 1);
    /**
     * {@code source_telematics_id} (0x0010, §5.3.2.8), integer of 1–2 octets: the telematics interworking of the
     * originator. The spec says 1 octet; Wireshark and others decode 2, so either is accepted.
     */
    public static final TlvTag SOURCE_TELEMATICS_ID = known(0x0010, "source_telematics_id", Format.INTEGER, 1, 2);

    /** {@code qos_time_to_live} (0x0017, §5.3.2.9), integer of 4 octets: seconds the message stays valid. */
    public static final TlvTag QOS_TIME_TO_LIVE = known(0x0017, "qos_time_to_live", Format.INTEGER, 4, 4);
    /** {@code payload_type} (0x0019, §5.3.2.10), integer of 1 octet: 0 default (WDP), 1 WCMP. */
    public static final TlvTag PAYLOAD_TYPE = known(0x0019, "payload_type", Format.INTEGER, 1, 1);
    /**
     * {@code additional_status_info_text} (0x001D, §5.3.2.11), C-Octet String of 1–256 octets: free text describing a
     * status, in responses.
     */
    public static final TlvTag ADDITIONAL_STATUS_INFO_TEXT =
            known(0x001D, "additional_status_info_text", Format.C_OCTET_STRING, 1, 256);
    /**
     * {@code receipted_message_id} (0x001E, §5.3.2.12), C-Octet String of 1–65 octets: the SMSC message id a delivery
     * receipt is about.
     */
    public static final TlvTag RECEIPTED_MESSAGE_ID =
            known(0x001E, "receipted_message_id", Format.C_OCTET_STRING, 1, 65);
    /**
     * {@code ms_msg_wait_facilities} (0x0030, §5.3.2.13), integer of 1 octet: bit 7 indicator active, bits 1–0 type: 0
     * voicemail, 1 fax, 2 email, 3 other.
     */
    public static final TlvTag MS_MSG_WAIT_FACILITIES = known(0x0030, "ms_msg_wait_facilities", Format.INTEGER, 1, 1);
    /**
     * {@code privacy_indicator} (0x0201, §5.3.2.14), integer of 1 octet: 0 not restricted, 1 restricted, 2
     * confidential, 3 secret.
     */
    public static final TlvTag PRIVACY_INDICATOR = known(0x0201, "privacy_indicator", Format.INTEGER, 1, 1);
    /**
     * {@code source_subaddress} (0x0202, §5.3.2.15), octet string of 2–23 octets: first octet is the subaddress type.
     */
    public static final TlvTag SOURCE_SUBADDRESS = known(0x0202, "source_subaddress", Format.OCTETS, 2, 23);
    /** {@code dest_subaddress} (0x0203, §5.3.2.16), octet string of 2–23 octets: first octet is the subaddress type. */
    public static final TlvTag DEST_SUBADDRESS = known(0x0203, "dest_subaddress", Format.OCTETS, 2, 23);
    /**
     * {@code user_message_reference} (0x0204, §5.3.2.17), integer of 2 octets: the ESME's own reference for the
     * message.
     */
    public static final TlvTag USER_MESSAGE_REFERENCE = known(0x0204, "user_message_reference", Format.INTEGER, 2, 2);
    /** {@code user_response_code} (0x0205, §5.3.2.18), integer of 1 octet: an application-specific response code. */
    public static final TlvTag USER_RESPONSE_CODE = known(0x0205, "user_response_code", Format.INTEGER, 1, 1);
    /** {@code source_port} (0x020A, §5.3.2.20), integer of 2 octets: application port of the originator (WAP). */
    public static final TlvTag SOURCE_PORT = known(0x020A, "source_port", Format.INTEGER, 2, 2);
    /** {@code destination_port} (0x020B, §5.3.2.21), integer of 2 octets: application port of the destination (WAP). */
    public static final TlvTag DESTINATION_PORT = known(0x020B, "destination_port", Format.INTEGER, 2, 2);
    /**
     * {@code sar_msg_ref_num} (0x020C, §5.3.2.22), integer of 2 octets: the reference shared by every segment of a long
     * message; needs the other two sar_ TLVs.
     */
    public static final TlvTag SAR_MSG_REF_NUM = known(0x020C, "sar_msg_ref_num", Format.INTEGER, 2, 2);
    /**
     * {@code language_indicator} (0x020D, §5.3.2.19), integer of 1 octet: 0 unspecified, 1 English, 2 French, 3
     * Spanish, 4 German, 5 Portuguese.
     */
    public static final TlvTag LANGUAGE_INDICATOR = known(0x020D, "language_indicator", Format.INTEGER, 1, 1);
    /** {@code sar_total_segments} (0x020E, §5.3.2.23), integer of 1 octet: number of segments, 1–255. */
    public static final TlvTag SAR_TOTAL_SEGMENTS = known(0x020E, "sar_total_segments", Format.INTEGER, 1, 1);
    /**
     * {@code sar_segment_seqnum} (0x020F, §5.3.2.24), integer of 1 octet: this segment's number, 1 to
     * sar_total_segments.
     */
    public static final TlvTag SAR_SEGMENT_SEQNUM = known(0x020F, "sar_segment_seqnum", Format.INTEGER, 1, 1);
    /**
     * {@code sc_interface_version} (0x0210, §5.3.2.25), integer of 1 octet: the SMSC's SMPP version in bind responses,
     * 0x34 for 3.4; absent means no TLV support.
     */
    public static final TlvTag SC_INTERFACE_VERSION = known(0x0210, "sc_interface_version", Format.INTEGER, 1, 1);
    /**
     * {@code callback_num_pres_ind} (0x0302, §5.3.2.37), integer of 1 octet: bits 3–2 presentation (0 allowed, 1
     * restricted, 2 not available), bits 1–0 screening.
     */
    public static final TlvTag CALLBACK_NUM_PRES_IND = known(0x0302, "callback_num_pres_ind", Format.INTEGER, 1, 1);
    /**
     * {@code callback_num_atag} (0x0303, §5.3.2.38), octet string of 0–65 octets: alphanumeric display tag for
     * callback_num; first octet is a data_coding.
     */
    public static final TlvTag CALLBACK_NUM_ATAG = known(0x0303, "callback_num_atag", Format.OCTETS, 0, 65);
    /** {@code number_of_messages} (0x0304, §5.3.2.39), integer of 1 octet: messages waiting, 0–99. */
    public static final TlvTag NUMBER_OF_MESSAGES = known(0x0304, "number_of_messages", Format.INTEGER, 1, 1);
    /**
     * {@code callback_num} (0x0381, §5.3.2.36), octet string of 4–19 octets: digit mode, TON, NPI, then ASCII digits;
     * may repeat.
     */
    public static final TlvTag CALLBACK_NUM = known(0x0381, "callback_num", Format.OCTETS, 4, 19);
    /**
     * {@code dpf_result} (0x0420, §5.3.2.28), integer of 1 octet: 0 delivery pending flag not set, 1 set (in
     * data_sm_resp).
     */
    public static final TlvTag DPF_RESULT = known(0x0420, "dpf_result", Format.INTEGER, 1, 1);
    /**
     * {@code set_dpf} (0x0421, §5.3.2.29), integer of 1 octet: 0 no, 1 yes: whether an alert_notification is wanted
     * when delivery fails.
     */
    public static final TlvTag SET_DPF = known(0x0421, "set_dpf", Format.INTEGER, 1, 1);
    /**
     * {@code ms_availability_status} (0x0422, §5.3.2.30), integer of 1 octet: 0 available, 1 denied, 2 unavailable (in
     * alert_notification).
     */
    public static final TlvTag MS_AVAILABILITY_STATUS = known(0x0422, "ms_availability_status", Format.INTEGER, 1, 1);
    /**
     * {@code network_error_code} (0x0423, §5.3.2.31), octet string of 3 octets: network type (1 ANSI-136, 2 IS-95, 3
     * GSM) then a 2-octet error; see NetworkErrorCode.
     */
    public static final TlvTag NETWORK_ERROR_CODE = known(0x0423, "network_error_code", Format.OCTETS, 3, 3);
    /**
     * {@code message_payload} (0x0424, §5.3.2.32), octet string of 0–65535 octets: the user data when it is not in
     * short_message (sm_length is then 0); "up to 64K", bounded in practice by the decoder's maximum PDU length. "Up to
     * 64K" octets; the decoder's maximum PDU length is the effective limit.
     */
    public static final TlvTag MESSAGE_PAYLOAD = known(0x0424, "message_payload", Format.OCTETS, 0, 0xFFFF);

    /**
     * {@code delivery_failure_reason} (0x0425, §5.3.2.33), integer of 1 octet: 0 destination unavailable, 1 invalid
     * address, 2 permanent network error, 3 temporary network error.
     */
    public static final TlvTag DELIVERY_FAILURE_REASON = known(0x0425, "delivery_failure_reason", Format.INTEGER, 1, 1);
    /**
     * {@code more_messages_to_send} (0x0426, §5.3.2.34), integer of 1 octet: 0 no more, 1 more to follow (the default).
     */
    public static final TlvTag MORE_MESSAGES_TO_SEND = known(0x0426, "more_messages_to_send", Format.INTEGER, 1, 1);
    /**
     * {@code message_state} (0x0427, §5.3.2.35), integer of 1 octet: the message's MessageState, in delivery receipts.
     */
    public static final TlvTag MESSAGE_STATE = known(0x0427, "message_state", Format.INTEGER, 1, 1);
    /**
     * {@code ussd_service_op} (0x0501, §5.3.2.44), integer of 1 octet: 0 PSSD indication, 1 PSSR indication, 2 USSR
     * request, 3 USSN request, 16–19 the matching responses and confirms.
     */
    public static final TlvTag USSD_SERVICE_OP = known(0x0501, "ussd_service_op", Format.INTEGER, 1, 1);
    /** {@code display_time} (0x1201, §5.3.2.26), integer of 1 octet: 0 temporary, 1 default, 2 invoke. */
    public static final TlvTag DISPLAY_TIME = known(0x1201, "display_time", Format.INTEGER, 1, 1);
    /** {@code sms_signal} (0x1203, §5.3.2.40), integer of 2 octets: alerting tone for an incoming message (TDMA). */
    public static final TlvTag SMS_SIGNAL = known(0x1203, "sms_signal", Format.INTEGER, 2, 2);
    /**
     * {@code ms_validity} (0x1204, §5.3.2.27), integer of 1 octet: 0 store indefinitely, 1 power down, 2 SID-based
     * registration area, 3 display only.
     */
    public static final TlvTag MS_VALIDITY = known(0x1204, "ms_validity", Format.INTEGER, 1, 1);
    /**
     * {@code alert_on_message_delivery} (0x130C, §5.3.2.41), no value of 0–1 octets: no value in 3.4 (SMPP 5.0 and some
     * peers send one octet, so 0 or 1 octets are accepted). The spec gives it no value; SMPP 5.0 and some peers send
     * one octet, so 0 or 1 is accepted.
     */
    public static final TlvTag ALERT_ON_MESSAGE_DELIVERY =
            known(0x130C, "alert_on_message_delivery", Format.EMPTY, 0, 1);

    /** {@code its_reply_type} (0x1380, §5.3.2.42), integer of 1 octet: 0–8, the reply method expected (CDMA). */
    public static final TlvTag ITS_REPLY_TYPE = known(0x1380, "its_reply_type", Format.INTEGER, 1, 1);
    /**
     * {@code its_session_info} (0x1383, §5.3.2.43), octet string of 2 octets: octet 1 session number, octet 2 bits 7–1
     * sequence and bit 0 end of session (CDMA).
     */
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

    /**
     * The constant for a 3.4 tag, or {@code null} for any other tag.
     *
     * @param tag the 16-bit tag from the wire
     * @return the constant, or null for vendor, extension, reserved and negative tags
     */
    public static TlvTag known(int tag) {
        return tag >= 0 && tag < KNOWN.length ? KNOWN[tag] : null;
    }

    /**
     * The 16-bit tag.
     *
     * @return the tag as written on the wire, 0x0001–0x1383
     */
    public int tag() {
        return tag;
    }

    /**
     * The spec's name, e.g. {@code receipted_message_id}.
     *
     * @return the lower-case name from Table 5-7
     */
    public String name() {
        return name;
    }

    /**
     * The value layout.
     *
     * @return how the value octets are to be read
     */
    public Format format() {
        return format;
    }

    /**
     * The smallest value length the spec allows (with the documented quirks).
     *
     * @return the minimum length of the value in octets; for an integer TLV also the size {@link
     *     Tlv#ofInt(TlvTag, long)} writes
     */
    public int minLength() {
        return minLength;
    }

    /**
     * The largest value length the spec allows (with the documented quirks).
     *
     * @return the maximum length of the value in octets, at most 65535
     */
    public int maxLength() {
        return maxLength;
    }

    /**
     * Whether {@code length} is allowed for this tag's value.
     *
     * @param length a value length in octets
     * @return true if it lies in {@link #minLength()}–{@link #maxLength()}
     */
    public boolean allowsLength(int length) {
        return length >= minLength && length <= maxLength;
    }

    @Override
    public String toString() {
        return name + String.format("(0x%04X)", tag);
    }
}
