package dev.smppkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The executable jar as a user runs it, in its own JVM: the manifest, the bundled logging and the signal handling
 * that the in-process command tests cannot see. Runs after {@code package} (Failsafe).
 */
@Timeout(120)
class SmppJarIT {
    private static final Path JAR = Path.of("target", "smpp.jar");

    @Test
    void theDemoRunsWithNothingElse() throws Exception {
        Process demo = java("demo", "--count", "2000", "--failover-count", "4000")
                .redirectErrorStream(true)
                .start();
        String output = new String(demo.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(demo.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(demo.exitValue()).as(output).isZero();
        assertThat(output).contains("2,000 messages in ", "received \"STOP\"", "= 2,000.", "Failover: nothing lost.");
        // the failover: the primary stopped, the backup took the rest, and every taken message is accounted for
        assertThat(output)
                .contains("primary's simulator stopped: yes;")
                .containsPattern("Taken [0-9,]+ = accepted 3,996 \\+ rejected 4 \\+ failed 0 \\+ expired 0 \\+"
                        + " released [0-9,]+: nothing lost\\.");
        assertThat(DemoCommandTest.backupAccepted(output)).as(output).isPositive();
    }

    @Test
    void theSimulatorStopsCleanlyOnSigterm() throws Exception {
        Process simulator = java("simulator", "--port", "0").start();
        try {
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(simulator.getInputStream(), StandardCharsets.UTF_8));
            String ready = out.readLine();
            assertThat(ready).startsWith("READY ");
            String port = ready.substring("READY ".length());

            Process send = java(
                            "send",
                            "--port",
                            port,
                            "--system-id",
                            "it",
                            "--to",
                            "447700900123",
                            "--text",
                            "hello",
                            "--wait-receipt",
                            "20s")
                    .start();
            String sent = new String(send.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(send.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(send.exitValue()).as(sent).isZero();
            assertThat(sent).contains("message_id: ", "receipt: id ");

            simulator.toHandle().destroy(); // SIGTERM; unlike Process.destroy() it leaves the pipes open
            assertThat(simulator.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(out.readLine()).isEqualTo("STOPPED");
            assertThat(new String(simulator.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
                    .contains("listening on 127.0.0.1:" + port)
                    .doesNotContain("Exception");
        } finally {
            simulator.destroyForcibly(); // a failed assertion must not leave the process behind
        }
    }

    @Test
    void aBadFlagIsOneLine() throws Exception {
        Process p = java("bench", "--window", "lots").start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(err.lines()).hasSize(1);
        assertThat(err).startsWith("smpp bench: Invalid value for option '--window'");
    }

    private static ProcessBuilder java(String... args) throws IOException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing; run the package phase first");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }
}
