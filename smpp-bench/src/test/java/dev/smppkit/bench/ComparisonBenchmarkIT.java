package dev.smppkit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.bench.compare.ComparisonRow;
import dev.smppkit.bench.compare.ComparisonTable;
import dev.smppkit.bench.compare.RunReport;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import picocli.CommandLine;

/**
 * The whole comparison end to end at a small scale: the simulator process, each client in a JVM of its own, both
 * receipt modes, one round. Checks what every client counted and the shape of the table, never the timings.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ComparisonBenchmarkIT {
    private static final long COUNT = 2_000;

    @Test
    void everyClientSendsEveryMessageAndGetsEveryReceiptInOneTableOfSixRows() throws Exception {
        Path simulator = simulatorJar();
        ComparisonBenchmark bench = new ComparisonBenchmark();
        new CommandLine(bench)
                .parseArgs(
                        "--simulator-jar", simulator.toString(),
                        "--simulator-jvm-args", "-Xms64m -Xmx256m",
                        "--client-jvm-args", "-Xms64m -Xmx256m -XX:TieredStopAtLevel=1",
                        "--count", String.valueOf(COUNT),
                        "--warmup", "200",
                        "--rounds", "1",
                        // room for every PDU that can be in flight towards jSMPP (100 responses and the simulator's
                        // window of 100 receipts), so that it does not throttle receipts and the counts are exact
                        "--jsmpp-queue-capacity", "300");

        ComparisonTable table = bench.compare();

        assertThat(table.rows())
                .extracting(r -> r.client() + (r.receipts() ? "+receipts" : ""))
                .containsExactly(
                        "smppkit",
                        "cloudhopper",
                        "jsmpp",
                        "smppkit+receipts",
                        "cloudhopper+receipts",
                        "jsmpp+receipts");
        for (ComparisonRow row : table.rows()) {
            assertThat(row.runs()).as(row.client()).hasSize(1);
            RunReport run = row.runs().get(0);
            assertThat(run.error()).as(row.client()).isNull();
            assertThat(run.ok()).isTrue();
            assertThat(run.count()).isEqualTo(COUNT);
            assertThat(run.accepted()).isEqualTo(COUNT);
            assertThat(run.receiptsMatched()).isEqualTo(row.receipts() ? COUNT : 0);
        }
        assertThat(table.ok()).isTrue();
        List<String> dataRows = table.markdown()
                .lines()
                .filter(l -> l.startsWith("| ") && !l.startsWith("| client "))
                .toList();
        assertThat(dataRows).hasSize(6).noneMatch(l -> l.contains("failed"));
        assertThat(table.json(java.util.Map.of())).contains("\"ok\":true");
    }

    private static Path simulatorJar() {
        try {
            return SimulatorProcess.findJar();
        } catch (IllegalStateException e) {
            Assumptions.abort("the standalone simulator is not built: " + e.getMessage());
            throw e;
        }
    }
}
