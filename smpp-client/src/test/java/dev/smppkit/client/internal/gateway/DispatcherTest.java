package dev.smppkit.client.internal.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.client.Hook;
import dev.smppkit.client.InFlightPolicy;
import dev.smppkit.client.InMemoryBroker;
import dev.smppkit.client.InvalidMessageException;
import dev.smppkit.client.QueuedMessage;
import dev.smppkit.client.SubmitOutcome;
import dev.smppkit.client.gateway.AccountHealth.Circuit;
import dev.smppkit.client.gateway.CircuitBreakerOptions;
import dev.smppkit.client.gateway.Route;
import dev.smppkit.codec.CommandStatus;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The dispatcher between a real in-memory broker and two fake accounts (a, then b), driven by hand the way the
 * accounts' ESMEs drive it: take, then the hook and complete for each message. Everything runs on the test thread.
 */
class DispatcherTest {
    private final InMemoryBroker shared = new InMemoryBroker();
    private final List<SubmitOutcome> seen = new CopyOnWriteArrayList<>();
    private final Map<String, AccountLane> lanes = new LinkedHashMap<>();
    private final Map<String, AccountHook> hooks = new LinkedHashMap<>();
    private final Dispatcher dispatcher;

    DispatcherTest() {
        Hook user = new Hook() {
            @Override
            public CompletionStage<Void> onSubmitOutcome(QueuedMessage message, SubmitOutcome outcome) {
                seen.add(outcome);
                return CompletableFuture.completedFuture(null);
            }
        };
        CircuitBreakerOptions cb =
                CircuitBreakerOptions.defaults().withFailureThreshold(1).withOpenDuration(Duration.ofMillis(10));
        GatewayOutcomes outcomes = new GatewayOutcomes(shared, user, Duration.ofSeconds(5));
        dispatcher = new Dispatcher(
                shared,
                outcomes,
                InFlightPolicy.FAIL,
                cb.transientStatuses(),
                Duration.ofHours(1).toNanos(),
                Runnable::run);
        for (String name : List.of("a", "b")) {
            AccountLane lane = new AccountLane(name, new CircuitBreaker(cb), dispatcher);
            lane.attach(Fakes.esme(new AtomicInteger(1)));
            lanes.put(name, lane);
            hooks.put(name, new AccountHook(lane, dispatcher, user));
        }
        Route route = Route.builder("default").accounts("a", "b").build();
        dispatcher.init(
                new RouteTable(List.of(), route, null), List.of(new CompiledRoute(route, lanes)), lanes.values(), 100);
    }

    private void enqueue(int n) {
        for (int i = 0; i < n; i++) {
            shared.enqueue(Fakes.message("4477009000" + i));
        }
    }

    private CompletableFuture<List<QueuedMessage>> take(String account) {
        return lanes.get(account).take(10).toCompletableFuture();
    }

    /** What an account's ESME does when it ends a message: the hook, then the broker's complete. */
    private void end(String account, QueuedMessage m, SubmitOutcome outcome) {
        hooks.get(account).onSubmitOutcome(m, outcome).toCompletableFuture().join();
        lanes.get(account).complete(m, outcome).toCompletableFuture().join();
    }

    private void awaitHalfOpen(String account) throws InterruptedException {
        while (lanes.get(account).circuit.state(System.nanoTime()) != Circuit.HALF_OPEN) {
            Thread.sleep(1); // the open duration (10 ms) passing: a state, not an ordering
        }
    }

    @Test
    void aTransientStatusFailsOverOnceAndTheHookSeesOneOutcome() {
        enqueue(1);
        QueuedMessage m = take("a").getNow(List.of()).get(0);
        end("a", m, new SubmitOutcome.Rejected(CommandStatus.ESME_RSYSERR, List.of(), "a"));
        assertThat(seen).isEmpty();
        assertThat(lanes.get("a").circuit.state(System.nanoTime())).isNotEqualTo(Circuit.CLOSED); // threshold 1

        assertThat(take("b").getNow(List.of())).containsExactly(m);
        end("b", m, new SubmitOutcome.Rejected(CommandStatus.ESME_RSYSERR, List.of(), "b"));
        assertThat(seen).singleElement().satisfies(o -> assertThat(o.account()).isEqualTo("b"));
        assertThat(lanes.get("a").failedOver.sum()).isEqualTo(1);
        assertThat(lanes.get("b").rejected.sum()).isEqualTo(1);
        assertThat(dispatcher.failedOver.sum()).isEqualTo(1);
        assertThat(shared.completedCount()).isEqualTo(1);
    }

    /**
     * Half-open lets one trial message through. A message the account had before the circuit opened, ending in a way
     * that says nothing about the account (here an invalid message), must not let a second trial out.
     */
    @Test
    void halfOpenLetsOneTrialOutUntilThatOneEnds() throws InterruptedException {
        enqueue(2);
        List<QueuedMessage> before = take("a").getNow(List.of());
        assertThat(before).hasSize(2);
        end("a", before.get(0), new SubmitOutcome.Rejected(CommandStatus.ESME_RSYSERR, List.of(), "a"));
        assertThat(take("b").getNow(List.of())).containsExactly(before.get(0)); // failed over
        end("b", before.get(0), new SubmitOutcome.Accepted(List.of("id"), "b"));

        awaitHalfOpen("a");
        CompletableFuture<List<QueuedMessage>> trial = take("a");
        enqueue(2);
        assertThat(trial.getNow(List.of())).as("one trial").hasSize(1);
        CompletableFuture<List<QueuedMessage>> next = take("a");
        assertThat(next).isNotDone();

        end("a", before.get(1), new SubmitOutcome.Failed(new InvalidMessageException("bad"), "a"));
        assertThat(next).as("no second trial while the first is out").isNotDone();

        end("a", trial.join().get(0), new SubmitOutcome.Accepted(List.of("id2"), "a"));
        assertThat(lanes.get("a").circuit.state(System.nanoTime())).isEqualTo(Circuit.CLOSED);
        assertThat(next).isCompleted();
        assertThat(next.join()).hasSize(1);
    }

    @Test
    void stopGivesBackWhatWaits() {
        enqueue(3);
        CompletableFuture<List<QueuedMessage>> a = lanes.get("a").take(1).toCompletableFuture();
        assertThat(a.join()).hasSize(1);
        // b takes nothing and a's window is full: the other two wait in the gateway (or the broker)
        dispatcher.stop();
        assertThat(dispatcher.buffered()).isZero();
        assertThat(shared.size() + shared.releasedCount()).isEqualTo(2);
        end("a", a.join().get(0), new SubmitOutcome.Accepted(List.of("x"), "a"));
        assertThat(seen).hasSize(1);
    }
}
