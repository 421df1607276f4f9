package dev.smppkit.jackson.internal;

import static dev.smppkit.jackson.internal.JsonFields.array;
import static dev.smppkit.jackson.internal.JsonFields.bytes;
import static dev.smppkit.jackson.internal.JsonFields.integer;
import static dev.smppkit.jackson.internal.JsonFields.optText;
import static dev.smppkit.jackson.internal.JsonFields.text;
import static dev.smppkit.jackson.internal.ValueJson.readAddress;
import static dev.smppkit.jackson.internal.ValueJson.readStatus;
import static dev.smppkit.jackson.internal.ValueJson.readTime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.smppkit.codec.CommandId;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.EsmClass;
import dev.smppkit.codec.MessageState;
import dev.smppkit.codec.RegisteredDelivery;
import dev.smppkit.codec.SmppTime;
import dev.smppkit.codec.pdu.AlertNotification;
import dev.smppkit.codec.pdu.BaseSm;
import dev.smppkit.codec.pdu.Bind;
import dev.smppkit.codec.pdu.BindResp;
import dev.smppkit.codec.pdu.BindType;
import dev.smppkit.codec.pdu.CancelSm;
import dev.smppkit.codec.pdu.CancelSmResp;
import dev.smppkit.codec.pdu.DataSm;
import dev.smppkit.codec.pdu.DataSmResp;
import dev.smppkit.codec.pdu.DeliverSm;
import dev.smppkit.codec.pdu.DeliverSmResp;
import dev.smppkit.codec.pdu.EnquireLink;
import dev.smppkit.codec.pdu.EnquireLinkResp;
import dev.smppkit.codec.pdu.GenericNack;
import dev.smppkit.codec.pdu.MessageIdResponse;
import dev.smppkit.codec.pdu.Outbind;
import dev.smppkit.codec.pdu.Pdu;
import dev.smppkit.codec.pdu.QuerySm;
import dev.smppkit.codec.pdu.QuerySmResp;
import dev.smppkit.codec.pdu.ReplaceSm;
import dev.smppkit.codec.pdu.ReplaceSmResp;
import dev.smppkit.codec.pdu.SubmitMulti;
import dev.smppkit.codec.pdu.SubmitMultiResp;
import dev.smppkit.codec.pdu.SubmitSm;
import dev.smppkit.codec.pdu.SubmitSmResp;
import dev.smppkit.codec.pdu.Tlvs;
import dev.smppkit.codec.pdu.Unbind;
import dev.smppkit.codec.pdu.UnbindResp;
import dev.smppkit.codec.pdu.UnknownPdu;
import dev.smppkit.codec.text.LogSafe;
import java.util.HashMap;
import java.util.Map;

/**
 * Rebuilds a PDU from the JSON that {@link PduJsonWriter} writes, through the codec's public builders and factories.
 * The few values those cannot express (TLVs on header-only PDUs, the reserved fields of deliver_sm and submit_multi, a
 * message_state 3.4 does not define) go through {@link PduRebuild}, so every PDU the codec can decode comes back
 * equal. Missing optional fields take the PDU defaults, so hand-written JSON may leave them out.
 */
public final class PduJsonReader {
    private static final Map<String, CommandId> BY_NAME = new HashMap<>();

    static {
        int[] ids = {
            0x80000000, 0x00000001, 0x80000001, 0x00000002, 0x80000002, 0x00000003, 0x80000003, 0x00000004,
            0x80000004, 0x00000005, 0x80000005, 0x00000006, 0x80000006, 0x00000007, 0x80000007, 0x00000008,
            0x80000008, 0x00000009, 0x80000009, 0x0000000B, 0x00000015, 0x80000015, 0x00000021, 0x80000021,
            0x00000102, 0x00000103, 0x80000103
        };
        for (int id : ids) {
            CommandId c = CommandId.of(id);
            BY_NAME.put(c.name(), c);
        }
    }

    private PduJsonReader() {}

