package dev.smppkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Help, bad flags and missing values: one line on stderr and exit code 2, never a stack trace. */
class UsageTest {
    @ParameterizedTest
    @ValueSource(strings = {"simulator", "send", "bench", "demo"})
    void everyCommandHasHelp(String command) {
        Cli.Result r = Cli.run(command, "--help");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("Usage: smpp " + command);
        assertThat(r.err()).isEmpty();
    }

    @Test
    void topLevelHelpListsTheCommands() {
        Cli.Result r = Cli.run("--help");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("simulator", "send", "bench", "demo", "SMPP_PASSWORD");
    }

    @Test
    void anUnknownFlagIsOneLineWithAHint() {
        Cli.Result r = Cli.run("send", "--to", "447700900123", "--text", "hi", "--bogus");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly("smpp send: Unknown option: '--bogus' (see 'smpp send --help')");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aMissingRequiredOptionIsOneLine() {
        Cli.Result r = Cli.run("send", "--system-id", "x", "--to", "447700900123");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.errLines()[0]).startsWith("smpp send: Missing required option: '--text=TEXT'");
    }

    @Test
    void aMissingSystemIdNamesTheEnvironmentVariableToo() {
        Cli.Result r = Cli.run("bench", "--count", "1");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines())
                .containsExactly("smpp bench: Missing required option: '--system-id=ID' (or set SMPP_SYSTEM_ID)"
                        + " (see 'smpp bench --help')");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "bench --system-id x --window 0",
                "bench --system-id x --count many",
                "send --system-id x --to 447700900123 --text hi --timeout soon",
                "send --system-id x --to 447700900123 --text hi --coding ebcdic",
                "send --system-id x --to not-an-address-too-long --text hi",
                "send --system-id 12345678901234567 --to 447700900123 --text hi",
                "simulator --port 70000",
                "demo --window 0",
                "nonsense",
                ""
            })
    void badValuesAreOneLineAndExitCode2(String args) {
        Cli.Result r = Cli.run(args.isEmpty() ? new String[0] : args.split(" "));

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.errLines()).as(r.toString()).hasSize(1);
        assertThat(r.errLines()[0]).startsWith("smpp").contains("--help");
    }
}
