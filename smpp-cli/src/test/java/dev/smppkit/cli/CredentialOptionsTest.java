package dev.smppkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.cli.internal.CliEnvironment;
import dev.smppkit.testkit.SmscSimulator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Passwords from an environment variable or a file, for send/bench and the simulator; never echoed. */
@Timeout(60)
class CredentialOptionsTest {
    private static final Pattern READY = Pattern.compile("READY (\\d+)");

    @TempDir
    Path dir;

    private SmscSimulator smsc;

    @AfterEach
    void close() {
        if (smsc != null) {
            smsc.close();
        }
    }

    @Test
    void sendReadsThePasswordFromANamedVariableOrAFile() throws Exception {
        smsc = SmscSimulator.builder()
                .credential("esme", "secret")
                .closedByDefault(true)
                .start();
        Path file = dir.resolve("pw");
        Files.writeString(file, "secret\n");

        Cli.Result fromEnv = Cli.run(Map.of("MY_PW", "secret"), send("--password-env", "MY_PW"));
        Cli.Result fromFile = Cli.run(send("--password-file", file.toString()));
        Cli.Result bench = Cli.run(
                "bench", "--port", port(), "--system-id", "esme", "--password-file", file.toString(), "--count", "5");

        assertThat(fromEnv.exitCode()).as(fromEnv.toString()).isZero();
        assertThat(fromFile.exitCode()).as(fromFile.toString()).isZero();
        assertThat(bench.exitCode()).as(bench.toString()).isZero();
    }

    @Test
    void aMissingVariableOrFileIsAUsageErrorThatNamesItAndNoPassword() {
        smsc = SmscSimulator.builder().start();

        Cli.Result unset = Cli.run(send("--password-env", "NOT_SET"));
        Cli.Result missing = Cli.run(send("--password-file", dir.resolve("none").toString()));
        Cli.Result both = Cli.run(Map.of("PW", "hunter2"), send("--password", "hunter2", "--password-env", "PW"));

        assertThat(unset.exitCode()).isEqualTo(2);
        assertThat(unset.errLines()[0])
                .startsWith("smpp send: --password-env: environment variable NOT_SET is not set");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.errLines()[0]).startsWith("smpp send: --password-file: no such file: ");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.errLines()[0])
                .startsWith("smpp send: --password, --password-env and --password-file exclude each other");
        assertThat(both.err()).doesNotContain("hunter2");
    }

    @Test
    void theSimulatorTakesAccountsFromVariablesAndFilesAndEscapesSystemIds() throws Exception {
        Path accounts = dir.resolve("accounts");
        Files.writeString(accounts, "# ESMEs\nfiled=fromfile\n");
        Path main = dir.resolve("main");
        Files.writeString(main, "mainpw\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread simulator = new Thread(() -> exit.set(Main.commandLine(
                        new CliEnvironment(Map.of("ENV_PW", "fromenv"), false),
                        new PrintWriter(out, true),
                        new PrintWriter(err, true))
                .execute(
                        "simulator",
                        "--port",
                        "0",
                        "--system-id",
                        "main",
                        "--password-file",
                        main.toString(),
                        "--credential-env",
                        "envy=ENV_PW",
                        "--credential-env",
                        "x\r\nforged=ENV_PW",
                        "--credentials-file",
                        accounts.toString())));
        simulator.start();
        int port = awaitReady(out);

        List<Cli.Result> ok = new ArrayList<>();
        ok.add(Cli.run(bind(port, "main", "mainpw")));
        ok.add(Cli.run(bind(port, "envy", "fromenv")));
        ok.add(Cli.run(bind(port, "filed", "fromfile")));
        ok.add(Cli.run(bind(port, "x\r\nforged", "fromenv")));
        Cli.Result stranger = Cli.run(bind(port, "stranger", "fromenv"));

        simulator.interrupt();
        simulator.join(30_000);
        assertThat(exit.get()).isZero();
        assertThat(ok).allSatisfy(r -> assertThat(r.exitCode()).as(r.toString()).isZero());
        assertThat(stranger.exitCode()).isEqualTo(3);
        assertThat(err.toString())
                .contains("bound: transceiver x\\r\\nforged from")
                .doesNotContain("mainpw", "fromenv", "fromfile");
        assertThat(err.toString().lines()).noneMatch(l -> l.startsWith("forged"));
    }

    @Test
    void theSimulatorRefusesAnUnsetVariableWithoutStarting() {
        Cli.Result r = Cli.run("simulator", "--port", "0", "--system-id", "a", "--password-env", "NOPE");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines()[0]).startsWith("smpp simulator: --password-env: environment variable NOPE is not set");
        assertThat(r.out()).isEmpty();
    }

    private String port() {
        return Integer.toString(smsc.port());
    }

    private String[] send(String... credentials) {
        List<String> args = new ArrayList<>(
                List.of("send", "--port", port(), "--system-id", "esme", "--to", "447700900123", "--text", "hi"));
        args.addAll(List.of(credentials));
        return args.toArray(String[]::new);
    }

    private static String[] bind(int port, String systemId, String password) {
        return new String[] {
            "send",
            "--port",
            Integer.toString(port),
            "--system-id",
            systemId,
            "--password",
            password,
            "--to",
            "447700900123",
            "--text",
            "hi"
        };
    }

    private static int awaitReady(StringWriter out) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            Matcher m = READY.matcher(out.toString());
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no READY line: " + out);
    }
}
