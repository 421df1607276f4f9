package dev.smppkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.client.Broker;
import dev.smppkit.client.Correlator;
import dev.smppkit.client.Esme;
import dev.smppkit.client.Hook;
import dev.smppkit.client.InMemoryBroker;
import dev.smppkit.client.InMemoryCorrelator;
import dev.smppkit.client.OutboundMessage;
import dev.smppkit.client.QueuedMessage;
import dev.smppkit.client.SubmitOutcome;
import dev.smppkit.codec.Address;
import dev.smppkit.jdbc.JdbcBroker;
import dev.smppkit.jdbc.JdbcCorrelator;
import dev.smppkit.micrometer.SmppMetrics;
import dev.smppkit.testkit.Reply;
import dev.smppkit.testkit.SmscSimulator;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The auto-configured client against a real simulator: bind, hook, health, graceful shutdown, JDBC, metrics. */
class SmppStarterIT {
    private static final Duration WAIT = Duration.ofSeconds(20);

    private SmscSimulator smsc;

    @AfterEach
    void stopSimulator() {
        if (smsc != null) {
            smsc.close();
        }
    }

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(SmppAutoConfiguration.class))
                .withPropertyValues(
                        "smppkit.host=" + smsc.host(),
                        "smppkit.port=" + smsc.port(),
                        "smppkit.system-id=esme",
                        "smppkit.password=secret",
                        "smppkit.window=32");
    }

    @Test
    void bindsTellsTheHookEachOutcomeAndReportsHealthUpThenDownWhenTheSmscGoes() {
        smsc = SmscSimulator.builder().credential("esme", "secret").start();
        CountingHook hook = new CountingHook();
        runner().withBean(Hook.class, () -> hook).run(context -> {
            assertThat(context).hasNotFailed();
            Esme esme = context.getBean(Esme.class);
            awaitTrue(() -> esme.boundSessions() == 1, "bound");

            SubmitOutcome outcome = esme.submit(message(0)).get(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(outcome).isInstanceOf(SubmitOutcome.Accepted.class);
            assertThat(hook.outcomes).hasSize(1);
            assertThat(hook.outcomes.values()).containsOnly(1);

            HealthIndicator health = context.getBean("smppHealthIndicator", HealthIndicator.class);
            Health up = health.health();
            assertThat(up.getStatus()).isEqualTo(Status.UP);
            assertThat(up.getDetails())
                    .containsEntry("bound", 1)
                    .containsEntry("configured", 1)
                    .doesNotContainKeys("lastError", "lastErrorAt");

            smsc.stop();
            // the count drops before the client records why, so wait for both
            awaitTrue(
                    () -> health.health().getStatus().equals(Status.DOWN)
                            && health.health().getDetails().containsKey("lastError"),
                    "health DOWN with the last error");
            Health down = health.health();
            assertThat(down.getDetails()).containsEntry("bound", 0).containsEntry("configured", 1);
            assertThat((String) down.getDetails().get("lastError")).startsWith("connection lost: ");
            assertThat(java.time.Instant.parse((String) down.getDetails().get("lastErrorAt")))
                    .isBeforeOrEqualTo(java.time.Instant.now());
        });
    }

    @Test
    void closingTheContextWithMessagesInFlightGivesEachExactlyOneOutcome() throws Exception {
        int messages = 20;
        CountDownLatch allWritten = new CountDownLatch(messages);
        smsc = SmscSimulator.builder()
                .credential("esme", "secret")
                .onSubmitSm(request -> {
                    allWritten.countDown();
                    // answered late, so every message is still in flight when the context closes
                    return Reply.accept().after(Duration.ofMillis(300));
                })
                .start();
        CountingHook hook = new CountingHook();
        List<CompletableFuture<SubmitOutcome>> futures = new ArrayList<>();
        runner().withBean(Hook.class, () -> hook).run(context -> {
            Esme esme = context.getBean(Esme.class);
            awaitTrue(() -> esme.boundSessions() == 1, "bound");
            for (int i = 0; i < messages; i++) {
                futures.add(esme.submit(message(i)));
            }
            assertThat(allWritten.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
            assertThat(hook.outcomes).isEmpty();
        }); // the runner closes the context here: the lifecycle drains the window before unbinding

        assertThat(hook.outcomes).hasSize(messages);
        assertThat(hook.outcomes.values()).containsOnly(1);
        for (CompletableFuture<SubmitOutcome> f : futures) {
            assertThat(f).isCompleted();
            assertThat(f.get()).isInstanceOf(SubmitOutcome.Accepted.class);
        }
    }

    @Test
    void theJdbcBrokerAndCorrelatorAreChosenWhenADataSourceExistsAndThePropertyIsOn() {
        smsc = SmscSimulator.builder().credential("esme", "secret").start();
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:starter" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        runner().withBean(DataSource.class, () -> h2)
                .withPropertyValues("smppkit.jdbc.enabled=true", "smppkit.jdbc.initialize-schema=true")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(JdbcBroker.class);
                    Esme esme = context.getBean(Esme.class);
                    assertThat(esme.broker()).isSameAs(context.getBean(JdbcBroker.class));
                    assertThat(esme.correlator()).isSameAs(context.getBean(JdbcCorrelator.class));
                    SubmitOutcome outcome = esme.submit(message(0)).get(WAIT.toSeconds(), TimeUnit.SECONDS);
                    assertThat(outcome).isInstanceOf(SubmitOutcome.Accepted.class);
                });
        // without the property the data source is left alone
        runner().withBean(DataSource.class, () -> h2).run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(JdbcBroker.class);
            assertThat(context.getBean(Esme.class).broker()).isInstanceOf(InMemoryBroker.class);
        });
    }

    @Test
    void theApplicationsBrokerAndCorrelatorBeansAreUsedEvenWithJdbcOn() {
        smsc = SmscSimulator.builder().credential("esme", "secret").start();
        InMemoryBroker broker = new InMemoryBroker();
        InMemoryCorrelator correlator = new InMemoryCorrelator();
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:starter" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        runner().withBean(Broker.class, () -> broker)
                .withBean(Correlator.class, () -> correlator)
                .withBean(DataSource.class, () -> h2)
                .withPropertyValues("smppkit.jdbc.enabled=true")
                .run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(JdbcBroker.class);
                    Esme esme = context.getBean(Esme.class);
                    assertThat(esme.broker()).isSameAs(broker);
                    assertThat(esme.correlator()).isSameAs(correlator);
                    SubmitOutcome outcome = esme.submit(message(0)).get(WAIT.toSeconds(), TimeUnit.SECONDS);
                    assertThat(outcome).isInstanceOf(SubmitOutcome.Accepted.class);
                });
    }

    @Test
    void theMetricsBinderRecordsInTheApplicationsMeterRegistry() {
        smsc = SmscSimulator.builder().credential("esme", "secret").start();
        runner().withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(SmppMetrics.class);
            Esme esme = context.getBean(Esme.class);
            awaitTrue(() -> esme.boundSessions() == 1, "bound");
            esme.submit(message(0)).get(WAIT.toSeconds(), TimeUnit.SECONDS);
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            assertThat(registry.find("smpp.client.sessions").gauges()).isNotEmpty();
        });
        runner().run(context -> assertThat(context).doesNotHaveBean(SmppMetrics.class));
    }

    @Test
    void withoutTheOptionalLibrariesTheClientIsStillConfigured() {
        smsc = SmscSimulator.builder().credential("esme", "secret").start();
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:starter" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        runner().withClassLoader(new FilteredClassLoader(JdbcBroker.class, SmppMetrics.class, HealthIndicator.class))
                .withBean(DataSource.class, () -> h2)
                .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withPropertyValues("smppkit.jdbc.enabled=true")
                .run(context -> {
                    assertThat(context)
                            .hasNotFailed()
                            .doesNotHaveBean(JdbcBroker.class)
                            .doesNotHaveBean(SmppMetrics.class)
                            .doesNotHaveBean("smppHealthIndicator");
                    Esme esme = context.getBean(Esme.class);
                    assertThat(esme.broker()).isInstanceOf(InMemoryBroker.class);
                    SubmitOutcome outcome = esme.submit(message(0)).get(WAIT.toSeconds(), TimeUnit.SECONDS);
                    assertThat(outcome).isInstanceOf(SubmitOutcome.Accepted.class);
                });
    }

    private static OutboundMessage message(int i) {
        return OutboundMessage.builder()
                .from(Address.alphanumeric("ACME"))
                .to(Address.international("4470000000" + i))
                .text("hello " + i)
                .build();
    }

    /** Polls a condition until a generous deadline; the client gives no event for "bound" to a test here. */
    private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() - deadline).as("waiting for " + what).isNegative();
            Thread.sleep(10);
        }
    }

    /** Counts outcomes per broker id, to show that each message has exactly one. */
    static final class CountingHook implements Hook {
        final Map<String, Integer> outcomes = new ConcurrentHashMap<>();

        @Override
        public CompletionStage<Void> onSubmitOutcome(QueuedMessage message, SubmitOutcome outcome) {
            outcomes.merge(message.id(), 1, Integer::sum);
            return CompletableFuture.completedFuture(null);
        }
    }
}
