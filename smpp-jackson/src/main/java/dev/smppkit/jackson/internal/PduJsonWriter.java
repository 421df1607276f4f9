package dev.smppkit.jackson.internal;

import static dev.smppkit.jackson.internal.JsonFields.base64;
import static dev.smppkit.jackson.internal.ValueJson.writeAddress;
import static dev.smppkit.jackson.internal.ValueJson.writeStatus;
import static dev.smppkit.jackson.internal.ValueJson.writeTime;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.smppkit.codec.pdu.AlertNotification;
import dev.smppkit.codec.pdu.BaseSm;
import dev.smppkit.codec.pdu.Bind;
import dev.smppkit.codec.pdu.BindResp;
import dev.smppkit.codec.pdu.CancelSm;
import dev.smppkit.codec.pdu.DataSm;
import dev.smppkit.codec.pdu.DataSmResp;
import dev.smppkit.codec.pdu.DeliverSmResp;
import dev.smppkit.codec.pdu.DestinationAddress;
import dev.smppkit.codec.pdu.Outbind;
import dev.smppkit.codec.pdu.Pdu;
import dev.smppkit.codec.pdu.QuerySm;
import dev.smppkit.codec.pdu.QuerySmResp;
import dev.smppkit.codec.pdu.ReplaceSm;
import dev.smppkit.codec.pdu.SubmitMulti;
import dev.smppkit.codec.pdu.SubmitMultiResp;
import dev.smppkit.codec.pdu.SubmitSmResp;
import dev.smppkit.codec.pdu.UnknownPdu;
import dev.smppkit.codec.pdu.UnsuccessSme;
import dev.smppkit.codec.text.LogSafe;
import java.io.IOException;
import java.util.Optional;

/**
 * Writes a PDU as a JSON object: {@code command} (the 3.4 name, or {@code unknown} with a numeric
 * {@code command_id}), {@code sequence_number}, {@code command_status} for responses, the body fields under their
 * spec names, octet strings in base64, and {@code tlvs}. A response without a body has no {@code message_id} /
 * {@code system_id} field. See {@link PduJsonReader} for the reverse.
 */
public final class PduJsonWriter {
    /** The {@code command} of a PDU whose command_id the codec does not know. */
    static final String UNKNOWN = "unknown";

    private PduJsonWriter() {}

    /**
     * Writes any PDU as a JSON object: its command, header fields, body fields and TLVs.
     *
     * @param g the generator, positioned where a value may be written
     * @param pdu the PDU; not null
     * @throws IOException if the generator fails
     */
    public static void write(JsonGenerator g, Pdu pdu) throws IOException {
        g.writeStartObject();
        if (pdu instanceof UnknownPdu u) {
            g.writeStringField("command", UNKNOWN);
            g.writeNumberField("command_id", u.commandId().value());
        } else {
            g.writeStringField("command", pdu.commandId().name());
        }
        g.writeNumberField("sequence_number", pdu.sequenceNumber());
        if (pdu.isResponse() || pdu instanceof UnknownPdu) {
            writeStatus(g, "command_status", pdu.commandStatus());
        }
        writeBody(g, pdu);
        ValueJson.writeTlvs(g, "tlvs", pdu.tlvs());
        g.writeEndObject();
    }

    /**
     * A password is never written: a non-empty one is written as {@link LogSafe#MASK}, which {@link PduJsonReader}
     * refuses, so that JSON logged or stored cannot be replayed as a credential. An empty one is written empty.
     */
    private static void writePassword(JsonGenerator g, String password) throws IOException {
        g.writeStringField("password", password.isEmpty() ? "" : LogSafe.MASK);
    }

