package dev.smppkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.pdu.BindResp;
import dev.smppkit.codec.pdu.BindType;
import dev.smppkit.codec.pdu.SubmitSmResp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class BindTest {
    @Test
    void acceptsAllThreeKindsOfBind() throws Exception {
        try (SmscSimulator smsc = SmscSimulator.builder().systemId("TESTSMSC").start();
                TestEsme tx = TestEsme.connect(smsc);
                TestEsme rx = TestEsme.connect(smsc);
                TestEsme trx = TestEsme.connect(smsc)) {
            BindResp txResp = tx.bind(BindType.TRANSMITTER, "a", "pw");
            BindResp rxResp = rx.bind(BindType.RECEIVER, "b", "pw");
            BindResp trxResp = trx.bind(BindType.TRANSCEIVER, "c", "pw");

            for (BindResp r : List.of(txResp, rxResp, trxResp)) {
                assertThat(r.commandStatus()).isEqualTo(CommandStatus.ESME_ROK);
                assertThat(r.systemId()).contains("TESTSMSC");
                assertThat(r.scInterfaceVersion()).hasValue(0x34);
            }
            assertThat(txResp.bindType()).isEqualTo(BindType.TRANSMITTER);
            assertThat(rxResp.bindType()).isEqualTo(BindType.RECEIVER);
            assertThat(trxResp.bindType()).isEqualTo(BindType.TRANSCEIVER);
            assertThat(smsc.sessions())
                    .extracting(s -> s.bindType().orElseThrow())
                    .containsExactlyInAnyOrder(BindType.TRANSMITTER, BindType.RECEIVER, BindType.TRANSCEIVER);
            assertThat(smsc.awaitSession("c", TestEsme.TIMEOUT).bindType()).contains(BindType.TRANSCEIVER);
        }
    }

    @Test
    void credentialsRefuseAWrongPasswordAndLetUnknownSystemIdsIn() {
        // ESME_RBINDFAIL, the same status as an unknown system_id gets when those are refused (BindHygieneTest)
        try (SmscSimulator smsc =
                        SmscSimulator.builder().credential("esme", "secret").start();
                TestEsme esme = TestEsme.connect(smsc)) {
            assertThat(esme.bind(BindType.TRANSMITTER, "esme", "wrong").commandStatus())
                    .isEqualTo(CommandStatus.ESME_RBINDFAIL);
            assertThat(esme.bind(BindType.TRANSMITTER, "esme", "secret").commandStatus())
                    .isEqualTo(CommandStatus.ESME_ROK);
            try (TestEsme other = TestEsme.connect(smsc)) {
                assertThat(other.bind(BindType.TRANSMITTER, "stranger", "x").commandStatus())
                        .isEqualTo(CommandStatus.ESME_ROK);
            }
        }
    }

    @Test
    void closedByDefaultRefusesUnknownSystemIds() {
        try (SmscSimulator smsc = SmscSimulator.builder()
                        .credential("esme", "secret")
                        .closedByDefault(true)
                        .start();
                TestEsme esme = TestEsme.connect(smsc)) {
            BindResp refused = esme.bind(BindType.TRANSCEIVER, "stranger", "secret");
            assertThat(refused.commandStatus()).isEqualTo(CommandStatus.ESME_RBINDFAIL); // as for a wrong password
            assertThat(refused.systemId()).isEmpty(); // no body on error (§4.1.2)
            assertThat(esme.isOpen()).isTrue(); // a refused bind leaves the connection open for another try
            assertThat(esme.bind(BindType.TRANSCEIVER, "esme", "secret").commandStatus())
                    .isEqualTo(CommandStatus.ESME_ROK);
        }
    }

    @Test
    void bindHandlerDecides() {
        try (SmscSimulator smsc = SmscSimulator.builder()
                        .onBind(bind -> bind.systemId().equals("banned")
                                ? bind.reject(CommandStatus.ESME_RBINDFAIL)
                                : bind.accept())
                        .start();
                TestEsme banned = TestEsme.connect(smsc);
                TestEsme welcome = TestEsme.connect(smsc)) {
            assertThat(banned.bind(BindType.TRANSMITTER, "banned", "").commandStatus())
                    .isEqualTo(CommandStatus.ESME_RBINDFAIL);
            assertThat(welcome.bind(BindType.TRANSMITTER, "welcome", "").commandStatus())
                    .isEqualTo(CommandStatus.ESME_ROK);
        }
    }

    @Test
    void aDelayedBindIsAcceptedLaterAndANeverAnsweredOneStaysOpen() {
        try (SmscSimulator smsc = SmscSimulator.builder()
                        .onBind(bind -> bind.systemId().equals("silent")
                                ? bind.noReply()
                                : bind.accept().after(Duration.ofMillis(100)))
                        .start();
                TestEsme slow = TestEsme.connect(smsc);
                TestEsme silent = TestEsme.connect(smsc)) {
            CompletableFuture<?> unanswered = silent.send(dev.smppkit.codec.pdu.Bind.builder(BindType.RECEIVER)
                    .systemId("silent")
                    .build());
            assertThat(slow.bind(BindType.TRANSMITTER, "slow", "").commandStatus())
                    .isEqualTo(CommandStatus.ESME_ROK);
            assertThat(unanswered).isNotDone();
            assertThat(smsc.traffic().received(dev.smppkit.codec.pdu.Bind.class))
                    .hasSize(2);
            assertThat(smsc.traffic().sent(BindResp.class)).hasSize(1);
        }
    }

    @Test
    void ofTwoPipelinedBindsTheSecondIsAlreadyBound() {
        try (SmscSimulator smsc = SmscSimulator.builder()
                        .onBind(bind -> bind.accept().after(Duration.ofMillis(50)))
                        .start();
                TestEsme esme = TestEsme.connect(smsc)) {
            var first = esme.send(dev.smppkit.codec.pdu.Bind.builder(BindType.TRANSMITTER)
                    .systemId("esme")
                    .build());
            var second = esme.send(dev.smppkit.codec.pdu.Bind.builder(BindType.RECEIVER)
                    .systemId("esme")
                    .build());
            assertThat(first.join().commandStatus()).isEqualTo(CommandStatus.ESME_ROK);
            assertThat(second.join().commandStatus()).isEqualTo(CommandStatus.ESME_RALYBND);
        }
    }

    @Test
    void aSecondBindOnABoundSessionIsAlreadyBound() {
        try (SmscSimulator smsc = SmscSimulator.builder().start();
                TestEsme esme = TestEsme.connect(smsc).bound(BindType.TRANSMITTER, "esme", "")) {
            assertThat(esme.bind(BindType.RECEIVER, "esme", "").commandStatus()).isEqualTo(CommandStatus.ESME_RALYBND);
        }
    }

    @Test
    void reportsBoundAndUnboundWithSessionIdSystemIdAndPeer() {
        List<SessionEvent> events = new CopyOnWriteArrayList<>();
        try (SmscSimulator smsc = SmscSimulator.builder().onSession(events::add).start()) {
            try (TestEsme esme = TestEsme.connect(smsc).bound(BindType.TRANSCEIVER, "esme", "")) {
                esme.call(dev.smppkit.codec.pdu.Unbind.create());
                esme.awaitClosed();
            }
            TestEsme dropped = TestEsme.connect(smsc).bound(BindType.RECEIVER, "other", "");
            dropped.close();
            Await.until(() -> "4 events, got " + events, () -> events.size() >= 4);
            assertThat(events)
                    .extracting(SessionEvent::type)
                    .containsExactly(
                            SessionEvent.Type.BOUND,
                            SessionEvent.Type.UNBOUND,
                            SessionEvent.Type.BOUND,
                            SessionEvent.Type.UNBOUND);
            SessionEvent first = events.get(0);
            assertThat(first.sessionId()).isEqualTo(events.get(1).sessionId()).startsWith("session-");
            assertThat(first.systemId()).isEqualTo("esme");
            assertThat(first.bindType()).isEqualTo(BindType.TRANSCEIVER);
            assertThat(first.remoteAddress().getAddress().isLoopbackAddress()).isTrue();
            assertThat(events.get(2).systemId()).isEqualTo("other");
            assertThat(events.get(2).sessionId()).isNotEqualTo(first.sessionId());
        }
    }

    @Test
    void servesManyConcurrentSessions() throws Exception {
        int sessions = 20;
        int perSession = 50;
        try (SmscSimulator smsc = SmscSimulator.builder().start()) {
            List<TestEsme> esmes = new ArrayList<>();
            try {
                List<CompletableFuture<List<SubmitSmResp>>> all = new ArrayList<>();
                for (int i = 0; i < sessions; i++) {
                    TestEsme esme = TestEsme.connect(smsc);
                    esmes.add(esme);
                    int n = i;
                    all.add(CompletableFuture.supplyAsync(() -> {
                        esme.bound(n % 2 == 0 ? BindType.TRANSMITTER : BindType.TRANSCEIVER, "esme" + n, "");
                        List<CompletableFuture<?>> sent = new ArrayList<>();
                        for (int j = 0; j < perSession; j++) {
                            sent.add(esme.send(Pdus.submit("4477009" + String.format("%05d", j))));
                        }
                        List<SubmitSmResp> out = new ArrayList<>();
                        sent.forEach(f -> out.add((SubmitSmResp) f.join()));
                        return out;
                    }));
                }
                Set<String> ids = new HashSet<>();
                for (CompletableFuture<List<SubmitSmResp>> f : all) {
                    for (SubmitSmResp r : f.get()) {
                        assertThat(r.commandStatus()).isEqualTo(CommandStatus.ESME_ROK);
                        ids.add(r.messageId().orElseThrow());
                    }
                }
                assertThat(ids).hasSize(sessions * perSession);
                assertThat(smsc.messages().size()).isEqualTo(sessions * perSession);
                assertThat(smsc.sessions()).hasSize(sessions).allMatch(SmscSession::isBound);
            } finally {
                esmes.forEach(TestEsme::close);
            }
        }
    }
}
