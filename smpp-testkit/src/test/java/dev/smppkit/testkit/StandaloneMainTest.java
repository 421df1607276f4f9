package dev.smppkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.MessageState;
import dev.smppkit.codec.RegisteredDelivery;
import dev.smppkit.codec.pdu.BindType;
import dev.smppkit.codec.pdu.DeliverSm;
import dev.smppkit.testkit.internal.cli.SimulatorMainAccess;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The standalone main, in its own JVM: READY, credentials, receipt policy, throttling, and a clean SIGTERM. */
class StandaloneMainTest {
    @Test
    void runsUntilSigterm() throws Exception {
        try (SimulatorProcess smsc = SimulatorProcess.onClassPath(List.of(
                "--port", "0",
                "-c", "esme=secret",
                "--receipt-delay", "10ms",
                "--receipt-rule", "^999=UNDELIVERABLE:3",
                "--throttle-every", "3"))) {
            int port = smsc.awaitReady();
            try (TestEsme esme = TestEsme.connect("127.0.0.1", port, null)) {
                // one status for both, so that account names cannot be told from the answers
                assertThat(esme.bind(BindType.TRANSCEIVER, "stranger", "secret").commandStatus())
                        .isEqualTo(CommandStatus.ESME_RBINDFAIL);
                assertThat(esme.bind(BindType.TRANSCEIVER, "esme", "wrong").commandStatus())
                        .isEqualTo(CommandStatus.ESME_RBINDFAIL);
                esme.bound(BindType.TRANSCEIVER, "esme", "secret");
                assertThat(esme.call(Pdus.submit("999000", "x", RegisteredDelivery.RECEIPT))
                                .commandStatus())
                        .isEqualTo(CommandStatus.ESME_ROK);
                assertThat(esme.await(DeliverSm.class).tlvs().messageState()).contains(MessageState.UNDELIVERABLE);
                assertThat(esme.call(Pdus.submit("447700900001")).commandStatus())
                        .isEqualTo(CommandStatus.ESME_ROK);
                assertThat(esme.call(Pdus.submit("447700900001")).commandStatus())
                        .isEqualTo(CommandStatus.ESME_RTHROTTLED);

                int exit = smsc.terminate();
                assertThat(smsc.nextLine()).isEqualTo("STOPPED");
                assertThat(exit).isIn(0, 143); // 143: the JVM's exit status after SIGTERM and its shutdown hooks
                esme.awaitClosed();
            }
        }
    }

    @Test
    void acceptsAnyCredentialsWhenNoneAreConfigured() throws Exception {
        try (SimulatorProcess smsc = SimulatorProcess.onClassPath(List.of("--port", "0"));
                TestEsme esme = TestEsme.connect("127.0.0.1", smsc.awaitReady(), null)) {
            assertThat(esme.bind(BindType.TRANSMITTER, "anyone", "anything").commandStatus())
                    .isEqualTo(CommandStatus.ESME_ROK);
        }
    }

    @Test
    void parsesSizes() {
        assertThat(SimulatorMainAccess.size("65536")).isEqualTo(65_536);
        assertThat(SimulatorMainAccess.size("512k")).isEqualTo(512L << 10);
        assertThat(SimulatorMainAccess.size("64MiB")).isEqualTo(64L << 20);
        assertThat(SimulatorMainAccess.size("1g")).isEqualTo(1L << 30);
        assertThatThrownBy(() -> SimulatorMainAccess.size("lots"))
                .isInstanceOf(picocli.CommandLine.TypeConversionException.class)
                .hasMessageContaining("'lots' is not a size");
    }

    @Test
    void parsesDurationsAndReceiptRules() {
        assertThat(SimulatorMainAccess.duration("250ms")).isEqualTo(Duration.ofMillis(250));
        assertThat(SimulatorMainAccess.duration("2s")).isEqualTo(Duration.ofSeconds(2));
        assertThat(SimulatorMainAccess.duration("1m")).isEqualTo(Duration.ofMinutes(1));
        assertThat(SimulatorMainAccess.duration("PT0.5S")).isEqualTo(Duration.ofMillis(500));
        assertThat(SimulatorMainAccess.duration("40")).isEqualTo(Duration.ofMillis(40));

        ReceiptPolicy policy = SimulatorMainAccess.policy(List.of("^44=expired", "a=b=REJECTED:9"));
        assertThat(policy.outcomeFor(dev.smppkit.codec.Address.international("447700900001")))
                .isEqualTo(new ReceiptPolicy.Outcome(MessageState.EXPIRED, 0));
        assertThat(policy.outcomeFor(dev.smppkit.codec.Address.of(5, 0, "xa=by")))
                .isEqualTo(new ReceiptPolicy.Outcome(MessageState.REJECTED, 9));
        assertThatThrownBy(() -> SimulatorMainAccess.policy(List.of("no-state")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("REGEX=STATE");
        assertThatThrownBy(() -> SimulatorMainAccess.policy(List.of("x=NOPE")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--receipt-rule 'x=NOPE'");
    }
}
