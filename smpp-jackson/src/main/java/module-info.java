/**
 * The JSON form of smppkit's types for Jackson 2.x: {@code dev.smppkit.jackson.SmppJacksonModule} serializes every
 * SMPP 3.4 PDU, the codec's value types and the client's messages, outcomes and errors.
 */
@SuppressWarnings("module") // dev.smppkit.jdbc, named below, is built after this module
module dev.smppkit.jackson {
    requires transitive dev.smppkit.client;
    // SmppJacksonModule is a Jackson Module and newObjectMapper() returns an ObjectMapper: both in the API.
    requires transitive com.fasterxml.jackson.databind;

    exports dev.smppkit.jackson;
    // The JDBC outbox writes an error as its JSON type name ("connection_lost: ..."); nobody else may use internals.
    exports dev.smppkit.jackson.internal to
            dev.smppkit.jdbc;
}
