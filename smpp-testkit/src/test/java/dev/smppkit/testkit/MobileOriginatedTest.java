package dev.smppkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.pdu.AlertNotification;
import dev.smppkit.codec.pdu.BindType;
import dev.smppkit.codec.pdu.DataSm;
import dev.smppkit.codec.pdu.DataSmResp;
import dev.smppkit.codec.pdu.DeliverSm;
import dev.smppkit.codec.pdu.DeliverSmResp;
import dev.smppkit.codec.pdu.GenericNack;
import dev.smppkit.codec.pdu.SubmitSm;
import dev.smppkit.codec.pdu.Tlvs;
import dev.smppkit.codec.text.ConcatMode;
import dev.smppkit.codec.text.Encoding;
import dev.smppkit.codec.text.ReassembledMessage;
import dev.smppkit.codec.text.Reassembler;
import dev.smppkit.codec.text.SarParameters;
import dev.smppkit.codec.text.Segment;
import dev.smppkit.codec.text.TextCodec;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** Traffic the SMSC originates: deliver_sm, long texts, data_sm, alert_notification, and virtual subscribers. */
class MobileOriginatedTest {
    private static final Address MOBILE = Address.international("447700900123");
    private static final Address SHORT_CODE = Address.shortCode("12345");

    private static DeliverSm mo(String text) {
        return DeliverSm.builder()
                .sourceAddress(MOBILE)
                .destAddress(SHORT_CODE)
                .shortMessage(TextCodec.encode(text, Encoding.GSM7))
                .build();
    }

    private static String reassemble(List<DeliverSm> segments) {
        Reassembler reassembler = Reassembler.builder().build();
        Optional<ReassembledMessage> whole = Optional.empty();
        for (DeliverSm s : segments) {
            var tlvs = s.tlvs();
            SarParameters sar = tlvs.sarMsgRefNum().isPresent()
                    ? new SarParameters(
                            tlvs.sarMsgRefNum().getAsInt(),
                            tlvs.sarTotalSegments().getAsInt(),
                            tlvs.sarSegmentSeqnum().getAsInt())
                    : null;
            whole = reassembler.offer("mo", s.messageBytes(), s.esmClass().hasUdhi(), s.dataCoding(), sar);
        }
        return whole.orElseThrow().text().orElseThrow();
    }

    private static DeliveryException.Reason reason(CompletableFuture<?> f) {
        Throwable e = org.assertj.core.api.Assertions.catchThrowable(f::join);
        assertThat(e).isInstanceOf(CompletionException.class).hasCauseInstanceOf(DeliveryException.class);
        return ((DeliveryException) e.getCause()).reason();
    }

    @Test
    void deliversToASessionIdOrASystemIdsReceiversInTurn() throws Exception {
        try (SmscSimulator smsc = SmscSimulator.builder().start();
                TestEsme first = TestEsme.connect(smsc).bound(BindType.RECEIVER, "esme", "");
                TestEsme second = TestEsme.connect(smsc).bound(BindType.TRANSCEIVER, "esme", "")) {
            SmscSession session = smsc.sessions().get(0);
            DeliverSmResp resp = smsc.deliver(session.id(), mo("by id")).get();
            assertThat(resp.commandStatus()).isEqualTo(CommandStatus.ESME_ROK);
            assertThat(first.await(DeliverSm.class).shortMessage()).isEqualTo(TextCodec.encode("by id", Encoding.GSM7));

            smsc.deliver("esme", mo("one")).get();
            smsc.deliver("esme", mo("two")).get();
            assertThat(first.received(DeliverSm.class).size()
                            + second.received(DeliverSm.class).size())
                    .isEqualTo(3);
            assertThat(second.received(DeliverSm.class)).hasSize(1);
        }
    }

