package dev.smppkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.MessageState;
import dev.smppkit.testkit.ReceiptPolicy;
import dev.smppkit.testkit.SmscSimulator;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class BenchCommandTest {
    private SmscSimulator smsc;

    @AfterEach
    void close() {
        if (smsc != null) {
            smsc.close();
        }
    }

    @Test
    void jsonHasTheKeysAndTheCountsAddUp() throws Exception {
        smsc = SmscSimulator.builder()
                .receipts(ReceiptPolicy.builder()
                        .rule("7$", MessageState.UNDELIVERABLE, 1)
                        .build())
                .recordTraffic(false)
                .start();
        smsc.faults().rejectEveryNth(50, CommandStatus.ESME_RINVDSTADR);

        Cli.Result r = Cli.run(
                "bench",
                "--port",
                Integer.toString(smsc.port()),
                "--system-id",
                "bench",
                "--count",
                "2000",
                "--window",
                "20",
                "--sessions",
                "2",
                "--receipts",
                "--json");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out().lines()).hasSize(1);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(fieldNames(json))
                .contains(
                        "count",
                        "accepted",
                        "rejected",
                        "failed",
                        "receipts",
                        "elapsedMs",
                        "submitPerSec",
                        "latencyMs",
                        "cpuMicrosPerMessage",
                        "allocatedBytesPerMessage",
                        "cpuIncludesSimulator");
        assertThat(json.get("cpuMicrosPerMessage").asDouble()).isPositive();
        assertThat(json.get("allocatedBytesPerMessage").asDouble()).isPositive();
        assertThat(json.get("cpuIncludesSimulator").asBoolean()).isTrue(); // the simulator runs in this JVM
        assertThat(fieldNames(json.get("latencyMs"))).contains("p50", "p99", "p999");
        assertThat(json.get("count").asLong()).isEqualTo(2000);
        assertThat(json.get("accepted").asLong()
                        + json.get("rejected").asLong()
                        + json.get("failed").asLong())
                .isEqualTo(2000);
        assertThat(json.get("rejected").asLong()).isEqualTo(40); // every 50th
        JsonNode account = json.get("accounts").get("bench"); // one account, named by its system_id
        assertThat(account.get("accepted").asLong())
                .isEqualTo(json.get("accepted").asLong());
        assertThat(account.get("rejected").asLong()).isEqualTo(40);
        assertThat(account.get("failed").asLong()).isZero();
        assertThat(account.get("expired").asLong()).isZero();
        assertThat(json.get("expired").asLong()).isZero();
        assertThat(json.get("rejectStatuses").get("ESME_RINVDSTADR").asLong()).isEqualTo(40);
        assertThat(json.get("receipts").asLong()).isEqualTo(json.get("accepted").asLong());
        assertThat(json.get("receiptStats").get("UNDELIV").asLong()).isPositive();
        assertThat(json.get("submitPerSec").asDouble()).isPositive();
        double p50 = json.get("latencyMs").get("p50").asDouble();
        assertThat(p50)
                .isPositive()
                .isLessThanOrEqualTo(json.get("latencyMs").get("p999").asDouble());
    }

    @Test
    void theSummaryForPeople() {
        smsc = SmscSimulator.builder().recordTraffic(false).start();

        Cli.Result r = Cli.run(
                "bench",
                "--port",
                Integer.toString(smsc.port()),
                "--system-id",
                "bench",
                "--count",
                "500",
                "--tps",
                "100000");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).matches("500 messages in [0-9.]+ s: [0-9,]+ submit_sm/s \\(window 100, 1 session\\)");
        assertThat(lines.get(1)).contains("accepted 500", "rejected 0", "failed 0");
        assertThat(lines.get(2)).contains("latency submit_sm -> submit_sm_resp: p50 ", "p99.9 ");
        assertThat(lines.get(3))
                .matches("  client process: [0-9.,]+ us CPU and [0-9,]+ bytes allocated per message"
                        + " \\(the simulator in this JVM included\\)");
    }

    @Test
    void aRefusedBindEndsTheRun() {
        smsc = SmscSimulator.builder()
                .credential("bench", "right")
                .closedByDefault(true)
                .bindFailureStatus(CommandStatus.ESME_RINVPASWD)
                .start();

        Cli.Result r = Cli.run(
                "bench",
                "--port",
                Integer.toString(smsc.port()),
                "--system-id",
                "bench",
                "--password",
                "wrong",
                "--count",
                "10");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
        assertThat(r.errLines()).containsExactly("bind refused: ESME_RINVPASWD (0x0000000E) Invalid password");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
