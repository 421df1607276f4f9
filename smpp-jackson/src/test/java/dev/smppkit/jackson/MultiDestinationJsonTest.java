package dev.smppkit.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.smppkit.client.OutboundMessage;
import dev.smppkit.client.QueuedMessage;
import dev.smppkit.client.SubmitOutcome;
import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.pdu.UnsuccessSme;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The submit_multi fields: a message's destinations and an accepted outcome's unsuccess list. */
class MultiDestinationJsonTest {
    private static final ObjectMapper MAPPER = SmppJacksonModule.newObjectMapper();
    private static final Address A = Address.international("447700900001");
    private static final Address B = Address.international("447700900002");

    private static <T> T roundTrip(T value, Class<T> type) throws Exception {
        return MAPPER.readValue(MAPPER.writeValueAsString(value), type);
    }

    @Test
    void destinationsAndDistributionListsRoundTripInOrder() throws Exception {
        OutboundMessage m = OutboundMessage.builder()
                .to(A)
                .distributionList("team")
                .alsoTo(B)
                .text("hi all")
                .trackingId("t1")
                .build();

        OutboundMessage back = roundTrip(m, OutboundMessage.class);

        assertThat(back).isEqualTo(m);
        assertThat(back.destinations()).isEqualTo(m.destinations());
        JsonNode json = MAPPER.readTree(MAPPER.writeValueAsString(m));
        assertThat(json.get("destinations")).hasSize(3);
        assertThat(json.get("destinations").get(1).get("distribution_list").asText())
                .isEqualTo("team");
    }

    @Test
    void aListOnlyMessageRoundTrips() throws Exception {
        OutboundMessage m =
                OutboundMessage.builder().distributionList("all").text("x").build();
        OutboundMessage back = roundTrip(m, OutboundMessage.class);
        assertThat(back).isEqualTo(m);
        assertThat(back.destination()).isEqualTo(Address.NULL);
    }

    @Test
    void aQueuedMultiMessageRoundTrips() throws Exception {
        QueuedMessage q = new QueuedMessage(
                "42",
                OutboundMessage.builder().to(A).alsoTo(B).text("x").build(),
                2,
                Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(roundTrip(q, QueuedMessage.class).message().destinations())
                .isEqualTo(q.message().destinations());
    }

    @Test
    void aSingleDestinationMessageHasNoDestinationsField() throws Exception {
        JsonNode json = MAPPER.readTree(MAPPER.writeValueAsString(
                OutboundMessage.builder().to(A).text("x").build()));
        assertThat(json.has("destinations")).isFalse();
    }

    @Test
    void anEmptyDestinationListIsRefused() {
        assertThatThrownBy(() -> MAPPER.readValue("{\"destinations\":[],\"text\":\"x\"}", OutboundMessage.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("destination_addr is required");
        assertThatThrownBy(() -> MAPPER.readValue("{\"destinations\":[{}],\"text\":\"x\"}", OutboundMessage.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("'sme' or 'distribution_list'");
    }

    @Test
    void theUnsuccessListOfAnAcceptedOutcomeRoundTrips() throws Exception {
        SubmitOutcome a = new SubmitOutcome.Accepted(
                List.of("m1", "m2"),
                "acc",
                List.of(
                        new UnsuccessSme(B, CommandStatus.ESME_RINVDSTADR),
                        new UnsuccessSme(Address.of(0, 0, "team"), CommandStatus.ESME_RINVDLNAME)));
        assertThat(roundTrip(a, SubmitOutcome.class)).isEqualTo(a);
        // Without one it is written as before.
        SubmitOutcome plain = new SubmitOutcome.Accepted(List.of("m1"), "acc");
        assertThat(MAPPER.writeValueAsString(plain)).doesNotContain("unsuccessful");
        assertThat(roundTrip(plain, SubmitOutcome.class)).isEqualTo(plain);
    }
}
