package dev.smppkit.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.smppkit.client.BindFailedException;
import dev.smppkit.client.ConnectionLostException;
import dev.smppkit.client.InvalidMessageException;
import dev.smppkit.client.OutboundMessage;
import dev.smppkit.client.QueuedMessage;
import dev.smppkit.client.RejectedException;
import dev.smppkit.client.ResponseTimeoutException;
import dev.smppkit.client.ShutdownException;
import dev.smppkit.client.SmppClientException;
import dev.smppkit.client.SubmitOutcome;
import dev.smppkit.client.ThrottledException;
import dev.smppkit.client.Tracking;
import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.RegisteredDelivery;
import dev.smppkit.codec.pdu.SubmitSm;
import dev.smppkit.codec.pdu.Tlvs;
import dev.smppkit.codec.text.ConcatMode;
import dev.smppkit.codec.text.Encoding;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The client's messages, outcomes, errors and tracking survive JSON with every field. */
public class MessageJsonTest {
    private static final ObjectMapper MAPPER = SmppJacksonModule.newObjectMapper();

    @Test
    void textMessageWithEveryOption() throws Exception {
        OutboundMessage m = OutboundMessage.builder()
                .from(Address.alphanumeric("ACME"))
                .to(SamplePdus.MSISDN)
                .text("Grüße, 世界 — a long text ".repeat(20))
                .encoding(Encoding.UCS2)
                .concatMode(ConcatMode.SAR)
                .replaceUnencodable(true)
                .requestReceipt(true)
                .trackingId("order-42")
                .extra(Map.of("customer", "c-1", "campaign", ""))
                .serviceType("CMT")
                .priority(2)
                .validityPeriod(SamplePdus.RELATIVE)
                .scheduleDeliveryTime(SamplePdus.ABSOLUTE)
                .tlvs(SamplePdus.VENDOR)
                .build();
        assertSameMessage(roundTrip(m, OutboundMessage.class), m);
    }

    @Test
    void minimalTextMessage() throws Exception {
        OutboundMessage m =
                OutboundMessage.builder().to(SamplePdus.MSISDN).text("").build();
        OutboundMessage back = roundTrip(m, OutboundMessage.class);
        assertSameMessage(back, m);
        assertThat(back.source()).isEqualTo(Address.NULL);
        assertThat(back.trackingId()).isNull();
    }

    @Test
    void binaryMessage() throws Exception {
        OutboundMessage m = OutboundMessage.builder()
                .to(SamplePdus.MSISDN)
                .binary(new byte[] {0, (byte) 0xff, 0x10}, DataCoding.of(0xf5))
                .trackingId("b")
                .build();
        assertSameMessage(roundTrip(m, OutboundMessage.class), m);
    }

    @Test
    void rawSubmitSmMessage() throws Exception {
        SubmitSm pdu = SubmitSm.builder()
                .sourceAddress(SamplePdus.SHORT_CODE)
                .destAddress(SamplePdus.MSISDN)
                .registeredDelivery(RegisteredDelivery.RECEIPT)
                .shortMessage(new byte[] {1, 2, 3})
                .tlvs(SamplePdus.VENDOR)
                .build();
        OutboundMessage m = OutboundMessage.ofSubmitSm(pdu, "raw-1", Map.of("k", "v"));
        OutboundMessage back = roundTrip(m, OutboundMessage.class);
        assertSameMessage(back, m);
        assertThat(back.submitSm()).contains(pdu);
        assertThat(back.requestReceipt()).isTrue();
    }

    @Test
    void queuedMessage() throws Exception {
        QueuedMessage q = new QueuedMessage(
                "12345",
                OutboundMessage.builder().to(SamplePdus.MSISDN).text("hi").build(),
                3,
                Instant.parse("2026-01-02T03:04:05.678Z"));
        QueuedMessage back = roundTrip(q, QueuedMessage.class);
        assertThat(back.id()).isEqualTo("12345");
        assertThat(back.attempt()).isEqualTo(3);
        assertThat(back.enqueuedAt()).isEqualTo(q.enqueuedAt());
        assertSameMessage(back.message(), q.message());
    }

