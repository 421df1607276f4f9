package dev.smppkit.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smppkit.client.BindMode;
import dev.smppkit.client.ConnectionLostException;
import dev.smppkit.client.Esme;
import dev.smppkit.client.EsmeBuilder;
import dev.smppkit.client.OutboundMessage;
import dev.smppkit.client.QueryResult;
import dev.smppkit.client.RejectedException;
import dev.smppkit.client.ReplaceRequest;
import dev.smppkit.client.ShutdownException;
import dev.smppkit.client.SubmitOutcome;
import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.MessageState;
import dev.smppkit.codec.RegisteredDelivery;
import dev.smppkit.codec.pdu.QuerySm;
import dev.smppkit.testkit.ReceiptPolicy;
import dev.smppkit.testkit.SmscSimulator;
import dev.smppkit.testkit.SmscSimulatorBuilder;
import dev.smppkit.testkit.StoredMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** query, cancel and replace against the simulator's message store, over real TCP. */
@Timeout(120)
class OperationsIT {
    private static final Address ACME = Address.alphanumeric("ACME");
    private static final Address TO = Address.international("447700900123");
    /** A receipt policy under which every message stays ENROUTE for the test's whole life. */
    private static final ReceiptPolicy PENDING =
            ReceiptPolicy.builder().delay(Duration.ofHours(1)).build();

