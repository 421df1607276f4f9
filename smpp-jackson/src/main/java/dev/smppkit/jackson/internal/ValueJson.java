package dev.smppkit.jackson.internal;

import static dev.smppkit.jackson.internal.JsonFields.array;
import static dev.smppkit.jackson.internal.JsonFields.base64;
import static dev.smppkit.jackson.internal.JsonFields.bytes;
import static dev.smppkit.jackson.internal.JsonFields.integer;
import static dev.smppkit.jackson.internal.JsonFields.optText;
import static dev.smppkit.jackson.internal.JsonFields.text;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.SmppTime;
import dev.smppkit.codec.pdu.DestinationAddress;
import dev.smppkit.codec.pdu.Tlv;
import dev.smppkit.codec.pdu.Tlvs;
import dev.smppkit.codec.pdu.UnsuccessSme;
import java.io.IOException;

/**
 * The JSON form of the codec's value types: an address is {@code {"ton":1,"npi":1,"value":"4477..."}}, a time its
 * 16-character SMPP text, a TLV {@code {"tag":1060,"value":"<base64>"}} (TLVs are a list, in wire order, so unknown and
 * repeated tags survive), statuses and octet-sized fields plain numbers.
 */
public final class ValueJson {
    private ValueJson() {}

    /**
     * Writes an address as an object field.
     *
     * @param g the generator, inside an object
     * @param field the field's name
     * @param a the address; not null
     * @throws IOException if the generator fails
     */
    public static void writeAddress(JsonGenerator g, String field, Address a) throws IOException {
        g.writeObjectFieldStart(field);
        writeAddressFields(g, a);
        g.writeEndObject();
    }

    /**
     * Writes an address's {@code ton}, {@code npi} and {@code value} into the object being written.
     *
     * @param g the generator, inside an object
     * @param a the address; not null
     * @throws IOException if the generator fails
     */
    public static void writeAddressFields(JsonGenerator g, Address a) throws IOException {
        g.writeNumberField("ton", a.ton());
        g.writeNumberField("npi", a.npi());
        g.writeStringField("value", a.value());
    }

    /**
     * The address in {@code field}, or {@link Address#NULL} when absent.
     *
     * @param node the JSON object read
     * @param field the field's name
     * @return the address; never null
     * @throws IllegalArgumentException naming the field that is missing or invalid
     */
    public static Address readAddress(JsonNode node, String field) {
        JsonNode a = node.get(field);
        if (a == null || a.isNull()) {
            return Address.NULL;
        }
        return toAddress(a, field);
    }

    /**
     * An address object; {@code what} names it in errors.
     *
     * @param a the address's JSON object
     * @param what the name used in error messages
     * @return the address
     * @throws IllegalArgumentException naming the field that is missing or invalid
     */
    public static Address toAddress(JsonNode a, String what) {
        if (!a.isObject()) {
            throw new IllegalArgumentException("'" + what + "' must be an object {ton, npi, value}");
        }
        return Address.of(integer(a, "ton", 0), integer(a, "npi", 0), text(a, "value", ""));
    }

    /**
     * Writes the time's text, or nothing when it is null (NULL time).
     *
     * @param g the generator, inside an object
     * @param field the field's name
     * @param time the time; may be null
     * @throws IOException if the generator fails
     */
    public static void writeTime(JsonGenerator g, String field, SmppTime time) throws IOException {
        if (time != null) {
            g.writeStringField(field, time.text());
        }
    }

    /**
     * The time in {@code field}, or null (NULL time) when absent.
     *
     * @param node the JSON object read
     * @param field the field's name
     * @return the time or null
     * @throws IllegalArgumentException if the text is not an SMPP time
     */
    public static SmppTime readTime(JsonNode node, String field) {
        String s = optText(node, field);
        if (s == null || s.isEmpty()) {
            return null;
        }
        try {
            return SmppTime.parse(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + field + "': " + e.getMessage(), e);
        }
    }