    @Test
    void failsWhenNoSessionCanReceive() {
        try (SmscSimulator smsc = SmscSimulator.builder().start();
                TestEsme tx = TestEsme.connect(smsc).bound(BindType.TRANSMITTER, "esme", "")) {
            assertThat(reason(smsc.deliver("esme", mo("x")))).isEqualTo(DeliveryException.Reason.NO_SESSION);
            assertThat(reason(smsc.deliver(smsc.sessions().get(0).id(), mo("x"))))
                    .isEqualTo(DeliveryException.Reason.NO_SESSION);
            assertThat(reason(smsc.deliver("nobody", mo("x")))).isEqualTo(DeliveryException.Reason.NO_SESSION);
            assertThat(tx.received(DeliverSm.class)).isEmpty();
        }
    }

    @Test
    void completesWithErrorsTimeoutsNacksAndClosedSessions() {
        try (SmscSimulator smsc = SmscSimulator.builder()
                        .responseTimeout(Duration.ofMillis(200))
                        .start();
                TestEsme esme = TestEsme.connect(smsc).bound(BindType.RECEIVER, "esme", "")) {
            esme.answerWith(r -> r.createResponse(CommandStatus.ESME_RX_T_APPN));
            assertThat(smsc.deliver("esme", mo("refused")).join().commandStatus())
                    .isEqualTo(CommandStatus.ESME_RX_T_APPN);

            esme.answerWith(r -> null);
            assertThat(reason(smsc.deliver("esme", mo("unanswered")))).isEqualTo(DeliveryException.Reason.TIMEOUT);

            esme.answerWith(
                    r -> GenericNack.create(CommandStatus.ESME_RINVCMDID).withSequenceNumber(r.sequenceNumber()));
            CompletableFuture<DeliverSmResp> nacked = smsc.deliver("esme", mo("nacked"));
            assertThat(reason(nacked)).isEqualTo(DeliveryException.Reason.GENERIC_NACK);

            esme.answerWith(r -> null);
            CompletableFuture<DeliverSmResp> cut = smsc.deliver("esme", mo("cut"));
            esme.await(DeliverSm.class, 4);
            smsc.sessions().get(0).close(); // the SMSC drops the connection before the ESME answers
            assertThat(reason(cut)).isEqualTo(DeliveryException.Reason.SESSION_CLOSED);
        }
    }

    @Test
    void aLongTextGoesInConcatenatedSegments() {
        String text = "The quick brown fox jumps over the lazy dog. ".repeat(9); // 405 GSM characters
        try (SmscSimulator smsc = SmscSimulator.builder().start();
                TestEsme esme = TestEsme.connect(smsc).bound(BindType.TRANSCEIVER, "esme", "")) {
            List<DeliverSmResp> resps =
                    smsc.deliverText("esme", MOBILE, SHORT_CODE, text).join();
            assertThat(resps).hasSize(3).allMatch(DeliverSmResp::isOk);
            List<DeliverSm> segments = esme.await(DeliverSm.class, 3);
            assertThat(segments).allSatisfy(s -> {
                assertThat(s.esmClass().hasUdhi()).isTrue();
                assertThat(s.sourceAddress()).isEqualTo(MOBILE);
            });
            assertThat(reassemble(segments)).isEqualTo(text);
        }
    }

    @Test
    void aLongUnicodeTextInSarSegments() {
        String text = "Привет, мир! ".repeat(12); // Cyrillic: UCS-2, 156 units
        try (SmscSimulator smsc =
                        SmscSimulator.builder().concatMode(ConcatMode.SAR).start();
                TestEsme esme = TestEsme.connect(smsc).bound(BindType.TRANSCEIVER, "esme", "")) {
            smsc.deliverText("esme", MOBILE, SHORT_CODE, text).join();
            List<DeliverSm> segments = esme.await(DeliverSm.class, 3);
            assertThat(segments).allSatisfy(s -> {
                assertThat(s.dataCoding()).isEqualTo(DataCoding.UCS2);
                assertThat(s.esmClass().hasUdhi()).isFalse();
                assertThat(s.tlvs().sarTotalSegments()).hasValue(3);
            });
            assertThat(reassemble(segments)).isEqualTo(text);
        }
    }

