package dev.smppkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.pdu.DestinationAddress;
import dev.smppkit.codec.pdu.SubmitMulti;
import dev.smppkit.codec.pdu.SubmitSm;
import dev.smppkit.testkit.SmscSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code smpp send} with several {@code --to}: one submit_multi and a result per destination. */
@Timeout(60)
class SendMultiCommandTest {
    private static final String NL = System.lineSeparator();
    private SmscSimulator smsc;

    @AfterEach
    void close() {
        if (smsc != null) {
            smsc.close();
        }
    }

    private void start() {
        smsc = SmscSimulator.builder()
                .credential("esme", "secret")
                .messageIds(() -> "m1")
                .onSubmitSm(r -> r.pdu().destAddress().value().equals("447700900999")
                        ? r.reject(CommandStatus.ESME_RINVDSTADR)
                        : r.accept())
                .start();
    }

    private String[] send(String... extra) {
        String[] base = {
            "send",
            "--port",
            Integer.toString(smsc.port()),
            "--system-id",
            "esme",
            "--password",
            "secret",
            "--from",
            "ACME",
            "--to",
            "+447700900001",
            "--to",
            "+447700900999",
            "--text",
            "Hello both"
        };
        String[] all = java.util.Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return all;
    }

    @Test
    void severalRecipientsGoOutAsOneSubmitMultiWithALinePerDestination() {
        start();

        Cli.Result r = Cli.run(send());

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out())
                .isEqualTo("message_id: m1" + NL
                        + "destination: +447700900001 ok" + NL
                        + "destination: +447700900999 failed ESME_RINVDSTADR (0x0000000B) Invalid destination address"
                        + NL);
        assertThat(smsc.traffic().received(SubmitSm.class)).isEmpty();
        assertThat(smsc.traffic().received(SubmitMulti.class))
                .singleElement()
                .satisfies(m -> assertThat(m.destinations())
                        .containsExactly(
                                DestinationAddress.sme(Address.international("447700900001")),
                                DestinationAddress.sme(Address.international("447700900999"))));
    }

    @Test
    void jsonListsEveryDestination() throws Exception {
        start();

        Cli.Result r = Cli.run(send("--json"));

        assertThat(r.exitCode()).as(r.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("outcome").asText()).isEqualTo("accepted");
        assertThat(json.get("message_ids").get(0).asText()).isEqualTo("m1");
        JsonNode d = json.get("destinations");
        assertThat(d).hasSize(2);
        assertThat(d.get(0).get("destination").asText()).isEqualTo("+447700900001");
        assertThat(d.get(0).get("accepted").asBoolean()).isTrue();
        assertThat(d.get(1).get("status").asText()).isEqualTo("ESME_RINVDSTADR");
        assertThat(d.get(1).get("command_status").asInt()).isEqualTo(0x0B);
    }

    @Test
    void oneRecipientStillSendsASubmitSm() {
        start();
        Cli.Result r = Cli.run(new String[] {
            "send",
            "--port",
            Integer.toString(smsc.port()),
            "--system-id",
            "esme",
            "--password",
            "secret",
            "--to",
            "+447700900001",
            "--text",
            "one",
            "--json"
        });
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("\"destinations\":[{\"destination\":\"+447700900001\",\"accepted\":true");
        assertThat(smsc.traffic().received(SubmitSm.class)).hasSize(1);
    }
}
