package dev.smppkit.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.smppkit.client.OutboundMessage;
import dev.smppkit.client.QueuedMessage;
import dev.smppkit.client.SmppClientException;
import dev.smppkit.client.SubmitOutcome;
import dev.smppkit.client.Tracking;
import dev.smppkit.codec.Address;
import dev.smppkit.codec.SmppTime;
import dev.smppkit.codec.pdu.AlertNotification;
import dev.smppkit.codec.pdu.BaseSm;
import dev.smppkit.codec.pdu.Bind;
import dev.smppkit.codec.pdu.BindResp;
import dev.smppkit.codec.pdu.CancelSm;
import dev.smppkit.codec.pdu.CancelSmResp;
import dev.smppkit.codec.pdu.DataSm;
import dev.smppkit.codec.pdu.DataSmResp;
import dev.smppkit.codec.pdu.DeliverSm;
import dev.smppkit.codec.pdu.DeliverSmResp;
import dev.smppkit.codec.pdu.EnquireLink;
import dev.smppkit.codec.pdu.EnquireLinkResp;
import dev.smppkit.codec.pdu.GenericNack;
import dev.smppkit.codec.pdu.Outbind;
import dev.smppkit.codec.pdu.Pdu;
import dev.smppkit.codec.pdu.PduRequest;
import dev.smppkit.codec.pdu.PduResponse;
import dev.smppkit.codec.pdu.QuerySm;
import dev.smppkit.codec.pdu.QuerySmResp;
import dev.smppkit.codec.pdu.ReplaceSm;
import dev.smppkit.codec.pdu.ReplaceSmResp;
import dev.smppkit.codec.pdu.SubmitMulti;
import dev.smppkit.codec.pdu.SubmitMultiResp;
import dev.smppkit.codec.pdu.SubmitSm;
import dev.smppkit.codec.pdu.SubmitSmResp;
import dev.smppkit.codec.pdu.Tlv;
import dev.smppkit.codec.pdu.Tlvs;
import dev.smppkit.codec.pdu.Unbind;
import dev.smppkit.codec.pdu.UnbindResp;
import dev.smppkit.codec.pdu.UnknownPdu;
import dev.smppkit.jackson.internal.Adapters;
import dev.smppkit.jackson.internal.MessageJson;
import dev.smppkit.jackson.internal.OutcomeJson;
import dev.smppkit.jackson.internal.PduJsonReader;
import dev.smppkit.jackson.internal.PduJsonWriter;
import dev.smppkit.jackson.internal.ValueJson;
import java.util.List;

/**
 * A Jackson module for smppkit's types: every SMPP 3.4 PDU (and {@link UnknownPdu}), the codec's value types, and the
 * client's {@link OutboundMessage}, {@link QueuedMessage}, {@link SubmitOutcome}, {@link SmppClientException} and
 * {@link Tracking}. The JDBC broker stores messages in this form; use it to carry them through a queue or a store of
 * your own:
 *
 * <pre>{@code
 * ObjectMapper mapper = SmppJacksonModule.newObjectMapper(); // or mapper.registerModule(new SmppJacksonModule())
 * String json = mapper.writeValueAsString(message);
 * OutboundMessage back = mapper.readValue(json, OutboundMessage.class);
 * Pdu pdu = mapper.readValue(pduJson, Pdu.class); // any PDU; or a concrete type such as SubmitSm.class
 * }</pre>
 *
 * <p>The form, field by field:
 *
 * <ul>
 *   <li>A PDU is an object with {@code command} (the 3.4 name such as {@code submit_sm}, or {@code unknown} with a
 *       numeric {@code command_id}), {@code sequence_number}, {@code command_status} (responses), the body fields
 *       under their spec names, and {@code tlvs}: a list of {@code {"tag":N,"value":"<base64>"}} in wire order, so
 *       vendor and repeated TLVs survive. A response without a body has no {@code message_id} / {@code system_id}.
 *   <li>Octet strings ({@code short_message}, TLV values, binary bodies) are standard base64; addresses are
 *       {@code {"ton":N,"npi":N,"value":"..."}}; SMPP times their 16-character text; esm_class, data_coding,
 *       registered_delivery and statuses plain numbers; instants and durations ISO-8601 strings.
 *   <li>A message's {@code route}, {@code expires_at}, {@code max_age}, {@code queue_priority} (when not 0) and
 *       {@code deduplication_key}, and an outcome's {@code account}, are
 *       written only when set, so JSON written before they existed reads unchanged and a message or outcome without
 *       them is written as before. An outcome is tagged by {@code outcome}: {@code accepted}, {@code rejected},
 *       {@code failed} or {@code expired} (with its {@code deadline}).
 *   <li>Credentials are never written: the {@code password} of bind and outbind is written as {@code "****"}
 *       ({@link dev.smppkit.codec.text.LogSafe#MASK}) unless it is empty, so that JSON that was logged or stored
 *       cannot be replayed as a credential. Reading refuses the mask with an error that says so; a password typed
 *       into the JSON by hand is read as given.
 *   <li>Reading is strict about types and limits (a PDU is rebuilt through the codec's builders, with their checks)
 *       and lenient about absent optional fields, which take the PDU defaults; unknown fields are ignored.
 * </ul>
 *
 * <p>Every PDU the codec can decode serializes and reads back equal, sequence number included, except for the
 * password of a bind or outbind, which is masked. The module is
 * stateless and may be shared.
 */
