package dev.smppkit.client.it;

import static dev.smppkit.client.it.RecordingHook.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.client.Backoff;
import dev.smppkit.client.Esme;
import dev.smppkit.client.IncomingMessage;
import dev.smppkit.client.SessionEvent;
import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.pdu.DeliverSm;
import dev.smppkit.codec.pdu.DeliverSmResp;
import dev.smppkit.testkit.SmscSimulator;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The client against a simulator that misbehaves on purpose: flapping binds, deliveries in progress at stop. */
@Timeout(120)
class HostileSmscIT {
    private static final Pattern ATTEMPT = Pattern.compile("reconnect attempt (\\d+)");

    @Test
    void anSmscThatUnbindsEveryNewSessionAtOnceSeesGrowingBackoffAttempts() throws Exception {
        AtomicReference<SmscSimulator> ref = new AtomicReference<>();
        try (SmscSimulator smsc = SmscSimulator.builder()
                .onSession(e -> {
                    if (e.type() == dev.smppkit.testkit.SessionEvent.Type.BOUND) {
                        ref.get().session(e.sessionId()).ifPresent(s -> s.unbind());
                    }
                })
                .start()) {
            ref.set(smsc);
            RecordingHook hook = new RecordingHook();
            try (Esme esme = Esme.builder()
                    .host(smsc.host())
                    .port(smsc.port())
                    .systemId("esme")
                    .hook(hook)
                    // a small fixed delay keeps the test short; the attempt number is what the backoff is given
                    .reconnect(Backoff.fixed(Duration.ofMillis(10)))
                    .stableBindTime(Duration.ofMinutes(5))
                    .build()) {
                esme.start().get(10, TimeUnit.SECONDS);
                await(
                        Duration.ofSeconds(60),
                        "4 reconnects",
                        () -> attempts(hook).size() >= 4);
                esme.stop(Duration.ofSeconds(5)).get(10, TimeUnit.SECONDS);
            }
            List<Integer> attempts = attempts(hook).subList(0, 4);
            assertThat(attempts)
                    .as("each session was bound, but too briefly to reset the backoff")
                    .containsExactly(1, 2, 3, 4);
            assertThat(hook.events(SessionEvent.Type.BOUND)).isGreaterThanOrEqualTo(4);
        }
    }

    private static List<Integer> attempts(RecordingHook hook) {
        List<Integer> out = new ArrayList<>();
        for (SessionEvent e : hook.events) {
            Matcher m = ATTEMPT.matcher(e.detail());
            if (e.type() == SessionEvent.Type.CONNECTION_LOST && m.find()) {
                out.add(Integer.parseInt(m.group(1)));
            }
        }
        return out;
    }

    @Test
    void stopAnswersEveryDeliveryInProgressBeforeItCompletes() throws Exception {
        int deliveries = 50;
        ScheduledExecutorService slowHook = Executors.newSingleThreadScheduledExecutor();
        try (SmscSimulator smsc = SmscSimulator.builder().start()) {
            RecordingHook hook = new RecordingHook() {
                @Override
                public CompletionStage<Void> onIncomingMessage(IncomingMessage message) {
                    incoming.add(message);
                    CompletableFuture<Void> done = new CompletableFuture<>();
                    slowHook.schedule(() -> done.complete(null), 300, TimeUnit.MILLISECONDS);
                    return done;
                }
            };
            Esme esme = Esme.builder()
                    .host(smsc.host())
                    .port(smsc.port())
                    .systemId("esme")
                    .hook(hook)
                    .build();
            esme.start().get(10, TimeUnit.SECONDS);
            List<CompletableFuture<DeliverSmResp>> sent = new ArrayList<>();
            for (int i = 0; i < deliveries; i++) {
                sent.add(smsc.deliver(
                        "esme",
                        DeliverSm.builder()
                                .sourceAddress(Address.international("4477009" + String.format("%05d", i)))
                                .shortMessage(("mo " + i).getBytes(StandardCharsets.US_ASCII))
                                .build()));
            }
            await(Duration.ofSeconds(30), "the hook to hold every delivery", () -> hook.incoming.size() == deliveries);

            esme.stop(Duration.ofSeconds(30)).get(60, TimeUnit.SECONDS);

            assertThat(sent)
                    .as("answered before stop() completed")
                    .allSatisfy(f -> assertThat(f)
                            .isCompletedWithValueMatching(r -> r.commandStatus().equals(CommandStatus.ESME_ROK)));
            assertThat(smsc.traffic().received(DeliverSmResp.class))
                    .as("exactly one response per deliver_sm")
                    .hasSize(smsc.traffic().sent(DeliverSm.class).size())
                    .hasSize(deliveries);
        } finally {
            slowHook.shutdownNow();
        }
    }
}
