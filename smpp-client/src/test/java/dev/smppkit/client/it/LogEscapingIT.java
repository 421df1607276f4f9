package dev.smppkit.client.it;

import static dev.smppkit.client.it.RecordingHook.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.smppkit.client.Esme;
import dev.smppkit.client.SessionEvent;
import dev.smppkit.testkit.SmscSimulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;

/** Text the SMSC controls cannot forge a log line or an event: CR and LF arrive escaped. */
@Timeout(60)
class LogEscapingIT {
    private static final String FORGED = "S\r\nINFO forged"; // 15 characters: the most a system_id holds
    private final List<AutoCloseable> closeables = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = closeables.size() - 1; i >= 0; i--) {
            closeables.get(i).close();
        }
    }

    @Test
    void theSmscsSystemIdIsEscapedInTheBoundEvent() throws Exception {
        SmscSimulator smsc = SmscSimulator.builder()
                .systemId(FORGED)
                .credential("esme", "secret")
                .start();
        closeables.add(smsc);
        RecordingHook hook = new RecordingHook();
        Esme esme = Esme.builder()
                .host(smsc.host())
                .port(smsc.port())
                .systemId("esme")
                .password("secret")
                .hook(hook)
                .build();
        closeables.add(esme);
        esme.start().get(10, TimeUnit.SECONDS);
        await(Duration.ofSeconds(10), "the bound event", () -> hook.events(SessionEvent.Type.BOUND) == 1);

        SessionEvent bound = hook.events.stream()
                .filter(e -> e.type() == SessionEvent.Type.BOUND)
                .findFirst()
                .orElseThrow();
        assertThat(bound.detail()).contains("S\\r\\nINFO forged").doesNotContain("\r", "\n");
    }

    @Test
    void anOutbindsSystemIdIsEscapedInTheWarning() throws Exception {
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        Logger logger = (Logger) LoggerFactory.getLogger("dev.smppkit.client.internal.OutbindAcceptor");
        captured.start();
        logger.addAppender(captured);
        closeables.add(() -> logger.detachAppender(captured));
        SmscSimulator smsc =
                SmscSimulator.builder().credential("esme", "secret").start();
        closeables.add(smsc);
        Esme esme = Esme.builder()
                .systemId("esme")
                .password("secret")
                .sessions(0)
                .outbind("127.0.0.1", 0)
                .build();
        closeables.add(esme);
        esme.start().get(10, TimeUnit.SECONDS);
        int port = esme.outbindAddress().orElseThrow().getPort();

        assertThatThrownBy(() ->
                        smsc.outbind("127.0.0.1", port, "ab\r\nINFO x", "guess").get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class);
        await(
                Duration.ofSeconds(10),
                "the warning",
                () -> captured.list.stream()
                        .anyMatch(e -> e.getFormattedMessage().contains("wrong password")));
        assertThat(captured.list)
                .extracting(ILoggingEvent::getFormattedMessage)
                .filteredOn(m -> m.contains("wrong password"))
                .singleElement()
                .satisfies(m -> assertThat(m)
                        .contains("'ab\\r\\nINFO x'")
                        .doesNotContain("\r", "\n")
                        .doesNotContain("guess"));
    }
}
