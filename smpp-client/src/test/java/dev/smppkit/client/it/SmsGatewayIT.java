package dev.smppkit.client.it;

import static dev.smppkit.client.it.RecordingHook.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.client.Backoff;
import dev.smppkit.client.BindMode;
import dev.smppkit.client.Esme;
import dev.smppkit.client.InFlightPolicy;
import dev.smppkit.client.OutboundMessage;
import dev.smppkit.client.QueuedMessage;
import dev.smppkit.client.ReceiptEvent;
import dev.smppkit.client.SessionEvent;
import dev.smppkit.client.SubmitOutcome;
import dev.smppkit.client.gateway.AccountHealth;
import dev.smppkit.client.gateway.AccountHealth.Circuit;
import dev.smppkit.client.gateway.CircuitBreakerOptions;
import dev.smppkit.client.gateway.GatewayStats;
import dev.smppkit.client.gateway.Route;
import dev.smppkit.client.gateway.SmsGateway;
import dev.smppkit.client.gateway.SmsGatewayBuilder;
import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.pdu.BindType;
import dev.smppkit.codec.pdu.SubmitSm;
import dev.smppkit.testkit.Reply;
import dev.smppkit.testkit.SmscSimulator;
import dev.smppkit.testkit.SmscSimulatorBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A gateway over three accounts on three simulators: routing by prefix, failover when an SMSC dies (RELEASE), the
 * circuit opening on ESME_RSYSERR and closing again, permanent errors staying put, receipts from every account, and
 * stale messages expiring. Every case waits on hook events (semaphores) or scripted simulator states, never on time,
 * and ends with the count invariant.
 */
