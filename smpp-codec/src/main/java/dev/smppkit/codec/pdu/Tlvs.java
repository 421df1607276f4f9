package dev.smppkit.codec.pdu;

import dev.smppkit.codec.MessageState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The optional parameters of a PDU, in wire order, with typed accessors for the 3.4 TLVs. Unknown and vendor TLVs are
 * kept in place so that a decoded PDU re-encodes byte for byte. Immutable; build with {@link #builder()}.
 *
 * <p>The typed accessors read the first TLV with their tag and return an empty optional when it is absent; section
 * numbers refer to §5.3.2 of the spec. They do not check that the TLV is allowed in the PDU it came in.
 */
public final class Tlvs {
    /** No TLVs. */
    public static final Tlvs EMPTY = new Tlvs(new Tlv[0]);

    private final Tlv[] items;

    private Tlvs(Tlv[] items) {
        this.items = items;
    }

    static Tlvs wrap(Tlv[] items) {
        return items.length == 0 ? EMPTY : new Tlvs(items);
    }

    /**
     * A builder with no TLVs.
     *
     * @return a new, empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder that starts with these TLVs.
     *
     * @return a new builder holding these TLVs in the same order; this instance is not changed
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.items.addAll(Arrays.asList(items));
        return b;
    }

    /**
     * The TLVs in wire order.
     *
     * @return an unmodifiable list, empty for {@link #EMPTY}
     */
    public List<Tlv> list() {
        return Collections.unmodifiableList(Arrays.asList(items));
    }

    /**
     * Whether there are none.
     *
     * @return true if the PDU carries no optional parameters
     */
    public boolean isEmpty() {
        return items.length == 0;
    }

    /**
     * How many there are.
     *
     * @return the number of TLVs, repeated tags counted each time
     */
    public int size() {
        return items.length;
    }

    Tlv at(int i) {
        return items[i];
    }

    /**
     * The encoded size of all TLVs: 4 octets of tag and length each, plus the values.
     *
     * @return the octets the TLVs take in the PDU body; 0 for none
     */
    public int encodedLength() {
        int n = 0;
        for (Tlv t : items) {
            n += 4 + t.length();
        }
        return n;
    }

    /**
     * The first TLV with this tag.
     *
     * @param tag the 16-bit tag, e.g. {@code TlvTag.MESSAGE_STATE.tag()} or a vendor tag
     * @return the first TLV in wire order with that tag, or empty if there is none
     */
    public Optional<Tlv> get(int tag) {
        Tlv t = find(tag);
        return Optional.ofNullable(t);
    }

    /**
     * Every TLV with this tag (callback_num may repeat).
     *
     * @param tag the 16-bit tag
     * @return a new list of the TLVs with that tag in wire order; empty if there are none
     */
    public List<Tlv> getAll(int tag) {
        List<Tlv> all = new ArrayList<>();
        for (Tlv t : items) {
            if (t.tag() == tag) {
                all.add(t);
            }
        }
        return all;
    }

    /**
     * Whether a TLV with this tag is present.
     *
     * @param tag the 16-bit tag
     * @return true if at least one TLV has that tag
     */
    public boolean contains(int tag) {
        return find(tag) != null;
    }

    private Tlv find(int tag) {
        for (Tlv t : items) {
            if (t.tag() == tag) {
                return t;
            }
        }
        return null;
    }

    private OptionalInt integer(TlvTag tag) {
        Tlv t = find(tag.tag());
        return t == null ? OptionalInt.empty() : OptionalInt.of(t.intValue());
    }

    private Optional<String> string(TlvTag tag) {
        Tlv t = find(tag.tag());
        return t == null ? Optional.empty() : Optional.of(t.stringValue());
    }

    private Optional<byte[]> octets(TlvTag tag) {
        Tlv t = find(tag.tag());
        return t == null ? Optional.empty() : Optional.of(t.value());
    }

    /**
     * message_payload (0x0424, §5.3.2.32): the message when it is not in short_message.
     *
     * @return a copy of the payload octets, or empty if the TLV is absent; a present but zero-length payload gives an
     *     empty array
     */
    public Optional<byte[]> messagePayload() {
        return octets(TlvTag.MESSAGE_PAYLOAD);
    }

    /**
     * The length of message_payload, or -1 when absent; avoids copying the payload.
     *
     * @return the payload length in octets, 0–65535, or -1 if there is no message_payload
     */
    public int messagePayloadLength() {
        Tlv t = find(TlvTag.MESSAGE_PAYLOAD.tag());
        return t == null ? -1 : t.length();
    }

    /**
     * receipted_message_id (0x001E, §5.3.2.12), the id of the message a receipt is about.
     *
     * @return the SMSC message id as Latin-1 text without NUL (at most 64 characters), or empty if absent
     */
    public Optional<String> receiptedMessageId() {
        return string(TlvTag.RECEIPTED_MESSAGE_ID);
    }

    /**
     * message_state (0x0427, §5.3.2.35), in a delivery receipt.
     *
     * @return the state, or empty if the TLV is absent
     * @throws IllegalArgumentException if the value is not a 3.4 state (use {@link #get(int)} for the raw octet)
     */
    public Optional<MessageState> messageState() {
        OptionalInt v = integer(TlvTag.MESSAGE_STATE);
        return v.isPresent() ? Optional.of(MessageState.of(v.getAsInt())) : Optional.empty();
    }

    /**
     * network_error_code (0x0423, §5.3.2.31): why the network failed to deliver, in receipts and data_sm_resp.
     *
     * @return the network type and error code, or empty if the TLV is absent
     */
    public Optional<NetworkErrorCode> networkErrorCode() {
        Tlv t = find(TlvTag.NETWORK_ERROR_CODE.tag());
        return t == null ? Optional.empty() : Optional.of(NetworkErrorCode.decode(t.rawValue()));
    }

    /**
     * sar_msg_ref_num (0x020C, §5.3.2.22): the reference shared by all segments of a message.
     *
     * @return the reference, 0–65535, or empty if absent
     */
    public OptionalInt sarMsgRefNum() {
        return integer(TlvTag.SAR_MSG_REF_NUM);
    }

    /**
     * sar_total_segments (0x020E, §5.3.2.23): how many segments the long message has.
     *
     * @return the count as sent (the spec allows 1–255), or empty if absent
     */
    public OptionalInt sarTotalSegments() {
        return integer(TlvTag.SAR_TOTAL_SEGMENTS);
    }

    /**
     * sar_segment_seqnum (0x020F, §5.3.2.24), 1-based.
     *
     * @return this segment's number as sent (the spec allows 1 to sar_total_segments), or empty if absent
     */
    public OptionalInt sarSegmentSeqnum() {
        return integer(TlvTag.SAR_SEGMENT_SEQNUM);
    }

    /**
     * user_message_reference (0x0204, §5.3.2.17): the ESME's own reference for the message.
     *
     * @return the reference, 0–65535, or empty if absent
     */
    public OptionalInt userMessageReference() {
        return integer(TlvTag.USER_MESSAGE_REFERENCE);
    }

    /**
     * source_port (0x020A, §5.3.2.20): the originator's application port (WAP).
     *
     * @return the port, 0–65535, or empty if absent
     */
    public OptionalInt sourcePort() {
        return integer(TlvTag.SOURCE_PORT);
    }

    /**
     * destination_port (0x020B, §5.3.2.21): the destination's application port (WAP).
     *
     * @return the port, 0–65535, or empty if absent
     */
    public OptionalInt destinationPort() {
        return integer(TlvTag.DESTINATION_PORT);
    }

    /**
     * ussd_service_op (0x0501, §5.3.2.44): the USSD operation.
     *
     * @return 0 PSSD indication, 1 PSSR indication, 2 USSR request, 3 USSN request, 16–19 the matching responses and
     *     confirms, or another value as sent; empty if absent
     */
    public OptionalInt ussdServiceOp() {
        return integer(TlvTag.USSD_SERVICE_OP);
    }

    /**
     * ussd_service_op (0x0501, §5.3.2.44) as a typed operation.
     *
     * @return the operation, or empty if the TLV is absent or carries a value the spec does not define (read those
     *     with {@link #ussdServiceOp()})
     */
    public Optional<UssdServiceOp> ussdOperation() {
        OptionalInt v = ussdServiceOp();
        return v.isPresent() ? UssdServiceOp.of(v.getAsInt()) : Optional.empty();
    }

    /**
     * its_session_info (0x1383, §5.3.2.43): the USSD (or CDMA ITS) session number, sequence number and end flag.
     *
     * @return the session information, or empty if the TLV is absent
     */
    public Optional<ItsSessionInfo> itsSessionInfo() {
        Tlv t = find(TlvTag.ITS_SESSION_INFO.tag());
        return t == null ? Optional.empty() : Optional.of(ItsSessionInfo.decode(t.rawValue()));
    }

    /**
     * callback_num (0x0381, §5.3.2.36): digit mode, TON, NPI, then the digits. It may repeat.
     *
     * @return a copy of each callback_num value in wire order; an empty list if there is none
     */
    public List<byte[]> callbackNums() {
        List<byte[]> all = new ArrayList<>();
        for (Tlv t : getAll(TlvTag.CALLBACK_NUM.tag())) {
            all.add(t.value());
        }
        return all;
    }

    /**
     * sc_interface_version (0x0210, §5.3.2.25), in bind responses: absent means the SMSC does not support TLVs.
     *
     * @return the SMSC's interface version, 0x34 for 3.4, or empty if absent
     */
    public OptionalInt scInterfaceVersion() {
        return integer(TlvTag.SC_INTERFACE_VERSION);
    }

    /**
     * ms_availability_status (0x0422, §5.3.2.30), in alert_notification.
     *
     * @return 0 available, 1 denied (suspended, no SMS capability), 2 unavailable; empty if absent (which means 0)
     */
    public OptionalInt msAvailabilityStatus() {
        return integer(TlvTag.MS_AVAILABILITY_STATUS);
    }

    /**
     * delivery_failure_reason (0x0425, §5.3.2.33), in data_sm_resp.
     *
     * @return 0 destination unavailable, 1 invalid destination address, 2 permanent network error, 3 temporary network
     *     error; empty if absent
     */
    public OptionalInt deliveryFailureReason() {
        return integer(TlvTag.DELIVERY_FAILURE_REASON);
    }

    /**
     * additional_status_info_text (0x001D, §5.3.2.11): free text describing an error, in responses.
     *
     * @return the text without its NUL (at most 255 characters), or empty if absent
     */
    public Optional<String> additionalStatusInfoText() {
        return string(TlvTag.ADDITIONAL_STATUS_INFO_TEXT);
    }

    /**
     * dpf_result (0x0420, §5.3.2.28), in data_sm_resp: whether a delivery pending flag was set.
     *
     * @return 0 not set, 1 set, or empty if absent
     */
    public OptionalInt dpfResult() {
        return integer(TlvTag.DPF_RESULT);
    }

    /**
     * more_messages_to_send (0x0426, §5.3.2.34).
     *
     * @return 0 no more messages, 1 more messages follow; empty if absent (which means 1)
     */
    public OptionalInt moreMessagesToSend() {
        return integer(TlvTag.MORE_MESSAGES_TO_SEND);
    }

    /**
     * payload_type (0x0019, §5.3.2.10).
     *
     * @return 0 default (WDP), 1 WCMP; empty if absent
     */
    public OptionalInt payloadType() {
        return integer(TlvTag.PAYLOAD_TYPE);
    }

    /**
     * qos_time_to_live (0x0017, §5.3.2.9), seconds.
     *
     * @return the time to live in seconds, 0–4294967295, or empty if absent
     */
    public OptionalLong qosTimeToLive() {
        Tlv t = find(TlvTag.QOS_TIME_TO_LIVE.tag());
        return t == null ? OptionalLong.empty() : OptionalLong.of(t.longValue());
    }

    /**
     * language_indicator (0x020D, §5.3.2.19).
     *
     * @return 0 unspecified, 1 English, 2 French, 3 Spanish, 4 German, 5 Portuguese; empty if absent
     */
    public OptionalInt languageIndicator() {
        return integer(TlvTag.LANGUAGE_INDICATOR);
    }

    /**
     * privacy_indicator (0x0201, §5.3.2.14).
     *
     * @return 0 not restricted, 1 restricted, 2 confidential, 3 secret; empty if absent
     */
    public OptionalInt privacyIndicator() {
        return integer(TlvTag.PRIVACY_INDICATOR);
    }

    /**
     * source_subaddress (0x0202, §5.3.2.15).
     *
     * @return a copy of the 2–23 octets (the first is the subaddress type), or empty if absent
     */
    public Optional<byte[]> sourceSubaddress() {
        return octets(TlvTag.SOURCE_SUBADDRESS);
    }

    /**
     * dest_subaddress (0x0203, §5.3.2.16).
     *
     * @return a copy of the 2–23 octets (the first is the subaddress type), or empty if absent
     */
    public Optional<byte[]> destSubaddress() {
        return octets(TlvTag.DEST_SUBADDRESS);
    }

    /**
     * source_telematics_id (0x0010, §5.3.2.8), 1 or 2 octets.
     *
     * @return the value, whichever length it was sent in, or empty if absent
     */
    public OptionalInt sourceTelematicsId() {
        return integer(TlvTag.SOURCE_TELEMATICS_ID);
    }

    /**
     * Whether alert_on_message_delivery (0x130C, §5.3.2.41) is present (its value, if any, is ignored).
     *
     * @return true if the TLV is present: the handset should alert the user on delivery
     */
    public boolean alertOnMessageDelivery() {
        return contains(TlvTag.ALERT_ON_MESSAGE_DELIVERY.tag());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tlvs t && Arrays.equals(t.items, items);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(items);
    }

    @Override
    public String toString() {
        return Arrays.toString(items);
    }

    /** Builds {@link Tlvs}. Typed setters replace a TLV with the same tag in place; {@link #add} appends. */
    public static final class Builder {
        private final List<Tlv> items = new ArrayList<>();

        private Builder() {}

        /**
         * Appends a TLV, keeping any others with the same tag (for repeatable TLVs and vendor extensions).
         *
         * @param tlv the TLV to append
         * @return this builder
         */
        public Builder add(Tlv tlv) {
            items.add(tlv);
            return this;
        }

        /**
         * Replaces the first TLV with the same tag in place, removing later ones, or appends.
         *
         * @param tlv the TLV to set
         * @return this builder
         */
        public Builder set(Tlv tlv) {
            int at = -1;
            for (int i = items.size() - 1; i >= 0; i--) {
                if (items.get(i).tag() == tlv.tag()) {
                    if (at >= 0) {
                        items.remove(at);
                    }
                    at = i;
                }
            }
            if (at >= 0) {
                items.set(at, tlv);
            } else {
                items.add(tlv);
            }
            return this;
        }

        /**
         * Removes every TLV with this tag.
         *
         * @param tag the 16-bit tag
         * @return this builder
         */
        public Builder remove(int tag) {
            items.removeIf(t -> t.tag() == tag);
            return this;
        }

        /**
         * Sets message_payload (0x0424, §5.3.2.32): the message when short_message is empty.
         *
         * @param payload the message octets, at most 65,535 (the peer's maximum PDU length may allow fewer); copied
         * @return this builder
         * @throws IllegalArgumentException if payload is longer than 65,535 octets
         */
        public Builder messagePayload(byte[] payload) {
            return set(Tlv.of(TlvTag.MESSAGE_PAYLOAD.tag(), payload));
        }

        /**
         * Sets receipted_message_id (0x001E, §5.3.2.12), in a delivery receipt.
         *
         * @param id the SMSC message id, Latin-1, at most 64 characters
         * @return this builder
         * @throws IllegalArgumentException if id is longer than 64 characters or has a non-Latin-1 character or NUL
         */
        public Builder receiptedMessageId(String id) {
            return set(Tlv.ofCString(TlvTag.RECEIPTED_MESSAGE_ID, id));
        }

        /**
         * Sets message_state (0x0427, §5.3.2.35), in a delivery receipt.
         *
         * @param state the final (or current) state of the message
         * @return this builder
         */
        public Builder messageState(MessageState state) {
            return set(Tlv.ofInt(TlvTag.MESSAGE_STATE, state.code()));
        }

        /**
         * Sets network_error_code (0x0423, §5.3.2.31).
         *
         * @param code the network type and its error code
         * @return this builder
         */
        public Builder networkErrorCode(NetworkErrorCode code) {
            return set(code.toTlv());
        }

        /**
         * The three SAR TLVs of one segment: reference 0–65535, total 1–255, seqnum 1–total.
         *
         * @param msgRefNum the sar_msg_ref_num (§5.3.2.22) shared by every segment, 0–65535
         * @param totalSegments the sar_total_segments (§5.3.2.23), 1–255
         * @param segmentSeqnum the sar_segment_seqnum (§5.3.2.24), 1 to totalSegments
         * @return this builder
         * @throws IllegalArgumentException if any of the three is out of range
         */
        public Builder sar(int msgRefNum, int totalSegments, int segmentSeqnum) {
            if (totalSegments < 1 || totalSegments > 255) {
                throw new IllegalArgumentException("sar_total_segments is " + totalSegments + "; must be 1-255");
            }
            if (segmentSeqnum < 1 || segmentSeqnum > totalSegments) {
                throw new IllegalArgumentException(
                        "sar_segment_seqnum is " + segmentSeqnum + "; must be 1-" + totalSegments);
            }
            set(Tlv.ofInt(TlvTag.SAR_MSG_REF_NUM, msgRefNum));
            set(Tlv.ofInt(TlvTag.SAR_TOTAL_SEGMENTS, totalSegments));
            return set(Tlv.ofInt(TlvTag.SAR_SEGMENT_SEQNUM, segmentSeqnum));
        }

        /**
         * Sets user_message_reference (0x0204, §5.3.2.17).
         *
         * @param reference the ESME's reference for the message, 0–65535
         * @return this builder
         * @throws IllegalArgumentException if reference is not 0–65535
         */
        public Builder userMessageReference(int reference) {
            return set(Tlv.ofInt(TlvTag.USER_MESSAGE_REFERENCE, reference));
        }

        /**
         * Sets source_port (0x020A, §5.3.2.20).
         *
         * @param port the originator's application port, 0–65535
         * @return this builder
         * @throws IllegalArgumentException if port is not 0–65535
         */
        public Builder sourcePort(int port) {
            return set(Tlv.ofInt(TlvTag.SOURCE_PORT, port));
        }

        /**
         * Sets destination_port (0x020B, §5.3.2.21).
         *
         * @param port the destination's application port, 0–65535
         * @return this builder
         * @throws IllegalArgumentException if port is not 0–65535
         */
        public Builder destinationPort(int port) {
            return set(Tlv.ofInt(TlvTag.DESTINATION_PORT, port));
        }

        /**
         * Sets ussd_service_op (0x0501, §5.3.2.44).
         *
         * @param op the USSD operation, 0–255 (0–3 and 16–19 are defined)
         * @return this builder
         * @throws IllegalArgumentException if op is not 0–255
         */
        public Builder ussdServiceOp(int op) {
            return set(Tlv.ofInt(TlvTag.USSD_SERVICE_OP, op));
        }

        /**
         * Sets ussd_service_op (0x0501, §5.3.2.44) from a typed operation.
         *
         * @param op the USSD operation
         * @return this builder
         */
        public Builder ussdServiceOp(UssdServiceOp op) {
            return set(Tlv.ofInt(TlvTag.USSD_SERVICE_OP, op.code()));
        }

        /**
         * Sets its_session_info (0x1383, §5.3.2.43).
         *
         * @param info the session number, sequence number and end-of-session flag
         * @return this builder
         */
        public Builder itsSessionInfo(ItsSessionInfo info) {
            return set(info.toTlv());
        }

        /**
         * Appends a callback_num (digit mode, TON, NPI, then ASCII digits); it may repeat.
         *
         * @param value the callback_num value (§5.3.2.36), 4–19 octets; copied
         * @return this builder
         * @throws IllegalArgumentException if value is not 4–19 octets
         */
        public Builder addCallbackNum(byte[] value) {
            return add(Tlv.of(TlvTag.CALLBACK_NUM.tag(), value));
        }

        /**
         * Sets sc_interface_version (0x0210, §5.3.2.25), for a bind response.
         *
         * @param version the SMSC's SMPP version, 0x34 for 3.4; 0–255
         * @return this builder
         * @throws IllegalArgumentException if version is not 0–255
         */
        public Builder scInterfaceVersion(int version) {
            return set(Tlv.ofInt(TlvTag.SC_INTERFACE_VERSION, version));
        }

        /**
         * Sets ms_availability_status (0x0422, §5.3.2.30), for alert_notification.
         *
         * @param status 0 available, 1 denied, 2 unavailable; 0–255 accepted
         * @return this builder
         * @throws IllegalArgumentException if status is not 0–255
         */
        public Builder msAvailabilityStatus(int status) {
            return set(Tlv.ofInt(TlvTag.MS_AVAILABILITY_STATUS, status));
        }

        /**
         * Sets delivery_failure_reason (0x0425, §5.3.2.33), for data_sm_resp.
         *
         * @param reason 0 destination unavailable, 1 invalid address, 2 permanent and 3 temporary network error; 0–255
         *     accepted
         * @return this builder
         * @throws IllegalArgumentException if reason is not 0–255
         */
        public Builder deliveryFailureReason(int reason) {
            return set(Tlv.ofInt(TlvTag.DELIVERY_FAILURE_REASON, reason));
        }

        /**
         * Sets additional_status_info_text (0x001D, §5.3.2.11).
         *
         * @param text free text describing a status, Latin-1, at most 255 characters
         * @return this builder
         * @throws IllegalArgumentException if text is longer than 255 characters or has a non-Latin-1 character or NUL
         */
        public Builder additionalStatusInfoText(String text) {
            return set(Tlv.ofCString(TlvTag.ADDITIONAL_STATUS_INFO_TEXT, text));
        }

        /**
         * Sets dpf_result (0x0420, §5.3.2.28), for data_sm_resp.
         *
         * @param result 0 delivery pending flag not set, 1 set; 0–255 accepted
         * @return this builder
         * @throws IllegalArgumentException if result is not 0–255
         */
        public Builder dpfResult(int result) {
            return set(Tlv.ofInt(TlvTag.DPF_RESULT, result));
        }

        /**
         * Sets more_messages_to_send (0x0426, §5.3.2.34).
         *
         * @param more true (1) if more messages follow for the same destination, false (0) otherwise
         * @return this builder
         */
        public Builder moreMessagesToSend(boolean more) {
            return set(Tlv.ofInt(TlvTag.MORE_MESSAGES_TO_SEND, more ? 1 : 0));
        }

        /**
         * Sets payload_type (0x0019, §5.3.2.10).
         *
         * @param type 0 default (WDP), 1 WCMP; 0–255 accepted
         * @return this builder
         * @throws IllegalArgumentException if type is not 0–255
         */
        public Builder payloadType(int type) {
            return set(Tlv.ofInt(TlvTag.PAYLOAD_TYPE, type));
        }

        /**
         * Sets qos_time_to_live (0x0017, §5.3.2.9).
         *
         * @param seconds how long the message stays valid, 0–4294967295 seconds
         * @return this builder
         * @throws IllegalArgumentException if seconds does not fit in 4 unsigned octets
         */
        public Builder qosTimeToLive(long seconds) {
            return set(Tlv.ofInt(TlvTag.QOS_TIME_TO_LIVE, seconds));
        }

        /**
         * Sets language_indicator (0x020D, §5.3.2.19).
         *
         * @param language 0 unspecified, 1 English, 2 French, 3 Spanish, 4 German, 5 Portuguese; 0–255 accepted
         * @return this builder
         * @throws IllegalArgumentException if language is not 0–255
         */
        public Builder languageIndicator(int language) {
            return set(Tlv.ofInt(TlvTag.LANGUAGE_INDICATOR, language));
        }

        /**
         * Sets privacy_indicator (0x0201, §5.3.2.14).
         *
         * @param indicator 0 not restricted, 1 restricted, 2 confidential, 3 secret; 0–255 accepted
         * @return this builder
         * @throws IllegalArgumentException if indicator is not 0–255
         */
        public Builder privacyIndicator(int indicator) {
            return set(Tlv.ofInt(TlvTag.PRIVACY_INDICATOR, indicator));
        }

        /**
         * Sets alert_on_message_delivery (0x130C, §5.3.2.41), which has no value: the handset alerts on delivery.
         *
         * @return this builder
         */
        public Builder alertOnMessageDelivery() {
            return set(Tlv.of(TlvTag.ALERT_ON_MESSAGE_DELIVERY.tag(), new byte[0]));
        }

        /**
         * The TLVs set so far, in the order they were added.
         *
         * @return {@link Tlvs#EMPTY} if none were added, otherwise a new immutable instance; the builder may be reused
         */
        public Tlvs build() {
            return wrap(items.toArray(new Tlv[0]));
        }
    }
}
