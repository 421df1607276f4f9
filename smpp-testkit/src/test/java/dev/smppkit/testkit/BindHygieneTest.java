package dev.smppkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.pdu.BindType;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Bind guessing: one status for every credential failure, a close after N failures, a per-address limit, logs. */
class BindHygieneTest {
    @Test
    void anUnknownSystemIdAndAWrongPasswordGetTheSameStatus() {
        try (SmscSimulator smsc = closed().start();
                TestEsme unknown = TestEsme.connect(smsc);
                TestEsme wrong = TestEsme.connect(smsc)) {
            assertThat(unknown.bind(BindType.TRANSCEIVER, "stranger", "secret").commandStatus())
                    .isEqualTo(CommandStatus.ESME_RBINDFAIL);
            assertThat(wrong.bind(BindType.TRANSCEIVER, "esme", "wrong").commandStatus())
                    .isEqualTo(CommandStatus.ESME_RBINDFAIL);
        }
    }

    @Test
    void theFailureStatusIsConfigurable() {
        try (SmscSimulator smsc =
                        closed().bindFailureStatus(CommandStatus.ESME_RINVPASWD).start();
                TestEsme esme = TestEsme.connect(smsc)) {
            assertThat(esme.bind(BindType.TRANSCEIVER, "stranger", "secret").commandStatus())
                    .isEqualTo(CommandStatus.ESME_RINVPASWD);
            assertThat(esme.bind(BindType.TRANSCEIVER, "esme", "wrong").commandStatus())
                    .isEqualTo(CommandStatus.ESME_RINVPASWD);
        }
    }

    @Test
    void aConnectionIsClosedAfterItsThirdFailedBind() {
        try (SmscSimulator smsc = closed().start();
                TestEsme esme = TestEsme.connect(smsc)) {
            for (int i = 0; i < 3; i++) {
                assertThat(esme.bind(BindType.TRANSCEIVER, "esme", "guess" + i).commandStatus())
                        .isEqualTo(CommandStatus.ESME_RBINDFAIL);
            }
            esme.awaitClosed(); // the third answer is followed by a close: no fourth guess on this connection
            assertThat(esme.isOpen()).isFalse();
        }
    }

    @Test
    void anAddressWithTooManyFailuresIsRefusedUncheckedUntilItsWindowEnds() {
        AtomicLong now = new AtomicLong();
        SmscSimulatorBuilder builder = closed().maxBindFailuresPerConnection(100)
                .bindFailuresPerAddress(4, Duration.ofMinutes(1))
                .nanoClock(now::get);
        try (SmscSimulator smsc = builder.start()) {
            try (TestEsme guesser = TestEsme.connect(smsc)) {
                for (int i = 0; i < 3; i++) {
                    assertThat(guesser.bind(BindType.TRANSMITTER, "esme", "guess" + i)
                                    .commandStatus())
                            .isEqualTo(CommandStatus.ESME_RBINDFAIL);
                }
                assertThat(guesser.isOpen()).isTrue();
                now.addAndGet(TimeUnit.SECONDS.toNanos(59)); // still the same window
                assertThat(guesser.bind(BindType.TRANSMITTER, "esme", "guess3").commandStatus())
                        .isEqualTo(CommandStatus.ESME_RBINDFAIL);
                guesser.awaitClosed(); // the fourth failure from this address closes
            }
            try (TestEsme right = TestEsme.connect(smsc)) {
                // the right password is not even checked while the address is blocked
                assertThat(right.bind(BindType.TRANSMITTER, "esme", "secret").commandStatus())
                        .isEqualTo(CommandStatus.ESME_RBINDFAIL);
                right.awaitClosed();
            }
            now.addAndGet(TimeUnit.SECONDS.toNanos(1)); // the window, begun at the first failure, has passed
            try (TestEsme right = TestEsme.connect(smsc)) {
                right.bound(BindType.TRANSMITTER, "esme", "secret");
            }
        }
    }

    @Test
    void untrustedSystemIdsAreEscapedAndPasswordsNeverLogged() {
        String forged = "x\r\nINFO forged";
        try (LogCapture log = new LogCapture("dev.smppkit.testkit");
                SmscSimulator open =
                        SmscSimulator.builder().credential("esme", "secret").start();
                TestEsme refused = TestEsme.connect(open);
                TestEsme accepted = TestEsme.connect(open)) {
            assertThat(refused.bind(BindType.TRANSCEIVER, "esme", "hunter2").commandStatus())
                    .isEqualTo(CommandStatus.ESME_RBINDFAIL);
            accepted.bound(BindType.TRANSCEIVER, forged, "pw");
            closedSimulatorRefuses(forged);

            assertThat(log.messages())
                    .anySatisfy(m -> assertThat(m).contains("bound as TRANSCEIVER x\\r\\nINFO forged"))
                    .anySatisfy(m -> assertThat(m).contains("system_id 'x\\r\\nINFO forged'"))
                    .anySatisfy(m -> assertThat(m).contains("system_id 'esme'"))
                    .allSatisfy(m -> assertThat(m).doesNotContain("\n", "\r", "hunter2", "guess"));
        }
    }

    private static void closedSimulatorRefuses(String systemId) {
        try (SmscSimulator smsc = closed().start();
                TestEsme esme = TestEsme.connect(smsc)) {
            assertThat(esme.bind(BindType.TRANSCEIVER, systemId, "guess").commandStatus())
                    .isEqualTo(CommandStatus.ESME_RBINDFAIL);
        }
    }

    private static SmscSimulatorBuilder closed() {
        return SmscSimulator.builder().credential("esme", "secret").closedByDefault(true);
    }
}