@Timeout(120)
class SmsGatewayIT {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private final List<AutoCloseable> closeables = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = closeables.size() - 1; i >= 0; i--) {
            closeables.get(i).close();
        }
    }

    /** Records everything and lets the test wait for a number of outcomes or receipts. */
    private static final class GatewayHook extends RecordingHook {
        private final Semaphore outcomesSeen = new Semaphore(0);
        private final Semaphore receiptsSeen = new Semaphore(0);

        @Override
        public CompletionStage<Void> onSubmitOutcome(QueuedMessage message, SubmitOutcome outcome) {
            super.onSubmitOutcome(message, outcome);
            outcomesSeen.release();
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletionStage<Void> onDeliveryReceipt(ReceiptEvent receipt) {
            super.onDeliveryReceipt(receipt);
            receiptsSeen.release();
            return CompletableFuture.completedFuture(null);
        }

        void awaitOutcomes(int n) throws InterruptedException {
            assertThat(outcomesSeen.tryAcquire(n, WAIT.toSeconds(), TimeUnit.SECONDS))
                    .as("%d more outcomes; so far %s", n, outcomes.size())
                    .isTrue();
        }

        void awaitReceipts(int n) throws InterruptedException {
            assertThat(receiptsSeen.tryAcquire(n, WAIT.toSeconds(), TimeUnit.SECONDS))
                    .as("%d receipts; so far %s", n, receipts.size())
                    .isTrue();
        }

        /** Final outcomes seen, by account. */
        Map<String, Long> byAccount() {
            return outcomes.values().stream()
                    .flatMap(List::stream)
                    .collect(Collectors.groupingBy(SubmitOutcome::account, Collectors.counting()));
        }
    }

    private SmscSimulator smsc(String systemId, Consumer<SmscSimulatorBuilder> config) {
        SmscSimulatorBuilder b = SmscSimulator.builder().credential(systemId, "secret");
        config.accept(b);
        SmscSimulator s = b.start();
        closeables.add(s);
        return s;
    }

    private static dev.smppkit.client.EsmeBuilder account(SmscSimulator smsc, String systemId) {
        return Esme.builder()
                .host(smsc.host())
                .port(smsc.port())
                .systemId(systemId)
                .password("secret")
                .window(10)
                .requestTimeout(Duration.ofSeconds(30))
                .reconnect(Backoff.fixed(Duration.ofMillis(50)));
    }

    /** Three simulators, one account on each (a, b, c), each simulator configured by {@code config}. */
    private final SmscSimulator[] sims = new SmscSimulator[3];

    private SmsGatewayBuilder threeAccounts(GatewayHook hook, Consumer<SmscSimulatorBuilder> configA) {
        sims[0] = smsc("esme-a", configA);
        sims[1] = smsc("esme-b", b -> {});
        sims[2] = smsc("esme-c", b -> {});
        return SmsGateway.builder()
                .account("a", account(sims[0], "esme-a"))
                .account("b", account(sims[1], "esme-b"))
                .account("c", account(sims[2], "esme-c"))
                .hook(hook)
                .ioThreads(2);
    }

    private SmsGateway start(SmsGatewayBuilder builder, String... upAccounts) throws Exception {
        SmsGateway gateway = builder.build();
        closeables.add(gateway);
        gateway.start().get(30, TimeUnit.SECONDS);
        List<String> up = List.of(upAccounts);
        await(
                WAIT,
                "accounts " + up + " up",
                () -> gateway.health().stream()
                        .filter(h -> up.contains(h.account()))
                        .allMatch(AccountHealth::up));
        return gateway;
    }

    private static AccountHealth health(SmsGateway gateway, String account) {
        return gateway.health().stream()
                .filter(h -> h.account().equals(account))
                .findFirst()
                .orElseThrow();
    }

    private static OutboundMessage text(String to, boolean receipt) {
        return OutboundMessage.builder()
                .from(Address.alphanumeric("ACME"))
                .to(Address.international(to))
                .text("to " + to)
                .trackingId("t-" + to)
                .requestReceipt(receipt)
                .build();
    }

    private static String number(String prefix, int i) {
        return prefix + String.format(Locale.ROOT, "%08d", i);
    }

    private static List<SubmitOutcome> all(List<CompletableFuture<SubmitOutcome>> futures) throws Exception {
        List<SubmitOutcome> done = new ArrayList<>();
        for (CompletableFuture<SubmitOutcome> f : futures) {
            done.add(f.get(WAIT.toSeconds(), TimeUnit.SECONDS));
        }
        return done;
    }

    private static List<String> destinations(SmscSimulator smsc) {
        return smsc.traffic().received(SubmitSm.class).stream()
                .map(s -> s.destAddress().value())
                .toList();
    }

    /**
     * Waits until no message is in progress, then checks: the hook saw each of {@code n} messages exactly once, and
     * {@code taken == accepted + rejected + failed + expired + released}.
     */
    private static GatewayStats assertSettled(SmsGateway gateway, GatewayHook hook, int n) throws InterruptedException {
        await(WAIT, "no message in progress", () -> gateway.stats().inProgress() == 0);
        GatewayStats s = gateway.stats();
        assertThat(hook.outcomes).hasSize(n);
        assertThat(hook.outcomes.values()).allSatisfy(list -> assertThat(list).hasSize(1));
        assertThat(s.taken())
                .as("%s", s)
                .isEqualTo(s.accepted() + s.rejected() + s.failed() + s.expired() + s.released());
        assertThat(s.accepted() + s.rejected() + s.failed() + s.expired())
                .as("%s", s)
                .isEqualTo(n);
        return s;
    }

    @Test
    void routesEachPrefixToItsAccount() throws Exception {
        GatewayHook hook = new GatewayHook();
        SmsGateway gateway = start(
                threeAccounts(hook, b -> {})
                        .route(Route.builder("uk")
                                .prefixes("44")
                                .accounts("a", "b")
                                .build())
                        .route(Route.builder("fr")
                                .prefixes("33")
                                .accounts("b", "c")
                                .build())
                        .route(Route.builder("de")
                                .prefixes("49")
                                .accounts("c", "a")
                                .build()),
                "a",
                "b",
                "c");

        Map<String, String> accountOf = Map.of("44", "a", "33", "b", "49", "c");
        List<CompletableFuture<SubmitOutcome>> futures = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String prefix = List.of("44", "33", "49").get(i % 3);
            prefixes.add(prefix);
            futures.add(gateway.submit(text(number(prefix, i), false)));
        }
        List<SubmitOutcome> outcomes = all(futures);

        for (int i = 0; i < outcomes.size(); i++) {
            assertThat(outcomes.get(i).isAccepted()).isTrue();
            assertThat(outcomes.get(i).account()).isEqualTo(accountOf.get(prefixes.get(i)));
        }
        assertThat(destinations(sims[0])).hasSize(10).allMatch(d -> d.startsWith("44"));
        assertThat(destinations(sims[1])).hasSize(10).allMatch(d -> d.startsWith("33"));
        assertThat(destinations(sims[2])).hasSize(10).allMatch(d -> d.startsWith("49"));
        assertThat(gateway.account("a").submit(text("447700900999", false)))
                .as("an account's own submit: messages go through the gateway")
                .failsWithin(WAIT)
                .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .withCauseInstanceOf(IllegalStateException.class)
                .withMessageContaining("account 'a' belongs to a gateway: submit through SmsGateway.submit");
        GatewayStats s = assertSettled(gateway, hook, 30);
        assertThat(s.accounts())
                .allSatisfy((name, a) -> assertThat(a.accepted()).isEqualTo(10));
        assertThat(s.failedOver()).isZero();
        assertThat(hook.byAccount()).containsExactlyInAnyOrderEntriesOf(Map.of("a", 10L, "b", 10L, "c", 10L));
    }

    /**
     * The first account's SMSC answers 50 submits, then holds the rest unanswered (a full window in flight) and is
     * stopped: with RELEASE, the unanswered and the untaken messages go to the second account, and each message ends
     * once.
     */
    @Test
    void killingTheFirstAccountsSmscMovesEveryMessageToTheNext() throws Exception {
        int total = 200;
        int answered = 50;
        AtomicInteger submits = new AtomicInteger();
        CountDownLatch stalled = new CountDownLatch(1);
        GatewayHook hook = new GatewayHook();
        SmsGateway gateway = start(
                threeAccounts(
                                hook,
                                b -> b.onSubmitSm(sm -> {
                                    int n = submits.incrementAndGet();
                                    if (n <= answered) {
                                        return sm.accept();
                                    }
                                    stalled.countDown();
                                    return Reply.noReply();
                                }))
                        .defaultRoute("a", "b", "c")
                        .inFlightPolicy(InFlightPolicy.RELEASE),
                "a",
                "b",
                "c");

        List<CompletableFuture<SubmitOutcome>> futures = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            futures.add(gateway.submit(text(number("44", i), false)));
        }
        assertThat(stalled.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        // The simulator has written the 50th submit_sm_resp when it sees the 51st submit_sm, but the client may not
        // have read it yet: stopping the SMSC now could drop that response, and the client would then rightly send
        // the message again through b. Stop only once the client has seen all 50 acceptances.
        hook.awaitOutcomes(answered);
        sims[0].stop();

        List<SubmitOutcome> outcomes = all(futures);
        assertThat(outcomes).allMatch(SubmitOutcome::isAccepted);
        hook.awaitOutcomes(total - answered);
        assertThat(hook.byAccount()).containsExactlyInAnyOrderEntriesOf(Map.of("a", 50L, "b", 150L));
        GatewayStats s = assertSettled(gateway, hook, total);
        assertThat(s.accepted()).isEqualTo(total);
        assertThat(s.accounts().get("a").accepted()).isEqualTo(answered);
        assertThat(s.accounts().get("b").accepted()).isEqualTo(total - answered);
        assertThat(s.accounts().get("c").esme().taken()).isZero();
        assertThat(destinations(sims[2])).isEmpty();
    }

    /**
     * An account answering ESME_RSYSERR opens its circuit and its messages go to the next account; once its SMSC
     * answers again and the open duration has passed, a trial message closes the circuit and traffic returns.
     */
    @Test
    void aFailingAccountOpensItsCircuitAndComesBackWhenItRecovers() throws Exception {
        AtomicBoolean failing = new AtomicBoolean(true);
        GatewayHook hook = new GatewayHook();
        SmsGateway gateway = start(
                threeAccounts(
                                hook,
                                b -> b.onSubmitSm(
                                        sm -> failing.get() ? sm.reject(CommandStatus.ESME_RSYSERR) : sm.accept()))
                        .defaultRoute("a", "b")
                        .circuitBreaker(CircuitBreakerOptions.defaults()
                                .withFailureThreshold(3)
                                .withOpenDuration(Duration.ofSeconds(2))),
                "a",
                "b");

        List<CompletableFuture<SubmitOutcome>> futures = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            futures.add(gateway.submit(text(number("44", i), false)));
        }
        assertThat(all(futures)).allSatisfy(o -> {
            assertThat(o.isAccepted()).isTrue();
            assertThat(o.account()).isEqualTo("b");
        });
        AccountHealth a = health(gateway, "a");
        assertThat(a.circuit()).isEqualTo(Circuit.OPEN);
        assertThat(a.up()).isFalse();
        assertThat(a.lastError()).contains("submit_sm answered ESME_RSYSERR");
        long triedOnA = destinations(sims[0]).size();
        assertThat(triedOnA).isBetween(3L, 10L);
        assertThat(gateway.stats().failedOver()).isEqualTo(triedOnA);

        // while open, messages go straight to b
        futures.clear();
        for (int i = 10; i < 15; i++) {
            futures.add(gateway.submit(text(number("44", i), false)));
        }
        assertThat(all(futures)).allMatch(o -> o.account().equals("b"));
        assertThat(destinations(sims[0])).hasSize((int) triedOnA);

        failing.set(false);
        await(WAIT, "a's circuit half-open", () -> health(gateway, "a").circuit() == Circuit.HALF_OPEN);
        SubmitOutcome trial = gateway.submit(text(number("44", 15), false)).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(trial.isAccepted()).isTrue();
        assertThat(trial.account()).isEqualTo("a");
        assertThat(health(gateway, "a").circuit()).isEqualTo(Circuit.CLOSED);

        futures.clear();
        for (int i = 16; i < 21; i++) {
            futures.add(gateway.submit(text(number("44", i), false)));
        }
        assertThat(all(futures)).allMatch(o -> o.account().equals("a"));
        GatewayStats s = assertSettled(gateway, hook, 21);
        assertThat(s.accounts().get("a").accepted()).isEqualTo(6);
        assertThat(s.accounts().get("b").accepted()).isEqualTo(15);
        assertThat(s.accounts().get("a").failedOver()).isEqualTo(triedOnA);
    }

    @Test
    void aPermanentErrorNeverFailsOver() throws Exception {
        GatewayHook hook = new GatewayHook();
        SmsGateway gateway = start(
                threeAccounts(
                                hook,
                                b -> b.onSubmitSm(
                                        sm -> sm.pdu().destAddress().value().startsWith("4470")
                                                ? sm.reject(CommandStatus.ESME_RINVDSTADR)
                                                : sm.accept()))
                        .defaultRoute("a", "b", "c"),
                "a",
                "b",
                "c");

        List<CompletableFuture<SubmitOutcome>> futures = new ArrayList<>();
        for (int i = 0; i < 10; i++) { // more than the circuit's threshold: a permanent status is no failure
            futures.add(gateway.submit(text(number("4470", i), false)));
        }
        futures.add(gateway.submit(text(number("4471", 0), false)));
        List<SubmitOutcome> outcomes = all(futures);

        assertThat(outcomes.subList(0, 10)).allSatisfy(o -> {
            assertThat(o).isInstanceOf(SubmitOutcome.Rejected.class);
            assertThat(((SubmitOutcome.Rejected) o).status()).isEqualTo(CommandStatus.ESME_RINVDSTADR);
            assertThat(o.account()).isEqualTo("a");
        });
        assertThat(outcomes.get(10).isAccepted()).isTrue();
        assertThat(outcomes.get(10).account()).isEqualTo("a");
        assertThat(destinations(sims[1])).isEmpty();
        assertThat(destinations(sims[2])).isEmpty();
        GatewayStats s = assertSettled(gateway, hook, 11);
        assertThat(s.failedOver()).isZero();
        assertThat(s.accounts().get("a").rejected()).isEqualTo(10);
        assertThat(health(gateway, "a").circuit()).isEqualTo(Circuit.CLOSED);
    }

    @Test
    void receiptsFromEveryAccountMatchTheirMessages() throws Exception {
        GatewayHook hook = new GatewayHook();
        SmsGateway gateway = start(
                threeAccounts(hook, b -> {})
                        .route(Route.builder("uk").prefixes("44").accounts("a").build())
                        .route(Route.builder("fr").prefixes("33").accounts("b").build())
                        .route(Route.builder("de").prefixes("49").accounts("c").build()),
                "a",
                "b",
                "c");

        List<CompletableFuture<SubmitOutcome>> futures = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            futures.add(gateway.submit(text(number(List.of("44", "33", "49").get(i % 3), i), true)));
        }
        assertThat(all(futures)).allMatch(SubmitOutcome::isAccepted);
        hook.awaitReceipts(15);

        Map<String, String> accountByBrokerId = hook.outcomes.entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey, e -> e.getValue().get(0).account()));
        assertThat(hook.receipts).hasSize(15).allSatisfy(r -> {
            assertThat(r.matched()).as("%s", r).isTrue();
            assertThat(r.account())
                    .isEqualTo(accountByBrokerId.get(r.tracking().orElseThrow().brokerId()));
        });
        assertThat(hook.receipts.stream().map(ReceiptEvent::account).distinct())
                .containsExactlyInAnyOrder("a", "b", "c");
        assertSettled(gateway, hook, 15);
    }

    /**
     * An account bound as a transmitter and a receiver whose transmitter cannot bind is not up for sending, however
     * bound its receiver is: its route's messages go on to the next account instead of waiting for it.
     */
    @Test
    void anAccountWithOnlyItsReceiverBoundIsSkipped() throws Exception {
        GatewayHook hook = new GatewayHook();
        SmscSimulator a = smsc(
                "esme-a",
                b -> b.onBind(bind -> bind.bindType() == BindType.TRANSMITTER
                        ? Reply.noReply() // the transmitter never binds (a refusal might stop the account)
                        : bind.accept()));
        SmscSimulator b = smsc("esme-b", x -> {});
        SmsGateway gateway = SmsGateway.builder()
                .account("a", account(a, "esme-a").bindMode(BindMode.TRANSMITTER_AND_RECEIVER))
                .account("b", account(b, "esme-b"))
                .defaultRoute("a", "b")
                .hook(hook)
                .ioThreads(2)
                .build();
        closeables.add(gateway);
        gateway.start().get(30, TimeUnit.SECONDS);
        await(
                WAIT,
                "a's receiver and b bound",
                () -> gateway.account("a").boundSessions() == 1
                        && gateway.account("b").boundSessions() == 1);

        SubmitOutcome o = gateway.submit(text("447700900001", false)).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(o.isAccepted()).isTrue();
        assertThat(o.account()).isEqualTo("b");
        assertThat(destinations(a)).isEmpty();
        assertSettled(gateway, hook, 1);
    }

    /**
     * Messages for an account that is down wait in the gateway; past their maximum age (the route's or their own) they
     * end as expired, named after the route's first account, and are never sent.
     */
    @Test
    void staleMessagesExpireWhileTheirRouteIsDown() throws Exception {
        GatewayHook hook = new GatewayHook();
        SmsGatewayBuilder builder = threeAccounts(hook, b -> {})
                .holdTimeout(Duration.ofHours(1)) // nothing is given back: only expiry ends a waiting message
                .circuitBreaker(CircuitBreakerOptions.defaults().withOpenDuration(Duration.ofMillis(200)))
                .route(Route.builder("uk").prefixes("44").accounts("a").build())
                .route(Route.builder("fr")
                        .prefixes("33")
                        .accounts("a")
                        .maxAge(Duration.ofMillis(200))
                        .build())
                .defaultRoute("b");
        sims[0].stop(); // account a never binds
        SmsGateway gateway = start(builder, "b");

        // first in the uk queue, it never expires: the stale messages behind it must expire all the same
        CompletableFuture<SubmitOutcome> blocker = gateway.submit(text("447700900000", false));
        CompletableFuture<SubmitOutcome> byMessage = gateway.submit(OutboundMessage.builder()
                .from(Address.alphanumeric("ACME"))
                .to(Address.international("447700900001"))
                .text("too late")
                .maxAge(Duration.ofMillis(200))
                .build());
        CompletableFuture<SubmitOutcome> byRoute = gateway.submit(text("33612345678", false));
        CompletableFuture<SubmitOutcome> other = gateway.submit(text("4912345678", false));

        for (CompletableFuture<SubmitOutcome> f : List.of(byMessage, byRoute)) {
            SubmitOutcome o = f.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(o).isInstanceOf(SubmitOutcome.Expired.class);
            assertThat(o.account()).isEqualTo("a");
        }
        assertThat(other.get(WAIT.toSeconds(), TimeUnit.SECONDS).account()).isEqualTo("b");
        assertThat(hook.count(SubmitOutcome.Expired.class)).isEqualTo(2);
        assertThat(hook.events.stream().filter(e -> e.type() == SessionEvent.Type.BOUND))
                .allMatch(e -> !e.account().equals("a"));
        assertThat(blocker).isNotDone();
        assertThat(gateway.stats().inProgress()).isEqualTo(1);

        sims[0].start(); // a binds: the message without a deadline goes after all
        SubmitOutcome late = blocker.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(late.isAccepted()).isTrue();
        assertThat(late.account()).isEqualTo("a");
        assertThat(destinations(sims[0])).containsExactly("447700900000");
        GatewayStats s = assertSettled(gateway, hook, 4);
        assertThat(s.expired()).isEqualTo(2);
        assertThat(s.accounts().get("a").expired()).isEqualTo(2);
        assertThat(s.accounts().get("a").accepted()).isEqualTo(1);
    }
}
