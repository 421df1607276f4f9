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

    /** A builder with no TLVs. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts with these TLVs. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.items.addAll(Arrays.asList(items));
        return b;
    }

    /** The TLVs in wire order. */
    public List<Tlv> list() {
        return Collections.unmodifiableList(Arrays.asList(items));
    }

    /** Whether there are none. */
    public boolean isEmpty() {
        return items.length == 0;
    }

    /** How many there are. */
    public int size() {
        return items.length;
    }

    Tlv at(int i) {
        return items[i];
    }

    /** The encoded size of all TLVs: 4 octets of tag and length each, plus the values. */
    public int encodedLength() {
        int n = 0;
        for (Tlv t : items) {
            n += 4 + t.length();
        }
        return n;
    }

    /** The first TLV with this tag. */
    public Optional<Tlv> get(int tag) {
        Tlv t = find(tag);
        return Optional.ofNullable(t);
    }

    /** Every TLV with this tag (callback_num may repeat). */
    public List<Tlv> getAll(int tag) {
        List<Tlv> all = new ArrayList<>();
        for (Tlv t : items) {
            if (t.tag() == tag) {
                all.add(t);
            }
        }
        return all;
    }

    /** Whether a TLV with this tag is present. */
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

    /** message_payload (0x0424): the message when it is not in short_message. */
    public Optional<byte[]> messagePayload() {
        return octets(TlvTag.MESSAGE_PAYLOAD);
    }

    /** The length of message_payload, or -1 when absent; avoids copying the payload. */
    public int messagePayloadLength() {
        Tlv t = find(TlvTag.MESSAGE_PAYLOAD.tag());
        return t == null ? -1 : t.length();
    }

    /** receipted_message_id (0x001E), the id of the message a receipt is about. */
    public Optional<String> receiptedMessageId() {
        return string(TlvTag.RECEIPTED_MESSAGE_ID);
    }

    /**
     * message_state (0x0427), in a delivery receipt.
     *
     * @throws IllegalArgumentException if the value is not a 3.4 state (use {@link #get(int)} for the raw octet)
     */
    public Optional<MessageState> messageState() {
        OptionalInt v = integer(TlvTag.MESSAGE_STATE);
        return v.isPresent() ? Optional.of(MessageState.of(v.getAsInt())) : Optional.empty();
    }

    /** network_error_code (0x0423). */
    public Optional<NetworkErrorCode> networkErrorCode() {
        Tlv t = find(TlvTag.NETWORK_ERROR_CODE.tag());
        return t == null ? Optional.empty() : Optional.of(NetworkErrorCode.decode(t.rawValue()));
    }

    /** sar_msg_ref_num (0x020C): the reference shared by all segments of a message. */
    public OptionalInt sarMsgRefNum() {
        return integer(TlvTag.SAR_MSG_REF_NUM);
    }

    /** sar_total_segments (0x020E). */
    public OptionalInt sarTotalSegments() {
        return integer(TlvTag.SAR_TOTAL_SEGMENTS);
    }

    /** sar_segment_seqnum (0x020F), 1-based. */
    public OptionalInt sarSegmentSeqnum() {
        return integer(TlvTag.SAR_SEGMENT_SEQNUM);
    }

    /** user_message_reference (0x0204). */
    public OptionalInt userMessageReference() {
        return integer(TlvTag.USER_MESSAGE_REFERENCE);
    }

    /** source_port (0x020A). */
    public OptionalInt sourcePort() {
        return integer(TlvTag.SOURCE_PORT);
    }

    /** destination_port (0x020B). */
    public OptionalInt destinationPort() {
        return integer(TlvTag.DESTINATION_PORT);
    }

    /** ussd_service_op (0x0501). */
    public OptionalInt ussdServiceOp() {
        return integer(TlvTag.USSD_SERVICE_OP);
    }

    /** callback_num (0x0381): digit mode, TON, NPI, then the digits. It may repeat. */
    public List<byte[]> callbackNums() {
        List<byte[]> all = new ArrayList<>();
        for (Tlv t : getAll(TlvTag.CALLBACK_NUM.tag())) {
            all.add(t.value());
        }
        return all;
    }

    /** sc_interface_version (0x0210), in bind responses: absent means the SMSC does not support TLVs. */
    public OptionalInt scInterfaceVersion() {
        return integer(TlvTag.SC_INTERFACE_VERSION);
    }

    /** ms_availability_status (0x0422), in alert_notification. */
    public OptionalInt msAvailabilityStatus() {
        return integer(TlvTag.MS_AVAILABILITY_STATUS);
    }

    /** delivery_failure_reason (0x0425), in data_sm_resp. */
    public OptionalInt deliveryFailureReason() {
        return integer(TlvTag.DELIVERY_FAILURE_REASON);
    }

    /** additional_status_info_text (0x001D). */
    public Optional<String> additionalStatusInfoText() {
        return string(TlvTag.ADDITIONAL_STATUS_INFO_TEXT);
    }

    /** dpf_result (0x0420). */
    public OptionalInt dpfResult() {
        return integer(TlvTag.DPF_RESULT);
    }

    /** more_messages_to_send (0x0426). */
    public OptionalInt moreMessagesToSend() {
        return integer(TlvTag.MORE_MESSAGES_TO_SEND);
    }

    /** payload_type (0x0019). */
    public OptionalInt payloadType() {
        return integer(TlvTag.PAYLOAD_TYPE);
    }

    /** qos_time_to_live (0x0017), seconds. */
    public OptionalLong qosTimeToLive() {
        Tlv t = find(TlvTag.QOS_TIME_TO_LIVE.tag());
        return t == null ? OptionalLong.empty() : OptionalLong.of(t.longValue());
    }

    /** language_indicator (0x020D). */
    public OptionalInt languageIndicator() {
        return integer(TlvTag.LANGUAGE_INDICATOR);
    }

    /** privacy_indicator (0x0201). */
    public OptionalInt privacyIndicator() {
        return integer(TlvTag.PRIVACY_INDICATOR);
    }

    /** source_subaddress (0x0202). */
    public Optional<byte[]> sourceSubaddress() {
        return octets(TlvTag.SOURCE_SUBADDRESS);
    }

    /** dest_subaddress (0x0203). */
    public Optional<byte[]> destSubaddress() {
        return octets(TlvTag.DEST_SUBADDRESS);
    }

    /** source_telematics_id (0x0010), 1 or 2 octets. */
    public OptionalInt sourceTelematicsId() {
        return integer(TlvTag.SOURCE_TELEMATICS_ID);
    }

    /** Whether alert_on_message_delivery (0x130C) is present (its value, if any, is ignored). */
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

        /** Appends a TLV, keeping any others with the same tag (for repeatable TLVs and vendor extensions). */
        public Builder add(Tlv tlv) {
            items.add(tlv);
            return this;
        }

        /** Replaces the first TLV with the same tag in place, removing later ones, or appends. */
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

        /** Removes every TLV with this tag. */
        public Builder remove(int tag) {
            items.removeIf(t -> t.tag() == tag);
            return this;
        }

        public Builder messagePayload(byte[] payload) {
            return set(Tlv.of(TlvTag.MESSAGE_PAYLOAD.tag(), payload));
        }

        public Builder receiptedMessageId(String id) {
            return set(Tlv.ofCString(TlvTag.RECEIPTED_MESSAGE_ID, id));
        }

        public Builder messageState(MessageState state) {
            return set(Tlv.ofInt(TlvTag.MESSAGE_STATE, state.code()));
        }

        public Builder networkErrorCode(NetworkErrorCode code) {
            return set(code.toTlv());
        }

        /** The three SAR TLVs of one segment: reference 0–65535, total 1–255, seqnum 1–total. */
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

        public Builder userMessageReference(int reference) {
            return set(Tlv.ofInt(TlvTag.USER_MESSAGE_REFERENCE, reference));
        }

        public Builder sourcePort(int port) {
            return set(Tlv.ofInt(TlvTag.SOURCE_PORT, port));
        }

        public Builder destinationPort(int port) {
            return set(Tlv.ofInt(TlvTag.DESTINATION_PORT, port));
        }

        public Builder ussdServiceOp(int op) {
            return set(Tlv.ofInt(TlvTag.USSD_SERVICE_OP, op));
        }

        /** Appends a callback_num (digit mode, TON, NPI, then ASCII digits); it may repeat. */
        public Builder addCallbackNum(byte[] value) {
            return add(Tlv.of(TlvTag.CALLBACK_NUM.tag(), value));
        }

        public Builder scInterfaceVersion(int version) {
            return set(Tlv.ofInt(TlvTag.SC_INTERFACE_VERSION, version));
        }

        public Builder msAvailabilityStatus(int status) {
            return set(Tlv.ofInt(TlvTag.MS_AVAILABILITY_STATUS, status));
        }

        public Builder deliveryFailureReason(int reason) {
            return set(Tlv.ofInt(TlvTag.DELIVERY_FAILURE_REASON, reason));
        }

        public Builder additionalStatusInfoText(String text) {
            return set(Tlv.ofCString(TlvTag.ADDITIONAL_STATUS_INFO_TEXT, text));
        }

        public Builder dpfResult(int result) {
            return set(Tlv.ofInt(TlvTag.DPF_RESULT, result));
        }

        public Builder moreMessagesToSend(boolean more) {
            return set(Tlv.ofInt(TlvTag.MORE_MESSAGES_TO_SEND, more ? 1 : 0));
        }

        public Builder payloadType(int type) {
            return set(Tlv.ofInt(TlvTag.PAYLOAD_TYPE, type));
        }

        public Builder qosTimeToLive(long seconds) {
            return set(Tlv.ofInt(TlvTag.QOS_TIME_TO_LIVE, seconds));
        }

        public Builder languageIndicator(int language) {
            return set(Tlv.ofInt(TlvTag.LANGUAGE_INDICATOR, language));
        }

        public Builder privacyIndicator(int indicator) {
            return set(Tlv.ofInt(TlvTag.PRIVACY_INDICATOR, indicator));
        }

        public Builder alertOnMessageDelivery() {
            return set(Tlv.of(TlvTag.ALERT_ON_MESSAGE_DELIVERY.tag(), new byte[0]));
        }

        public Tlvs build() {
            return wrap(items.toArray(new Tlv[0]));
        }
    }
}