public final class SmppJacksonModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    private static final List<Class<? extends Pdu>> PDU_TYPES = List.of(
            Pdu.class,
            PduRequest.class,
            PduResponse.class,
            BaseSm.class,
            AlertNotification.class,
            Bind.class,
            BindResp.class,
            CancelSm.class,
            CancelSmResp.class,
            DataSm.class,
            DataSmResp.class,
            DeliverSm.class,
            DeliverSmResp.class,
            EnquireLink.class,
            EnquireLinkResp.class,
            GenericNack.class,
            Outbind.class,
            QuerySm.class,
            QuerySmResp.class,
            ReplaceSm.class,
            ReplaceSmResp.class,
            SubmitMulti.class,
            SubmitMultiResp.class,
            SubmitSm.class,
            SubmitSmResp.class,
            Unbind.class,
            UnbindResp.class,
            UnknownPdu.class);

    /**
     * A module with the serializers and deserializers of every PDU type, {@code Address}, {@code SmppTime}, TLVs,
     * the client's messages and tracking, submit outcomes and client errors.
     */
    public SmppJacksonModule() {
        super("smppkit", Version.unknownVersion());
        addSerializer(Adapters.serializer(Pdu.class, PduJsonWriter::write)); // covers every subclass
        for (Class<? extends Pdu> type : PDU_TYPES) {
            addPduDeserializer(type);
        }
        addSerializer(Adapters.serializer(Address.class, (g, a) -> {
            g.writeStartObject();
            ValueJson.writeAddressFields(g, a);
            g.writeEndObject();
        }));
        addDeserializer(Address.class, Adapters.deserializer(Address.class, n -> ValueJson.toAddress(n, "address")));
        addSerializer(Adapters.serializer(SmppTime.class, (g, t) -> g.writeString(t.text())));
        addDeserializer(SmppTime.class, Adapters.deserializer(SmppTime.class, n -> SmppTime.parse(n.asText())));
        addSerializer(Adapters.serializer(Tlv.class, ValueJson::writeTlv));
        addDeserializer(Tlv.class, Adapters.deserializer(Tlv.class, ValueJson::readTlv));
        addSerializer(Adapters.serializer(Tlvs.class, (g, tlvs) -> {
            g.writeStartArray();
            for (Tlv t : tlvs.list()) {
                ValueJson.writeTlv(g, t);
            }
            g.writeEndArray();
        }));
        addDeserializer(Tlvs.class, Adapters.deserializer(Tlvs.class, SmppJacksonModule::readTlvList));

        addSerializer(Adapters.serializer(OutboundMessage.class, MessageJson::writeOutbound));
        addDeserializer(OutboundMessage.class, Adapters.deserializer(OutboundMessage.class, MessageJson::readOutbound));
        addSerializer(Adapters.serializer(QueuedMessage.class, MessageJson::writeQueued));
        addDeserializer(QueuedMessage.class, Adapters.deserializer(QueuedMessage.class, MessageJson::readQueued));
        addSerializer(Adapters.serializer(Tracking.class, MessageJson::writeTracking));
        addDeserializer(Tracking.class, Adapters.deserializer(Tracking.class, MessageJson::readTracking));

        addSerializer(Adapters.serializer(SubmitOutcome.class, OutcomeJson::writeOutcome));
        addDeserializer(SubmitOutcome.class, Adapters.deserializer(SubmitOutcome.class, OutcomeJson::readOutcome));
        addDeserializer(
                SubmitOutcome.Accepted.class,
                Adapters.deserializer(SubmitOutcome.Accepted.class, OutcomeJson::readOutcome));
        addDeserializer(
                SubmitOutcome.Rejected.class,
                Adapters.deserializer(SubmitOutcome.Rejected.class, OutcomeJson::readOutcome));
        addDeserializer(
                SubmitOutcome.Failed.class,
                Adapters.deserializer(SubmitOutcome.Failed.class, OutcomeJson::readOutcome));
        addDeserializer(
                SubmitOutcome.Expired.class,
                Adapters.deserializer(SubmitOutcome.Expired.class, OutcomeJson::readOutcome));
        addSerializer(Adapters.serializer(SmppClientException.class, OutcomeJson::writeError));
        addDeserializer(
                SmppClientException.class, Adapters.deserializer(SmppClientException.class, OutcomeJson::readError));
    }

    /**
     * A new {@link ObjectMapper} with this module registered.
     *
     * @return a mapper with default settings plus this module
     */
    public static ObjectMapper newObjectMapper() {
        return JsonMapper.builder().addModule(new SmppJacksonModule()).build();
    }

    private <T extends Pdu> void addPduDeserializer(Class<T> type) {
        addDeserializer(type, Adapters.deserializer(type, PduJsonReader::read));
    }

    private static Tlvs readTlvList(com.fasterxml.jackson.databind.JsonNode n) {
        if (!n.isArray()) {
            throw new IllegalArgumentException("TLVs must be an array of {tag, value}");
        }
        Tlvs.Builder b = Tlvs.builder();
        n.forEach(t -> b.add(ValueJson.readTlv(t)));
        return b.build();
    }
}
