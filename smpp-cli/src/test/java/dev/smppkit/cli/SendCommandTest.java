package dev.smppkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.pdu.SubmitSm;
import dev.smppkit.testkit.SmscSimulator;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class SendCommandTest {
    private SmscSimulator smsc;

    @AfterEach
    void close() {
        if (smsc != null) {
            smsc.close();
        }
    }

    private SmscSimulator start(java.util.function.UnaryOperator<dev.smppkit.testkit.SmscSimulatorBuilder> config) {
        smsc = config.apply(SmscSimulator.builder()
                        .credential("esme", "secret")
                        .closedByDefault(true)
                        .bindFailureStatus(CommandStatus.ESME_RINVPASWD))
                .start();
        return smsc;
    }

    /** send to the simulator as esme, with the right password unless {@code extra} gives one. */
    private String[] send(String... extra) {
        if (!java.util.Arrays.asList(extra).contains("--password")) {
            String[] withPassword = java.util.Arrays.copyOf(extra, extra.length + 2);
            withPassword[extra.length] = "--password";
            withPassword[extra.length + 1] = "secret";
            extra = withPassword;
        }
        String[] base = {
            "send",
            "--port",
            Integer.toString(smsc.port()),
            "--system-id",
            "esme",
            "--from",
            "ACME",
            "--to",
            "+447700900123"
        };
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return all;
    }

    @Test
    void acceptedPrintsTheMessageIdAndExitsZero() {
        start(b -> b.messageIds(() -> "abc123"));

        Cli.Result r = Cli.run(send("--text", "Hello"));

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("message_id: abc123" + System.lineSeparator());
        assertThat(r.err()).isEmpty();
        SubmitSm sent = smsc.traffic().received(SubmitSm.class).get(0);
        assertThat(sent.destAddress().value()).isEqualTo("447700900123");
        assertThat(sent.sourceAddress().value()).isEqualTo("ACME");
        assertThat(sent.registeredDelivery().requestsReceipt()).isFalse();
    }

    @Test
    void aLongMessagePrintsOneIdPerSegment() {
        start(b -> b);

        Cli.Result r = Cli.run(send("--text", "x".repeat(400)));

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out().lines()).hasSize(3).allMatch(l -> l.matches("message_id: \\S+"));
    }

    @Test
    void unicodeWithUcs2AndWaitForTheReceipt() {
        start(b -> b);

        Cli.Result r = Cli.run(send("--text", "Привет 👋", "--coding", "ucs2", "--wait-receipt", "20s"));

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out().lines()).hasSize(2);
        assertThat(r.out().lines().toList().get(1)).startsWith("receipt: id ").contains(" stat DELIVRD");
        SubmitSm sent = smsc.traffic().received(SubmitSm.class).get(0);
        assertThat(sent.dataCoding().value()).isEqualTo(8);
        assertThat(sent.registeredDelivery().requestsReceipt()).isTrue();
    }

    @Test
    void thePasswordComesFromTheEnvironment() {
        start(b -> b);

        Cli.Result r = Cli.run(
                Map.of("SMPP_PASSWORD", "secret", "SMPP_SYSTEM_ID", "esme", "SMPP_PORT", Integer.toString(smsc.port())),
                "send",
                "--to",
                "447700900123",
                "--text",
                "hi");

        assertThat(r.exitCode()).as(r.toString()).isZero();
    }

    @Test
    void aWrongPasswordIsOneLineAndExitCode3() {
        start(b -> b);

        Cli.Result r = Cli.run(send("--text", "Hello", "--password", "wrong"));

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
        assertThat(r.errLines()).containsExactly("bind refused: ESME_RINVPASWD (0x0000000E) Invalid password");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void anUnansweredBindIsOneLineAndExitCode3() {
        start(b -> b.onBind(bind -> dev.smppkit.testkit.Reply.noReply()));

        Cli.Result r = Cli.run(send("--text", "Hello", "--timeout", "300ms"));

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
        assertThat(r.errLines())
                .containsExactly("bind timed out: no bind_resp from 127.0.0.1:" + smsc.port() + " within 300ms");
        assertThat(r.err()).doesNotContain("Exception");
        assertThat(smsc.traffic().received(SubmitSm.class)).isEmpty();
    }

    @Test
    void aRejectedMessageIsOneLineWithTheStatus() {
        start(b -> b.onSubmitSm(req -> req.reject(CommandStatus.ESME_RINVDSTADR)));

        Cli.Result r = Cli.run(send("--text", "Hello"));

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.errLines()).containsExactly("rejected: ESME_RINVDSTADR (0x0000000B) Invalid destination address");
    }

    @Test
    void noResponseIsATimeout() {
        start(b -> b.onSubmitSm(req -> req.noReply()));

        Cli.Result r = Cli.run(send("--text", "Hello", "--timeout", "300ms"));

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.errLines()[0]).startsWith("failed: no response to submit_sm");
    }

    @Test
    void aClosedPortIsConnectionRefused() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }

        Cli.Result r = Cli.run(
                "send", "--port", Integer.toString(port), "--system-id", "esme", "--to", "447700900123", "--text", "x");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(4);
        assertThat(r.errLines()).containsExactly("connection refused: 127.0.0.1:" + port);
    }

    @Test
    void aTextTheCodingCannotCarryIsAUsageError() {
        start(b -> b);

        Cli.Result r = Cli.run(send("--text", "Привет", "--coding", "gsm"));

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.errLines()[0]).startsWith("smpp send: --text: ");
        assertThat(smsc.traffic().received(SubmitSm.class)).isEmpty();
    }
}
