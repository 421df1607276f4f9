package dev.smppkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.EsmClass;
import dev.smppkit.codec.MessageState;
import dev.smppkit.codec.RegisteredDelivery;
import dev.smppkit.codec.pdu.BindType;
import dev.smppkit.codec.pdu.DeliverSm;
import dev.smppkit.codec.pdu.DeliverSmResp;
import dev.smppkit.codec.pdu.NetworkErrorCode;
import dev.smppkit.codec.pdu.PduResponse;
import dev.smppkit.codec.text.DeliveryReceipt;
import dev.smppkit.codec.text.ReceiptStat;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Delivery receipts: content, policy, intermediate notifications, routing, store-and-forward and redelivery. */
class ReceiptTest {
    private static DeliveryReceipt parse(DeliverSm receipt) {
        return DeliveryReceipt.from(
                new String(receipt.shortMessage(), StandardCharsets.ISO_8859_1),
                receipt.tlvs().receiptedMessageId().orElse(null),
                receipt.tlvs().messageState().orElse(null),
                null);
    }

    @Test
    void aRequestedReceiptSaysDelivrdWithTlvsAndAppendixBText() {
        List<DeliverSmResp> answered = new CopyOnWriteArrayList<>();
        try (SmscSimulator smsc = SmscSimulator.builder()
                        .onDeliverSmResp((session, request, response) -> answered.add(response))
                        .start();
                TestEsme esme = TestEsme.connect(smsc).bound(BindType.TRANSCEIVER, "esme", "")) {
            String id = esme.call(
                            Pdus.submit("447700900001", "Hello from the tests, a long one", RegisteredDelivery.RECEIPT))
                    .messageId()
                    .orElseThrow();

            DeliverSm receipt = esme.await(DeliverSm.class);
            assertThat(receipt.esmClass()).isEqualTo(EsmClass.DELIVERY_RECEIPT);
            assertThat(receipt.isDeliveryReceipt()).isTrue();
            assertThat(receipt.sourceAddress().value()).isEqualTo("447700900001");
            assertThat(receipt.destAddress()).isEqualTo(Pdus.SENDER);
            assertThat(receipt.tlvs().receiptedMessageId()).contains(id);
            assertThat(receipt.tlvs().messageState()).contains(MessageState.DELIVERED);
            assertThat(receipt.tlvs().networkErrorCode()).isEmpty();

            String text = new String(receipt.shortMessage(), StandardCharsets.ISO_8859_1);
            assertThat(text)
                    .startsWith("id:" + id + " sub:001 dlvrd:001 submit date:")
                    .contains(" stat:DELIVRD err:000");
            DeliveryReceipt parsed = DeliveryReceipt.parse(text);
            assertThat(parsed.textId()).contains(id);
            assertThat(parsed.stat()).isEqualTo(ReceiptStat.DELIVRD);
            assertThat(parsed.text()).contains("Hello from the tests");
            assertThat(parsed.submitDate()).isPresent();
            assertThat(parsed.doneDate()).isPresent();

            Await.until("the deliver_sm_resp listener", () -> answered.size() == 1);
            assertThat(answered.get(0).commandStatus()).isEqualTo(CommandStatus.ESME_ROK);
        }
    }

    @Test
    void thePolicyChoosesTheFinalStateByDestination() {
        try (SmscSimulator smsc = SmscSimulator.builder()
                        .receipts(ReceiptPolicy.builder()
                                .delay(Duration.ofMillis(50))
                                .rule("^44770090000[0-4]$", MessageState.UNDELIVERABLE, 5)
                                .rule("^4477009001", MessageState.EXPIRED)
                                .rule("^4477009002", MessageState.REJECTED, 7)
                                .build())
                        .start();
                TestEsme esme = TestEsme.connect(smsc).bound(BindType.TRANSCEIVER, "esme", "")) {
            for (String to : List.of("447700900001", "447700900101", "447700900201", "447700900901")) {
                esme.call(Pdus.submit(to, "x", RegisteredDelivery.RECEIPT));
            }
            List<DeliverSm> receipts = esme.await(DeliverSm.class, 4);
            assertThat(receipts)
                    .extracting(r -> r.sourceAddress().value() + "=" + parse(r).stat())
                    .containsExactlyInAnyOrder(
                            "447700900001=UNDELIV",
                            "447700900101=EXPIRED",
                            "447700900201=REJECTD",
                            "447700900901=DELIVRD");
            DeliverSm undeliverable = receipts.stream()
                    .filter(r -> r.sourceAddress().value().equals("447700900001"))
                    .findFirst()
                    .orElseThrow();
            assertThat(undeliverable.tlvs().messageState()).contains(MessageState.UNDELIVERABLE);
            assertThat(undeliverable.tlvs().networkErrorCode()).contains(new NetworkErrorCode(NetworkErrorCode.GSM, 5));
            assertThat(parse(undeliverable).err()).contains("005");
            assertThat(parse(undeliverable).dlvrd()).hasValue(0);
        }
    }