    @Test
    void tracking() throws Exception {
        Tracking full = new Tracking(
                "77", "t-1", Map.of("a", "b"), 2, 3, "447700900123", Instant.parse("2026-01-02T03:04:05.123456789Z"));
        assertThat(roundTrip(full, Tracking.class)).isEqualTo(full);
        Tracking bare = new Tracking("78", null, Map.of(), 1, 1, null, Instant.EPOCH);
        assertThat(roundTrip(bare, Tracking.class)).isEqualTo(bare);
    }

    @Test
    void acceptedAndRejectedOutcomes() throws Exception {
        SubmitOutcome accepted = new SubmitOutcome.Accepted(List.of("a1", "a2"));
        assertThat(roundTrip(accepted, SubmitOutcome.class)).isEqualTo(accepted);
        assertThat(roundTrip(accepted, SubmitOutcome.Accepted.class)).isEqualTo(accepted);
        SubmitOutcome rejected = new SubmitOutcome.Rejected(CommandStatus.ESME_RINVDSTADR, List.of("a1"));
        assertThat(roundTrip(rejected, SubmitOutcome.class)).isEqualTo(rejected);
        SubmitOutcome vendor = new SubmitOutcome.Rejected(CommandStatus.of(0x420), List.of());
        assertThat(((SubmitOutcome.Rejected) roundTrip(vendor, SubmitOutcome.class))
                        .status()
                        .code())
                .isEqualTo(0x420);
    }

    @Test
    void everyErrorKindOfAFailedOutcome() throws Exception {
        List<SmppClientException> errors = List.of(
                new ConnectionLostException("connection closed", new java.io.IOException("reset")),
                new ResponseTimeoutException("no response in 10 s"),
                new RejectedException(CommandStatus.ESME_RSYSERR),
                new ThrottledException(CommandStatus.ESME_RTHROTTLED, 21),
                new InvalidMessageException("too many segments"),
                new BindFailedException("bind refused", CommandStatus.ESME_RINVPASWD),
                new BindFailedException("bind timed out", null),
                new ShutdownException("client stopped"));
        for (SmppClientException e : errors) {
            SubmitOutcome.Failed back =
                    (SubmitOutcome.Failed) roundTrip(new SubmitOutcome.Failed(e), SubmitOutcome.class);
            SmppClientException b = back.error();
            assertThat(b).isExactlyInstanceOf(e.getClass());
            assertThat(b.getMessage()).isEqualTo(e.getMessage());
            assertThat(b.isTransient()).isEqualTo(e.isTransient());
            if (e instanceof ThrottledException t) {
                assertThat(((ThrottledException) b).attempts()).isEqualTo(t.attempts());
                assertThat(((ThrottledException) b).status()).isEqualTo(t.status());
            }
            if (e instanceof BindFailedException f) {
                assertThat(((BindFailedException) b).status()).isEqualTo(f.status());
            }
            if (e instanceof RejectedException r) {
                assertThat(((RejectedException) b).status()).isEqualTo(r.status());
            }
            assertThat(roundTrip(e, SmppClientException.class)).isExactlyInstanceOf(e.getClass());
        }
    }

    @Test
    void aListOfOutcomes() throws Exception {
        List<SubmitOutcome> outcomes = List.of(
                new SubmitOutcome.Accepted(List.of("x")), new SubmitOutcome.Failed(new ShutdownException("stop")));
        List<SubmitOutcome> back =
                MAPPER.readValue(MAPPER.writeValueAsString(outcomes), new TypeReference<List<SubmitOutcome>>() {});
        assertThat(back.get(0)).isEqualTo(outcomes.get(0));
        assertThat(back.get(1)).isInstanceOf(SubmitOutcome.Failed.class);
    }

