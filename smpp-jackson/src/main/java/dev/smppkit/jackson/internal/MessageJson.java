package dev.smppkit.jackson.internal;

import static dev.smppkit.jackson.internal.JsonFields.base64;
import static dev.smppkit.jackson.internal.JsonFields.bool;
import static dev.smppkit.jackson.internal.JsonFields.bytes;
import static dev.smppkit.jackson.internal.JsonFields.has;
import static dev.smppkit.jackson.internal.JsonFields.integer;
import static dev.smppkit.jackson.internal.JsonFields.object;
import static dev.smppkit.jackson.internal.JsonFields.optText;
import static dev.smppkit.jackson.internal.JsonFields.text;
import static dev.smppkit.jackson.internal.ValueJson.readAddress;
import static dev.smppkit.jackson.internal.ValueJson.readTime;
import static dev.smppkit.jackson.internal.ValueJson.writeAddress;
import static dev.smppkit.jackson.internal.ValueJson.writeTime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.smppkit.client.OutboundMessage;
import dev.smppkit.client.QueuedMessage;
import dev.smppkit.client.Tracking;
import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.pdu.DestinationAddress;
import dev.smppkit.codec.pdu.Pdu;
import dev.smppkit.codec.pdu.SubmitSm;
import dev.smppkit.codec.text.ConcatMode;
import dev.smppkit.codec.text.Encoding;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of the client's messages: {@link OutboundMessage} (either its high-level fields or, for a raw PDU,
 * {@code submit_sm}), {@link QueuedMessage} and {@link Tracking}. Instants are ISO-8601 UTC strings, durations
 * ISO-8601 durations ({@code PT5M}). A message to several destinations (submit_multi) also has {@code destinations},
 * every destination in order as {@code {"sme":{address}}} or {@code {"distribution_list":"name"}}. A message's {@code route}, {@code expires_at}, {@code max_age}, {@code queue_priority}, {@code protocol_id} (when not 0), {@code replace_if_present} (when true) and
 * {@code deduplication_key} are written only
 * when set.
 */
public final class MessageJson {
    private MessageJson() {}

    /**
     * Writes an outbound message as a JSON object.
     *
     * @param g the generator, positioned where a value may be written
     * @param m the message; not null
     * @throws IOException if the generator fails
     */
    public static void writeOutbound(JsonGenerator g, OutboundMessage m) throws IOException {
        g.writeStartObject();
        if (m.submitSm().isPresent()) {
            g.writeFieldName("submit_sm");
            PduJsonWriter.write(g, m.submitSm().get());
        } else {
            writeAddress(g, "source", m.source());
            writeAddress(g, "destination", m.destination());
            if (m.isMulti()) { // absent for one destination, so such a message is written as before
                g.writeArrayFieldStart("destinations");
                for (DestinationAddress d : m.destinations()) {
                    ValueJson.writeDestination(g, d);
                }
                g.writeEndArray();
            }
            if (m.text().isPresent()) {
                g.writeStringField("text", m.text().get());
            }
            if (m.binary().isPresent()) {
                g.writeStringField("binary", base64(m.binary().get()));
                g.writeNumberField("binary_coding", m.binaryCoding().value());
            }
            if (m.encoding().isPresent()) {
                g.writeStringField("encoding", m.encoding().get().name());
            }
            if (m.concatMode().isPresent()) {
                g.writeStringField("concat_mode", m.concatMode().get().name());
            }
            g.writeBooleanField("replace_unencodable", m.replaceUnencodable());
            g.writeBooleanField("request_receipt", m.requestReceipt());
            g.writeStringField("service_type", m.serviceType());
            g.writeNumberField("priority", m.priority());
            writeTime(g, "validity_period", m.validityPeriod().orElse(null));
            writeTime(g, "schedule_delivery_time", m.scheduleDeliveryTime().orElse(null));
            ValueJson.writeTlvs(g, "tlvs", m.tlvs());
            // Absent when unset, so a message without them is written as before this form had them.
            if (m.route().isPresent()) {
                g.writeStringField("route", m.route().get());
            }
            if (m.expiresAt().isPresent()) {
                g.writeStringField("expires_at", m.expiresAt().get().toString());
            }
            if (m.maxAge().isPresent()) {
                g.writeStringField("max_age", m.maxAge().get().toString());
            }
            if (m.queuePriority() != 0) {
                g.writeNumberField("queue_priority", m.queuePriority());
            }
            if (m.protocolId() != 0) {
                g.writeNumberField("protocol_id", m.protocolId());
            }
            if (m.replaceIfPresent()) {
                g.writeBooleanField("replace_if_present", true);
            }
            if (m.deduplicationKey().isPresent()) {
                g.writeStringField("deduplication_key", m.deduplicationKey().get());
            }
        }
        if (m.trackingId() != null) {
            g.writeStringField("tracking_id", m.trackingId());
        }
        writeExtra(g, m.extra());
        g.writeEndObject();
    }

