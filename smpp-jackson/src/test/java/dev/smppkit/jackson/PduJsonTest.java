package dev.smppkit.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.smppkit.codec.CommandId;
import dev.smppkit.codec.pdu.Bind;
import dev.smppkit.codec.pdu.BindType;
import dev.smppkit.codec.pdu.DeliverSm;
import dev.smppkit.codec.pdu.Outbind;
import dev.smppkit.codec.pdu.Pdu;
import dev.smppkit.codec.pdu.PduCodec;
import dev.smppkit.codec.pdu.PduRequest;
import dev.smppkit.codec.pdu.PduResponse;
import dev.smppkit.codec.pdu.SubmitSm;
import dev.smppkit.codec.pdu.Tlvs;
import dev.smppkit.codec.pdu.UnknownPdu;
import dev.smppkit.codec.text.LogSafe;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.UnpooledByteBufAllocator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every PDU type survives JSON: equal after reading back (as its own type and as any PDU), and the same on the wire. */
class PduJsonTest {
    private static final ObjectMapper MAPPER = SmppJacksonModule.newObjectMapper();

    static List<SamplePdus.Sample> samples() {
        return SamplePdus.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void roundTrips(SamplePdus.Sample sample) throws Exception {
        assertRoundTrip(sample.pdu());
    }

    @Test
    void samplesCoverEveryCommand() {
        Set<String> covered = samples().stream()
                .map(s -> s.pdu() instanceof UnknownPdu
                        ? "unknown"
                        : s.pdu().commandId().name())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> all = new TreeSet<>();
        for (int id : new int[] {
            0x80000000, 0x00000001, 0x80000001, 0x00000002, 0x80000002, 0x00000003, 0x80000003, 0x00000004,
            0x80000004, 0x00000005, 0x80000005, 0x00000006, 0x80000006, 0x00000007, 0x80000007, 0x00000008,
            0x80000008, 0x00000009, 0x80000009, 0x0000000B, 0x00000015, 0x80000015, 0x00000021, 0x80000021,
            0x00000102, 0x00000103, 0x80000103
        }) {
            all.add(CommandId.of(id).name());
        }
        all.add("unknown");
        assertThat(covered).isEqualTo(all);
    }

    @Test
    void randomShortMessagesRoundTrip() throws Exception {
        for (Pdu pdu : SamplePdus.random(20260101L, 500)) {
            assertRoundTrip(pdu);
        }
    }

    @Test
    void submitSmHasTheDocumentedForm() throws Exception {
        SubmitSm sm = SubmitSm.builder()
                .sourceAddress(dev.smppkit.codec.Address.alphanumeric("ACME"))
                .destAddress(SamplePdus.MSISDN)
                .registeredDelivery(dev.smppkit.codec.RegisteredDelivery.RECEIPT)
                .validityPeriod(dev.smppkit.codec.SmppTime.parse("000001000000000R"))
                .shortMessage(new byte[] {'H', 'i'})
                .tlvs(Tlvs.builder().userMessageReference(258).build())
                .build()
                .withSequenceNumber(7);
        JsonNode json = MAPPER.readTree(MAPPER.writeValueAsString(sm));
        assertThat(json).isEqualTo(MAPPER.readTree("""
                {"command":"submit_sm","sequence_number":7,"service_type":"",
                 "source":{"ton":5,"npi":0,"value":"ACME"},"dest":{"ton":1,"npi":1,"value":"447700900123"},
                 "esm_class":0,"protocol_id":0,"priority_flag":0,"validity_period":"000001000000000R",
                 "registered_delivery":1,"replace_if_present_flag":0,"data_coding":0,"sm_default_msg_id":0,
                 "short_message":"SGk=","tlvs":[{"tag":516,"value":"AQI="}]}
                """));
    }

    @Test
    void absentOptionalFieldsTakeTheDefaults() throws Exception {
        Pdu pdu = MAPPER.readValue(
                "{\"command\":\"submit_sm\",\"dest\":{\"ton\":1,\"npi\":1,\"value\":\"447700900123\"},"
                        + "\"short_message\":\"SGk=\",\"unknown_field\":true}",
                Pdu.class);
        assertThat(pdu)
                .isEqualTo(SubmitSm.builder()
                        .destAddress(SamplePdus.MSISDN)
                        .shortMessage(new byte[] {'H', 'i'})
                        .build());
    }

    @Test
    void readsAsTheDeclaredSupertype() throws Exception {
        String json = MAPPER.writeValueAsString(
                List.of(SubmitSm.builder().build(), DeliverSm.builder().build()));
        List<PduRequest<?>> back = MAPPER.readValue(json, new TypeReference<List<PduRequest<?>>>() {});
        assertThat(back).extracting(p -> p.commandId().name()).containsExactly("submit_sm", "deliver_sm");
    }

    @Test
    void aFieldOverItsLimitIsNamed() {
        assertThatThrownBy(() -> MAPPER.readValue(
                        "{\"command\":\"bind_transmitter\",\"system_id\":\"sixteen-chars-xx\"}", Pdu.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("system_id is 16 octets; at most 15");
    }

    @Test
    void anUnknownCommandNameIsRefused() {
        assertThatThrownBy(() -> MAPPER.readValue("{\"command\":\"submit_everything\"}", Pdu.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("'command' is 'submit_everything'");
    }

    @Test
    void aMissingCommandIsRefused() {
        assertThatThrownBy(() -> MAPPER.readValue("{\"sequence_number\":1}", Pdu.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("'command' is required");
    }

    @Test
    void badBase64IsNamed() {
        assertThatThrownBy(() ->
                        MAPPER.readValue("{\"command\":\"submit_sm\",\"short_message\":\"not base64!\"}", Pdu.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("'short_message' is not valid base64");
    }

    @Test
    void aPduOfAnotherTypeIsRefused() throws Exception {
        String json = MAPPER.writeValueAsString(SubmitSm.builder().build());
        assertThatThrownBy(() -> MAPPER.readValue(json, DeliverSm.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("expected a DeliverSm, got a SubmitSm");
        assertThatThrownBy(() -> MAPPER.readValue(json, PduResponse.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("expected a PduResponse");
    }

    /**
     * A PDU with a password is written with the mask in its place, which reading refuses; everything else is checked
     * on the JSON with the real password put back, as a user who supplies it would write.
     */
    private static void assertRoundTrip(Pdu pdu) throws Exception {
        String written = MAPPER.writeValueAsString(pdu);
        String json = written;
        String password = passwordOf(pdu);
        if (!password.isEmpty()) {
            ObjectNode tree = (ObjectNode) MAPPER.readTree(written);
            assertThat(tree.get("password").asText()).as(written).isEqualTo(LogSafe.MASK);
            assertThatThrownBy(() -> MAPPER.readValue(written, Pdu.class))
                    .isInstanceOf(JsonMappingException.class)
                    .hasMessageContaining("'password' is masked");
            tree.put("password", password);
            json = MAPPER.writeValueAsString(tree);
        }
        Pdu asAny = MAPPER.readValue(json, Pdu.class);
        assertThat(asAny).as(json).isEqualTo(pdu);
        assertThat(asAny).isExactlyInstanceOf(pdu.getClass());
        assertThat(MAPPER.readValue(json, pdu.getClass())).isEqualTo(pdu);
        assertThat(wire(asAny)).as("the same octets on the wire").isEqualTo(wire(pdu));
        assertThat(MAPPER.writeValueAsString(asAny)).as("stable").isEqualTo(written);
    }

    private static String passwordOf(Pdu pdu) {
        if (pdu instanceof Bind b) {
            return b.password();
        }
        return pdu instanceof Outbind o ? o.password() : "";
    }

    @Test
    void bindAndOutbindNeverCarryTheirPasswordInJson() throws Exception {
        for (BindType type : BindType.values()) {
            Bind bind = Bind.builder(type).systemId("esme").password("Zq7!pw").build();
            String json = MAPPER.writeValueAsString(bind);
            assertThat(json).doesNotContain("Zq7!pw").contains("\"password\":\"****\"");
        }
        String outbind = MAPPER.writeValueAsString(Outbind.of("smsc", "Xy9#ob"));
        assertThat(outbind).doesNotContain("Xy9#ob").contains("\"password\":\"****\"");
        assertThat(MAPPER.writeValueAsString(List.of(Outbind.of("smsc", "Xy9#ob"))))
                .doesNotContain("Xy9#ob");
    }

    @Test
    void aMaskedPasswordIsRefusedWithAClearErrorAndAGivenOneIsRead() throws Exception {
        assertThatThrownBy(() -> MAPPER.readValue(
                        "{\"command\":\"outbind\",\"system_id\":\"smsc\",\"password\":\"****\"}", Outbind.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("'password' is masked")
                .hasMessageContaining("never writes a password");
        Bind bind = MAPPER.readValue(
                "{\"command\":\"bind_transceiver\",\"system_id\":\"esme\",\"password\":\"typed\"}", Bind.class);
        assertThat(bind.password()).isEqualTo("typed");
    }

    private static String wire(Pdu pdu) {
        ByteBuf buf = PduCodec.encode(pdu, UnpooledByteBufAllocator.DEFAULT);
        try {
            return ByteBufUtil.hexDump(buf);
        } finally {
            buf.release();
        }
    }
}