    private final List<AutoCloseable> closeables = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = closeables.size() - 1; i >= 0; i--) {
            closeables.get(i).close();
        }
    }

    private SmscSimulator smsc(Consumer<SmscSimulatorBuilder> config) {
        SmscSimulatorBuilder b = SmscSimulator.builder().credential("esme", "secret");
        config.accept(b);
        SmscSimulator s = b.start();
        closeables.add(s);
        return s;
    }

    private Esme esme(SmscSimulator smsc, Consumer<EsmeBuilder> config) {
        EsmeBuilder b = Esme.builder()
                .host(smsc.host())
                .port(smsc.port())
                .systemId("esme")
                .password("secret")
                .reconnect(dev.smppkit.client.Backoff.exponential(Duration.ofMillis(50), Duration.ofMillis(500)));
        config.accept(b);
        Esme e = b.build();
        closeables.add(e);
        return e;
    }

    private Esme started(SmscSimulator smsc) throws Exception {
        Esme e = esme(smsc, b -> {});
        e.start().get(10, TimeUnit.SECONDS);
        return e;
    }

    private static String submit(Esme esme, String to, String text) throws Exception {
        SubmitOutcome outcome = esme.submit(OutboundMessage.builder()
                        .from(ACME)
                        .to(Address.international(to))
                        .text(text)
                        .build())
                .get(10, TimeUnit.SECONDS);
        assertThat(outcome).isInstanceOf(SubmitOutcome.Accepted.class);
        return ((SubmitOutcome.Accepted) outcome).messageIds().get(0);
    }

    private static <T> T get(CompletableFuture<T> f) throws Exception {
        return f.get(10, TimeUnit.SECONDS);
    }

    private static void assertRejected(CompletableFuture<?> f, CommandStatus status) {
        assertThatThrownBy(() -> f.get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause()
                .isInstanceOfSatisfying(
                        RejectedException.class, e -> assertThat(e.status()).isEqualTo(status));
    }

    @Test
    void queryShowsAPendingMessageEnroute() throws Exception {
        SmscSimulator smsc = smsc(b -> b.receipts(PENDING));
        Esme esme = started(smsc);
        String id = submit(esme, "447700900123", "hello");

        QueryResult r = get(esme.query(id, ACME));
        assertThat(r.messageId()).isEqualTo(id);
        assertThat(r.state()).isEqualTo(MessageState.ENROUTE);
        assertThat(r.isFinal()).isFalse();
        assertThat(r.finalDate()).isEmpty();
        assertThat(r.errorCode()).isZero();
        assertThat(smsc.traffic().received(QuerySm.class)).singleElement().satisfies(q -> {
            assertThat(q.messageId()).isEqualTo(id);
            assertThat(q.sourceAddress()).isEqualTo(ACME);
        });
    }

    @Test
    void queryShowsADeliveredMessageWithItsFinalDateAndError() throws Exception {
        // no delay: the simulator's message is final as soon as it is accepted
        SmscSimulator smsc = smsc(b -> b.receipts(ReceiptPolicy.builder()
                .defaultState(MessageState.UNDELIVERABLE, 11)
                .rule("^4477009001", MessageState.DELIVERED)
                .build()));
        Esme esme = started(smsc);
        String delivered = submit(esme, "447700900123", "hello");
        String failed = submit(esme, "447700999999", "hello");

        QueryResult ok = get(esme.query(delivered, ACME));
        assertThat(ok.state()).isEqualTo(MessageState.DELIVERED);
        assertThat(ok.finalDate()).isPresent();
        QueryResult bad = get(esme.query(failed, ACME));
        assertThat(bad.state()).isEqualTo(MessageState.UNDELIVERABLE);
        assertThat(bad.errorCode()).isEqualTo(11);
        assertThat(bad.stateCode()).isEqualTo(5);
    }

    @Test
    void cancelThenQueryShowsDeleted() throws Exception {
        SmscSimulator smsc = smsc(b -> b.receipts(PENDING));
        Esme esme = started(smsc);
        String id = submit(esme, "447700900123", "hello");

        assertThat(get(esme.cancel(id, ACME))).isNull();
        QueryResult r = get(esme.query(id, ACME));
        assertThat(r.state()).isEqualTo(MessageState.DELETED);
        assertThat(r.finalDate()).isPresent();
        assertRejected(esme.cancel(id, ACME), CommandStatus.ESME_RCANCELFAIL); // already final
    }

    @Test
    void cancelBySourceAndDestinationCancelsEveryPendingMessageBetweenThem() throws Exception {
        SmscSimulator smsc = smsc(b -> b.receipts(PENDING));
        Esme esme = started(smsc);
        String one = submit(esme, "447700900123", "one");
        String two = submit(esme, "447700900123", "two");
        String other = submit(esme, "447700900456", "other");

        assertThat(get(esme.cancel("", ACME, TO))).isNull();
        assertThat(smsc.messages().get(one).map(StoredMessage::state)).contains(MessageState.DELETED);
        assertThat(smsc.messages().get(two).map(StoredMessage::state)).contains(MessageState.DELETED);
        assertThat(smsc.messages().get(other).map(StoredMessage::state)).contains(MessageState.ENROUTE);
        assertRejected(esme.cancel("", ACME, TO), CommandStatus.ESME_RCANCELFAIL); // none left
    }

    @Test
    void replaceChangesTheStoredTextAndReceiptRequest() throws Exception {
        SmscSimulator smsc = smsc(b -> b.receipts(PENDING));
        Esme esme = started(smsc);
        String id = submit(esme, "447700900123", "old text");

        assertThat(get(esme.replace(
                        id,
                        ACME,
                        ReplaceRequest.builder()
                                .text("new text")
                                .requestReceipt(true)
                                .build())))
                .isNull();
        StoredMessage stored = smsc.messages().get(id).orElseThrow();
        assertThat(new String(stored.body(), StandardCharsets.US_ASCII)).isEqualTo("new text");
        assertThat(stored.registeredDelivery()).isEqualTo(RegisteredDelivery.RECEIPT);
        assertThat(get(esme.query(id, ACME)).state()).isEqualTo(MessageState.ENROUTE);
    }

    @Test
    void unknownIdsWrongSourcesAndFinalMessagesAreRejectedWithTheSimulatorsStatus() throws Exception {
        SmscSimulator smsc = smsc(b -> {}); // no delay: every message is DELIVERED once accepted
        Esme esme = started(smsc);
        String id = submit(esme, "447700900123", "hello");

        assertRejected(esme.query("nope", ACME), CommandStatus.ESME_RQUERYFAIL);
        assertRejected(esme.query(id, Address.alphanumeric("OTHER")), CommandStatus.ESME_RQUERYFAIL);
        assertRejected(esme.cancel("nope", ACME), CommandStatus.ESME_RCANCELFAIL);
        assertRejected(esme.cancel(id, ACME), CommandStatus.ESME_RCANCELFAIL); // already delivered
        assertRejected(
                esme.replace(id, ACME, ReplaceRequest.builder().text("late").build()), CommandStatus.ESME_RREPLACEFAIL);
        assertRejected(
                esme.replace("nope", ACME, ReplaceRequest.builder().text("x").build()),
                CommandStatus.ESME_RREPLACEFAIL);
    }

    @Test
    void aRefusingHandlerStatusReachesTheCaller() throws Exception {
        SmscSimulator smsc = smsc(b -> b.onQuerySm(r -> dev.smppkit.testkit.Reply.reject(CommandStatus.ESME_RSYSERR)));
        Esme esme = started(smsc);
        assertRejected(esme.query("any", ACME), CommandStatus.ESME_RSYSERR);
    }

    @Test
    void aQueryMadeBeforeTheBindWaitsForIt() throws Exception {
        SmscSimulator smsc = smsc(b -> {});
        Esme esme = esme(smsc, b -> {});
        CompletableFuture<Void> started = esme.start();
        CompletableFuture<QueryResult> early = esme.query("nope", ACME); // most likely before the bind_resp
        assertRejected(early, CommandStatus.ESME_RQUERYFAIL); // it reached the SMSC
        started.get(10, TimeUnit.SECONDS);
    }

    @Test
    void withoutASessionBoundToTransmitAQueryFailsAfterTheRequestTimeout() throws Exception {
        SmscSimulator smsc = smsc(b -> {});
        Esme esme = esme(smsc, b -> b.bindMode(BindMode.RECEIVER).requestTimeout(Duration.ofMillis(200)));
        esme.start().get(10, TimeUnit.SECONDS);
        assertThat(esme.boundSessions()).isEqualTo(1);

        CompletableFuture<QueryResult> f = esme.query("any", ACME);
        assertThatThrownBy(() -> f.get(10, TimeUnit.SECONDS))
                .cause()
                .isInstanceOf(ConnectionLostException.class)
                .hasMessageContaining("no session bound to transmit");
        assertThat(smsc.traffic().received(QuerySm.class)).isEmpty();
    }

    @Test
    void beforeStartAndAfterStopOperationsFailAtOnce() throws Exception {
        SmscSimulator smsc = smsc(b -> {});
        Esme esme = esme(smsc, b -> {});
        assertThatThrownBy(() -> esme.query("any", ACME).get(10, TimeUnit.SECONDS))
                .cause()
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not started");
        esme.start().get(10, TimeUnit.SECONDS);
        esme.stop(Duration.ofSeconds(5)).get(10, TimeUnit.SECONDS);
        assertThatThrownBy(() -> esme.cancel("any", ACME).get(10, TimeUnit.SECONDS))
                .cause()
                .isInstanceOf(ShutdownException.class);
    }
}
