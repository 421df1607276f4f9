package dev.smppkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.pdu.SubmitSm;
import dev.smppkit.testkit.SmscSimulator;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench --config} and {@code send --config}: through a gateway over the file's accounts. */
@Timeout(60)
class ConfigCommandTest {
    @TempDir
    Path dir;

    private SmscSimulator uk;
    private SmscSimulator other;

    @AfterEach
    void close() {
        if (uk != null) {
            uk.close();
        }
        if (other != null) {
            other.close();
        }
    }

    private void startBoth() {
        uk = SmscSimulator.builder()
                .credential("uk", "pw-uk")
                .closedByDefault(true)
                .start();
        other = SmscSimulator.builder()
                .credential("other", "pw-other")
                .closedByDefault(true)
                .start();
    }

    /** Account uk for +44, account other for the rest; uk's password from the environment. */
    private Path config(int ukPort, int otherPort) throws IOException {
        return Files.writeString(dir.resolve("gateway.properties"), """
                smppkit.accounts.uk.host=127.0.0.1
                smppkit.accounts.uk.port=%d
                smppkit.accounts.uk.system-id=uk
                smppkit.accounts.uk.password-env=UK_PASSWORD
                smppkit.accounts.other.host=127.0.0.1
                smppkit.accounts.other.port=%d
                smppkit.accounts.other.systemId=other
                smppkit.accounts.other.password=pw-other
                smppkit.accounts.other.window=20
                smppkit.routes.uk.prefixes=44
                smppkit.routes.uk.accounts=uk,other
                smppkit.routes.rest.accounts=other
                smppkit.in-flight-policy=release
                """.formatted(ukPort, otherPort));
    }

    @Test
    void benchJsonCountsEachAccount() throws Exception {
        startBoth();
        Path file = config(uk.port(), other.port());

        Cli.Result r = Cli.run(
                Map.of("UK_PASSWORD", "pw-uk"),
                "bench",
                "--config",
                file.toString(),
                "--count",
                "300",
                "--to-prefix",
                "33",
                "--json");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("accepted").asLong()).isEqualTo(300);
        assertThat(json.get("expired").asLong()).isZero();
        JsonNode accounts = json.get("accounts");
        assertThat(accounts.get("other").get("accepted").asLong()).isEqualTo(300);
        assertThat(accounts.get("uk").get("accepted").asLong()).isZero();
        assertThat(accounts.get("uk").has("expired")).isTrue();
        assertThat(json.get("failedOver").asLong()).isZero();
        assertThat(uk.traffic().received(SubmitSm.class)).isEmpty();
    }

    @Test
    void benchSummaryShowsTheAccounts() throws Exception {
        startBoth();
        Path file = config(uk.port(), other.port());

        Cli.Result r = Cli.run(Map.of("UK_PASSWORD", "pw-uk"), "bench", "--config", file.toString(), "--count", "200");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out())
                .contains("200 messages in ", "(2 accounts, 2 sessions)")
                .contains("    uk: accepted 200   rejected 0   failed 0   expired 0")
                .contains("    other: accepted 0 ")
                .contains("  failed over to another account after a transient failure: 0");
    }

    @Test
    void sendGoesThroughTheRouteOfItsPrefix() throws Exception {
        startBoth();
        Path file = config(uk.port(), other.port());

        Cli.Result r = Cli.run(
                Map.of("UK_PASSWORD", "pw-uk"),
                "send",
                "--config",
                file.toString(),
                "--to",
                "+447700900123",
                "--text",
                "Hello");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("message_id: ").endsWith("account: uk" + System.lineSeparator());
        assertThat(uk.traffic().received(SubmitSm.class)).hasSize(1);
    }

    @Test
    void sendFailsOverWhenTheFirstAccountIsDown() throws Exception {
        other = SmscSimulator.builder()
                .credential("other", "pw-other")
                .closedByDefault(true)
                .start();
        Path file = config(freePort(), other.port());

        Cli.Result r = Cli.run(
                Map.of("UK_PASSWORD", "pw-uk"),
                "send",
                "--config",
                file.toString(),
                "--to",
                "+447700900123",
                "--text",
                "Hello");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).endsWith("account: other" + System.lineSeparator());
    }

    @Test
    void everyAccountRefusedIsOneLine() throws Exception {
        uk = SmscSimulator.builder()
                .credential("uk", "right")
                .closedByDefault(true)
                .bindFailureStatus(CommandStatus.ESME_RINVPASWD)
                .start();
        int closed = freePort();
        Path file = config(uk.port(), closed);

        Cli.Result r = Cli.run(Map.of("UK_PASSWORD", "wrong"), "bench", "--config", file.toString(), "--count", "10");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(4);
        assertThat(r.errLines())
                .containsExactly("no account could bind: other: connection refused: 127.0.0.1:" + closed
                        + "; uk: bind refused: ESME_RINVPASWD (0x0000000E) Invalid password");
    }

    @Test
    void aBadFileIsAUsageErrorNamingTheKey() throws Exception {
        Path file = Files.writeString(
                dir.resolve("bad.properties"),
                "smppkit.accounts.a.host=127.0.0.1\nsmppkit.accounts.a.system-id=a\nsmppkit.accounts.a.port=x\n");

        Cli.Result r = Cli.run("bench", "--config", file.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines())
                .containsExactly("smpp bench: --config " + file
                        + ": smppkit.accounts.a.port: 'x' is not a port; must be 1-65535 (see 'smpp bench --help')");
    }

    @Test
    void theSingleAccountFlagsAreRefusedWithAConfig() throws Exception {
        Path file = config(2775, 2776);

        Cli.Result r = Cli.run("send", "--config", file.toString(), "--host", "x", "--to", "4477", "--text", "t");
        Cli.Result window = Cli.run("bench", "--config", file.toString(), "--window", "5");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("smpp send: --host cannot be used with --config: the file sets it per account");
        assertThat(window.err()).startsWith("smpp bench: --window cannot be used with --config");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
