package dev.smppkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.RegisteredDelivery;
import dev.smppkit.codec.pdu.BindType;
import dev.smppkit.codec.pdu.DeliverSm;
import dev.smppkit.codec.pdu.SubmitSm;
import dev.smppkit.codec.pdu.SubmitSmResp;
import dev.smppkit.codec.pdu.Tlvs;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Held deliveries and the message store are bounded in bytes, with counters for what was refused or forgotten. */
class MemoryLimitsTest {
    private static final long HELD_LIMIT = 64 << 10;

    @Test
    void receiptsForAnAbsentReceiverAreHeldUpToTheByteLimitThenSubmitsAreRefused() {
        try (SmscSimulator smsc = SmscSimulator.builder()
                        .maxHeldDeliveryBytes(HELD_LIMIT)
                        .recordTraffic(false)
                        .start();
                TestEsme sender = TestEsme.connect(smsc).bound(BindType.TRANSMITTER, "esme", "")) {
            int accepted = 0;
            CommandStatus last = CommandStatus.ESME_ROK;
            while (accepted < 10_000) {
                last = sender.call(Pdus.submit("447700900001", "hello", RegisteredDelivery.RECEIPT))
                        .commandStatus();
                if (!last.isOk()) {
                    break;
                }
                accepted++;
            }
            assertThat(last).isEqualTo(CommandStatus.ESME_RMSGQFUL);
            assertThat(accepted).isBetween(10, 200);
            SimulatorStats full = smsc.stats();
            assertThat(full.refusedSubmits()).isEqualTo(1);
            assertThat(full.droppedDeliveries()).isZero();
            assertThat(full.heldDeliveryBytes()).isBetween(1L, HELD_LIMIT);
            // a submit without a receipt adds nothing to hold
            assertThat(sender.call(Pdus.submit("447700900001")).commandStatus()).isEqualTo(CommandStatus.ESME_ROK);

            try (TestEsme receiver = TestEsme.connect(smsc).bound(BindType.RECEIVER, "esme", "")) {
                assertThat(receiver.await(DeliverSm.class, accepted)).allMatch(DeliverSm::isDeliveryReceipt);
                Await.until("the held bytes to be released", () -> smsc.stats().heldDeliveryBytes() == 0);
                assertThat(sender.call(Pdus.submit("447700900001", "hello", RegisteredDelivery.RECEIPT))
                                .commandStatus())
                        .isEqualTo(CommandStatus.ESME_ROK);
                receiver.await(DeliverSm.class, accepted + 1);
            }
        }
    }

    @Test
    void deliveriesQueuedBehindAFullWindowAreRefusedBeyondTheByteLimit() {
        try (SmscSimulator smsc = SmscSimulator.builder()
                        .outboundWindow(1)
                        .maxHeldDeliveryBytes(HELD_LIMIT)
                        .start();
                TestEsme silent = TestEsme.connect(smsc).bound(BindType.RECEIVER, "silent", "")) {
            silent.answerWith(r -> null);
            String session = smsc.sessions().get(0).id();
            DeliverSm mo = DeliverSm.builder()
                    .sourceAddress(Pdus.SENDER)
                    .destAddress(Pdus.SENDER)
                    .shortMessage(new byte[200])
                    .build();
            List<CompletableFuture<?>> sent = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                sent.add(smsc.deliver(session, mo));
            }
            Await.until(
                    "a delivery refused", () -> sent.stream().anyMatch(CompletableFuture::isCompletedExceptionally));
            assertThat(smsc.stats().droppedDeliveries()).isPositive();
            CompletableFuture<?> refused = sent.stream()
                    .filter(CompletableFuture::isCompletedExceptionally)
                    .findFirst()
                    .orElseThrow();
            assertThat(refused)
                    .failsWithin(java.time.Duration.ZERO)
                    .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                    .havingCause()
                    .isInstanceOfSatisfying(
                            DeliveryException.class,
                            e -> assertThat(e.reason()).isEqualTo(DeliveryException.Reason.QUEUE_FULL));
            assertThat(smsc.stats().heldDeliveryBytes()).isBetween(1L, HELD_LIMIT);
            assertThat(silent.received(DeliverSm.class)).hasSizeLessThanOrEqualTo(1);
        }
    }

    @Test
    void theStoreIsBoundedInBytesAndForgottenMessagesStillSendTheirReceipts() {
        long limit = 300_000;
        int messages = 10;
        try (SmscSimulator smsc = SmscSimulator.builder()
                        .maxStoredBytes(limit)
                        .recordTraffic(false)
                        .start();
                TestEsme esme = TestEsme.connect(smsc).bound(BindType.TRANSCEIVER, "esme", "")) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < messages; i++) {
                SubmitSm big = SubmitSm.builder()
                        .sourceAddress(Pdus.SENDER)
                        .destAddress(Pdus.SENDER)
                        .registeredDelivery(RegisteredDelivery.RECEIPT)
                        .tlvs(Tlvs.builder().messagePayload(new byte[65_000]).build())
                        .build();
                SubmitSmResp resp = esme.call(big);
                assertThat(resp.commandStatus()).isEqualTo(CommandStatus.ESME_ROK);
                ids.add(resp.messageId().orElseThrow());
            }
            SimulatorStats stats = smsc.stats();
            assertThat(stats.storedBytes()).isBetween(65_000L, limit);
            assertThat(smsc.messages().size()).isBetween(1, 4);
            assertThat(stats.evictedMessages())
                    .isEqualTo(messages - smsc.messages().size());
            assertThat(smsc.messages().get(ids.get(messages - 1))).isPresent();
            assertThat(smsc.messages().get(ids.get(0))).isEmpty();
            assertThat(esme.await(DeliverSm.class, messages))
                    .extracting(d -> d.tlvs().receiptedMessageId().orElseThrow())
                    .containsExactlyInAnyOrderElementsOf(ids);
        }
    }

    @Test
    void theLimitsAreValidated() {
        SmscSimulatorBuilder b = SmscSimulator.builder();
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> b.outboundWindow(0))
                .withMessageContaining("outboundWindow");
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> b.maxHeldDeliveryBytes(1000))
                .withMessageContaining("maxHeldDeliveryBytes");
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> b.maxStoredBytes(-1))
                .withMessageContaining("maxStoredBytes");
    }
}
