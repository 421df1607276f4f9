package dev.smppkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.pdu.BindType;
import dev.smppkit.codec.pdu.DataSm;
import dev.smppkit.codec.pdu.DataSmResp;
import dev.smppkit.codec.pdu.DestinationAddress;
import dev.smppkit.codec.pdu.PduResponse;
import dev.smppkit.codec.pdu.SubmitMulti;
import dev.smppkit.codec.pdu.SubmitMultiResp;
import dev.smppkit.codec.pdu.SubmitSm;
import dev.smppkit.codec.pdu.SubmitSmResp;
import dev.smppkit.codec.pdu.UnsuccessSme;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The per-PDU handlers: accept with a generated or given id, reject, reply later, never reply, custom response. */
class HandlerTest {
    @Test
    void acceptsWithGeneratedIdsByDefault() {
        try (SmscSimulator smsc = SmscSimulator.builder().start();
                TestEsme esme = TestEsme.connect(smsc).bound(BindType.TRANSMITTER, "esme", "")) {
            SubmitSmResp first = esme.call(Pdus.submit("447700900001"));
            SubmitSmResp second = esme.call(Pdus.submit("447700900002"));
            assertThat(first.commandStatus()).isEqualTo(CommandStatus.ESME_ROK);
            assertThat(first.messageId())
                    .hasValueSatisfying(id -> assertThat(id).hasSize(10).containsOnlyDigits());
            assertThat(second.messageId()).isNotEqualTo(first.messageId());
            assertThat(smsc.messages().get(first.messageId().orElseThrow()))
                    .hasValueSatisfying(m -> assertThat(m.destination().value()).isEqualTo("447700900001"));
        }
    }

    @Test
    void customIdGeneratorAndPerMessageIds() {
        try (SmscSimulator smsc = SmscSimulator.builder()
                        .messageIds(() -> "gen-" + System.nanoTime())
                        .onSubmitSm(
                                sm -> sm.pdu().destAddress().value().endsWith("7") ? sm.accept("fixed-7") : sm.accept())
                        .start();
                TestEsme esme = TestEsme.connect(smsc).bound(BindType.TRANSMITTER, "esme", "")) {
            assertThat(esme.call(Pdus.submit("447700900007")).messageId()).contains("fixed-7");
            assertThat(esme.call(Pdus.submit("447700900001")).messageId())
                    .hasValueSatisfying(id -> assertThat(id).startsWith("gen-"));
        }
    }

    @Test
    void rejectsDelaysAndIgnoresAsTheHandlerSays() {
        try (SmscSimulator smsc = SmscSimulator.builder()
                        .onSubmitSm(sm -> switch (sm.pdu().destAddress().value()) {
                            case "447700900001" -> sm.reject(CommandStatus.ESME_RINVDSTADR);
                            case "447700900002" -> sm.accept().after(Duration.ofMillis(200));
                            case "447700900003" -> sm.noReply();
                            default -> sm.accept();
                        })
                        .start();
                TestEsme esme = TestEsme.connect(smsc).bound(BindType.TRANSMITTER, "esme", "")) {
            CompletableFuture<PduResponse> ignored = esme.send(Pdus.submit("447700900003"));
            CompletableFuture<PduResponse> delayed = esme.send(Pdus.submit("447700900002"));
            CompletableFuture<PduResponse> rejected = esme.send(Pdus.submit("447700900001"));
            CompletableFuture<PduResponse> plain = esme.send(Pdus.submit("447700900004"));

            PduResponse rejection = rejected.join();
            assertThat(rejection.commandStatus()).isEqualTo(CommandStatus.ESME_RINVDSTADR);
            assertThat(((SubmitSmResp) rejection).messageId()).isEmpty();
            assertThat(plain.join().commandStatus()).isEqualTo(CommandStatus.ESME_ROK);
            assertThat(delayed.join().commandStatus()).isEqualTo(CommandStatus.ESME_ROK);
            // the delayed answer came after the immediate ones, and the ignored request is never answered
            List<SubmitSmResp> order = smsc.traffic().sent(SubmitSmResp.class);
            assertThat(order).hasSize(3);
            assertThat(order.get(2).sequenceNumber()).isEqualTo(delayed.join().sequenceNumber());
            assertThat(ignored).isNotDone();
            // a rejected or ignored message is not stored
            assertThat(smsc.messages().size()).isEqualTo(2);
        }
    }

    @Test
    void aHandlerThatThrowsIsAnsweredWithSystemErrorAndRecorded() {
        try (SmscSimulator smsc = SmscSimulator.builder()
                        .onSubmitSm(sm -> {
                            throw new IllegalStateException("boom");
                        })
                        .start();
                TestEsme esme = TestEsme.connect(smsc).bound(BindType.TRANSMITTER, "esme", "")) {
            assertThat(esme.call(Pdus.submit("447700900001")).commandStatus()).isEqualTo(CommandStatus.ESME_RSYSERR);
            assertThat(smsc.errors())
                    .singleElement()
                    .satisfies(e -> assertThat(e).hasMessage("boom"));
            smsc.clearErrors();
            assertThat(smsc.errors()).isEmpty();
        }
    }

