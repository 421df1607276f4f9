package dev.smppkit.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smppkit.client.DataSmResult;
import dev.smppkit.client.Esme;
import dev.smppkit.client.EsmeBuilder;
import dev.smppkit.client.EsmeStats;
import dev.smppkit.client.OutboundMessage;
import dev.smppkit.client.RejectedException;
import dev.smppkit.client.ResponseTimeoutException;
import dev.smppkit.client.SubmitMultiResult;
import dev.smppkit.client.SubmitOutcome;
import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.RegisteredDelivery;
import dev.smppkit.codec.pdu.BaseSm;
import dev.smppkit.codec.pdu.DataSm;
import dev.smppkit.codec.pdu.DestinationAddress;
import dev.smppkit.codec.pdu.SubmitMulti;
import dev.smppkit.codec.pdu.UnsuccessSme;
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

/** submit_multi (through the broker and the pump) and data_sm against the simulator, over real TCP. */
@Timeout(120)
class SubmitMultiIT {
    private static final Address ACME = Address.alphanumeric("ACME");
    private static final Address A = Address.international("447700900001");
    private static final Address B = Address.international("447700900002");
    private static final Address BAD = Address.international("447700900999");

    private final List<AutoCloseable> closeables = new ArrayList<>();
    private final RecordingHook hook = new RecordingHook();
    private Esme esme;

    @AfterEach
    void closeAll() throws Exception {
        if (esme != null) { // every message taken ended exactly once, and the hook saw one outcome per message
            EsmeStats s = esme.stats();
            assertThat(s.taken()).isEqualTo(s.accepted() + s.rejected() + s.failed() + s.expired() + s.released());
            assertThat(hook.outcomes.values())
                    .allSatisfy(list -> assertThat(list).hasSize(1));
        }
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

    private Esme started(SmscSimulator smsc, Consumer<EsmeBuilder> config) throws Exception {
        EsmeBuilder b = Esme.builder()
                .host(smsc.host())
                .port(smsc.port())
                .systemId("esme")
                .password("secret")
                .hook(hook);
        config.accept(b);
        esme = b.build();
        closeables.add(esme);
        esme.start().get(10, TimeUnit.SECONDS);
        return esme;
    }

    private static OutboundMessage.Builder toAandB(String text) {
        return OutboundMessage.builder().from(ACME).to(A).alsoTo(B).text(text);
    }

    private static <T> T get(CompletableFuture<T> f) throws Exception {
        return f.get(10, TimeUnit.SECONDS);
    }

    @Test
    void everyDestinationAccepted() throws Exception {
        SmscSimulator smsc = smsc(b -> {});
        Esme esme = started(smsc, b -> {});

        SubmitMultiResult r = get(esme.submitMulti(toAandB("hello both").build()));

        assertThat(r.isAccepted()).isTrue();
        assertThat(r.destinations())
                .extracting(SubmitMultiResult.DestinationResult::destination)
                .containsExactly(DestinationAddress.sme(A), DestinationAddress.sme(B));
        assertThat(r.failed()).isEmpty();
        assertThat(smsc.traffic().received(SubmitMulti.class)).singleElement().satisfies(pdu -> {
            assertThat(pdu.destinations()).containsExactly(DestinationAddress.sme(A), DestinationAddress.sme(B));
            assertThat(pdu.sourceAddress()).isEqualTo(ACME);
        });
        StoredMessage stored = smsc.messages()
                .get(((SubmitOutcome.Accepted) r.outcome()).messageId())
                .orElseThrow();
        assertThat(stored.destinations()).containsExactly(A, B);
    }

    @Test
    void destinationsTheSmscRefusesComeBackInTheUnsuccessList() throws Exception {
        SmscSimulator smsc = smsc(b -> b.onSubmitSm(
                r -> r.pdu().destAddress().equals(BAD) ? r.reject(CommandStatus.ESME_RINVDSTADR) : r.accept()));
        Esme esme = started(smsc, b -> {});

        // Through submit(): the broker message with three destinations goes through the pump as one submit_multi.
        SubmitOutcome outcome = get(esme.submit(toAandB("some fail").alsoTo(BAD).build()));

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        SubmitOutcome.Accepted.class,
                        a -> assertThat(a.unsuccessful())
                                .containsExactly(new UnsuccessSme(BAD, CommandStatus.ESME_RINVDSTADR)));
        SubmitMultiResult r =
                SubmitMultiResult.of(toAandB("some fail").alsoTo(BAD).build(), outcome);
        assertThat(r.failed()).singleElement().satisfies(f -> {
            assertThat(f.destination()).isEqualTo(DestinationAddress.sme(BAD));
            assertThat(f.status()).isEqualTo(CommandStatus.ESME_RINVDSTADR);
        });
        assertThat(r.destinations())
                .filteredOn(SubmitMultiResult.DestinationResult::accepted)
                .hasSize(2);
        assertThat(esme.stats().accepted()).isEqualTo(1);
    }

