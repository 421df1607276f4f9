package dev.smppkit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.testkit.SmscSimulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import picocli.CommandLine;

/** The scaling benchmark runs every pair of binds and I/O threads and prints a row for each (tiny counts, no timing). */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ScalingBenchmarkIT {
    @Test
    void printsARowForEveryBindAndThreadCount() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit;
        try (SmscSimulator smsc = SmscSimulator.builder().recordTraffic(false).start();
                PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            exit = new CommandLine(new ScalingBenchmark(out))
                    .execute(
                            "--port", Integer.toString(smsc.port()),
                            "--binds", "1,2,4",
                            "--io-threads", "1,2",
                            "--count", "400",
                            "--warmup", "100",
                            "--jvm-warmup", "100");
        }
        String output = bytes.toString(StandardCharsets.UTF_8);

        assertThat(exit).as(output).isZero();
        for (int threads : new int[] {1, 2}) {
            for (int binds : new int[] {1, 2, 4}) {
                assertThat(output)
                        .as(output)
                        .containsPattern("(?m)^\\| " + binds + " \\| " + threads + " \\| 400 \\| ");
            }
        }
        assertThat(output).contains("| binds | I/O threads |");
    }
}