    /**
     * Reads an outbound message written by {@link #writeOutbound}.
     *
     * @param n the message's JSON object
     * @return the message
     * @throws IllegalArgumentException naming the field that is missing or invalid
     */
    public static OutboundMessage readOutbound(JsonNode n) {
        if (!n.isObject()) {
            throw new IllegalArgumentException("a message must be a JSON object, got " + n.getNodeType());
        }
        String trackingId = optText(n, "tracking_id");
        Map<String, String> extra = readExtra(n);
        if (has(n, "submit_sm")) {
            Pdu pdu = PduJsonReader.read(object(n, "submit_sm"));
            if (!(pdu instanceof SubmitSm submit)) {
                throw new IllegalArgumentException(
                        "'submit_sm' holds a " + pdu.commandId().name());
            }
            for (String field : List.of(
                    "route",
                    "expires_at",
                    "max_age",
                    "queue_priority",
                    "deduplication_key",
                    "protocol_id",
                    "replace_if_present")) {
                if (has(n, field)) { // dropping an expiry silently would send a message its producer meant to expire
                    throw new IllegalArgumentException("'" + field + "' cannot be set on a 'submit_sm' message");
                }
            }
            return OutboundMessage.ofSubmitSm(submit, trackingId, extra);
        }
        OutboundMessage.Builder b = OutboundMessage.builder().from(readAddress(n, "source"));
        if (has(n, "destinations")) { // submit_multi: the list holds every destination, "destination" among them
            for (JsonNode d : JsonFields.array(n, "destinations")) {
                DestinationAddress destination = ValueJson.readDestination(d);
                if (destination instanceof DestinationAddress.Sme sme) {
                    b.alsoTo(sme.address());
                } else {
                    b.distributionList(((DestinationAddress.DistributionList) destination).name());
                }
            }
        } else {
            b.to(ValueJson.toAddress(object(n, "destination"), "destination"));
        }
        if (has(n, "text")) {
            b.text(text(n, "text"));
        } else if (has(n, "binary")) {
            b.binary(bytes(n, "binary"), DataCoding.of(integer(n, "binary_coding", DataCoding.BINARY.value())));
        }
        String encoding = optText(n, "encoding");
        if (encoding != null) {
            b.encoding(enumValue(Encoding.class, "encoding", encoding));
        }
        String concat = optText(n, "concat_mode");
        if (concat != null) {
            b.concatMode(enumValue(ConcatMode.class, "concat_mode", concat));
        }
        return b.replaceUnencodable(bool(n, "replace_unencodable", false))
                .requestReceipt(bool(n, "request_receipt", false))
                .serviceType(text(n, "service_type", ""))
                .priority(integer(n, "priority", 0))
                .validityPeriod(readTime(n, "validity_period"))
                .scheduleDeliveryTime(readTime(n, "schedule_delivery_time"))
                .tlvs(ValueJson.readTlvs(n, "tlvs"))
                .route(optText(n, "route"))
                .expiresAt(has(n, "expires_at") ? instant(n, "expires_at") : null)
                .maxAge(has(n, "max_age") ? duration(n, "max_age") : null)
                .queuePriority(integer(n, "queue_priority", 0))
                .protocolId(integer(n, "protocol_id", 0))
                .replaceIfPresent(bool(n, "replace_if_present", false))
                .deduplicationKey(optText(n, "deduplication_key"))
                .trackingId(trackingId)
                .extra(extra)
                .build();
    }

