package dev.smppkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * send --schedule, query and cancel as a user runs them: the jar against the jar's simulator, each in its own JVM,
 * the answers read as JSON. The simulator keeps a message scheduled an hour ahead ENROUTE for the whole test.
 */
@Timeout(180)
class OperationsJarIT {
    private static final Path JAR = Path.of("target", "smpp.jar");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Process simulator;
    private String port;

    @BeforeEach
    void startSimulator() throws Exception {
        simulator = java("simulator", "--port", "0").start();
        BufferedReader out =
                new BufferedReader(new InputStreamReader(simulator.getInputStream(), StandardCharsets.UTF_8));
        String ready = out.readLine();
        assertThat(ready).startsWith("READY ");
        port = ready.substring("READY ".length());
    }

    @AfterEach
    void stopSimulator() {
        simulator.destroyForcibly();
    }

    @Test
    void aScheduledMessageIsEnrouteUntilCancelledThenDeleted() throws Exception {
        String sent = smpp("send", "--from", "ACME", "--to", "447700900123", "--text", "later", "--schedule", "1h");
        String id = sent.lines()
                .filter(l -> l.startsWith("message_id: "))
                .findFirst()
                .orElseThrow()
                .substring("message_id: ".length());

        JsonNode before = JSON.readTree(smpp("query", "--message-id", id, "--source", "ACME", "--json"));
        assertThat(before.get("message_id").asText()).isEqualTo(id);
        assertThat(before.get("state").asText()).isEqualTo("ENROUTE");
        assertThat(before.get("final").asBoolean()).isFalse();

        JsonNode cancel = JSON.readTree(smpp("cancel", "--message-id", id, "--source", "ACME", "--json"));
        assertThat(cancel.get("cancelled").asBoolean()).isTrue();

        JsonNode after = JSON.readTree(smpp("query", "--message-id", id, "--source", "ACME", "--json"));
        assertThat(after.get("state").asText()).isEqualTo("DELETED");
        assertThat(after.get("state_code").asInt()).isEqualTo(4);
        assertThat(after.get("final_date").isNull()).isFalse();
    }

    /** Runs a command against the simulator and returns its stdout; fails unless it exits 0. */
    private String smpp(String command, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(command, "--port", port, "--system-id", "it"));
        all.addAll(List.of(args));
        Process p = java(all.toArray(String[]::new)).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(command + ": " + out + err).isZero();
        return out;
    }

    private static ProcessBuilder java(String... args) {
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
