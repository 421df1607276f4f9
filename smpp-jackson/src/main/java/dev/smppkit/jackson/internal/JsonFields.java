package dev.smppkit.jackson.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Base64;

/**
 * Reads fields of a JSON object for the deserializers. A missing optional field gives the PDU default; a field of the
 * wrong kind fails with an {@link IllegalArgumentException} that names it, which the Jackson adapters turn into a
 * mapping error pointing at the input.
 */
public final class JsonFields {
    private JsonFields() {}

    /**
     * Whether the field is present and not null.
     *
     * @param node the JSON object read
     * @param field the field's name
     * @return true if the field holds a non-null value
     */
    public static boolean has(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && !v.isNull();
    }

    /**
     * A required string field.
     *
     * @param node the JSON object read
     * @param field the field's name
     * @return the string
     * @throws IllegalArgumentException if it is absent, null or not a string
     */
    public static String text(JsonNode node, String field) {
        String s = optText(node, field);
        if (s == null) {
            throw new IllegalArgumentException("'" + field + "' is required");
        }
        return s;
    }

    /**
     * A string field, or {@code null} when absent or null.
     *
     * @param node the JSON object read
     * @param field the field's name
     * @return the string or null
     * @throws IllegalArgumentException if it is not a string
     */
    public static String optText(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException("'" + field + "' must be a string, got " + v.getNodeType());
        }
        return v.textValue();
    }

    /**
     * A string field, or {@code dflt} when absent or null.
     *
     * @param node the JSON object read
     * @param field the field's name
     * @param dflt the value when the field is absent or null
     * @return the string or {@code dflt}
     */
    public static String text(JsonNode node, String field, String dflt) {
        String s = optText(node, field);
        return s == null ? dflt : s;
    }

    /**
     * An integer field, or {@code dflt} when absent or null.
     *
     * @param node the JSON object read
     * @param field the field's name
     * @param dflt the value when the field is absent or null
     * @return the integer or {@code dflt}
     * @throws IllegalArgumentException if it is not a 32-bit integer
     */
    public static int integer(JsonNode node, String field, int dflt) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return dflt;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new IllegalArgumentException("'" + field + "' must be a 32-bit integer, got " + v);
        }
        return v.intValue();
    }

    /**
     * A required integer field.
     *
     * @param node the JSON object read
     * @param field the field's name
     * @return the integer
     * @throws IllegalArgumentException if it is absent, null or not a 32-bit integer
     */
    public static int integer(JsonNode node, String field) {
        if (!has(node, field)) {
            throw new IllegalArgumentException("'" + field + "' is required");
        }
        return integer(node, field, 0);
    }

    /**
     * A boolean field, or {@code dflt} when absent or null.
     *
     * @param node the JSON object read
     * @param field the field's name
     * @param dflt the value when the field is absent or null
     * @return the boolean or {@code dflt}
     */
    public static boolean bool(JsonNode node, String field, boolean dflt) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return dflt;
        }
        if (!v.isBoolean()) {
            throw new IllegalArgumentException("'" + field + "' must be true or false, got " + v);
        }
        return v.booleanValue();
    }

    /**
     * A base64 (RFC 4648, standard alphabet) octet string field; empty when absent or null.
     *
     * @param node the JSON object read
     * @param field the field's name
     * @return the decoded octets; never null
     * @throws IllegalArgumentException if it is not valid base64
     */
    public static byte[] bytes(JsonNode node, String field) {
        String s = optText(node, field);
        if (s == null) {
            return new byte[0];
        }
        try {
            return Base64.getDecoder().decode(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + field + "' is not valid base64: " + e.getMessage(), e);
        }
    }

    /**
     * A base64 octet string field, or {@code null} when absent or null.
     *
     * @param node the JSON object read
     * @param field the field's name
     * @return the decoded octets or null
     */
    public static byte[] optBytes(JsonNode node, String field) {
        return has(node, field) ? bytes(node, field) : null;
    }

    /**
     * A required object field.
     *
     * @param node the JSON object read
     * @param field the field's name
     * @return the object node
     * @throws IllegalArgumentException if it is absent, null or not an object
     */
    public static JsonNode object(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("'" + field + "' is required");
        }
        if (!v.isObject()) {
            throw new IllegalArgumentException("'" + field + "' must be an object, got " + v.getNodeType());
        }
        return v;
    }

    /**
     * An array field; an empty array node when absent or null.
     *
     * @param node the JSON object read
     * @param field the field's name
     * @return the elements; empty if absent
     * @throws IllegalArgumentException if it is not an array
     */
    public static Iterable<JsonNode> array(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return java.util.List.of();
        }
        if (!v.isArray()) {
            throw new IllegalArgumentException("'" + field + "' must be an array, got " + v.getNodeType());
        }
        return v;
    }

    /**
     * Base64 of the octets, for writers.
     *
     * @param octets the octets to encode; not null
     * @return the standard-alphabet base64 text
     */
    public static String base64(byte[] octets) {
        return Base64.getEncoder().encodeToString(octets);
    }
}
