package dev.smppkit.client.it;

import static dev.smppkit.client.it.RecordingHook.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.client.BindFailedException;
import dev.smppkit.client.BindMode;
import dev.smppkit.client.Esme;
import dev.smppkit.client.EsmeStats;
import dev.smppkit.client.InMemoryBroker;
import dev.smppkit.client.OutboundMessage;
import dev.smppkit.client.SessionEvent;
import dev.smppkit.client.SubmitOutcome;
import dev.smppkit.client.TlsOptions;
import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.MessageState;
import dev.smppkit.codec.pdu.BindType;
import dev.smppkit.codec.pdu.SubmitSm;
import dev.smppkit.codec.text.ReceiptStat;
import dev.smppkit.codec.text.TextCodec;
import dev.smppkit.testkit.ReceiptPolicy;
import dev.smppkit.testkit.Reply;
import dev.smppkit.testkit.SmscSimulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The ESME against the simulator over real TCP: the everyday paths. */
@Timeout(120)
class EsmeIT {
    private final List<AutoCloseable> closeables = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = closeables.size() - 1; i >= 0; i--) {
            closeables.get(i).close();
        }
    }

    private SmscSimulator smsc(java.util.function.Consumer<dev.smppkit.testkit.SmscSimulatorBuilder> config) {
        var b = SmscSimulator.builder().credential("esme", "secret");
        config.accept(b);
        SmscSimulator s = b.start();
        closeables.add(s);
        return s;
    }

    private Esme esme(
            SmscSimulator smsc,
            RecordingHook hook,
            java.util.function.Consumer<dev.smppkit.client.EsmeBuilder> config) {
        var b = Esme.builder()
                .host(smsc.host())
                .port(smsc.port())
                .systemId("esme")
                .password("secret")
                .hook(hook)
                .reconnect(dev.smppkit.client.Backoff.exponential(Duration.ofMillis(50), Duration.ofMillis(500)));
        config.accept(b);
        Esme e = b.build();
        closeables.add(e);
        return e;
    }

    static OutboundMessage text(String to, String text, boolean receipt) {
        return OutboundMessage.builder()
                .from(Address.alphanumeric("ACME"))
                .to(Address.international(to))
                .text(text)
                .requestReceipt(receipt)
                .trackingId("t-" + to)
                .build();
    }

    @Test
    void submitsAndMatchesReceipts() throws Exception {
        SmscSimulator smsc = smsc(b ->
                b.receipts(ReceiptPolicy.builder().delay(Duration.ofMillis(20)).build()));
        RecordingHook hook = new RecordingHook();
        Esme esme = esme(smsc, hook, b -> {});
        esme.start().get(10, TimeUnit.SECONDS);

        List<CompletableFuture<SubmitOutcome>> futures = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            futures.add(esme.submit(text("4477009" + String.format("%05d", i), "hello " + i, true)));
        }
        for (CompletableFuture<SubmitOutcome> f : futures) {
            assertThat(f.get(30, TimeUnit.SECONDS)).isInstanceOf(SubmitOutcome.Accepted.class);
        }
        await(Duration.ofSeconds(30), "200 receipts", () -> hook.receipts.size() >= 200);
        assertThat(hook.receipts).allSatisfy(r -> {
            assertThat(r.matched()).isTrue();
            assertThat(r.receipt().stat()).isEqualTo(ReceiptStat.DELIVRD);
            assertThat(r.tracking().orElseThrow().trackingId()).startsWith("t-4477009");
        });
        assertThat(smsc.messages().size()).isEqualTo(200);
        EsmeStats stats = esme.stats();
        assertThat(stats.accepted()).isEqualTo(200);
        assertThat(stats.receiptsMatched()).isEqualTo(200);
        assertThat(stats.inProgress()).isZero();
    }

    @Test
    void longAndUnicodeMessagesAreSplitAndEachSegmentTracked() throws Exception {
        SmscSimulator smsc = smsc(b -> {});
        RecordingHook hook = new RecordingHook();
        Esme esme = esme(smsc, hook, b -> {});
        esme.start().get(10, TimeUnit.SECONDS);

        SubmitOutcome gsm =
                esme.submit(text("447700900001", "x".repeat(400), true)).get(10, TimeUnit.SECONDS);
        String unicode = "Привет 👋 ".repeat(20); // 200 UTF-16 units: UCS-2, 67 per segment
        SubmitOutcome ucs2 = esme.submit(text("447700900002", unicode, true)).get(10, TimeUnit.SECONDS);

        assertThat(((SubmitOutcome.Accepted) gsm).messageIds()).hasSize(3); // 153 + 153 + 94 septets
        int ucs2Segments = TextCodec.builder().build().info(unicode).segments();
        assertThat(ucs2Segments).isBetween(3, 4); // 3 unless a surrogate pair falls on a boundary
        assertThat(((SubmitOutcome.Accepted) ucs2).messageIds()).hasSize(ucs2Segments);
        int total = 3 + ucs2Segments;
        List<SubmitSm> received = smsc.traffic().received(SubmitSm.class);
        assertThat(received)
                .hasSize(total)
                .allSatisfy(s -> assertThat(s.esmClass().hasUdhi()).isTrue());
        await(Duration.ofSeconds(20), "a receipt per segment", () -> hook.receipts.size() >= total);
        assertThat(hook.receipts).allSatisfy(r -> assertThat(r.matched()).isTrue());
    }

    @Test
    void receivesMobileOriginatedMessagesReassembled() throws Exception {
        SmscSimulator smsc = smsc(b -> {});
        RecordingHook hook = new RecordingHook();
        Esme esme = esme(smsc, hook, b -> {});
        esme.start().get(10, TimeUnit.SECONDS);

        String longText = "A mobile-originated message that is long enough to need three segments. ".repeat(5);
        smsc.deliverText("esme", Address.international("447700900009"), Address.shortCode("12345"), "STOP")
                .get(10, TimeUnit.SECONDS);
        smsc.deliverText("esme", Address.international("447700900009"), Address.shortCode("12345"), longText)
                .get(10, TimeUnit.SECONDS);

        await(Duration.ofSeconds(10), "2 MO messages", () -> hook.incoming.size() >= 2);
        assertThat(hook.incoming.get(0).text()).contains("STOP");
        assertThat(hook.incoming.get(1).text()).contains(longText);
        assertThat(hook.incoming.get(1).segments()).isGreaterThan(1);
        assertThat(hook.incoming.get(1).complete()).isTrue();
    }

    @Test
    void aFailingHookIsAnsweredWithTemporaryErrorSoTheSmscDeliversAgain() throws Exception {
        SmscSimulator smsc = smsc(b -> {});
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        RecordingHook hook = new RecordingHook() {
            @Override
            public java.util.concurrent.CompletionStage<Void> onIncomingMessage(dev.smppkit.client.IncomingMessage m) {
                if (calls.incrementAndGet() == 1) {
                    return CompletableFuture.failedFuture(new IllegalStateException("database down"));
                }
                return super.onIncomingMessage(m);
            }
        };
        Esme esme = esme(smsc, hook, b -> {});
        esme.start().get(10, TimeUnit.SECONDS);
        Address from = Address.international("447700900009");

        var first = smsc.deliverText("esme", from, Address.shortCode("1"), "hi").get(10, TimeUnit.SECONDS);
        var second =
                smsc.deliverText("esme", from, Address.shortCode("1"), "hi").get(10, TimeUnit.SECONDS);

        assertThat(first.get(0).commandStatus()).isEqualTo(CommandStatus.ESME_RX_T_APPN);
        assertThat(second.get(0).commandStatus()).isEqualTo(CommandStatus.ESME_ROK);
        assertThat(calls.get()).isEqualTo(2);
        assertThat(hook.incoming).hasSize(1);
    }

    @Test
    void tlsConnection() throws Exception {
        SmscSimulator smsc = smsc(b -> b.tls(true));
        RecordingHook hook = new RecordingHook();
        Esme esme = esme(smsc, hook, b -> b.tls(TlsOptions.insecureTrustAll()));
        esme.start().get(10, TimeUnit.SECONDS);

        assertThat(esme.submit(text("447700900001", "over TLS", false))
                        .get(10, TimeUnit.SECONDS)
                        .isAccepted())
                .isTrue();
    }

    @Test
    void anUntrustedCertificateIsReportedAsTheTlsErrorItIs() throws Exception {
        SmscSimulator smsc = smsc(b -> b.tls(true));
        RecordingHook hook = new RecordingHook();
        Esme esme = esme(smsc, hook, b -> b.tls(TlsOptions.system())); // the JVM's CAs: the simulator's is not one
        esme.start();

        await(Duration.ofSeconds(10), "a lost connection", () -> hook.events(SessionEvent.Type.CONNECTION_LOST) > 0);
        assertThat(hook.events)
                .filteredOn(e -> e.type() == SessionEvent.Type.CONNECTION_LOST)
                .first()
                .satisfies(e -> assertThat(e.cause()).isInstanceOf(javax.net.ssl.SSLException.class));
        assertThat(esme.boundSessions()).isZero();
    }

    @Test
    void transmitterAndReceiverPairGetsReceiptsOnTheReceiver() throws Exception {
        SmscSimulator smsc = smsc(b ->
                b.receipts(ReceiptPolicy.builder().delay(Duration.ofMillis(10)).build()));
        RecordingHook hook = new RecordingHook();
        Esme esme = esme(smsc, hook, b -> b.bindMode(BindMode.TRANSMITTER_AND_RECEIVER));
        esme.start().get(10, TimeUnit.SECONDS);
        await(Duration.ofSeconds(10), "both binds", () -> esme.boundSessions() == 2);

        esme.submit(text("447700900001", "pair", true)).get(10, TimeUnit.SECONDS);

        await(Duration.ofSeconds(10), "the receipt", () -> hook.receipts.size() == 1);
        assertThat(hook.receipts.get(0).matched()).isTrue();
        assertThat(smsc.sessions())
                .extracting(s -> s.bindType().orElseThrow())
                .containsExactlyInAnyOrder(BindType.TRANSMITTER, BindType.RECEIVER);
    }

    @Test
    void transceiverRefusedWithInvalidCommandFallsBackToAPair() throws Exception {
        SmscSimulator smsc = smsc(b -> b.onBind(bind ->
                bind.bindType() == BindType.TRANSCEIVER ? Reply.reject(CommandStatus.ESME_RINVCMDID) : Reply.accept()));
        RecordingHook hook = new RecordingHook();
        Esme esme = esme(smsc, hook, b -> {});
        esme.start().get(10, TimeUnit.SECONDS);
        await(Duration.ofSeconds(10), "both binds", () -> esme.boundSessions() == 2);

        assertThat(esme.submit(text("447700900001", "fallback", false))
                        .get(10, TimeUnit.SECONDS)
                        .isAccepted())
                .isTrue();
    }

    @Test
    void aWrongPasswordFailsStart() throws Exception {
        // the simulator answers ESME_RBINDFAIL by default, which the client retries as transient
        SmscSimulator smsc = smsc(b -> b.bindFailureStatus(CommandStatus.ESME_RINVPASWD));
        RecordingHook hook = new RecordingHook();
        Esme esme = esme(smsc, hook, b -> b.password("wrong"));

        ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(
                ExecutionException.class, () -> esme.start().get(10, TimeUnit.SECONDS));

        assertThat(e.getCause()).isInstanceOf(BindFailedException.class);
        assertThat(((BindFailedException) e.getCause()).status()).isEqualTo(CommandStatus.ESME_RINVPASWD);
        assertThat(hook.events(SessionEvent.Type.BIND_FAILED)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void receiptPolicyStatesReachTheHook() throws Exception {
        SmscSimulator smsc = smsc(b -> b.receipts(ReceiptPolicy.builder()
                .delay(Duration.ofMillis(10))
                .rule("^44770099.*", MessageState.UNDELIVERABLE, 11)
                .build()));
        RecordingHook hook = new RecordingHook();
        Esme esme = esme(smsc, hook, b -> {});
        esme.start().get(10, TimeUnit.SECONDS);

        esme.submit(text("447700990000", "to nowhere", true)).get(10, TimeUnit.SECONDS);

        await(Duration.ofSeconds(10), "the receipt", () -> hook.receipts.size() == 1);
        assertThat(hook.receipts.get(0).receipt().stat()).isEqualTo(ReceiptStat.UNDELIV);
    }

    @Test
    void maxTpsLimitsTheRate() throws Exception {
        SmscSimulator smsc = smsc(b -> {});
        RecordingHook hook = new RecordingHook();
        InMemoryBroker broker = new InMemoryBroker();
        Esme esme = esme(smsc, hook, b -> b.broker(broker).maxTps(50));
        esme.start().get(10, TimeUnit.SECONDS);

        long start = System.nanoTime();
        List<CompletableFuture<SubmitOutcome>> all = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            all.add(esme.submit(text("447700900001", "rate " + i, false)));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        // 60 messages at 50/s with one token at the start cannot take less than about a second; generous bound only.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(900));
    }
}
