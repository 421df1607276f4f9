package dev.smppkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.pdu.BindType;
import dev.smppkit.testkit.internal.cli.SimulatorMainAccess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The standalone main's accounts from the environment and from a file, and its limit options. */
class StandaloneCredentialsTest {
    @TempDir
    Path dir;

    @Test
    void accountsComeFromTheEnvironmentAndAFile() throws Exception {
        Path file = dir.resolve("accounts");
        Files.writeString(file, "# accounts\n\nfile = pa=ss\n  other=x y\r\n");
        Map<String, String> env = Map.of("ESME_PW", "secret");

        try (SmscSimulator smsc = SimulatorMainAccess.configure(
                                env::get,
                                "--port",
                                "0",
                                "--credential-env",
                                "esme=ESME_PW",
                                "--credentials-file",
                                file.toString())
                        .start();
                TestEsme esme = TestEsme.connect(smsc);
                TestEsme fromFile = TestEsme.connect(smsc);
                TestEsme other = TestEsme.connect(smsc);
                TestEsme stranger = TestEsme.connect(smsc)) {
            esme.bound(BindType.TRANSCEIVER, "esme", "secret");
            fromFile.bound(BindType.TRANSCEIVER, "file", " pa=ss"); // split at the first '=', password verbatim
            other.bound(BindType.TRANSCEIVER, "other", "x y");
            assertThat(stranger.bind(BindType.TRANSCEIVER, "stranger", "secret").commandStatus())
                    .isEqualTo(CommandStatus.ESME_RBINDFAIL); // any account makes the simulator closed
        }
    }

    @Test
    void errorsNameTheVariableOrTheLineButNeverThePassword() throws Exception {
        assertThatThrownBy(() -> SimulatorMainAccess.configure(k -> null, "--credential-env", "esme=NOPE"))
                .isInstanceOf(CommandLine.ParameterException.class)
                .hasMessage("--credential-env esme: environment variable NOPE is not set");

        Path file = dir.resolve("bad");
        Files.writeString(file, "ok=fine\nesme:hunter2\n");
        assertThatThrownBy(() -> SimulatorMainAccess.configure(k -> null, "--credentials-file", file.toString()))
                .isInstanceOf(CommandLine.ParameterException.class)
                .hasMessage(file + " line 2: expected system_id=password");

        Files.writeString(file, "esme=hunter2-is-too-long\n");
        assertThatThrownBy(() -> SimulatorMainAccess.configure(k -> null, "--credentials-file", file.toString()))
                .hasMessageContaining(file + " line 1: password is 19 octets; at most 8")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void limitOptionsReachTheSimulator() throws Exception {
        try (SmscSimulator smsc = SimulatorMainAccess.configure(
                                k -> null,
                                "--port",
                                "0",
                                "-c",
                                "esme=secret",
                                "--bind-failure-status",
                                "RINVPASWD",
                                "--max-bind-failures",
                                "1",
                                "--bind-timeout",
                                "100ms",
                                "--max-pdu-length",
                                "64")
                        .start();
                TestEsme guesser = TestEsme.connect(smsc);
                TestEsme idle = TestEsme.connect(smsc)) {
            assertThat(guesser.bind(BindType.TRANSCEIVER, "esme", "wrong").commandStatus())
                    .isEqualTo(CommandStatus.ESME_RINVPASWD);
            guesser.awaitClosed(); // after one failure
            idle.awaitClosed(); // not bound within 100 ms
        }
    }
}
