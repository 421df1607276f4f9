package dev.smppkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.RegisteredDelivery;
import dev.smppkit.codec.pdu.BindType;
import dev.smppkit.codec.pdu.EnquireLink;
import dev.smppkit.codec.pdu.PduResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** Bind timeout, idle timeout, the connection cap and the maximum PDU length. */
class ConnectionLimitsTest {
    @Test
    void connectionsThatDoNotBindAreClosedByTheBindTimeout() {
        try (SmscSimulator smsc =
                SmscSimulator.builder().bindTimeout(Duration.ofMillis(200)).start()) {
            TestEsme bound = TestEsme.connect(smsc).bound(BindType.TRANSCEIVER, "esme", "pw");
            List<TestEsme> slow = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                TestEsme esme = TestEsme.connect(smsc);
                esme.sendRaw(new byte[] {0, 0, 0, 40, 0, 0}); // a bind header that never completes
                slow.add(esme);
            }
            for (TestEsme esme : slow) {
                esme.awaitClosed();
            }
            // the bound session's timer ran before the others' (same event loop, earlier deadline): it stays open
            assertThat(bound.isOpen()).isTrue();
            assertThat(bound.call(EnquireLink.create()).commandStatus()).isEqualTo(CommandStatus.ESME_ROK);
            bound.close();
        }
    }

    @Test
    void theIdleTimeoutClosesAQuietSessionButNotOneThatSendsEnquireLinks() throws Exception {
        try (SmscSimulator smsc = SmscSimulator.builder()
                        .idleTimeout(Duration.ofSeconds(2))
                        .start();
                TestEsme talking = TestEsme.connect(smsc).bound(BindType.TRANSCEIVER, "a", "pw");
                TestEsme quiet = TestEsme.connect(smsc).bound(BindType.TRANSCEIVER, "b", "pw")) {
            long deadline = System.nanoTime() + TestEsme.TIMEOUT.toNanos();
            while (quiet.isOpen() && System.nanoTime() < deadline) {
                assertThat(talking.call(EnquireLink.create()).commandStatus()).isEqualTo(CommandStatus.ESME_ROK);
                TimeUnit.MILLISECONDS.sleep(100); // pacing of the keep-alive, not a wait for an outcome
            }
            quiet.awaitClosed();
            assertThat(talking.isOpen()).isTrue();
        }
    }

    @Test
    void connectionsBeyondTheCapAreClosedAtOnceCountedAndLogged() throws Exception {
        try (LogCapture log = new LogCapture("dev.smppkit.testkit.internal.ConnectionCap");
                SmscSimulator smsc = SmscSimulator.builder().maxConnections(2).start()) {
            TestEsme first = TestEsme.connect(smsc).bound(BindType.TRANSCEIVER, "a", "pw");
            TestEsme second = TestEsme.connect(smsc).bound(BindType.TRANSCEIVER, "b", "pw");
            TestEsme third = TestEsme.connect(smsc);
            third.awaitClosed();
            assertThat(log.messages())
                    .anySatisfy(m ->
                            assertThat(m).contains("refused 1 connection(s) over the limit of 2 open connections"));

            first.close();
            await(() -> smsc.sessions().size() == 1);
            try (TestEsme fourth = TestEsme.connect(smsc)) {
                fourth.bound(BindType.TRANSCEIVER, "c", "pw"); // room again once one has closed
            }
            assertThat(second.isOpen()).isTrue();
            second.close();
        }
    }

    @Test
    void aPduLongerThanTheMaximumIsRefused() {
        String text = "x".repeat(150);
        try (SmscSimulator small = SmscSimulator.builder().maxPduLength(100).start();
                TestEsme esme = TestEsme.connect(small).bound(BindType.TRANSCEIVER, "a", "pw")) {
            PduResponse refused = esme.send(Pdus.submit("447700900001", text, RegisteredDelivery.NONE))
                    .orTimeout(10, TimeUnit.SECONDS)
                    .join();
            assertThat(refused.commandStatus()).isEqualTo(CommandStatus.ESME_RINVCMDLEN);
        }
        try (SmscSimulator standard = SmscSimulator.builder().start();
                TestEsme esme = TestEsme.connect(standard).bound(BindType.TRANSCEIVER, "a", "pw")) {
            assertThat(esme.call(Pdus.submit("447700900001", text, RegisteredDelivery.NONE))
                            .commandStatus())
                    .isEqualTo(CommandStatus.ESME_ROK);
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TestEsme.TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime())
                    .as("condition within " + TestEsme.TIMEOUT)
                    .isLessThan(deadline);
            TimeUnit.MILLISECONDS.sleep(10);
        }
    }
}