    @Test
    void respondsWithExactlyTheResponseGiven() {
        try (SmscSimulator smsc = SmscSimulator.builder()
                        .onSubmitSm(sm -> sm.respond(SubmitSmResp.builder()
                                .commandStatus(CommandStatus.ESME_RSUBMITFAIL)
                                .messageId("body-anyway")
                                .build()))
                        .start();
                TestEsme esme = TestEsme.connect(smsc).bound(BindType.TRANSMITTER, "esme", "")) {
            SubmitSmResp resp = esme.call(Pdus.submit("447700900001"));
            assertThat(resp.commandStatus()).isEqualTo(CommandStatus.ESME_RSUBMITFAIL);
            assertThat(resp.messageId()).contains("body-anyway");
        }
    }

    @Test
    void dataSmIsAcceptedAndStored() {
        try (SmscSimulator smsc = SmscSimulator.builder()
                        .onDataSm(d -> d.pdu().destAddress().value().startsWith("999")
                                ? d.reject(CommandStatus.ESME_RINVDSTADR)
                                : d.accept())
                        .start();
                TestEsme esme = TestEsme.connect(smsc).bound(BindType.TRANSCEIVER, "esme", "")) {
            DataSmResp ok = esme.call(DataSm.builder()
                    .sourceAddress(Pdus.SENDER)
                    .destAddress(Address.international("447700900001"))
                    .messagePayload("payload".getBytes())
                    .build());
            DataSmResp refused = esme.call(DataSm.builder()
                    .destAddress(Address.international("999000"))
                    .messagePayload(new byte[1])
                    .build());
            assertThat(ok.commandStatus()).isEqualTo(CommandStatus.ESME_ROK);
            assertThat(refused.commandStatus()).isEqualTo(CommandStatus.ESME_RINVDSTADR);
            StoredMessage stored =
                    smsc.messages().get(ok.messageId().orElseThrow()).orElseThrow();
            assertThat(stored.body()).isEqualTo("payload".getBytes());
            assertThat(stored.commandId().name()).isEqualTo("data_sm");
        }
    }

    @Test
    void submitMultiReportsTheDestinationsTheSubmitSmHandlerRejects() {
        try (SmscSimulator smsc = SmscSimulator.builder()
                        .onSubmitSm(sm -> sm.pdu().destAddress().value().startsWith("999")
                                ? sm.reject(CommandStatus.ESME_RINVDSTADR)
                                : sm.accept())
                        .start();
                TestEsme esme = TestEsme.connect(smsc).bound(BindType.TRANSMITTER, "esme", "")) {
            SubmitMulti multi = SubmitMulti.builder()
                    .sourceAddress(Pdus.SENDER)
                    .addDestination(DestinationAddress.sme(Address.international("447700900001")))
                    .addDestination(DestinationAddress.sme(Address.international("999000111")))
                    .addDestination(DestinationAddress.sme(Address.international("447700900002")))
                    .addDestination(DestinationAddress.distributionList("friends"))
                    .shortMessage("hi all".getBytes())
                    .build();
            SubmitMultiResp resp = esme.call(multi);
            assertThat(resp.commandStatus()).isEqualTo(CommandStatus.ESME_ROK);
            assertThat(resp.unsuccessful())
                    .containsExactly(
                            new UnsuccessSme(Address.international("999000111"), CommandStatus.ESME_RINVDSTADR),
                            new UnsuccessSme(Address.of(0, 0, "friends"), CommandStatus.ESME_RINVDLNAME));
            StoredMessage stored =
                    smsc.messages().get(resp.messageId().orElseThrow()).orElseThrow();
            assertThat(stored.destinations())
                    .containsExactly(Address.international("447700900001"), Address.international("447700900002"));
        }
    }

    @Test
    void submitMultiHandlerMayListUnsuccessfulDestinationsItself() {
        UnsuccessSme busy = new UnsuccessSme(Address.international("447700900002"), CommandStatus.ESME_RMSGQFUL);
        try (SmscSimulator smsc = SmscSimulator.builder()
                        .onSubmitMulti(m -> m.accept("multi-1").withUnsuccessful(List.of(busy)))
                        .start();
                TestEsme esme = TestEsme.connect(smsc).bound(BindType.TRANSMITTER, "esme", "")) {
            SubmitMultiResp resp = esme.call(SubmitMulti.builder()
                    .addDestination(DestinationAddress.sme(Address.international("447700900001")))
                    .addDestination(DestinationAddress.sme(Address.international("447700900002")))
                    .build());
            assertThat(resp.messageId()).contains("multi-1");
            assertThat(resp.unsuccessful()).containsExactly(busy);
        }
    }

    @Test
    void handlersSeeTheSession() {
        try (SmscSimulator smsc = SmscSimulator.builder()
                        .onSubmitSm(sm -> sm.session().systemId().orElseThrow().equals("vip")
                                ? sm.accept()
                                : sm.reject(CommandStatus.ESME_RX_P_APPN))
                        .start();
                TestEsme vip = TestEsme.connect(smsc).bound(BindType.TRANSMITTER, "vip", "");
                TestEsme other = TestEsme.connect(smsc).bound(BindType.TRANSMITTER, "other", "")) {
            SubmitSm sm = Pdus.submit("447700900001");
            assertThat(vip.call(sm).commandStatus()).isEqualTo(CommandStatus.ESME_ROK);
            assertThat(other.call(sm).commandStatus()).isEqualTo(CommandStatus.ESME_RX_P_APPN);
        }
    }
}