    @Test
    void queuePriorityAndDeduplicationKey() throws Exception {
        OutboundMessage m = OutboundMessage.builder()
                .to(SamplePdus.MSISDN)
                .text("your code is 123456")
                .queuePriority(9)
                .deduplicationKey("order-17")
                .build();
        String json = MAPPER.writeValueAsString(m);
        assertThat(MAPPER.readTree(json).get("queue_priority").intValue()).isEqualTo(9);
        assertThat(MAPPER.readTree(json).get("deduplication_key").textValue()).isEqualTo("order-17");
        OutboundMessage back = MAPPER.readValue(json, OutboundMessage.class);
        assertThat(back).isEqualTo(m);
        OutboundMessage plain =
                OutboundMessage.builder().to(SamplePdus.MSISDN).text("x").build();
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(plain)).has("queue_priority"))
                .isFalse();
    }

    @Test
    void protocolIdAndReplaceIfPresent() throws Exception {
        OutboundMessage m = OutboundMessage.builder()
                .to(SamplePdus.MSISDN)
                .text("battery 40%")
                .protocolId(0x41)
                .replaceIfPresent(true)
                .build();
        String json = MAPPER.writeValueAsString(m);
        assertThat(MAPPER.readTree(json).get("protocol_id").intValue()).isEqualTo(0x41);
        assertThat(MAPPER.readTree(json).get("replace_if_present").booleanValue())
                .isTrue();
        assertThat(MAPPER.readValue(json, OutboundMessage.class)).isEqualTo(m);
        String plain = MAPPER.writeValueAsString(
                OutboundMessage.builder().to(SamplePdus.MSISDN).text("x").build());
        assertThat(MAPPER.readTree(plain).has("protocol_id")).isFalse();
        assertThat(MAPPER.readTree(plain).has("replace_if_present")).isFalse();
    }

    @Test
    void routeExpiryAndMaximumAge() throws Exception {
        OutboundMessage m = OutboundMessage.builder()
                .to(SamplePdus.MSISDN)
                .text("your code is 123456")
                .route("otp")
                .expiresAt(Instant.parse("2026-12-02T08:15:30.123Z"))
                .maxAge(Duration.ofMinutes(5))
                .build();
        String json = MAPPER.writeValueAsString(m);
        assertThat(MAPPER.readTree(json).get("route").textValue()).isEqualTo("otp");
        assertThat(MAPPER.readTree(json).get("expires_at").textValue()).isEqualTo("2026-12-02T08:15:30.123Z");
        assertThat(MAPPER.readTree(json).get("max_age").textValue()).isEqualTo("PT5M");
        assertSameMessage(MAPPER.readValue(json, OutboundMessage.class), m);

        OutboundMessage ageOnly = OutboundMessage.builder()
                .to(SamplePdus.MSISDN)
                .text("x")
                .maxAge(Duration.ofMillis(1500))
                .build();
        assertSameMessage(roundTrip(ageOnly, OutboundMessage.class), ageOnly);
        QueuedMessage q = new QueuedMessage("9", m, 2, Instant.parse("2026-12-02T08:10:00Z"));
        QueuedMessage back = roundTrip(q, QueuedMessage.class);
        assertSameMessage(back.message(), m);
        assertThat(back.message().deadline(back.enqueuedAt())).isEqualTo(m.deadline(q.enqueuedAt()));
    }

    @Test
    void aMessageWithoutTheNewFieldsIsWrittenAsBefore() throws Exception {
        // The exact form written before route, expires_at and max_age existed: both ways, byte for byte.
        String before = "{\"source\":{\"ton\":0,\"npi\":0,\"value\":\"\"},"
                + "\"destination\":{\"ton\":1,\"npi\":1,\"value\":\"447700900123\"},\"text\":\"hi\","
                + "\"replace_unencodable\":false,\"request_receipt\":true,\"service_type\":\"\",\"priority\":0,"
                + "\"tracking_id\":\"t\",\"extra\":{\"k\":\"v\"}}";
        OutboundMessage m = MAPPER.readValue(before, OutboundMessage.class);
        assertThat(m.route()).isEmpty();
        assertThat(m.expiresAt()).isEmpty();
        assertThat(m.maxAge()).isEmpty();
        assertThat(m.requestReceipt()).isTrue();
        assertThat(MAPPER.writeValueAsString(m)).isEqualTo(before);
    }

    @Test
    void badExpiryFieldsAreNamed() {
        String to = "{\"destination\":{\"ton\":1,\"npi\":1,\"value\":\"1\"},\"text\":\"x\",";
        assertThatThrownBy(() -> MAPPER.readValue(to + "\"max_age\":\"5 minutes\"}", OutboundMessage.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("'max_age' is not an ISO-8601 duration such as PT5M: 5 minutes");
        assertThatThrownBy(() -> MAPPER.readValue(to + "\"max_age\":\"PT0S\"}", OutboundMessage.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("maxAge must be above zero");
        assertThatThrownBy(() -> MAPPER.readValue(to + "\"expires_at\":\"tomorrow\"}", OutboundMessage.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("'expires_at' is not an ISO-8601 instant: tomorrow");
        assertThatThrownBy(() -> MAPPER.readValue(to + "\"route\":\"\"}", OutboundMessage.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("route must be 1 to 64 characters");
    }

    @Test
    void aRawSubmitSmCannotCarryAnExpiry() throws Exception {
        OutboundMessage raw = OutboundMessage.ofSubmitSm(
                SubmitSm.builder().destAddress(SamplePdus.MSISDN).build(), null, null);
        com.fasterxml.jackson.databind.node.ObjectNode json =
                (com.fasterxml.jackson.databind.node.ObjectNode) MAPPER.readTree(MAPPER.writeValueAsString(raw));
        assertThat(json.has("expires_at")).isFalse();
        json.put("expires_at", "2026-12-02T08:15:30Z");
        assertThatThrownBy(() -> MAPPER.treeToValue(json, OutboundMessage.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("'expires_at' cannot be set on a 'submit_sm' message");
    }

    @Test
    void everyOutcomeKeepsItsAccount() throws Exception {
        List<SubmitOutcome> outcomes = List.of(
                new SubmitOutcome.Accepted(List.of("a1"), "primary"),
                new SubmitOutcome.Rejected(CommandStatus.ESME_RINVDSTADR, List.of(), "backup"),
                new SubmitOutcome.Failed(new ResponseTimeoutException("no response"), "primary"),
                new SubmitOutcome.Expired(Instant.parse("2026-12-02T08:15:30.123456Z"), "otp-route.a"));
        for (SubmitOutcome o : outcomes) {
            String json = MAPPER.writeValueAsString(o);
            assertThat(MAPPER.readTree(json).get("account").textValue()).isEqualTo(o.account());
            SubmitOutcome back = MAPPER.readValue(json, SubmitOutcome.class);
            assertThat(back.account()).isEqualTo(o.account());
            assertThat(back.getClass()).isEqualTo(o.getClass());
            if (!(o instanceof SubmitOutcome.Failed)) { // an exception has identity equality
                assertThat(back).isEqualTo(o);
            }
            assertThat(MAPPER.readValue(json, o.getClass())).isInstanceOf(o.getClass());
        }
    }

    @Test
    void anOutcomeWithoutAccountIsWrittenAndReadAsBefore() throws Exception {
        String accepted = "{\"outcome\":\"accepted\",\"message_ids\":[\"a1\"]}";
        String rejected = "{\"outcome\":\"rejected\",\"command_status\":11,\"accepted_message_ids\":[]}";
        assertThat(MAPPER.readValue(accepted, SubmitOutcome.class))
                .isEqualTo(new SubmitOutcome.Accepted(List.of("a1")));
        assertThat(MAPPER.writeValueAsString(new SubmitOutcome.Accepted(List.of("a1"))))
                .isEqualTo(accepted);
        SubmitOutcome r = MAPPER.readValue(rejected, SubmitOutcome.class);
        assertThat(r).isEqualTo(new SubmitOutcome.Rejected(CommandStatus.ESME_RINVDSTADR, List.of()));
        assertThat(r.account()).isEmpty();
        assertThat(MAPPER.writeValueAsString(r)).isEqualTo(rejected);
        SubmitOutcome f = MAPPER.readValue(
                "{\"outcome\":\"failed\",\"error\":{\"type\":\"shutdown\",\"message\":\"stop\"}}", SubmitOutcome.class);
        assertThat(f.account()).isEmpty();
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(f)).has("account")).isFalse();
    }

    @Test
    void anExpiredOutcome() throws Exception {
        SubmitOutcome.Expired expired = new SubmitOutcome.Expired(Instant.parse("2026-12-02T08:15:30Z"), "");
        String json = MAPPER.writeValueAsString(expired);
        assertThat(json).isEqualTo("{\"outcome\":\"expired\",\"deadline\":\"2026-12-02T08:15:30Z\"}");
        assertThat(MAPPER.readValue(json, SubmitOutcome.class)).isEqualTo(expired);
        assertThat(MAPPER.readValue(json, SubmitOutcome.Expired.class)).isEqualTo(expired);
        assertThat(expired.isAccepted()).isFalse();
        assertThatThrownBy(() -> MAPPER.readValue("{\"outcome\":\"expired\"}", SubmitOutcome.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("'deadline' is required");
        assertThatThrownBy(() -> MAPPER.readValue("{\"outcome\":\"lost\"}", SubmitOutcome.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("must be accepted, rejected, failed or expired");
        assertThatThrownBy(() -> MAPPER.readValue(json, SubmitOutcome.Accepted.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("expected a Accepted, got a Expired");
    }

    @Test
    void aMessageWithoutDestinationIsRefused() {
        assertThatThrownBy(() -> MAPPER.readValue("{\"text\":\"hi\"}", OutboundMessage.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("'destination' is required");
    }

    @Test
    void anUnknownEncodingIsNamed() {
        assertThatThrownBy(() -> MAPPER.readValue(
                        "{\"destination\":{\"ton\":1,\"npi\":1,\"value\":\"1\"},\"text\":\"x\",\"encoding\":\"UTF8\"}",
                        OutboundMessage.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("'encoding' is 'UTF8'; must be one of [GSM7, IA5, LATIN1, UCS2]");
    }

    @Test
    void tlvsAloneRoundTrip() throws Exception {
        assertThat(roundTrip(SamplePdus.VENDOR, Tlvs.class)).isEqualTo(SamplePdus.VENDOR);
        assertThat(roundTrip(SamplePdus.MSISDN, Address.class)).isEqualTo(SamplePdus.MSISDN);
        assertThat(roundTrip(SamplePdus.ABSOLUTE, dev.smppkit.codec.SmppTime.class))
                .isEqualTo(SamplePdus.ABSOLUTE);
    }

    private static <T> T roundTrip(Object value, Class<T> type) throws Exception {
        return MAPPER.readValue(MAPPER.writeValueAsString(value), type);
    }

    /** Every accessor, since OutboundMessage.equals compares only some fields. */
    public static void assertSameMessage(OutboundMessage actual, OutboundMessage expected) {
        assertThat(actual.source()).isEqualTo(expected.source());
        assertThat(actual.destination()).isEqualTo(expected.destination());
        assertThat(actual.text()).isEqualTo(expected.text());
        assertThat(actual.binary().orElse(null)).isEqualTo(expected.binary().orElse(null));
        assertThat(actual.binaryCoding()).isEqualTo(expected.binaryCoding());
        assertThat(actual.encoding()).isEqualTo(expected.encoding());
        assertThat(actual.concatMode()).isEqualTo(expected.concatMode());
        assertThat(actual.replaceUnencodable()).isEqualTo(expected.replaceUnencodable());
        assertThat(actual.requestReceipt()).isEqualTo(expected.requestReceipt());
        assertThat(actual.trackingId()).isEqualTo(expected.trackingId());
        assertThat(actual.extra()).isEqualTo(expected.extra());
        assertThat(actual.serviceType()).isEqualTo(expected.serviceType());
        assertThat(actual.priority()).isEqualTo(expected.priority());
        assertThat(actual.validityPeriod()).isEqualTo(expected.validityPeriod());
        assertThat(actual.scheduleDeliveryTime()).isEqualTo(expected.scheduleDeliveryTime());
        assertThat(actual.tlvs()).isEqualTo(expected.tlvs());
        assertThat(actual.submitSm()).isEqualTo(expected.submitSm());
        assertThat(actual.route()).isEqualTo(expected.route());
        assertThat(actual.expiresAt()).isEqualTo(expected.expiresAt());
        assertThat(actual.maxAge()).isEqualTo(expected.maxAge());
        assertThat(actual).isEqualTo(expected);
    }
}