    @Test
    void aDistributionListIsSentWithDestFlag2() throws Exception {
        // The simulator knows no lists and refuses them by default; this SMSC takes every destination.
        SmscSimulator smsc = smsc(b -> b.onSubmitMulti(r -> r.accept().withUnsuccessful(List.of())));
        Esme esme = started(smsc, b -> {});

        SubmitMultiResult r = get(esme.submitMulti(OutboundMessage.builder()
                .from(ACME)
                .distributionList("friends")
                .alsoTo(A)
                .text("to the list")
                .build()));

        assertThat(r.isAccepted()).isTrue();
        assertThat(r.failed()).isEmpty();
        assertThat(smsc.traffic().received(SubmitMulti.class))
                .singleElement()
                .satisfies(pdu -> assertThat(pdu.destinations())
                        .containsExactly(DestinationAddress.distributionList("friends"), DestinationAddress.sme(A)));
    }

    @Test
    void anUnknownDistributionListIsReportedByName() throws Exception {
        SmscSimulator smsc = smsc(b -> {}); // refuses every list with ESME_RINVDLNAME
        Esme esme = started(smsc, b -> {});

        SubmitMultiResult r = get(esme.submitMulti(OutboundMessage.builder()
                .to(A)
                .distributionList("nobody")
                .text("x")
                .build()));

        assertThat(r.failed()).singleElement().satisfies(f -> {
            assertThat(f.destination()).isEqualTo(DestinationAddress.distributionList("nobody"));
            assertThat(f.status()).isEqualTo(CommandStatus.ESME_RINVDLNAME);
        });
    }

    @Test
    void aLongMessageGoesOutAsOneSubmitMultiPerSegment() throws Exception {
        SmscSimulator smsc = smsc(b -> b.onSubmitSm(
                r -> r.pdu().destAddress().equals(BAD) ? r.reject(CommandStatus.ESME_RINVDSTADR) : r.accept()));
        Esme esme = started(smsc, b -> {});
        String text = "0123456789".repeat(40); // 400 GSM characters: 3 segments of at most 153

        SubmitMultiResult r = get(esme.submitMulti(toAandB(text).alsoTo(BAD).build()));

        SubmitOutcome.Accepted a = (SubmitOutcome.Accepted) r.outcome();
        assertThat(a.messageIds()).hasSize(3).doesNotHaveDuplicates();
        // Every segment refused BAD; the outcome names it once.
        assertThat(a.unsuccessful()).containsExactly(new UnsuccessSme(BAD, CommandStatus.ESME_RINVDSTADR));
        List<SubmitMulti> sent = smsc.traffic().received(SubmitMulti.class);
        assertThat(sent).hasSize(3).allSatisfy(pdu -> {
            assertThat(pdu.destinations()).hasSize(3);
            assertThat(pdu.esmClass().hasUdhi()).isTrue();
        });
    }

