package dev.smppkit.client.it;

import static dev.smppkit.client.it.RecordingHook.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.client.Backoff;
import dev.smppkit.client.ConnectionLostException;
import dev.smppkit.client.Esme;
import dev.smppkit.client.EsmeBuilder;
import dev.smppkit.client.EsmeStats;
import dev.smppkit.client.InFlightPolicy;
import dev.smppkit.client.InMemoryBroker;
import dev.smppkit.client.OutboundMessage;
import dev.smppkit.client.QueuedMessage;
import dev.smppkit.client.ResponseTimeoutException;
import dev.smppkit.client.SessionEvent;
import dev.smppkit.client.ShutdownException;
import dev.smppkit.client.SubmitOutcome;
import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.pdu.DeliverSmResp;
import dev.smppkit.codec.pdu.GenericNack;
import dev.smppkit.codec.pdu.SubmitSm;
import dev.smppkit.testkit.SmscSimulator;
import dev.smppkit.testkit.SmscSimulatorBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Reliability under the faults an SMSC produces. Every case ends with the count invariant: each message queued ends
 * in exactly one outcome the hook saw (or, with {@link InFlightPolicy#RELEASE}, is sent again until it does), and
 * {@code taken = accepted + rejected + failed + released}.
 */
@Timeout(180)
class FaultMatrixIT {
    private final List<AutoCloseable> closeables = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = closeables.size() - 1; i >= 0; i--) {
            closeables.get(i).close();
        }
    }

    private SmscSimulator smsc(Consumer<SmscSimulatorBuilder> config) {
        SmscSimulatorBuilder b = SmscSimulator.builder();
        config.accept(b);
        SmscSimulator s = b.start();
        closeables.add(s);
        return s;
    }

    private Esme esme(SmscSimulator smsc, RecordingHook hook, InMemoryBroker broker, Consumer<EsmeBuilder> config) {
        EsmeBuilder b = Esme.builder()
                .host(smsc.host())
                .port(smsc.port())
                .systemId("esme")
                .password("pw")
                .hook(hook)
                .broker(broker)
                .window(20)
                .requestTimeout(Duration.ofSeconds(5))
                .reconnect(Backoff.exponential(Duration.ofMillis(20), Duration.ofMillis(200)));
        config.accept(b);
        Esme e = b.build();
        closeables.add(e);
        return e;
    }

    /** Queues {@code n} messages and returns their broker ids. */
    private static Set<String> enqueue(InMemoryBroker broker, int n) throws Exception {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < n; i++) {
            QueuedMessage q = broker.enqueue(OutboundMessage.builder()
                            .from(Address.shortCode("1234"))
                            .to(Address.international("4477009" + String.format("%05d", i)))
                            .text("message " + i)
                            .build())
                    .toCompletableFuture()
                    .get(10, TimeUnit.SECONDS);
            ids.add(q.id());
        }
        return ids;
    }

    /** Waits until every id has an outcome, then checks each has exactly one and the counters add up. */
    private static void assertEveryMessageEndedOnce(
            Esme esme, RecordingHook hook, InMemoryBroker broker, Set<String> ids) throws InterruptedException {
        await(
                Duration.ofSeconds(90),
                "an outcome for each of " + ids.size() + " messages",
                () -> hook.outcomes.keySet().containsAll(ids));
        await(Duration.ofSeconds(10), "the broker to settle", () -> broker.inFlight() == 0 && broker.size() == 0);
        assertThat(hook.outcomes.keySet()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(hook.outcomes.values()).allSatisfy(list -> assertThat(list).hasSize(1));
        EsmeStats stats = esme.stats();
        assertThat(stats.inProgress()).isZero();
        assertThat(stats.taken()).isEqualTo(stats.accepted() + stats.rejected() + stats.failed() + stats.released());
        assertThat(stats.accepted() + stats.rejected() + stats.failed()).isEqualTo(ids.size());
        assertThat(broker.completedCount()).isEqualTo(ids.size());
    }

    @Test
    void connectionDroppedMidWindowFailsInFlightAndReleasesTheRest() throws Exception {
        SmscSimulator smsc = smsc(b -> {});
        smsc.faults().closeAfterPdus(60);
        RecordingHook hook = new RecordingHook();
        InMemoryBroker broker = new InMemoryBroker();
        Esme esme = esme(smsc, hook, broker, b -> {});
        Set<String> ids = enqueue(broker, 500);
        esme.start().get(10, TimeUnit.SECONDS);

        assertEveryMessageEndedOnce(esme, hook, broker, ids);
        assertThat(hook.events(SessionEvent.Type.CONNECTION_LOST)).isGreaterThan(0);
        long lost = hook.outcomes.values().stream()
                .map(l -> l.get(0))
                .filter(o -> o instanceof SubmitOutcome.Failed f && f.error() instanceof ConnectionLostException)
                .count();
        assertThat(lost).isPositive();
        assertThat(hook.count(SubmitOutcome.Accepted.class) + lost).isEqualTo(500);
    }

    @Test
    void withReleasePolicyEveryMessageIsEventuallyAccepted() throws Exception {
        SmscSimulator smsc = smsc(b -> {});
        smsc.faults().closeAfterPdus(60);
        RecordingHook hook = new RecordingHook();
        InMemoryBroker broker = new InMemoryBroker();
        Esme esme = esme(smsc, hook, broker, b -> b.inFlightPolicy(InFlightPolicy.RELEASE));
        Set<String> ids = enqueue(broker, 500);
        esme.start().get(10, TimeUnit.SECONDS);

        assertEveryMessageEndedOnce(esme, hook, broker, ids);
        assertThat(hook.count(SubmitOutcome.Accepted.class)).isEqualTo(500);
        assertThat(esme.stats().released()).isPositive();
        // at-least-once: the SMSC may hold a few twice, never fewer than all
        assertThat(smsc.messages().size()).isGreaterThanOrEqualTo(500);
    }

    @Test
    void smscRestartIsSurvived() throws Exception {
        SmscSimulator smsc = smsc(b -> {});
        smsc.faults().responseDelay(Duration.ofMillis(5));
        RecordingHook hook = new RecordingHook();
        InMemoryBroker broker = new InMemoryBroker();
        Esme esme = esme(smsc, hook, broker, b -> {});
        esme.start().get(10, TimeUnit.SECONDS);
        Set<String> ids = enqueue(broker, 300);
        await(Duration.ofSeconds(30), "some progress", () -> hook.outcomes.size() >= 50);

        smsc.restart();

        assertEveryMessageEndedOnce(esme, hook, broker, ids);
        assertThat(hook.events(SessionEvent.Type.BOUND)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void throttlingStormIsRetriedUntilAccepted() throws Exception {
        SmscSimulator smsc = smsc(b -> {});
        smsc.faults().throttleEveryNth(3);
        RecordingHook hook = new RecordingHook();
        InMemoryBroker broker = new InMemoryBroker();
        Esme esme = esme(
                smsc,
                hook,
                broker,
                b -> b.throttleBackoff(Backoff.exponential(Duration.ofMillis(5), Duration.ofMillis(50))));
        Set<String> ids = enqueue(broker, 300);
        esme.start().get(10, TimeUnit.SECONDS);

        assertEveryMessageEndedOnce(esme, hook, broker, ids);
        assertThat(hook.count(SubmitOutcome.Accepted.class)).isEqualTo(300);
        assertThat(hook.events(SessionEvent.Type.THROTTLED)).isPositive();
        assertThat(hook.events(SessionEvent.Type.THROTTLED_END)).isPositive();
    }

    @Test
    void queueFullForeverFailsWithThrottledAfterTheRetryLimit() throws Exception {
        SmscSimulator smsc = smsc(b -> {});
        smsc.faults().queueFull(true);
        RecordingHook hook = new RecordingHook();
        InMemoryBroker broker = new InMemoryBroker();
        Esme esme = esme(
                smsc, hook, broker, b -> b.maxThrottleRetries(2).throttleBackoff(Backoff.fixed(Duration.ofMillis(5))));
        Set<String> ids = enqueue(broker, 20);
        esme.start().get(10, TimeUnit.SECONDS);

        assertEveryMessageEndedOnce(esme, hook, broker, ids);
        assertThat(hook.outcomes.values())
                .allSatisfy(l -> assertThat(l.get(0))
                        .isInstanceOfSatisfying(
                                SubmitOutcome.Failed.class,
                                f -> assertThat(f.error()).isInstanceOf(dev.smppkit.client.ThrottledException.class)));
    }

    @Test
    void slowResponsesStillComplete() throws Exception {
        SmscSimulator smsc = smsc(b -> {});
        smsc.faults().responseDelay(Duration.ofMillis(200));
        RecordingHook hook = new RecordingHook();
        InMemoryBroker broker = new InMemoryBroker();
        Esme esme = esme(smsc, hook, broker, b -> b.window(10));
        Set<String> ids = enqueue(broker, 60);
        esme.start().get(10, TimeUnit.SECONDS);

        assertEveryMessageEndedOnce(esme, hook, broker, ids);
        assertThat(hook.count(SubmitOutcome.Accepted.class)).isEqualTo(60);
    }

    @Test
    void missingResponsesTimeOut() throws Exception {
        SmscSimulator smsc = smsc(b -> {});
        RecordingHook hook = new RecordingHook();
        InMemoryBroker broker = new InMemoryBroker();
        Esme esme = esme(smsc, hook, broker, b -> b.requestTimeout(Duration.ofMillis(300)));
        esme.start().get(10, TimeUnit.SECONDS);
        smsc.faults().dropNextResponses(5);
        Set<String> ids = enqueue(broker, 40);

        assertEveryMessageEndedOnce(esme, hook, broker, ids);
        long timedOut = hook.outcomes.values().stream()
                .map(l -> l.get(0))
                .filter(o -> o instanceof SubmitOutcome.Failed f && f.error() instanceof ResponseTimeoutException)
                .count();
        assertThat(timedOut).isEqualTo(5);
        assertThat(hook.count(SubmitOutcome.Accepted.class)).isEqualTo(35);
    }

    @Test
    void unansweredEnquireLinkClosesAndReconnects() throws Exception {
        SmscSimulator smsc = smsc(b -> {});
        smsc.faults().ignoreEnquireLink(true);
        RecordingHook hook = new RecordingHook();
        Esme esme = esme(
                smsc,
                hook,
                new InMemoryBroker(),
                b -> b.enquireLinkInterval(Duration.ofMillis(200)).enquireLinkTimeout(Duration.ofMillis(200)));
        esme.start().get(10, TimeUnit.SECONDS);

        await(
                Duration.ofSeconds(20),
                "a keepalive failure and a new bind",
                () -> hook.events.stream()
                                .anyMatch(e -> e.type() == SessionEvent.Type.CONNECTION_LOST
                                        && e.detail().contains("enquire_link"))
                        && hook.events(SessionEvent.Type.BOUND) >= 2);
    }

    @Test
    void bindRefusedKTimesThenAccepted() throws Exception {
        SmscSimulator smsc = smsc(b -> {});
        smsc.faults().refuseNextBinds(3, CommandStatus.ESME_RBINDFAIL);
        RecordingHook hook = new RecordingHook();
        InMemoryBroker broker = new InMemoryBroker();
        Esme esme = esme(smsc, hook, broker, b -> {});

        esme.start().get(20, TimeUnit.SECONDS);

        assertThat(hook.events(SessionEvent.Type.BIND_FAILED)).isEqualTo(3);
        Set<String> ids = enqueue(broker, 10);
        assertEveryMessageEndedOnce(esme, hook, broker, ids);
    }

    @Test
    void malformedPduFromTheSmscIsAnsweredAndTheSessionGoesOn() throws Exception {
        SmscSimulator smsc = smsc(b -> b.recordTraffic(true));
        RecordingHook hook = new RecordingHook();
        InMemoryBroker broker = new InMemoryBroker();
        Esme esme = esme(smsc, hook, broker, b -> {});
        esme.start().get(10, TimeUnit.SECONDS);
        var session = smsc.awaitSession("esme", Duration.ofSeconds(5));

        // deliver_sm, seq 77, whose body ends inside service_type: a body error, answered with deliver_sm_resp
        session.sendRaw(new byte[] {0, 0, 0, 19, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 77, 'C', 'M', 'T'})
                .get(5, TimeUnit.SECONDS);
        // an unknown command_id, seq 78: generic_nack ESME_RINVCMDID
        session.sendRaw(new byte[] {0, 0, 0, 16, 0, 0, 0x7F, 0x7F, 0, 0, 0, 0, 0, 0, 0, 78})
                .get(5, TimeUnit.SECONDS);

        await(
                Duration.ofSeconds(10),
                "both answers",
                () -> smsc.traffic().received(GenericNack.class).size()
                                + smsc.traffic().received(DeliverSmResp.class).size()
                        >= 2);
        assertThat(smsc.traffic().received(GenericNack.class))
                .anySatisfy(n -> assertThat(n.sequenceNumber()).isEqualTo(78));
        Set<String> ids = enqueue(broker, 5);
        assertEveryMessageEndedOnce(esme, hook, broker, ids);
        assertThat(hook.events(SessionEvent.Type.CONNECTION_LOST)).isZero();
    }

    @Test
    void stopWhileTheWindowIsFullAccountsForEveryMessage() throws Exception {
        SmscSimulator smsc = smsc(b -> {});
        // far longer than the drain deadline below, so the window is still full when stop() gives up on it
        smsc.faults().responseDelay(Duration.ofSeconds(60));
        RecordingHook hook = new RecordingHook();
        InMemoryBroker broker = new InMemoryBroker();
        // a request timeout well past the stop, so that every unanswered request ends as shut down
        Esme esme = esme(smsc, hook, broker, b -> b.window(50).requestTimeout(Duration.ofSeconds(30)));
        List<java.util.concurrent.CompletableFuture<SubmitOutcome>> submits = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            submits.add(esme.submit(OutboundMessage.builder()
                    .to(Address.international("447700900001"))
                    .text("stop " + i)
                    .build()));
        }
        // Queued before the bind, so the first take fills the window at once. (Started first, a take that raced the
        // loop above could get, say, 42; the pump then waits for a quarter of the window to free before taking again,
        // which with 60 s responses is never.)
        esme.start().get(10, TimeUnit.SECONDS);
        // the simulator stores a message only when it answers, so count what it received instead
        await(
                Duration.ofSeconds(10),
                "a full window",
                () -> smsc.traffic().received(SubmitSm.class).size() >= 50);

        esme.stop(Duration.ofMillis(500)).get(30, TimeUnit.SECONDS);

        EsmeStats stats = esme.stats();
        assertThat(stats.inProgress()).isZero();
        assertThat(stats.taken()).isEqualTo(stats.accepted() + stats.rejected() + stats.failed() + stats.released());
        assertThat(hook.outcomes.values()).allSatisfy(l -> assertThat(l).hasSize(1));
        assertThat(stats.failed())
                .as("the in-flight window ended as shut down: %s", stats)
                .isPositive();
        assertThat(hook.outcomes.values().stream().map(l -> l.get(0)))
                .filteredOn(o -> o instanceof SubmitOutcome.Failed)
                .allSatisfy(o -> assertThat(((SubmitOutcome.Failed) o).error()).isInstanceOf(ShutdownException.class));
        // every submit() future completed: with an outcome, or ShutdownException for the ones never sent
        for (var f : submits) {
            assertThat(f).isDone();
            if (f.isCompletedExceptionally()) {
                assertThat(f.handle((v, e) -> e.getCause() != null ? e.getCause() : e)
                                .get())
                        .isInstanceOf(ShutdownException.class);
            }
        }
        assertThat(broker.size() + stats.accepted() + stats.failed() + stats.rejected())
                .isEqualTo(200);
    }

    @Test
    void noClientThreadOutlivesStop() throws Exception {
        SmscSimulator smsc = smsc(b -> {});
        RecordingHook hook = new RecordingHook();
        InMemoryBroker broker = new InMemoryBroker();
        Esme esme = esme(smsc, hook, broker, b -> {});
        esme.start().get(10, TimeUnit.SECONDS);
        enqueue(broker, 10);
        await(Duration.ofSeconds(10), "10 outcomes", () -> hook.outcomes.size() == 10);

        esme.stop(Duration.ofSeconds(5)).get(20, TimeUnit.SECONDS);

        await(
                Duration.ofSeconds(10),
                "client threads to end",
                () -> Thread.getAllStackTraces().keySet().stream()
                        .noneMatch(t -> t.isAlive() && t.getName().startsWith("smppkit-")));
    }
}
