package dev.smppkit.client.it;

import static dev.smppkit.client.it.RecordingHook.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.smppkit.client.Backoff;
import dev.smppkit.client.BindMode;
import dev.smppkit.client.Esme;
import dev.smppkit.client.EsmeBuilder;
import dev.smppkit.client.EsmeHealth;
import dev.smppkit.client.SessionEvent;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.testkit.SmscSimulator;
import dev.smppkit.testkit.SmscSimulatorBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@link Esme#health()} against the simulator: sessions bound of configured, and the last error of a refused bind, a
 * lost connection and an unanswered enquire_link. The client records an error before the hook hears of it, so each
 * test waits for the hook's session event, then reads the health.
 */
@Timeout(120)
class EsmeHealthIT {
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final List<AutoCloseable> closeables = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = closeables.size() - 1; i >= 0; i--) {
            closeables.get(i).close();
        }
    }

    private SmscSimulator smsc(Consumer<SmscSimulatorBuilder> config) {
        SmscSimulatorBuilder b = SmscSimulator.builder().credential("esme", "secret");
        config.accept(b);
        SmscSimulator s = b.start();
        closeables.add(s);
        return s;
    }

    private Esme esme(SmscSimulator smsc, RecordingHook hook, Consumer<EsmeBuilder> config) {
        EsmeBuilder b = Esme.builder()
                .host(smsc.host())
                .port(smsc.port())
                .systemId("esme")
                .password("secret")
                .hook(hook)
                .reconnect(Backoff.exponential(Duration.ofMillis(50), Duration.ofMillis(500)));
        config.accept(b);
        Esme e = b.build();
        closeables.add(e);
        return e;
    }

    @Test
    void boundOfConfiguredWhileBoundThenConnectionLostOnceTheSmscGoes() throws Exception {
        SmscSimulator smsc = smsc(b -> {});
        RecordingHook hook = new RecordingHook();
        Esme esme = esme(smsc, hook, b -> b.name("acme").sessions(2).bindMode(BindMode.TRANSMITTER_AND_RECEIVER));

        EsmeHealth before = esme.health();
        assertThat(before.boundSessions()).isZero();
        assertThat(before.configuredSessions()).isEqualTo(4);
        assertThat(before.up()).isFalse();

        esme.start().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        await(WAIT, "four sessions bound", () -> esme.health().boundSessions() == 4);
        EsmeHealth bound = esme.health();
        assertThat(bound.account()).isEqualTo("acme");
        assertThat(bound.transmittingSessions()).isEqualTo(2);
        assertThat(bound.configuredSessions()).isEqualTo(4);
        assertThat(bound.up()).isTrue();
        assertThat(bound.lastError()).isEmpty();
        assertThat(bound.lastErrorAt()).isEmpty();

        Instant stoppedAt = Instant.now();
        smsc.stop();
        // every bound session ends with a CONNECTION_LOST event; the count drops before it is sent
        await(WAIT, "four connections lost", () -> hook.events(SessionEvent.Type.CONNECTION_LOST) >= 4);

        EsmeHealth down = esme.health();
        assertThat(down.boundSessions()).isZero();
        assertThat(down.transmittingSessions()).isZero();
        assertThat(down.configuredSessions()).isEqualTo(4);
        assertThat(down.up()).isFalse();
        assertThat(down.lastError()).hasValueSatisfying(e -> assertThat(e).startsWith("connection lost: "));
        assertThat(down.lastErrorAt()).hasValueSatisfying(at -> assertThat(at).isAfterOrEqualTo(stoppedAt));
    }

    @Test
    void aRefusedBindIsTheLastErrorWithItsStatus() throws Exception {
        // ESME_RINVPASWD is permanent: start() fails, after the client recorded the refusal
        SmscSimulator smsc = smsc(b -> b.bindFailureStatus(CommandStatus.ESME_RINVPASWD));
        RecordingHook hook = new RecordingHook();
        Esme esme = esme(smsc, hook, b -> b.password("wrong-pw"));

        assertThrows(ExecutionException.class, () -> esme.start().get(WAIT.toSeconds(), TimeUnit.SECONDS));

        EsmeHealth health = esme.health();
        assertThat(health.up()).isFalse();
        assertThat(health.boundSessions()).isZero();
        assertThat(health.configuredSessions()).isEqualTo(1);
        assertThat(health.lastError()).contains("bind refused: ESME_RINVPASWD(0x0000000E)");
        assertThat(health.lastErrorAt()).isPresent();
        assertThat(health.toString()).doesNotContain("wrong-pw");
    }

    @Test
    void anUnansweredEnquireLinkStaysTheLastErrorOverTheCloseItCauses() throws Exception {
        SmscSimulator smsc = smsc(b -> {});
        RecordingHook hook = new RecordingHook();
        Esme esme = esme(
                smsc,
                hook,
                b -> b.enquireLinkInterval(Duration.ofMillis(100)).enquireLinkTimeout(Duration.ofMillis(200)));
        esme.start().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        smsc.faults().ignoreEnquireLink(true);

        // the keepalive's CONNECTION_LOST, then the supervisor's for the close that follows
        await(
                WAIT,
                "the close after the unanswered enquire_link",
                () -> hook.events.stream()
                                .filter(e -> e.type() == SessionEvent.Type.CONNECTION_LOST)
                                .count()
                        >= 2);
        smsc.faults().ignoreEnquireLink(false);

        assertThat(esme.health().lastError()).contains("connection lost: enquire_link not answered");
    }
}