    /**
     * Reads a PDU from its JSON object, the form {@link PduJsonWriter} writes.
     *
     * @param node the PDU's JSON object
     * @return the PDU, of the type its command names
     * @throws IllegalArgumentException naming the field that is missing or invalid
     */
    public static Pdu read(JsonNode node) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("a PDU must be a JSON object, got " + node.getNodeType());
        }
        String command = text(node, "command");
        int seq = integer(node, "sequence_number", 0);
        Tlvs tlvs = ValueJson.readTlvs(node, "tlvs");
        CommandStatus status = readStatus(node, "command_status");
        if (command.equals(PduJsonWriter.UNKNOWN)) {
            if (!tlvs.isEmpty()) {
                throw new IllegalArgumentException("an unknown PDU has no TLVs: they are part of its 'body'");
            }
            return UnknownPdu.of(integer(node, "command_id"), status, bytes(node, "body"))
                    .withSequenceNumber(seq);
        }
        CommandId id = BY_NAME.get(command);
        if (id == null) {
            throw new IllegalArgumentException(
                    "'command' is '" + command + "'; not an SMPP 3.4 command (or 'unknown')");
        }
        return body(node, id.value(), status, tlvs).withSequenceNumber(seq);
    }

    /**
     * The password as given: the module never writes one, but JSON written by hand may carry it. The mask the module
     * writes in its place is refused, rather than read as a password nobody set.
     */
    private static String password(JsonNode n) {
        String password = text(n, "password", "");
        if (password.equals(LogSafe.MASK)) {
            throw new IllegalArgumentException("'password' is masked (\"" + LogSafe.MASK
                    + "\"): smppkit never writes a password to JSON; put the real one in the JSON, or build the"
                    + " PDU with it after reading");
        }
        return password;
    }

    private static Pdu body(JsonNode n, int id, CommandStatus status, Tlvs tlvs) {
        switch (id) {
            case 0x00000001, 0x00000002, 0x00000009:
                return Bind.builder(BindType.of(id))
                        .systemId(text(n, "system_id", ""))
                        .password(password(n))
                        .systemType(text(n, "system_type", ""))
                        .interfaceVersion(integer(n, "interface_version", Bind.VERSION_3_4))
                        .addressRange(readAddress(n, "address_range"))
                        .tlvs(tlvs)
                        .build();
            case 0x80000001, 0x80000002, 0x80000009: {
                BindResp.Builder b =
                        BindResp.builder(BindType.of(id)).commandStatus(status).tlvs(tlvs);
                String systemId = optText(n, "system_id");
                return (systemId != null ? b.systemId(systemId) : b).build();
            }
            case 0x0000000B:
                return PduRebuild.withTlvs(Outbind.of(text(n, "system_id", ""), password(n)), tlvs);
            case 0x00000006:
                return PduRebuild.withTlvs(Unbind.create(), tlvs);
            case 0x80000006:
                return PduRebuild.withTlvs(UnbindResp.create(status), tlvs);
            case 0x00000015:
                return PduRebuild.withTlvs(EnquireLink.create(), tlvs);
            case 0x80000015:
                return PduRebuild.withTlvs(EnquireLinkResp.create(status), tlvs);
            case 0x80000000:
                return PduRebuild.withTlvs(GenericNack.create(status), tlvs);
            case 0x80000008:
                return PduRebuild.withTlvs(CancelSmResp.create(status), tlvs);
            case 0x80000007:
                return PduRebuild.withTlvs(ReplaceSmResp.create(status), tlvs);
            case 0x00000004:
                return shortMessage(SubmitSm.builder(), n, tlvs).build();
            case 0x00000005:
                return deliverSm(n, tlvs);
            case 0x00000021:
                return submitMulti(n, tlvs);
            case 0x80000004:
                return messageIdResp(SubmitSmResp.builder(), n, status, tlvs);
            case 0x80000005:
                return messageIdResp(DeliverSmResp.builder(), n, status, tlvs);
            case 0x80000103:
                return messageIdResp(DataSmResp.builder(), n, status, tlvs);
            case 0x80000021:
                return submitMultiResp(n, status, tlvs);
            case 0x00000003:
                return PduRebuild.withTlvs(QuerySm.of(text(n, "message_id", ""), readAddress(n, "source")), tlvs);
            case 0x80000003:
                return querySmResp(n, status, tlvs);
            case 0x00000008:
                return CancelSm.builder()
                        .serviceType(text(n, "service_type", ""))
                        .messageId(text(n, "message_id", ""))
                        .sourceAddress(readAddress(n, "source"))
                        .destAddress(readAddress(n, "dest"))
                        .tlvs(tlvs)
                        .build();
            case 0x00000007:
                return ReplaceSm.builder()
                        .messageId(text(n, "message_id", ""))
                        .sourceAddress(readAddress(n, "source"))
                        .scheduleDeliveryTime(readTime(n, "schedule_delivery_time"))
                        .validityPeriod(readTime(n, "validity_period"))
                        .registeredDelivery(RegisteredDelivery.of(integer(n, "registered_delivery", 0)))
                        .smDefaultMsgId(integer(n, "sm_default_msg_id", 0))
                        .shortMessage(bytes(n, "short_message"))
                        .tlvs(tlvs)
                        .build();
            case 0x00000103:
                return DataSm.builder()
                        .serviceType(text(n, "service_type", ""))
                        .sourceAddress(readAddress(n, "source"))
                        .destAddress(readAddress(n, "dest"))
                        .esmClass(EsmClass.of(integer(n, "esm_class", 0)))
                        .registeredDelivery(RegisteredDelivery.of(integer(n, "registered_delivery", 0)))
                        .dataCoding(DataCoding.of(integer(n, "data_coding", 0)))
                        .tlvs(tlvs)
                        .build();
            case 0x00000102:
                return AlertNotification.of(readAddress(n, "source"), readAddress(n, "esme_addr"), tlvs);
            default:
                throw new AssertionError("unmapped command_id " + id);
        }
    }

    /** The fields submit_sm, deliver_sm and submit_multi share (the single destination is set by the caller). */
    private static <B extends BaseSm.Builder<?, B>> B shortMessage(B b, JsonNode n, Tlvs tlvs) {
        b.serviceType(text(n, "service_type", ""))
                .sourceAddress(readAddress(n, "source"))
                .esmClass(EsmClass.of(integer(n, "esm_class", 0)))
                .protocolId(integer(n, "protocol_id", 0))
                .priorityFlag(integer(n, "priority_flag", 0))
                .registeredDelivery(RegisteredDelivery.of(integer(n, "registered_delivery", 0)))
                .dataCoding(DataCoding.of(integer(n, "data_coding", 0)))
                .tlvs(tlvs)
                .shortMessage(bytes(n, "short_message"));
        if (b instanceof SubmitSm.Builder s) {
            s.destAddress(readAddress(n, "dest"))
                    .scheduleDeliveryTime(readTime(n, "schedule_delivery_time"))
                    .validityPeriod(readTime(n, "validity_period"))
                    .replaceIfPresentFlag(integer(n, "replace_if_present_flag", 0))
                    .smDefaultMsgId(integer(n, "sm_default_msg_id", 0));
        }
        return b;
    }

    private static DeliverSm deliverSm(JsonNode n, Tlvs tlvs) {
        SmppTime schedule = readTime(n, "schedule_delivery_time");
        SmppTime validity = readTime(n, "validity_period");
        int replace = integer(n, "replace_if_present_flag", 0);
        int smDefault = integer(n, "sm_default_msg_id", 0);
        if (schedule != null || validity != null || replace != 0 || smDefault != 0) {
            // deliver_sm's builder has no setters for these (they must be NULL), but a decoded one keeps them
            return PduRebuild.asDeliverSm(
                    shortMessage(SubmitSm.builder(), n, tlvs).build());
        }
        return shortMessage(DeliverSm.builder(), n, tlvs)
                .destAddress(readAddress(n, "dest"))
                .build();
    }

    private static SubmitMulti submitMulti(JsonNode n, Tlvs tlvs) {
        SubmitMulti.Builder b = shortMessage(SubmitMulti.builder(), n, tlvs)
                .scheduleDeliveryTime(readTime(n, "schedule_delivery_time"))
                .validityPeriod(readTime(n, "validity_period"))
                .smDefaultMsgId(integer(n, "sm_default_msg_id", 0));
        for (JsonNode d : array(n, "destinations")) {
            b.addDestination(ValueJson.readDestination(d));
        }
        SubmitMulti built = b.build();
        int replace = integer(n, "replace_if_present_flag", 0);
        // reserved in submit_multi, so the builder has no setter; a decoded one keeps what was sent
        return replace == 0 ? built : PduRebuild.withReplaceIfPresentFlag(built, replace);
    }

    private static <P extends MessageIdResponse, B extends MessageIdResponse.Builder<P, B>> P messageIdResp(
            B b, JsonNode n, CommandStatus status, Tlvs tlvs) {
        b.commandStatus(status).tlvs(tlvs);
        String messageId = optText(n, "message_id");
        if (messageId != null) {
            b.messageId(messageId);
        }
        return b.build();
    }

    private static SubmitMultiResp submitMultiResp(JsonNode n, CommandStatus status, Tlvs tlvs) {
        SubmitMultiResp.Builder b =
                SubmitMultiResp.builder().commandStatus(status).tlvs(tlvs);
        String messageId = optText(n, "message_id");
        if (messageId != null) {
            b.messageId(messageId);
        }
        for (JsonNode u : array(n, "unsuccess_sme")) {
            b.addUnsuccessful(ValueJson.readUnsuccess(u));
        }
        return b.build();
    }

    private static QuerySmResp querySmResp(JsonNode n, CommandStatus status, Tlvs tlvs) {
        QuerySmResp.Builder b = QuerySmResp.builder().commandStatus(status).tlvs(tlvs);
        String messageId = optText(n, "message_id");
        if (messageId == null && !status.isOk()) {
            return b.build(); // header only (with TLVs the builder adds the NULL message_id they must follow)
        }
        int state = integer(n, "message_state", MessageState.UNKNOWN.code());
        b.messageId(messageId == null ? "" : messageId)
                .finalDate(readTime(n, "final_date"))
                .errorCode(integer(n, "error_code", 0));
        if (state >= 0 && state <= MessageState.REJECTED.code()) {
            return b.messageState(MessageState.of(state)).build();
        }
        // a state 3.4 does not define: the builder takes only the enum, the wire takes any octet
        return PduRebuild.withMessageState(b.build(), state);
    }
}