    @Test
    void receiptsOnFailureOnlySkipDeliveredMessages() {
        try (SmscSimulator smsc = SmscSimulator.builder()
                        .receipts(ReceiptPolicy.builder()
                                .rule("^999", MessageState.UNDELIVERABLE)
                                .build())
                        .start();
                TestEsme esme = TestEsme.connect(smsc).bound(BindType.TRANSCEIVER, "esme", "")) {
            esme.call(Pdus.submit("447700900001", "x", RegisteredDelivery.RECEIPT_FAILURE_ONLY));
            esme.call(Pdus.submit("447700900002", "x", RegisteredDelivery.NONE));
            String failed = esme.call(Pdus.submit("999111", "x", RegisteredDelivery.RECEIPT_FAILURE_ONLY))
                    .messageId()
                    .orElseThrow();
            DeliverSm only = esme.await(DeliverSm.class);
            assertThat(only.tlvs().receiptedMessageId()).contains(failed);
            // receipts leave in submit order on one session, so an earlier one would have arrived first
            assertThat(esme.received(DeliverSm.class)).hasSize(1);
        }
    }

    @Test
    void intermediateNotificationComesFirstWhenAskedFor() {
        try (SmscSimulator smsc = SmscSimulator.builder()
                        .receipts(ReceiptPolicy.builder()
                                .delay(Duration.ofMillis(100))
                                .build())
                        .start();
                TestEsme esme = TestEsme.connect(smsc).bound(BindType.TRANSCEIVER, "esme", "")) {
            String id = esme.call(
                            Pdus.submit("447700900001", "x", RegisteredDelivery.RECEIPT.withIntermediateNotification()))
                    .messageId()
                    .orElseThrow();
            List<DeliverSm> both = esme.await(DeliverSm.class, 2);
            assertThat(both.get(0).esmClass().isIntermediateNotification()).isTrue();
            assertThat(both.get(0).tlvs().messageState()).contains(MessageState.ENROUTE);
            assertThat(parse(both.get(0)).stat()).isEqualTo(ReceiptStat.ENROUTE);
            assertThat(both.get(1).esmClass().isDeliveryReceipt()).isTrue();
            assertThat(both.get(1).tlvs().messageState()).contains(MessageState.DELIVERED);
            assertThat(both)
                    .allSatisfy(r -> assertThat(r.tlvs().receiptedMessageId()).contains(id));
        }
    }

    @Test
    void aTransmitterGetsItsReceiptsOnItsReceiverSession() {
        try (SmscSimulator smsc = SmscSimulator.builder().start();
                TestEsme tx = TestEsme.connect(smsc).bound(BindType.TRANSMITTER, "esme", "");
                TestEsme rx = TestEsme.connect(smsc).bound(BindType.RECEIVER, "esme", "");
                TestEsme stranger = TestEsme.connect(smsc).bound(BindType.RECEIVER, "other", "")) {
            String id = tx.call(Pdus.submit("447700900001", "x", RegisteredDelivery.RECEIPT))
                    .messageId()
                    .orElseThrow();
            assertThat(rx.await(DeliverSm.class).tlvs().receiptedMessageId()).contains(id);
            assertThat(tx.received(DeliverSm.class)).isEmpty();
            assertThat(stranger.received(DeliverSm.class)).isEmpty();
        }
    }

