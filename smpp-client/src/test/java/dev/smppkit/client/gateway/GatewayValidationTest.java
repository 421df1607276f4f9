package dev.smppkit.client.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smppkit.client.Esme;
import dev.smppkit.client.EsmeBuilder;
import dev.smppkit.codec.CommandStatus;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The checks of Route, CircuitBreakerOptions and SmsGatewayBuilder, by their messages. */
class GatewayValidationTest {
    private static EsmeBuilder esme() {
        return Esme.builder().host("127.0.0.1").port(2775).systemId("esme").password("pw");
    }

    private static void fails(ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void routeChecks() {
        fails(() -> Route.builder("a b"), "route name must be 1 to 64 letters, digits, '-', '_' or '.', was 'a b'");
        fails(() -> Route.builder(""), "route name must be 1 to 64 letters, digits, '-', '_' or '.', was ''");
        fails(() -> Route.builder("r").prefixes("44", "4x"), "prefix of route 'r' must be 1 to 20 digits, was '4x'");
        fails(() -> Route.builder("r").prefixes("+"), "prefix of route 'r' must be 1 to 20 digits, was '+'");
        fails(
                () -> Route.builder("r").destinationMatches("("),
                "destination pattern of route 'r' is not valid: " + "Unclosed group");
        fails(() -> Route.builder("r").senders(""), "sender of route 'r' must be 1 to 20 characters, was ''");
        fails(() -> Route.builder("r").tier(Map.of()), "a tier of route 'r' needs at least one account");
        fails(() -> Route.builder("r").tier(Map.of("a", 0)), "weight of account 'a' must be 1 to 1000, was 0");
        fails(() -> Route.builder("r").accounts("a", "b", "a"), "account 'a' is listed twice in route 'r'");
        fails(() -> Route.builder("r").maxAge(Duration.ZERO), "maxAge of route 'r' must be above zero, was PT0S");
        fails(() -> Route.builder("r").build(), "route 'r' needs at least one account");
    }

    @Test
    void routeKeepsWhatItWasGiven() {
        Route r = Route.builder("uk")
                .prefixes("+44", "33")
                .tier(Map.of("a", 3))
                .accounts("b")
                .maxAge(Duration.ofSeconds(5))
                .build();
        assertThat(r.prefixes()).containsExactly("44", "33");
        assertThat(r.accounts()).containsExactly("a", "b");
        assertThat(r.tiers())
                .containsExactly(
                        java.util.List.of(new Route.Member("a", 3)), java.util.List.of(new Route.Member("b", 1)));
        assertThat(r.maxAge()).contains(Duration.ofSeconds(5));
    }

    @Test
    void circuitBreakerChecks() {
        fails(
                () -> CircuitBreakerOptions.defaults().withFailureThreshold(0),
                "failureThreshold must be 1 to 1000, was 0");
        fails(
                () -> CircuitBreakerOptions.defaults().withOpenDuration(Duration.ofMillis(5)),
                "openDuration must be 10 ms to 1 hour, was PT0.005S");
        CircuitBreakerOptions o =
                CircuitBreakerOptions.defaults().withTransientStatuses(Set.of(CommandStatus.ESME_RSYSERR));
        assertThat(o.transientStatuses()).containsExactly(CommandStatus.ESME_RSYSERR);
        assertThat(o.failureThreshold()).isEqualTo(5);
    }

    @Test
    void builderChecks() {
        fails(() -> SmsGateway.builder().build(), "a gateway needs at least one account");
        fails(() -> SmsGateway.builder().account("a", esme()).account("a", esme()), "account 'a' is added twice");
        fails(
                () -> SmsGateway.builder().account("a b", esme()),
                "account name must be 1 to 64 letters, digits, '-', '_' or '.', was 'a b'");
        fails(() -> SmsGateway.builder().bufferLimit(0), "bufferLimit must be 1 to 1000000, was 0");
        fails(
                () -> SmsGateway.builder().holdTimeout(Duration.ofMillis(99)),
                "holdTimeout must be 100 ms to 1 hour, was PT0.099S");
        fails(() -> SmsGateway.builder().hookTimeout(Duration.ZERO), "hookTimeout must be 1 ms to 1 hour, was PT0S");
        fails(() -> SmsGateway.builder().ioThreads(0), "ioThreads must be 1 to 1024, was 0");
        assertThatThrownBy(() -> SmsGateway.builder().holdTimeout(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("timeout");
    }

    @Test
    void buildChecksRoutesAgainstAccounts() {
        fails(
                () -> SmsGateway.builder()
                        .account("a", esme())
                        .route(Route.builder("uk")
                                .prefixes("44")
                                .accounts("a", "x")
                                .build())
                        .build(),
                "route 'uk' names account 'x', which does not exist; accounts are [a]");
        fails(
                () -> SmsGateway.builder()
                        .account("a", esme())
                        .route(Route.builder("uk").prefixes("44").accounts("a").build())
                        .route(Route.builder("gb").prefixes("44").accounts("a").build())
                        .build(),
                "prefix 44 is in both route 'uk' and route 'gb'");
        fails(
                () -> SmsGateway.builder()
                        .account("a", esme())
                        .account("b", Esme.builder().host("127.0.0.1").password("pw"))
                        .build(),
                "account 'b': system_id is required");
    }

    /**
     * A build that fails after some accounts' ESMEs were made must stop them: each owns a timer that Netty tracks
     * for leaks. The timer's leak detector reports when the next timer is made, after the collector found the lost one.
     */
    @Test
    void aFailedBuildLeaksNoTimer() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> SmsGateway.builder()
                            .account("a", esme())
                            .account("b", esme())
                            .route(Route.builder("uk")
                                    .prefixes("44")
                                    .accounts("x")
                                    .build())
                            .build())
                    .isInstanceOf(IllegalArgumentException.class);
        }
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(10);
            new io.netty.util.HashedWheelTimer(new io.netty.util.concurrent.DefaultThreadFactory("t", true)).stop();
        }
        assertThat(dev.smppkit.codec.testing.LeakGuardExtension.collect()).isEmpty();
    }

    @Test
    void withoutRoutesEveryAccountFormsTheDefaultRoute() {
        try (SmsGateway g = SmsGateway.builder()
                .account("a", esme())
                .account("b", esme())
                .ioThreads(1)
                .build()) {
            assertThat(g.accounts()).containsExactly("a", "b");
            assertThat(g.routes()).singleElement().satisfies(r -> {
                assertThat(r.name()).isEqualTo("default");
                assertThat(r.accounts()).containsExactly("a", "b");
            });
            assertThat(g.account("a").options().bind().systemId()).isEqualTo("esme");
            fails(() -> g.account("x"), "no account 'x'; accounts are [a, b]");
            assertThat(g.health()).extracting(AccountHealth::circuit).containsOnly(AccountHealth.Circuit.CLOSED);
            assertThat(g.stats().taken()).isZero();
        }
    }

    @Test
    void accountsAtDifferentSmscsNeedDistinctCorrelationScopes() {
        fails(
                () -> SmsGateway.builder()
                        .account("a", Esme.builder().host("smsc-a").port(2775).systemId("acme"))
                        .account("b", Esme.builder().host("smsc-b").port(2775).systemId("acme"))
                        .ioThreads(1)
                        .build(),
                "accounts 'a' and 'b' share the correlation scope 'acme' (their system_id) but connect to different"
                        + " SMSCs, whose message ids can collide in the shared correlator: give one of them"
                        + " correlationScope(...) of its own (at most 16 characters)");
        try (SmsGateway g = SmsGateway.builder()
                .account("a", Esme.builder().host("smsc-a").port(2775).systemId("acme"))
                .account(
                        "b",
                        Esme.builder()
                                .host("smsc-b")
                                .port(2775)
                                .systemId("acme")
                                .correlationScope("acme@b"))
                .account("c", Esme.builder().host("smsc-a").port(2775).systemId("acme")) // a second bind of a
                .ioThreads(1)
                .build()) {
            assertThat(g.account("b").options().correlationScope()).isEqualTo("acme@b");
            assertThat(g.account("c").options().correlationScope()).isEqualTo("acme");
        }
        fails(
                () -> Esme.builder().correlationScope("x".repeat(17)),
                "correlationScope must be 1 to 16 characters, was '" + "x".repeat(17) + "'");
    }
}
