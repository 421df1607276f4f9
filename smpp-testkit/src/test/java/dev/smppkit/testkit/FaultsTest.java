package dev.smppkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.RegisteredDelivery;
import dev.smppkit.codec.pdu.BindType;
import dev.smppkit.codec.pdu.DeliverSm;
import dev.smppkit.codec.pdu.EnquireLink;
import dev.smppkit.codec.pdu.EnquireLinkResp;
import dev.smppkit.codec.pdu.GenericNack;
import dev.smppkit.codec.pdu.PduResponse;
import dev.smppkit.codec.pdu.QuerySm;
import dev.smppkit.codec.pdu.SubmitSmResp;
import dev.smppkit.codec.pdu.Unbind;
import dev.smppkit.codec.pdu.UnbindResp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each fault the client's reliability tests need, per session and global. */
class FaultsTest {
    @RegisterExtension
    final SmscSimulatorExtension extension = SmscSimulatorExtension.create();

    private SmscSimulator smsc() {
        return extension.simulator();
    }

    private TestEsme bound() {
        return TestEsme.connect(smsc()).bound(BindType.TRANSCEIVER, "esme", "");
    }

    private static List<CommandStatus> submit(TestEsme esme, int count) {
        List<CompletableFuture<PduResponse>> sent = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sent.add(esme.send(Pdus.submit("447700900001")));
        }
        List<CommandStatus> out = new ArrayList<>();
        sent.forEach(f -> out.add(f.join().commandStatus()));
        return out;
    }

    @Test
    void throttlesEveryNthSubmit() {
        smsc().faults().throttleEveryNth(3);
        try (TestEsme esme = bound()) {
            CommandStatus ok = CommandStatus.ESME_ROK;
            CommandStatus throttled = CommandStatus.ESME_RTHROTTLED;
            assertThat(submit(esme, 6)).containsExactly(ok, ok, throttled, ok, ok, throttled);
            assertThat(smsc().messages().size()).isEqualTo(4);
        }
    }

    @Test
    void throttlesAboveATps() {
        smsc().faults().throttleAboveTps(5);
        try (TestEsme esme = bound()) {
            List<CommandStatus> statuses = submit(esme, 20);
            // a burst well inside one second: the first five pass and the rest are throttled
            assertThat(statuses.subList(0, 5)).containsOnly(CommandStatus.ESME_ROK);
            assertThat(statuses).contains(CommandStatus.ESME_RTHROTTLED);
        }
    }

    @Test
    void queueFullAndRejectEveryNth() {
        try (TestEsme esme = bound()) {
            smsc().faults().queueFull(true);
            assertThat(submit(esme, 2)).containsOnly(CommandStatus.ESME_RMSGQFUL);
            smsc().faults().queueFull(false).rejectEveryNth(2, CommandStatus.ESME_RSYSERR);
            assertThat(submit(esme, 2)).containsExactly(CommandStatus.ESME_ROK, CommandStatus.ESME_RSYSERR);
            smsc().faults().reset();
            assertThat(submit(esme, 2)).containsOnly(CommandStatus.ESME_ROK);
        }
    }

    @Test
    void slowResponsesComeAfterUndelayedOnes() {
        smsc().faults().responseDelay(Duration.ofMillis(300));
        try (TestEsme esme = bound()) {
            CompletableFuture<PduResponse> submit = esme.send(Pdus.submit("447700900001"));
            assertThat(esme.call(EnquireLink.create()).commandStatus()).isEqualTo(CommandStatus.ESME_ROK);
            assertThat(submit).isNotDone();
            assertThat(submit.join().commandStatus()).isEqualTo(CommandStatus.ESME_ROK);
            List<TrafficRecord> sent = smsc().traffic().records().stream()
                    .filter(r -> !r.isReceived())
                    .toList();
            assertThat(sent.get(sent.size() - 2).pdu()).isInstanceOf(EnquireLinkResp.class);
            assertThat(sent.get(sent.size() - 1).pdu()).isInstanceOf(SubmitSmResp.class);
        }
    }

    @Test
    void droppedResponsesStillStoreTheMessageAndSendItsReceipt() {
        smsc().faults().dropNextResponses(1);
        try (TestEsme esme = bound()) {
            CompletableFuture<PduResponse> lost =
                    esme.send(Pdus.submit("447700900001", "x", RegisteredDelivery.RECEIPT));
            DeliverSm receipt = esme.await(DeliverSm.class);
            String id = receipt.tlvs().receiptedMessageId().orElseThrow();
            assertThat(smsc().messages().get(id)).isPresent();
            assertThat(lost).isNotDone();
            assertThat(esme.call(Pdus.submit("447700900001")).commandStatus()).isEqualTo(CommandStatus.ESME_ROK);

            smsc().faults().dropResponses(true);
            CompletableFuture<PduResponse> never = esme.send(QuerySm.of(id, Pdus.SENDER));
            // enquire_link is never dropped, and its answer shows the query before it was processed
            assertThat(esme.call(EnquireLink.create()).commandStatus()).isEqualTo(CommandStatus.ESME_ROK);
            smsc().faults().dropResponses(false);
            assertThat(esme.call(QuerySm.of(id, Pdus.SENDER)).commandStatus()).isEqualTo(CommandStatus.ESME_ROK);
            assertThat(never).isNotDone();
        }
    }

    @Test
    void outOfOrderResponsesComeInReverseGroups() {
        smsc().faults().outOfOrder(3);
        try (TestEsme esme = bound()) {
            List<CompletableFuture<PduResponse>> sent = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                sent.add(esme.send(Pdus.submit("447700900001")));
            }
            sent.forEach(CompletableFuture::join);
            List<Integer> order = smsc().traffic().sent(SubmitSmResp.class).stream()
                    .map(PduResponse::sequenceNumber)
                    .toList();
            int first = sent.get(0).join().sequenceNumber();
            assertThat(order).containsExactly(first + 2, first + 1, first);
            // an incomplete group is released anyway
            assertThat(esme.call(Pdus.submit("447700900001")).commandStatus()).isEqualTo(CommandStatus.ESME_ROK);
        }
    }

    @Test
    void genericNackForTheNextRequests() {
        smsc().faults().genericNackNext(1, CommandStatus.ESME_RSYSERR);
        try (TestEsme esme = bound()) {
            CompletableFuture<PduResponse> nacked = esme.send(Pdus.submit("447700900001"));
            PduResponse nack = nacked.join();
            assertThat(nack).isInstanceOf(GenericNack.class);
            assertThat(nack.commandStatus()).isEqualTo(CommandStatus.ESME_RSYSERR);
            assertThat(smsc().messages().size()).isZero();
            assertThat(esme.call(Pdus.submit("447700900001")).commandStatus()).isEqualTo(CommandStatus.ESME_ROK);
        }
    }

    @Test
    void closesAfterNPdusOrOnDemand() throws Exception {
        try (TestEsme esme = bound()) {
            smsc().faults().closeAfterPdus(2);
            assertThat(esme.call(Pdus.submit("447700900001")).commandStatus()).isEqualTo(CommandStatus.ESME_ROK);
            CompletableFuture<PduResponse> unanswered = esme.send(Pdus.submit("447700900001"));
            esme.awaitClosed();
            assertThat(unanswered).isCompletedExceptionally();
        }
        try (TestEsme esme = bound()) {
            SmscSession session = smsc().awaitSession("esme", TestEsme.TIMEOUT);
            session.close().get();
            esme.awaitClosed();
            assertThat(session.isActive()).isFalse();
        }
    }

    @Test
    void refusesTheNextBinds() {
        smsc().faults().refuseNextBinds(2, CommandStatus.ESME_RBINDFAIL);
        try (TestEsme esme = TestEsme.connect(smsc())) {
            assertThat(esme.bind(BindType.TRANSMITTER, "esme", "").commandStatus())
                    .isEqualTo(CommandStatus.ESME_RBINDFAIL);
            assertThat(esme.bind(BindType.TRANSMITTER, "esme", "").commandStatus())
                    .isEqualTo(CommandStatus.ESME_RBINDFAIL);
            assertThat(esme.bind(BindType.TRANSMITTER, "esme", "").commandStatus())
                    .isEqualTo(CommandStatus.ESME_ROK);
        }
    }

    @Test
    void sendsUnbindAndClosesWhenAnswered() throws Exception {
        try (TestEsme esme = bound()) {
            SmscSession session = smsc().awaitSession("esme", TestEsme.TIMEOUT);
            UnbindResp resp = session.unbind().get();
            assertThat(resp.commandStatus()).isEqualTo(CommandStatus.ESME_ROK);
            assertThat(esme.received(Unbind.class)).hasSize(1);
            esme.awaitClosed();
        }
    }

    @Test
    void stopsAnsweringEnquireLink() {
        try (TestEsme esme = bound()) {
            smsc().faults().ignoreEnquireLink(true);
            CompletableFuture<PduResponse> ping = esme.send(EnquireLink.create());
            assertThat(esme.call(Pdus.submit("447700900001")).commandStatus()).isEqualTo(CommandStatus.ESME_ROK);
            assertThat(ping).isNotDone();
            smsc().faults().ignoreEnquireLink(false);
            assertThat(esme.call(EnquireLink.create()).commandStatus()).isEqualTo(CommandStatus.ESME_ROK);
        }
    }

    @Test
    void sendsMalformedBytes() throws Exception {
        try (TestEsme esme = bound()) {
            SmscSession session = smsc().awaitSession("esme", TestEsme.TIMEOUT);
            // a deliver_sm of 20 octets whose body stops inside service_type
            session.sendRaw(new byte[] {0, 0, 0, 20, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 9, 'C', 'M', 'T', 'X'})
                    .get();
            Await.until("a decode error at the ESME", () -> !esme.decodeErrors.isEmpty());
            assertThat(esme.decodeErrors.get(0).sequenceNumber()).isEqualTo(9);
            assertThat(esme.call(EnquireLink.create()).commandStatus()).isEqualTo(CommandStatus.ESME_ROK);
        }
    }

    @Test
    void restartsOnTheSamePortKeepingTheStore() {
        int port = smsc().port();
        String id;
        try (TestEsme esme = bound()) {
            id = esme.call(Pdus.submit("447700900001")).messageId().orElseThrow();
            smsc().restart();
            esme.awaitClosed();
        }
        assertThat(smsc().port()).isEqualTo(port);
        assertThat(smsc().isRunning()).isTrue();
        try (TestEsme esme = bound()) {
            assertThat(esme.call(QuerySm.of(id, Pdus.SENDER)).commandStatus()).isEqualTo(CommandStatus.ESME_ROK);
        }
    }

    @Test
    void sessionFaultsTouchOnlyTheirSession() throws Exception {
        try (TestEsme a = TestEsme.connect(smsc()).bound(BindType.TRANSMITTER, "a", "");
                TestEsme b = TestEsme.connect(smsc()).bound(BindType.TRANSMITTER, "b", "")) {
            smsc().awaitSession("a", TestEsme.TIMEOUT).faults().queueFull(true);
            assertThat(submit(a, 1)).containsOnly(CommandStatus.ESME_RMSGQFUL);
            assertThat(submit(b, 1)).containsOnly(CommandStatus.ESME_ROK);
            smsc().awaitSession("b", TestEsme.TIMEOUT).faults().closeAfterPdus(1);
            assertThat(submit(a, 1)).containsOnly(CommandStatus.ESME_RMSGQFUL);
            b.send(Pdus.submit("447700900001"));
            b.awaitClosed();
            assertThat(a.isOpen()).isTrue();
        }
    }

    @Test
    void aSessionCanRefuseItsOwnBind() {
        try (TestEsme refused = TestEsme.connect(smsc());
                TestEsme other = TestEsme.connect(smsc())) {
            Await.until("two connections", () -> smsc().sessions().size() == 2);
            smsc().sessions().get(0).faults().refuseNextBinds(1, CommandStatus.ESME_RBINDFAIL);
            TestEsme first =
                    smsc().sessions().get(0).remoteAddress().getPort() == refused.localPort() ? refused : other;
            TestEsme second = first == refused ? other : refused;
            assertThat(first.bind(BindType.TRANSMITTER, "esme", "").commandStatus())
                    .isEqualTo(CommandStatus.ESME_RBINDFAIL);
            assertThat(second.bind(BindType.TRANSMITTER, "esme", "").commandStatus())
                    .isEqualTo(CommandStatus.ESME_ROK);
            assertThat(first.bind(BindType.TRANSMITTER, "esme", "").commandStatus())
                    .isEqualTo(CommandStatus.ESME_ROK);
        }
    }
}