    /**
     * Writes the TLVs as a list; nothing when there are none.
     *
     * @param g the generator, inside an object
     * @param field the field's name
     * @param tlvs the TLVs in wire order; not null
     * @throws IOException if the generator fails
     */
    public static void writeTlvs(JsonGenerator g, String field, Tlvs tlvs) throws IOException {
        if (tlvs.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart(field);
        for (Tlv t : tlvs.list()) {
            writeTlv(g, t);
        }
        g.writeEndArray();
    }

    /**
     * Writes one TLV as {@code {"tag":N,"value":"<base64>"}}.
     *
     * @param g the generator, positioned where a value may be written
     * @param t the TLV; not null
     * @throws IOException if the generator fails
     */
    public static void writeTlv(JsonGenerator g, Tlv t) throws IOException {
        g.writeStartObject();
        g.writeNumberField("tag", t.tag());
        g.writeStringField("value", base64(t.value()));
        g.writeEndObject();
    }

    /**
     * The TLV list in {@code field}; {@link Tlvs#EMPTY} when absent.
     *
     * @param node the JSON object read
     * @param field the field's name
     * @return the TLVs in list order; never null
     * @throws IllegalArgumentException naming the field that is missing or invalid
     */
    public static Tlvs readTlvs(JsonNode node, String field) {
        Tlvs.Builder b = null;
        for (JsonNode t : array(node, field)) {
            if (b == null) {
                b = Tlvs.builder();
            }
            b.add(readTlv(t));
        }
        return b == null ? Tlvs.EMPTY : b.build();
    }

    /**
     * Reads one TLV object.
     *
     * @param t the TLV's JSON object
     * @return the TLV
     * @throws IllegalArgumentException naming the field that is missing or invalid
     */
    public static Tlv readTlv(JsonNode t) {
        if (!t.isObject()) {
            throw new IllegalArgumentException("a TLV must be an object {tag, value}");
        }
        return Tlv.of(integer(t, "tag"), bytes(t, "value"));
    }

    /**
     * Writes a command_status as its numeric code.
     *
     * @param g the generator, inside an object
     * @param field the field's name
     * @param status the status; not null
     * @throws IOException if the generator fails
     */
    public static void writeStatus(JsonGenerator g, String field, CommandStatus status) throws IOException {
        g.writeNumberField(field, status.code());
    }

    /**
     * The command_status in {@code field}; ESME_ROK (0) when absent.
     *
     * @param node the JSON object read
     * @param field the field's name
     * @return the status; never null
     * @throws IllegalArgumentException naming the field that is missing or invalid
     */
    public static CommandStatus readStatus(JsonNode node, String field) {
        return CommandStatus.of(integer(node, field, 0));
    }

    /**
     * Writes one submit_multi destination: an SME address or a distribution list name.
     *
     * @param g the generator, positioned where a value may be written
     * @param d the destination; not null
     * @throws IOException if the generator fails
     */
    public static void writeDestination(JsonGenerator g, DestinationAddress d) throws IOException {
        g.writeStartObject();
        if (d instanceof DestinationAddress.Sme sme) {
            writeAddress(g, "sme", sme.address());
        } else {
            g.writeStringField("distribution_list", ((DestinationAddress.DistributionList) d).name());
        }
        g.writeEndObject();
    }

    /**
     * Reads one submit_multi destination written by {@link #writeDestination}.
     *
     * @param d the destination's JSON object
     * @return the destination
     * @throws IllegalArgumentException naming the field that is missing or invalid
     */
    public static DestinationAddress readDestination(JsonNode d) {
        if (d.has("sme")) {
            return DestinationAddress.sme(toAddress(d.get("sme"), "sme"));
        }
        String dl = optText(d, "distribution_list");
        if (dl == null) {
            throw new IllegalArgumentException("a destination needs 'sme' or 'distribution_list'");
        }
        return DestinationAddress.distributionList(dl);
    }

    /**
     * Writes one unsuccess_sme entry of a submit_multi_resp: the address and its error status.
     *
     * @param g the generator, positioned where a value may be written
     * @param u the entry; not null
     * @throws IOException if the generator fails
     */
    public static void writeUnsuccess(JsonGenerator g, UnsuccessSme u) throws IOException {
        g.writeStartObject();
        writeAddress(g, "address", u.address());
        writeStatus(g, "error_status_code", u.errorStatus());
        g.writeEndObject();
    }

    /**
     * Reads one unsuccess_sme entry written by {@link #writeUnsuccess}.
     *
     * @param u the entry's JSON object
     * @return the entry
     * @throws IllegalArgumentException naming the field that is missing or invalid
     */
    public static UnsuccessSme readUnsuccess(JsonNode u) {
        return new UnsuccessSme(readAddress(u, "address"), readStatus(u, "error_status_code"));
    }
}