    @Test
    void aReceiptWaitsForTheReceiverToBind() {
        try (SmscSimulator smsc = SmscSimulator.builder().start();
                TestEsme tx = TestEsme.connect(smsc).bound(BindType.TRANSMITTER, "esme", "")) {
            String id = tx.call(Pdus.submit("447700900001", "x", RegisteredDelivery.RECEIPT))
                    .messageId()
                    .orElseThrow();
            assertThat(smsc.traffic().sent(DeliverSm.class)).isEmpty();
            try (TestEsme rx = TestEsme.connect(smsc).bound(BindType.RECEIVER, "esme", "")) {
                assertThat(rx.await(DeliverSm.class).tlvs().receiptedMessageId())
                        .contains(id);
            }
        }
    }

    @Test
    void aTransientErrorIsRedelivered() {
        List<PduResponse> answers = new CopyOnWriteArrayList<>();
        try (SmscSimulator smsc = SmscSimulator.builder()
                        .redelivery(3, Duration.ofMillis(50))
                        .onDeliverSmResp((session, request, response) -> answers.add(response))
                        .start();
                TestEsme esme = TestEsme.connect(smsc).bound(BindType.TRANSCEIVER, "esme", "")) {
            AtomicInteger deliveries = new AtomicInteger();
            esme.answerWith(request -> request.createResponse(
                    deliveries.incrementAndGet() == 1 ? CommandStatus.ESME_RX_T_APPN : CommandStatus.ESME_ROK));
            String id = esme.call(Pdus.submit("447700900001", "x", RegisteredDelivery.RECEIPT))
                    .messageId()
                    .orElseThrow();
            List<DeliverSm> twice = esme.await(DeliverSm.class, 2);
            assertThat(twice)
                    .allSatisfy(r -> assertThat(r.tlvs().receiptedMessageId()).contains(id));
            Await.until("two answers", () -> answers.size() == 2);
            assertThat(answers)
                    .extracting(PduResponse::commandStatus)
                    .containsExactly(CommandStatus.ESME_RX_T_APPN, CommandStatus.ESME_ROK);
        }
    }

    @Test
    void aPermanentErrorIsNotRedelivered() {
        try (SmscSimulator smsc = SmscSimulator.builder()
                        .redelivery(3, Duration.ofMillis(20))
                        .start();
                TestEsme esme = TestEsme.connect(smsc).bound(BindType.TRANSCEIVER, "esme", "")) {
            esme.answerWith(request -> request.createResponse(CommandStatus.ESME_RX_P_APPN));
            esme.call(Pdus.submit("447700900001", "x", RegisteredDelivery.RECEIPT));
            esme.await(DeliverSm.class);
            // a later receipt arrives after any redelivery of the first would have (same session, 20 ms apart)
            esme.answerWith(request -> request.createResponse(CommandStatus.ESME_ROK));
            esme.call(Pdus.submit("447700900002", "x", RegisteredDelivery.RECEIPT));
            esme.await(DeliverSm.class, 2);
            assertThat(esme.received(DeliverSm.class))
                    .extracting(r -> r.sourceAddress().value())
                    .containsExactly("447700900001", "447700900002");
        }
    }

    @Test
    void cancelledMessagesSendNoReceipt() {
        try (SmscSimulator smsc = SmscSimulator.builder()
                        .receipts(ReceiptPolicy.builder()
                                .delay(Duration.ofMillis(200))
                                .build())
                        .start();
                TestEsme esme = TestEsme.connect(smsc).bound(BindType.TRANSCEIVER, "esme", "")) {
            String cancelled = esme.call(Pdus.submit("447700900001", "x", RegisteredDelivery.RECEIPT))
                    .messageId()
                    .orElseThrow();
            assertThat(esme.call(dev.smppkit.codec.pdu.CancelSm.builder()
                                    .messageId(cancelled)
                                    .build())
                            .commandStatus())
                    .isEqualTo(CommandStatus.ESME_ROK);
            String kept = esme.call(Pdus.submit("447700900002", "x", RegisteredDelivery.RECEIPT))
                    .messageId()
                    .orElseThrow();
            assertThat(esme.await(DeliverSm.class).tlvs().receiptedMessageId()).contains(kept);
            assertThat(esme.received(DeliverSm.class)).hasSize(1);
        }
    }
}
