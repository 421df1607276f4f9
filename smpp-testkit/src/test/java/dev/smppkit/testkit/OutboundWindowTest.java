package dev.smppkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.RegisteredDelivery;
import dev.smppkit.codec.pdu.BindType;
import dev.smppkit.codec.pdu.DeliverSm;
import dev.smppkit.codec.pdu.EnquireLink;
import dev.smppkit.codec.pdu.PduResponse;
import dev.smppkit.codec.pdu.SubmitSmResp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The window on SMSC-originated requests: a silent ESME holds at most a window's worth and stalls nobody else. */
class OutboundWindowTest {
    private static final int WINDOW = 20;
    private static final int MESSAGES = 300;

    @Test
    void anEsmeThatNeverAnswersGetsAWindowOfReceiptsAndOthersAreServed() {
        try (SmscSimulator smsc = SmscSimulator.builder()
                        .outboundWindow(WINDOW)
                        .responseTimeout(Duration.ofMinutes(5)) // nothing expires during the test
                        .recordTraffic(false)
                        .start();
                TestEsme silent = TestEsme.connect(smsc).bound(BindType.TRANSCEIVER, "silent", "")) {
            silent.answerWith(r -> r instanceof DeliverSm ? null : r.createResponse(CommandStatus.ESME_ROK));
            List<CompletableFuture<PduResponse>> submits = new ArrayList<>();
            for (int i = 0; i < MESSAGES; i++) {
                submits.add(silent.send(Pdus.submit("4477009" + i, "hello", RegisteredDelivery.RECEIPT)));
            }
            CompletableFuture.allOf(submits.toArray(CompletableFuture[]::new))
                    .orTimeout(TestEsme.TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                    .join();

            try (TestEsme other = TestEsme.connect(smsc)) {
                CompletableFuture<SubmitSmResp> served = CompletableFuture.supplyAsync(() -> {
                    other.bound(BindType.TRANSCEIVER, "other", "");
                    return other.call(Pdus.submit("447700900001"));
                });
                assertThat(served.orTimeout(10, TimeUnit.SECONDS).join().commandStatus())
                        .isEqualTo(CommandStatus.ESME_ROK);
            }

            // the enquire_link_resp follows every deliver_sm the simulator wrote before it on this connection
            assertThat(silent.call(EnquireLink.create()).commandStatus()).isEqualTo(CommandStatus.ESME_ROK);
            List<DeliverSm> onTheWire = silent.received(DeliverSm.class);
            assertThat(onTheWire).hasSize(WINDOW);

            silent.answerWith(r -> r.createResponse(CommandStatus.ESME_ROK));
            for (DeliverSm held : onTheWire) {
                silent.send(held.createResponse(CommandStatus.ESME_ROK));
            }
            List<DeliverSm> all = silent.await(DeliverSm.class, MESSAGES);
            Set<String> ids = new HashSet<>();
            all.forEach(d -> ids.add(d.tlvs().receiptedMessageId().orElseThrow()));
            assertThat(ids).hasSize(MESSAGES);
            assertThat(smsc.stats().droppedDeliveries()).isZero();
            Await.until("the held bytes to be released", () -> smsc.stats().heldDeliveryBytes() == 0);
        }
    }

    @Test
    void aTimedOutRequestFreesItsSlotForTheNext() {
        try (SmscSimulator smsc = SmscSimulator.builder()
                        .outboundWindow(1)
                        .responseTimeout(Duration.ofMillis(200))
                        .start();
                TestEsme esme = TestEsme.connect(smsc).bound(BindType.RECEIVER, "esme", "")) {
            esme.answerWith(r -> r instanceof DeliverSm ? null : r.createResponse(CommandStatus.ESME_ROK));
            String session = smsc.sessions().get(0).id();
            DeliverSm mo = DeliverSm.builder()
                    .sourceAddress(Pdus.SENDER)
                    .destAddress(Pdus.SENDER)
                    .shortMessage(new byte[] {'h', 'i'})
                    .build();
            CompletableFuture<?> first = smsc.deliver(session, mo);
            CompletableFuture<?> second = smsc.deliver(session, mo);

            List<DeliverSm> both = esme.await(DeliverSm.class, 2);
            assertThat(first).isCompletedExceptionally();
            assertThat(both.get(1).sequenceNumber()).isNotEqualTo(both.get(0).sequenceNumber());
            // a late answer to the first is dropped; the second still matches its own
            esme.send(both.get(0).createResponse(CommandStatus.ESME_ROK));
            esme.send(both.get(1).createResponse(CommandStatus.ESME_ROK));
            assertThat(second.orTimeout(10, TimeUnit.SECONDS).join()).isNotNull();
        }
    }

    @Test
    void unbindOvertakesRequestsWaitingForAFullWindow() {
        try (SmscSimulator smsc = SmscSimulator.builder()
                        .outboundWindow(1)
                        .responseTimeout(Duration.ofMinutes(5))
                        .start();
                TestEsme esme = TestEsme.connect(smsc).bound(BindType.RECEIVER, "esme", "")) {
            esme.answerWith(r -> r instanceof DeliverSm ? null : r.createResponse(CommandStatus.ESME_ROK));
            SmscSession session = smsc.sessions().get(0);
            DeliverSm mo = DeliverSm.builder()
                    .sourceAddress(Pdus.SENDER)
                    .destAddress(Pdus.SENDER)
                    .shortMessage(new byte[] {'h', 'i'})
                    .build();
            List<CompletableFuture<?>> waiting = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                waiting.add(session.send(mo));
            }
            esme.await(DeliverSm.class);

            assertThat(session.unbind().orTimeout(10, TimeUnit.SECONDS).join().commandStatus())
                    .isEqualTo(CommandStatus.ESME_ROK);
            esme.awaitClosed();
            assertThat(esme.received(DeliverSm.class)).hasSize(1);
            for (CompletableFuture<?> f : waiting) {
                assertThat(f).failsWithin(Duration.ofSeconds(10));
            }
        }
    }
}
