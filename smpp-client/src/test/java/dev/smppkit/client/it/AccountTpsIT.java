package dev.smppkit.client.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.client.Esme;
import dev.smppkit.client.Hook;
import dev.smppkit.client.InMemoryBroker;
import dev.smppkit.client.QueuedMessage;
import dev.smppkit.client.SessionEvent;
import dev.smppkit.client.SubmitOutcome;
import dev.smppkit.testkit.SmscSession;
import dev.smppkit.testkit.SmscSimulator;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The account-wide rate limit measured: 4 sessions with maxTps 200 send 2,000 messages, which at 200 a second for the
 * client as a whole takes about 10 s (at 200 per session it would take 2.5 s). <b>Takes ~10 s</b> (tag {@code slow}).
 *
 * <p>The limiter starts with the first message and allows no burst then, so the 2,000 cannot be accepted in less than
 * {@code (2,000 - burst) / 200} seconds: that deterministic bound (the count in any interval never exceeds
 * {@code rate * seconds + burst}) is the only timing assertion, plus a generous lower bound on the rate (at least 50%
 * of the limit) that cannot flake. The measured rate is printed.
 */
@Tag("slow")
@Timeout(120)
class AccountTpsIT {
    private static final int SESSIONS = 4;
    private static final double MAX_TPS = 200;
    private static final int MESSAGES = 2_000; // 10 s at the limit

    /** Counts accepted outcomes, noting when the first and the last arrived; releases the latch at the last. */
    private static final class Counting implements Hook {
        final CountDownLatch bound = new CountDownLatch(SESSIONS);
        final CountDownLatch done = new CountDownLatch(MESSAGES);
        final AtomicLong accepted = new AtomicLong();
        final AtomicLong other = new AtomicLong();
        volatile long lastNanos;

        @Override
        public void onSessionEvent(SessionEvent event) {
            if (event.type() == SessionEvent.Type.BOUND) {
                bound.countDown();
            }
        }

        @Override
        public CompletionStage<Void> onSubmitOutcome(QueuedMessage message, SubmitOutcome outcome) {
            (outcome.isAccepted() ? accepted : other).incrementAndGet();
            lastNanos = System.nanoTime();
            done.countDown();
            return CompletableFuture.completedFuture(null);
        }
    }

    @Test
    void fourSessionsShareOneRateLimitOfTwoHundredASecond() throws Exception {
        Counting hook = new Counting();
        InMemoryBroker broker = new InMemoryBroker(MESSAGES);
        try (SmscSimulator smsc = SmscSimulator.builder()
                        .credential("esme", "secret")
                        .recordTraffic(false)
                        .start();
                Esme esme = Esme.builder()
                        .host(smsc.host())
                        .port(smsc.port())
                        .systemId("esme")
                        .password("secret")
                        .sessions(SESSIONS)
                        .maxTps(MAX_TPS)
                        .broker(broker)
                        .hook(hook)
                        .build()) {
            esme.start().get(30, TimeUnit.SECONDS);
            assertThat(hook.bound.await(30, TimeUnit.SECONDS))
                    .as("all sessions bound")
                    .isTrue();
            assertThat(smsc.sessions().stream().filter(SmscSession::isBound).count())
                    .isEqualTo(SESSIONS);

            long start = System.nanoTime();
            for (int i = 0; i < MESSAGES; i++) {
                broker.enqueue(EsmeIT.text("4477009" + String.format(Locale.ROOT, "%05d", i), "tps " + i, false));
            }
            assertThat(hook.done.await(60, TimeUnit.SECONDS))
                    .as("every message has its outcome")
                    .isTrue();
            double seconds = (hook.lastNanos - start) / 1e9;
            double rate = MESSAGES / seconds;
            System.out.printf(
                    Locale.ROOT,
                    "AccountTpsIT: %d sessions, maxTps %.0f: %d accepted in %.3f s = %.1f/s (%.1f%% of the limit)%n",
                    SESSIONS,
                    MAX_TPS,
                    hook.accepted.get(),
                    seconds,
                    rate,
                    100 * rate / MAX_TPS);

            assertThat(hook.accepted.get()).isEqualTo(MESSAGES);
            double burst = MAX_TPS; // one second's worth at most, and none at the start
            assertThat(seconds)
                    .as("%d messages at %.0f/s for the client, not per session", MESSAGES, MAX_TPS)
                    .isGreaterThanOrEqualTo((MESSAGES - burst) / MAX_TPS);
            assertThat(rate).as("at least half the limit").isGreaterThanOrEqualTo(MAX_TPS / 2);
        }
    }
}
