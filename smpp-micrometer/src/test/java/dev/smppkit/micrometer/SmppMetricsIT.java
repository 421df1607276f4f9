package dev.smppkit.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.client.Backoff;
import dev.smppkit.client.Esme;
import dev.smppkit.client.Hook;
import dev.smppkit.client.OutboundMessage;
import dev.smppkit.client.ReceiptEvent;
import dev.smppkit.client.SubmitOutcome;
import dev.smppkit.codec.Address;
import dev.smppkit.micrometer.internal.SmppObservations;
import dev.smppkit.testkit.SmscSimulator;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.tck.TestObservationRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** SmppMetrics against the simulator: counts and tags of the meters and observations after a run, never timings. */
@Timeout(60)
class SmppMetricsIT {
    private static final int MESSAGES = 6;
    private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final TestObservationRegistry observations = TestObservationRegistry.create();
    private final ConcurrentLinkedQueue<Observation.Context> stopped = new ConcurrentLinkedQueue<>();
    private final CountDownLatch receipts = new CountDownLatch(MESSAGES);
    private SmscSimulator smsc;
    private Esme esme;

    @AfterEach
    void close() {
        if (esme != null) {
            esme.close();
        }
        if (smsc != null) {
            smsc.close();
        }
    }

    private void run(boolean throttle) throws Exception {
        observations.observationConfig().observationHandler(new ObservationHandler<>() {
            @Override
            public boolean supportsContext(Observation.Context context) {
                return true;
            }

            @Override
            public void onStop(Observation.Context context) {
                stopped.add(context);
            }
        });
        smsc = SmscSimulator.builder().credential("esme", "secret").start();
        if (throttle) {
            smsc.faults().throttleEveryNth(3);
        }
        esme = Esme.builder()
                .host(smsc.host())
                .port(smsc.port())
                .systemId("esme")
                .password("secret")
                .name("acme")
                .throttleBackoff(Backoff.fixed(Duration.ofMillis(10)))
                .hook(new Hook() {
                    @Override
                    public CompletionStage<Void> onDeliveryReceipt(ReceiptEvent receipt) {
                        receipts.countDown();
                        return CompletableFuture.completedFuture(null);
                    }
                })
                .listener(SmppMetrics.builder(meters).observations(observations).build())
                .build();
        esme.start().get(10, TimeUnit.SECONDS);
        List<CompletableFuture<SubmitOutcome>> outcomes = new ArrayList<>();
        for (int i = 0; i < MESSAGES; i++) {
            outcomes.add(esme.submit(OutboundMessage.builder()
                    .from(Address.alphanumeric("ACME"))
                    .to(Address.international("4470000000" + i))
                    .text("hello " + i)
                    .requestReceipt(true)
                    .extra(Map.of("traceparent", TRACEPARENT))
                    .build()));
        }
        for (CompletableFuture<SubmitOutcome> o : outcomes) {
            assertThat(o.get(20, TimeUnit.SECONDS)).isInstanceOf(SubmitOutcome.Accepted.class);
        }
        assertThat(receipts.await(20, TimeUnit.SECONDS)).isTrue();
    }

    private double count(String name, String... tags) {
        return meters.get(name).tags(tags).counter().count();
    }

    private long timerCount(String name, String... tags) {
        return meters.get(name).tags(tags).timer().count();
    }

    @Test
    void countsRequestsThrottlingReceiptsAndSessions() throws Exception {
        run(true);
        // attempts 3 and 6 are throttled and sent again: 8 submits, 6 accepted
        assertThat(timerCount("smpp.client.requests", "account", "acme", "command", "submit_sm", "status", "ESME_ROK"))
                .isEqualTo(MESSAGES);
        assertThat(timerCount(
                        "smpp.client.requests", "account", "acme", "command", "submit_sm", "status", "ESME_RTHROTTLED"))
                .isEqualTo(2);
        assertThat(timerCount(
                        "smpp.client.requests", "account", "acme", "command", "bind_transceiver", "status", "ESME_ROK"))
                .isEqualTo(1);
        assertThat(count("smpp.client.throttled", "account", "acme")).isEqualTo(2);
        // the hook saw every receipt: each was matched first
        assertThat(count("smpp.client.receipts", "account", "acme", "result", "matched"))
                .isEqualTo(MESSAGES);
        assertThat(count("smpp.client.receipts", "account", "acme", "result", "unmatched"))
                .isZero();
        assertThat(timerCount("smpp.client.receipt.delay", "account", "acme")).isEqualTo(MESSAGES);
        assertThat(meters.get("smpp.client.window.in.flight")
                        .tags("account", "acme")
                        .gauge()
                        .value())
                .isZero();
        assertThat(meters.get("smpp.client.sessions")
                        .tags("account", "acme", "state", "bound")
                        .gauge()
                        .value())
                .isEqualTo(1);
        assertThat(meters.get("smpp.client.sessions")
                        .tags("account", "acme", "state", "configured")
                        .gauge()
                        .value())
                .isEqualTo(1);
        assertThat(count("smpp.client.reconnects", "account", "acme")).isZero();
        assertThat(timerCount("smpp.client.broker.take", "account", "acme")).isPositive();

        esme.stop(Duration.ofSeconds(5)).get(10, TimeUnit.SECONDS);
        assertThat(meters.get("smpp.client.sessions")
                        .tags("account", "acme", "state", "bound")
                        .gauge()
                        .value())
                .isZero();
        assertThat(meters.get("smpp.client.sessions")
                        .tags("account", "acme", "state", "configured")
                        .gauge()
                        .value())
                .isZero();
    }

    @Test
    void aSubmitIsAnObservationAndItsReceiptJoinsTheMessagesTrace() throws Exception {
        run(false);
        io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat(observations)
                .hasNumberOfObservationsWithNameEqualTo(SmppObservations.SUBMIT, MESSAGES)
                .hasNumberOfObservationsWithNameEqualTo(SmppObservations.RECEIPT, MESSAGES)
                .forAllObservationsWithNameEqualTo(
                        SmppObservations.SUBMIT,
                        o -> o.hasLowCardinalityKeyValue("account", "acme")
                                .hasLowCardinalityKeyValue("status", "ESME_ROK"))
                .forAllObservationsWithNameEqualTo(
                        SmppObservations.RECEIPT, o -> o.hasLowCardinalityKeyValue("result", "matched"));
        // Both carry the message's extra map as their propagation carrier: a tracing handler parents them by the
        // traceparent in it, so the receipt joins the trace of the submit.
        assertThat(stopped)
                .filteredOn(c -> c.getName().equals(SmppObservations.SUBMIT)
                        || c.getName().equals(SmppObservations.RECEIPT))
                .hasSize(2 * MESSAGES)
                .allSatisfy(c -> {
                    SmppObservations.ExtraContext receiver = (SmppObservations.ExtraContext) c;
                    assertThat(receiver.getGetter().get(receiver.getCarrier(), "traceparent"))
                            .isEqualTo(TRACEPARENT);
                });
    }
}