    /**
     * Writes a queued message (its id, attempt, enqueue time and message) as a JSON object.
     *
     * @param g the generator, positioned where a value may be written
     * @param q the queued message; not null
     * @throws IOException if the generator fails
     */
    public static void writeQueued(JsonGenerator g, QueuedMessage q) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", q.id());
        g.writeNumberField("attempt", q.attempt());
        g.writeStringField("enqueued_at", q.enqueuedAt().toString());
        g.writeFieldName("message");
        writeOutbound(g, q.message());
        g.writeEndObject();
    }

    /**
     * Reads a queued message written by {@link #writeQueued}; {@code attempt} defaults to 1.
     *
     * @param n the queued message's JSON object
     * @return the queued message
     * @throws IllegalArgumentException naming the field that is missing or invalid
     */
    public static QueuedMessage readQueued(JsonNode n) {
        return new QueuedMessage(
                text(n, "id"), readOutbound(object(n, "message")), integer(n, "attempt", 1), instant(n, "enqueued_at"));
    }

    /**
     * Writes a tracking entry as a JSON object.
     *
     * @param g the generator, positioned where a value may be written
     * @param t the tracking entry; not null
     * @throws IOException if the generator fails
     */
    public static void writeTracking(JsonGenerator g, Tracking t) throws IOException {
        g.writeStartObject();
        g.writeStringField("broker_id", t.brokerId());
        if (t.trackingId() != null) {
            g.writeStringField("tracking_id", t.trackingId());
        }
        writeExtra(g, t.extra());
        g.writeNumberField("segment", t.segment());
        g.writeNumberField("total_segments", t.totalSegments());
        if (t.destination() != null) {
            g.writeStringField("destination", t.destination());
        }
        g.writeStringField("submitted_at", t.submittedAt().toString());
        g.writeEndObject();
    }

    /**
     * Reads a tracking entry written by {@link #writeTracking}.
     *
     * @param n the tracking entry's JSON object
     * @return the tracking entry
     * @throws IllegalArgumentException naming the field that is missing or invalid
     */
    public static Tracking readTracking(JsonNode n) {
        return new Tracking(
                text(n, "broker_id"),
                optText(n, "tracking_id"),
                readExtra(n),
                integer(n, "segment", 1),
                integer(n, "total_segments", 1),
                optText(n, "destination"),
                instant(n, "submitted_at"));
    }

    /**
     * Writes the extra map (nothing when empty).
     *
     * @param g the generator, inside the object that holds the map
     * @param extra the caller's key-value pairs; not null
     * @throws IOException if the generator fails
     */
    public static void writeExtra(JsonGenerator g, Map<String, String> extra) throws IOException {
        if (extra.isEmpty()) {
            return;
        }
        g.writeObjectFieldStart("extra");
        for (Map.Entry<String, String> e : extra.entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    /**
     * The extra map in {@code n} (empty when absent).
     *
     * @param n the JSON object that holds the map
     * @return the key-value pairs; never null
     */
    public static Map<String, String> readExtra(JsonNode n) {
        JsonNode e = n.get("extra");
        if (e == null || e.isNull()) {
            return Map.of();
        }
        if (!e.isObject()) {
            throw new IllegalArgumentException("'extra' must be an object of strings");
        }
        Map<String, String> extra = new LinkedHashMap<>();
        e.fields().forEachRemaining(f -> {
            if (!f.getValue().isTextual()) {
                throw new IllegalArgumentException("'extra." + f.getKey() + "' must be a string");
            }
            extra.put(f.getKey(), f.getValue().textValue());
        });
        return extra;
    }

    static Instant instant(JsonNode n, String field) {
        String s = text(n, field);
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + field + "' is not an ISO-8601 instant: " + s, e);
        }
    }

    static Duration duration(JsonNode n, String field) {
        String s = text(n, field);
        try {
            return Duration.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + field + "' is not an ISO-8601 duration such as PT5M: " + s, e);
        }
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String field, String name) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + field + "' is '" + name + "'; must be one of "
                    + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