    private static void writeBody(JsonGenerator g, Pdu pdu) throws IOException {
        if (pdu instanceof BaseSm<?> sm) {
            writeShortMessage(g, sm);
        } else if (pdu instanceof Bind b) {
            g.writeStringField("system_id", b.systemId());
            writePassword(g, b.password());
            g.writeStringField("system_type", b.systemType());
            g.writeNumberField("interface_version", b.interfaceVersion());
            writeAddress(g, "address_range", b.addressRange());
        } else if (pdu instanceof BindResp r) {
            writeOptional(g, "system_id", r.systemId());
        } else if (pdu instanceof Outbind o) {
            g.writeStringField("system_id", o.systemId());
            writePassword(g, o.password());
        } else if (pdu instanceof SubmitSmResp r) {
            writeOptional(g, "message_id", r.messageId());
        } else if (pdu instanceof DeliverSmResp r) {
            writeOptional(g, "message_id", r.messageId());
        } else if (pdu instanceof DataSmResp r) {
            writeOptional(g, "message_id", r.messageId());
        } else if (pdu instanceof SubmitMultiResp r) {
            writeOptional(g, "message_id", r.messageId());
            if (!r.unsuccessful().isEmpty()) {
                g.writeArrayFieldStart("unsuccess_sme");
                for (UnsuccessSme u : r.unsuccessful()) {
                    ValueJson.writeUnsuccess(g, u);
                }
                g.writeEndArray();
            }
        } else if (pdu instanceof QuerySm q) {
            g.writeStringField("message_id", q.messageId());
            writeAddress(g, "source", q.sourceAddress());
        } else if (pdu instanceof QuerySmResp r) {
            writeOptional(g, "message_id", r.messageId());
            writeTime(g, "final_date", r.finalDate().orElse(null));
            g.writeNumberField("message_state", r.messageStateCode());
            g.writeNumberField("error_code", r.errorCode());
        } else if (pdu instanceof CancelSm c) {
            g.writeStringField("service_type", c.serviceType());
            g.writeStringField("message_id", c.messageId());
            writeAddress(g, "source", c.sourceAddress());
            writeAddress(g, "dest", c.destAddress());
        } else if (pdu instanceof ReplaceSm r) {
            g.writeStringField("message_id", r.messageId());
            writeAddress(g, "source", r.sourceAddress());
            writeTime(g, "schedule_delivery_time", r.scheduleDeliveryTime().orElse(null));
            writeTime(g, "validity_period", r.validityPeriod().orElse(null));
            g.writeNumberField("registered_delivery", r.registeredDelivery().value());
            g.writeNumberField("sm_default_msg_id", r.smDefaultMsgId());
            g.writeStringField("short_message", base64(r.shortMessage()));
        } else if (pdu instanceof DataSm d) {
            g.writeStringField("service_type", d.serviceType());
            writeAddress(g, "source", d.sourceAddress());
            writeAddress(g, "dest", d.destAddress());
            g.writeNumberField("esm_class", d.esmClass().value());
            g.writeNumberField("registered_delivery", d.registeredDelivery().value());
            g.writeNumberField("data_coding", d.dataCoding().value());
        } else if (pdu instanceof AlertNotification a) {
            writeAddress(g, "source", a.sourceAddress());
            writeAddress(g, "esme_addr", a.esmeAddress());
        } else if (pdu instanceof UnknownPdu u) {
            g.writeStringField("body", base64(u.body()));
        }
        // the rest (unbind, enquire_link, generic_nack, the header-only responses) have no body
    }

    private static void writeShortMessage(JsonGenerator g, BaseSm<?> sm) throws IOException {
        g.writeStringField("service_type", sm.serviceType());
        writeAddress(g, "source", sm.sourceAddress());
        if (sm instanceof SubmitMulti m) {
            g.writeArrayFieldStart("destinations");
            for (DestinationAddress d : m.destinations()) {
                ValueJson.writeDestination(g, d);
            }
            g.writeEndArray();
        } else {
            writeAddress(g, "dest", sm.destAddress());
        }
        g.writeNumberField("esm_class", sm.esmClass().value());
        g.writeNumberField("protocol_id", sm.protocolId());
        g.writeNumberField("priority_flag", sm.priorityFlag());
        writeTime(g, "schedule_delivery_time", sm.scheduleDeliveryTime().orElse(null));
        writeTime(g, "validity_period", sm.validityPeriod().orElse(null));
        g.writeNumberField("registered_delivery", sm.registeredDelivery().value());
        g.writeNumberField("replace_if_present_flag", sm.replaceIfPresentFlag());
        g.writeNumberField("data_coding", sm.dataCoding().value());
        g.writeNumberField("sm_default_msg_id", sm.smDefaultMsgId());
        g.writeStringField("short_message", base64(sm.shortMessage()));
    }

    private static void writeOptional(JsonGenerator g, String field, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(field, value.get());
        }
    }
}