    @Test
    void aSubmitMultiWithoutAnswerTimesOutAsOneFailure() throws Exception {
        SmscSimulator smsc = smsc(b -> b.onSubmitMulti(r -> r.noReply()));
        Esme esme = started(smsc, b -> b.requestTimeout(Duration.ofMillis(300)));

        SubmitMultiResult r = get(esme.submitMulti(toAandB("never answered").build()));

        assertThat(r.outcome())
                .isInstanceOfSatisfying(
                        SubmitOutcome.Failed.class,
                        f -> assertThat(f.error()).isInstanceOf(ResponseTimeoutException.class));
        assertThat(r.destinations()).isEmpty();
        assertThat(esme.stats().failed()).isEqualTo(1);
    }

    @Test
    void aSubmitMultiRejectedWholeRejectsEveryDestination() throws Exception {
        SmscSimulator smsc = smsc(b -> b.onSubmitMulti(r -> r.reject(CommandStatus.ESME_RINVNUMDESTS)));
        Esme esme = started(smsc, b -> {});

        SubmitMultiResult r = get(esme.submitMulti(toAandB("refused").build()));

        assertThat(r.outcome())
                .isInstanceOfSatisfying(
                        SubmitOutcome.Rejected.class,
                        x -> assertThat(x.status()).isEqualTo(CommandStatus.ESME_RINVNUMDESTS));
        assertThat(r.destinations())
                .hasSize(2)
                .allSatisfy(d -> assertThat(d.status()).isEqualTo(CommandStatus.ESME_RINVNUMDESTS));
        assertThat(esme.stats().rejected()).isEqualTo(1);
    }

    @Test
    void eachDestinationGetsItsReceipt() throws Exception {
        SmscSimulator smsc = smsc(b -> {});
        Esme esme = started(smsc, b -> {});

        SubmitMultiResult r =
                get(esme.submitMulti(toAandB("receipts").requestReceipt(true).build()));

        assertThat(r.isAccepted()).isTrue();
        RecordingHook.await(Duration.ofSeconds(10), "two receipts", () -> hook.receipts.size() >= 2);
        // The receipts come from each destination (source and destination swapped).
        assertThat(hook.receipts)
                .extracting(e -> ((BaseSm<?>) e.pdu()).sourceAddress())
                .containsExactlyInAnyOrder(A, B);
    }

    @Test
    void dataSmReturnsTheSmscsMessageIdAndIsStored() throws Exception {
        SmscSimulator smsc = smsc(b -> {});
        Esme esme = started(smsc, b -> {});
        byte[] payload = "over data_sm".getBytes(StandardCharsets.ISO_8859_1);

        DataSmResult r = get(esme.dataSm(DataSm.builder()
                .sourceAddress(ACME)
                .destAddress(A)
                .dataCoding(DataCoding.LATIN1)
                .registeredDelivery(RegisteredDelivery.NONE)
                .messagePayload(payload)
                .build()));

        assertThat(r.messageId()).isNotEmpty();
        StoredMessage stored = smsc.messages().get(r.messageId()).orElseThrow();
        assertThat(stored.destination()).isEqualTo(A);
        assertThat(stored.body()).isEqualTo(payload);
        assertThat(smsc.traffic().received(DataSm.class)).hasSize(1);
    }

    @Test
    void aRejectedDataSmFailsWithTheStatus() throws Exception {
        SmscSimulator smsc = smsc(b -> b.onDataSm(r -> r.reject(CommandStatus.ESME_RINVDSTADR)));
        Esme esme = started(smsc, b -> {});

        CompletableFuture<DataSmResult> f = esme.dataSm(DataSm.builder()
                .destAddress(BAD)
                .messagePayload(new byte[] {1, 2})
                .build());

        assertThatThrownBy(() -> f.get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause()
                .isInstanceOfSatisfying(
                        RejectedException.class, e -> assertThat(e.status()).isEqualTo(CommandStatus.ESME_RINVDSTADR));
    }
}
