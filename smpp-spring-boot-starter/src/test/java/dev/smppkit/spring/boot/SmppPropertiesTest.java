package dev.smppkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.client.BindMode;
import dev.smppkit.client.Esme;
import dev.smppkit.client.InFlightPolicy;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The smppkit.* properties bind with Spring's relaxed names and reach the client; no SMSC is contacted. */
class SmppPropertiesTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SmppAutoConfiguration.class))
            // the runner starts the context: no lifecycle bean, so nothing tries to connect
            .withBean("smppLifecycle", Object.class, Object::new);

    @Test
    void everyPropertyBindsAndReachesTheClientOptions() {
        runner.withPropertyValues(
                        "smppkit.host=smsc.example.com",
                        "smppkit.port=2776",
                        "smppkit.system-id=acme",
                        "smppkit.password=s3cr3t",
                        "smppkit.system-type=VMA",
                        "smppkit.bind-mode=transmitter",
                        "smppkit.sessions=3",
                        "smppkit.window=17",
                        "smppkit.max-tps=42.5",
                        "smppkit.request-timeout=7s",
                        "smppkit.enquire-link-interval=45s",
                        "smppkit.shutdown-timeout=3s",
                        "smppkit.in-flight-policy=release",
                        "smppkit.tls.enabled=true",
                        "smppkit.jdbc.enabled=true",
                        "smppkit.jdbc.initialize-schema=true")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    SmppProperties p = context.getBean(SmppProperties.class);
                    assertThat(p.getHost()).isEqualTo("smsc.example.com");
                    assertThat(p.getPort()).isEqualTo(2776);
                    assertThat(p.getSystemId()).isEqualTo("acme");
                    assertThat(p.getPassword()).isEqualTo("s3cr3t");
                    assertThat(p.getSystemType()).isEqualTo("VMA");
                    assertThat(p.getBindMode()).isEqualTo(BindMode.TRANSMITTER);
                    assertThat(p.getSessions()).isEqualTo(3);
                    assertThat(p.getWindow()).isEqualTo(17);
                    assertThat(p.getMaxTps()).isEqualTo(42.5);
                    assertThat(p.getRequestTimeout()).isEqualTo(Duration.ofSeconds(7));
                    assertThat(p.getEnquireLinkInterval()).isEqualTo(Duration.ofSeconds(45));
                    assertThat(p.getShutdownTimeout()).isEqualTo(Duration.ofSeconds(3));
                    assertThat(p.getInFlightPolicy()).isEqualTo(InFlightPolicy.RELEASE);
                    assertThat(p.getTls().isEnabled()).isTrue();
                    assertThat(p.getJdbc().isEnabled()).isTrue();
                    assertThat(p.getJdbc().isInitializeSchema()).isTrue();

                    Esme esme = context.getBean(Esme.class);
                    assertThat(esme.options().bind().systemId()).isEqualTo("acme");
                    assertThat(esme.options().bind().systemType()).isEqualTo("VMA");
                    assertThat(esme.options().bind().bindMode()).isEqualTo(BindMode.TRANSMITTER);
                    assertThat(esme.options().connection().sessions()).isEqualTo(3);
                    assertThat(esme.options().submission().window()).isEqualTo(17);
                    assertThat(esme.options().submission().maxTps()).isEqualTo(42.5);
                    assertThat(esme.options().timeouts().requestTimeout()).isEqualTo(Duration.ofSeconds(7));
                    assertThat(esme.options().timeouts().enquireLinkInterval()).isEqualTo(Duration.ofSeconds(45));
                    assertThat(esme.options().connection().tls()).isPresent();
                    assertThat(esme.options().submission().inFlightPolicy()).isEqualTo(InFlightPolicy.RELEASE);
                    esme.stop(Duration.ZERO).join();
                });
    }

    @Test
    void toStringNeverShowsThePassword() {
        runner.withPropertyValues("smppkit.system-id=acme", "smppkit.password=s3cr3t")
                .run(context -> {
                    String text = context.getBean(SmppProperties.class).toString();
                    assertThat(text).contains("acme").contains("password=****").doesNotContain("s3cr3t");
                    context.getBean(Esme.class).stop(Duration.ZERO).join();
                });
    }

    @Test
    void aMissingSystemIdFailsTheContextNamingTheProperty() {
        runner.run(context ->
                assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("smppkit.system-id"));
    }

    @Test
    void smppkitEnabledFalseConfiguresNoClient() {
        runner.withPropertyValues("smppkit.enabled=false", "smppkit.system-id=acme")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Esme.class));
    }
}
