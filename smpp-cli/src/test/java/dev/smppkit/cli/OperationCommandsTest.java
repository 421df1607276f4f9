package dev.smppkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.smppkit.codec.pdu.ReplaceSm;
import dev.smppkit.codec.pdu.SubmitSm;
import dev.smppkit.testkit.SmscSimulator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** send --schedule/--validity, query, cancel and replace against a simulator whose clock the test moves. */
@Timeout(60)
class OperationCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private SmscSimulator smsc;

    @BeforeEach
    void start() {
        smsc = SmscSimulator.builder()
                .credential("esme", "secret")
                .manualClock(Instant.now())
                .start();
    }

    @AfterEach
    void close() {
        smsc.close();
    }

    private Cli.Result run(String command, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                command, "--port", Integer.toString(smsc.port()), "--system-id", "esme", "--password", "secret"));
        args.addAll(List.of(extra));
        return Cli.run(args.toArray(String[]::new));
    }

    private String send(String... extra) {
        List<String> args = new ArrayList<>(List.of("--from", "ACME", "--to", "+447700900123", "--text", "hi"));
        args.addAll(List.of(extra));
        Cli.Result r = run("send", args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        return r.out()
                .lines()
                .filter(l -> l.startsWith("message_id: "))
                .findFirst()
                .orElseThrow()
                .substring("message_id: ".length());
    }

    private JsonNode json(String command, String... extra) throws Exception {
        Cli.Result r = run(command, extra);
        assertThat(r.exitCode()).as(r.toString()).isZero();
        return JSON.readTree(r.out());
    }

    @Test
    void aScheduledMessageIsEnrouteThenCancelledThenDeleted() throws Exception {
        String id = send("--schedule", "1h", "--validity", "2d");
        SubmitSm sm = smsc.traffic().received(SubmitSm.class).get(0);
        assertThat(sm.scheduleDeliveryTime().orElseThrow().text()).isEqualTo("000000010000000R");
        assertThat(sm.validityPeriod().orElseThrow().text()).isEqualTo("000002000000000R");

        JsonNode query = json("query", "--message-id", id, "--source", "ACME", "--json");
        assertThat(query.get("message_id").asText()).isEqualTo(id);
        assertThat(query.get("state").asText()).isEqualTo("ENROUTE");
        assertThat(query.get("state_code").asInt()).isEqualTo(1);
        assertThat(query.get("final").asBoolean()).isFalse();
        assertThat(query.get("final_date").isNull()).isTrue();

        JsonNode cancel = json("cancel", "--message-id", id, "--json");
        assertThat(cancel.get("cancelled").asBoolean()).isTrue();
        JsonNode after = json("query", "--message-id", id, "--json");
        assertThat(after.get("state").asText()).isEqualTo("DELETED");
        assertThat(after.get("final").asBoolean()).isTrue();
        assertThat(after.get("final_date").isNull()).isFalse();

        Cli.Result again = run("cancel", "--message-id", id);
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.errLines()).singleElement().asString().startsWith("rejected: ESME_RCANCELFAIL");
    }

    @Test
    void aMessageWhoseValidityPassesBeforeItsScheduleExpires() throws Exception {
        String id = send("--schedule", "2h", "--validity", "90m");
        smsc.advanceClock(Duration.ofMinutes(90));
        assertThat(json("query", "--message-id", id, "--json").get("state").asText())
                .isEqualTo("EXPIRED");
        Cli.Result text = run("query", "--message-id", id);
        assertThat(text.out()).contains("message_id: " + id, "state: EXPIRED (3)", "error_code: 0");
    }

    @Test
    void anAbsoluteScheduleIsSentInTheAbsoluteForm() {
        send("--schedule", "2037-01-02T03:04:05Z");
        assertThat(smsc.traffic()
                        .received(SubmitSm.class)
                        .get(0)
                        .scheduleDeliveryTime()
                        .orElseThrow()
                        .text())
                .isEqualTo("370102030405000+");
    }

    @Test
    void replaceSendsTheNewTextAndTimes() throws Exception {
        String id = send("--schedule", "1h");
        JsonNode r = json(
                "replace",
                "--message-id",
                id,
                "--source",
                "ACME",
                "--text",
                "new",
                "--schedule",
                "2h",
                "--receipt",
                "--json");
        assertThat(r.get("replaced").asBoolean()).isTrue();
        ReplaceSm sm = smsc.traffic().received(ReplaceSm.class).get(0);
        assertThat(sm.messageId()).isEqualTo(id);
        assertThat(sm.shortMessage()).isEqualTo("new".getBytes());
        assertThat(sm.scheduleDeliveryTime().orElseThrow().text()).isEqualTo("000000020000000R");
        assertThat(sm.registeredDelivery().requestsReceipt()).isTrue();
        assertThat(smsc.messages().get(id).orElseThrow().body()).isEqualTo("new".getBytes());
    }

    @Test
    void aReplacementNeedingTwoSegmentsIsAUsageErrorThatSaysSo() {
        Cli.Result r = run("replace", "--message-id", "1", "--text", "x".repeat(161));
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines())
                .singleElement()
                .asString()
                .contains("needs 2 segments", "replace_sm carries a single short_message");
        assertThat(smsc.traffic().received(ReplaceSm.class)).isEmpty();
    }

    @Test
    void unknownIdsAreRejectedWithTheSmscsStatus() {
        Cli.Result query = run("query", "--message-id", "nope", "--json");
        assertThat(query.exitCode()).isEqualTo(1);
        assertThat(query.err()).startsWith("rejected: ESME_RQUERYFAIL");
        Cli.Result cancel = run("cancel", "--message-id", "nope");
        assertThat(cancel.err()).startsWith("rejected: ESME_RCANCELFAIL");
        Cli.Result replace = run("replace", "--message-id", "nope", "--text", "x");
        assertThat(replace.err()).startsWith("rejected: ESME_RREPLACEFAIL");
    }

    @Test
    void badTimesAreUsageErrors() {
        Cli.Result tooFar = run("send", "--to", "1", "--text", "x", "--schedule", "100d");
        assertThat(tooFar.exitCode()).isEqualTo(2);
        assertThat(tooFar.err()).contains("--schedule", "exceeds 99 days");
        Cli.Result notATime = run("send", "--to", "1", "--text", "x", "--validity", "soon");
        assertThat(notATime.exitCode()).isEqualTo(2);
        assertThat(notATime.err()).contains("--validity", "'soon' is not a time from now");
    }
}
