package dev.smppkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.cli.internal.CliEnvironment;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class SimulatorCommandTest {
    private static final Pattern READY = Pattern.compile("READY (\\d+)");

    @Test
    void printsReadyServesAndStopsWhenInterrupted() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread simulator = new Thread(() -> exit.set(Main.commandLine(
                        new CliEnvironment(Map.of(), false), new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(
                        "simulator",
                        "--port",
                        "0",
                        "--system-id",
                        "esme",
                        "--password",
                        "secret",
                        "--receipt-rule",
                        "^4477=UNDELIVERABLE:1")));
        simulator.start();
        int port = awaitReady(out);

        Cli.Result sent = Cli.run(
                "send",
                "--port",
                Integer.toString(port),
                "--system-id",
                "esme",
                "--password",
                "secret",
                "--to",
                "447700900123",
                "--text",
                "hi",
                "--wait-receipt",
                "20s");
        Cli.Result refused = Cli.run(
                "send",
                "--port",
                Integer.toString(port),
                "--system-id",
                "other",
                "--to",
                "447700900123",
                "--text",
                "hi");

        simulator.interrupt();
        simulator.join(30_000);
        assertThat(exit.get()).isZero();
        assertThat(out.toString()).isEqualTo("READY " + port + "\nSTOPPED\n".replace("\n", System.lineSeparator()));
        assertThat(err.toString()).contains("listening on 127.0.0.1:" + port, "bound: transceiver esme");
        assertThat(sent.exitCode()).as(sent.toString()).isZero();
        assertThat(sent.out()).contains("stat UNDELIV err 001");
        assertThat(refused.exitCode()).isEqualTo(3);
        // the same status as a wrong password, so that account names cannot be told apart
        assertThat(refused.errLines()).containsExactly("bind refused: ESME_RBINDFAIL (0x0000000D) Bind failed");
    }

    @Test
    void stopsAfterTheDuration() {
        Cli.Result r = Cli.run("simulator", "--port", "0", "--duration", "200ms", "--quiet");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).matches("READY \\d+\\RSTOPPED\\R");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void theOldFlagNamesStillParse() {
        Cli.Result r = Cli.run(
                "simulator",
                "--port",
                "0",
                "--duration",
                "200ms",
                "--quiet",
                "--throttle",
                "50",
                "--receipt-policy",
                "EXPIRED:3",
                "--smsc-id",
                "smsc");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).matches("READY \\d+\\RSTOPPED\\R");
    }

    @Test
    void takesTheMemoryLimits() {
        Cli.Result r = Cli.run(
                "simulator",
                "--port",
                "0",
                "--duration",
                "200ms",
                "--quiet",
                "--outbound-window",
                "10",
                "--max-held-delivery-bytes",
                "1m",
                "--max-stored-bytes",
                "16MiB");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).matches("READY \\d+\\RSTOPPED\\R");
    }

    @Test
    void aTooSmallMemoryLimitIsAUsageError() {
        Cli.Result r = Cli.run("simulator", "--port", "0", "--max-held-delivery-bytes", "1k");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines()[0]).startsWith("smpp simulator: maxHeldDeliveryBytes is 1024; must be at least");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aBadReceiptRuleIsAUsageError() {
        Cli.Result r = Cli.run("simulator", "--port", "0", "--receipt-rule", "^44=SOMETIMES");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.errLines()[0]).startsWith("smpp simulator: --receipt-rule '^44=SOMETIMES': ");
        assertThat(r.out()).isEmpty();
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
