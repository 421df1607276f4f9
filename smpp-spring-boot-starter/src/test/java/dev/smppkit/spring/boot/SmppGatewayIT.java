package dev.smppkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.client.Esme;
import dev.smppkit.client.OutboundMessage;
import dev.smppkit.client.SubmitOutcome;
import dev.smppkit.client.gateway.SmsGateway;
import dev.smppkit.codec.Address;
import dev.smppkit.testkit.Reply;
import dev.smppkit.testkit.SmscSimulator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** smppkit.accounts.* and smppkit.routes.* (the CLI's --config keys) configure a started, routing SmsGateway. */
class SmppGatewayIT {
    private SmscSimulator smsc;

    @AfterEach
    void stopSimulator() {
        if (smsc != null) {
            smsc.close();
        }
    }

    @Test
    void accountsAndRoutesBuildAGatewayThatRoutesByPrefix() {
        Map<String, String> accountByDestination = new ConcurrentHashMap<>();
        smsc = SmscSimulator.builder()
                .credential("esme-uk", "one")
                .credential("esme-rest", "two")
                .onSubmitSm(request -> {
                    accountByDestination.put(
                            request.pdu().destAddress().value(),
                            request.session().systemId().orElseThrow());
                    return Reply.accept();
                })
                .start();
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(SmppAutoConfiguration.class))
                .withPropertyValues(
                        "smppkit.accounts.uk.host=" + smsc.host(),
                        "smppkit.accounts.uk.port=" + smsc.port(),
                        "smppkit.accounts.uk.system-id=esme-uk",
                        "smppkit.accounts.uk.password=one",
                        "smppkit.accounts.rest.host=" + smsc.host(),
                        "smppkit.accounts.rest.port=" + smsc.port(),
                        "smppkit.accounts.rest.system-id=esme-rest",
                        "smppkit.accounts.rest.password=two",
                        "smppkit.accounts.rest.window=8",
                        "smppkit.routes.uk.prefixes=44",
                        "smppkit.routes.uk.accounts=uk",
                        "smppkit.routes.other.accounts=rest")
                .run(context -> {
                    assertThat(context)
                            .hasNotFailed()
                            .hasSingleBean(SmsGateway.class)
                            .doesNotHaveBean(Esme.class);
                    SmsGateway gateway = context.getBean(SmsGateway.class);
                    assertThat(gateway.accounts()).containsExactly("uk", "rest");
                    assertThat(gateway.account("rest").options().submission().window())
                            .isEqualTo(8);

                    assertThat(gateway.submit(message("447700900001")).get(20, TimeUnit.SECONDS))
                            .isInstanceOf(SubmitOutcome.Accepted.class);
                    assertThat(gateway.submit(message("33612345678")).get(20, TimeUnit.SECONDS))
                            .isInstanceOf(SubmitOutcome.Accepted.class);
                    assertThat(accountByDestination)
                            .containsEntry("447700900001", "esme-uk")
                            .containsEntry("33612345678", "esme-rest");

                    // both accounts have bound by now (each sent a message): UP with every account's counts
                    Health health = context.getBean("smppHealthIndicator", HealthIndicator.class)
                            .health();
                    assertThat(health.getStatus()).isEqualTo(Status.UP);
                    assertThat(health.getDetails()).containsEntry("bound", 2).containsEntry("configured", 2);
                    assertThat(health.getDetails())
                            .extractingByKey("accounts")
                            .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                            .containsEntry("uk", Map.of("bound", 1, "configured", 1, "circuit", "CLOSED"))
                            .containsEntry("rest", Map.of("bound", 1, "configured", 1, "circuit", "CLOSED"));
                    assertThat(context.getBean(SmppProperties.class).toString())
                            .contains("password=****")
                            .doesNotContain("password=one")
                            .doesNotContain("password=two");
                });
    }

    @Test
    void anAccountWithoutSystemIdFailsNamingItsKey() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(SmppAutoConfiguration.class))
                .withPropertyValues("smppkit.accounts.uk.host=localhost")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("smppkit.accounts.uk.system-id"));
    }

    private static OutboundMessage message(String to) {
        return OutboundMessage.builder()
                .from(Address.alphanumeric("ACME"))
                .to(Address.international(to))
                .text("hello")
                .build();
    }
}
