package dev.smppkit.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.util.function.Function;

/**
 * Wraps the plain readers and writers of this package as Jackson serializers and deserializers. Deserializers read a
 * tree and turn the {@link IllegalArgumentException} of a bad field into a {@link JsonMappingException} at the input
 * location, with the type and the field in its message.
 */
public final class Adapters {
    private Adapters() {}

    /**
     * Writes one value to a generator.
     *
     * @param <T> the type of value written
     */
    @FunctionalInterface
    public interface Writer<T> {
        /**
         * Writes {@code value} as one JSON value.
         *
         * @param g the generator to write to
         * @param value the value to write; not null
         * @throws IOException if the generator fails
         */
        void write(JsonGenerator g, T value) throws IOException;
    }

    /**
     * A serializer that hands each value to {@code writer}.
     *
     * @param <T> the type serialized
     * @param type the class the serializer is registered for
     * @param writer writes one value
     * @return a Jackson serializer
     */
    public static <T> JsonSerializer<T> serializer(Class<T> type, Writer<? super T> writer) {
        return new StdSerializer<T>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
                writer.write(g, value);
            }
        };
    }

    /**
     * A deserializer that reads with {@code reader} and checks that the result is a {@code type}; an
     * {@code IllegalArgumentException}, {@code NullPointerException} or {@code DateTimeException} from the reader
     * becomes a mapping error at the input's location.
     *
     * @param <T> the type deserialized
     * @param type the class the result must be
     * @param reader builds the value from the JSON tree
     * @return a Jackson deserializer
     */
    public static <T> JsonDeserializer<T> deserializer(Class<T> type, Function<JsonNode, ?> reader) {
        return new StdDeserializer<T>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                JsonNode node = ctxt.readTree(p);
                Object value;
                try {
                    value = reader.apply(node);
                } catch (IllegalArgumentException | NullPointerException | DateTimeException e) {
                    throw JsonMappingException.from(p, type.getSimpleName() + ": " + e.getMessage(), e);
                }
                if (!type.isInstance(value)) {
                    throw JsonMappingException.from(
                            p,
                            "expected a " + type.getSimpleName() + ", got a "
                                    + value.getClass().getSimpleName());
                }
                return type.cast(value);
            }
        };
    }
}