    @Test
    void sendsDataSmAndAlertNotification() {
        try (SmscSimulator smsc = SmscSimulator.builder().start();
                TestEsme esme = TestEsme.connect(smsc).bound(BindType.RECEIVER, "esme", "")) {
            DataSmResp resp = smsc.dataSm(
                            "esme",
                            DataSm.builder()
                                    .sourceAddress(MOBILE)
                                    .destAddress(SHORT_CODE)
                                    .messagePayload("data".getBytes())
                                    .build())
                    .join();
            assertThat(resp.commandStatus()).isEqualTo(CommandStatus.ESME_ROK);
            assertThat(esme.await(DataSm.class).tlvs().messagePayload()).hasValue("data".getBytes());

            smsc.alertNotification(
                            "esme",
                            AlertNotification.of(
                                    MOBILE,
                                    SHORT_CODE,
                                    Tlvs.builder().msAvailabilityStatus(0).build()))
                    .join();
            AlertNotification alert = esme.await(AlertNotification.class);
            assertThat(alert.sourceAddress()).isEqualTo(MOBILE);
            assertThat(alert.tlvs().msAvailabilityStatus()).hasValue(0);
        }
    }

    @Test
    void aVirtualSubscriberRepliesToTheSender() {
        try (SmscSimulator smsc = SmscSimulator.builder().start();
                TestEsme esme = TestEsme.connect(smsc).bound(BindType.TRANSCEIVER, "esme", "")) {
            List<SubscriberMessage> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
            smsc.subscriber("+447700900001", msg -> {
                seen.add(msg);
                msg.reply("got it: " + msg.text().orElse("?"));
            });
            esme.call(Pdus.submit("447700900001", "ping", dev.smppkit.codec.RegisteredDelivery.NONE));
            DeliverSm reply = esme.await(DeliverSm.class);
            assertThat(reply.sourceAddress()).isEqualTo(Address.international("447700900001"));
            assertThat(reply.destAddress()).isEqualTo(Pdus.SENDER);
            assertThat(TextCodec.decode(reply.shortMessage(), reply.dataCoding(), DataCoding.SMSC_DEFAULT))
                    .isEqualTo("got it: ping");
            assertThat(seen).singleElement().satisfies(m -> {
                assertThat(m.from()).isEqualTo(Pdus.SENDER);
                assertThat(m.session().systemId()).contains("esme");
                assertThat(smsc.messages().get(m.messageId())).isPresent();
            });
            smsc.removeSubscriber("447700900001");
            esme.call(Pdus.submit("447700900001", "again", dev.smppkit.codec.RegisteredDelivery.NONE));
            assertThat(seen).hasSize(1);
        }
    }

    @Test
    void aSubscriberSeesAConcatenatedMessageOnceWholeAndRepliesToTheReceiverBind() {
        String longText = "A message long enough to need two segments. ".repeat(5);
        try (SmscSimulator smsc = SmscSimulator.builder().start();
                TestEsme tx = TestEsme.connect(smsc).bound(BindType.TRANSMITTER, "esme", "");
                TestEsme rx = TestEsme.connect(smsc).bound(BindType.RECEIVER, "esme", "")) {
            List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
            smsc.subscriber("447700900001", msg -> {
                seen.add(msg.text().orElseThrow());
                msg.reply("ok");
            });
            TextCodec splitter = TextCodec.builder().build();
            for (Segment s : splitter.split(longText)) {
                tx.call(SubmitSm.builder()
                        .sourceAddress(Pdus.SENDER)
                        .destAddress(Address.international("447700900001"))
                        .esmClass(dev.smppkit.codec.EsmClass.of(s.esmClassBits()))
                        .dataCoding(s.dataCoding())
                        .shortMessage(s.bytes())
                        .build());
            }
            rx.await(DeliverSm.class);
            assertThat(seen).containsExactly(longText);
            assertThat(tx.received(DeliverSm.class)).isEmpty();
        }
    }
}
