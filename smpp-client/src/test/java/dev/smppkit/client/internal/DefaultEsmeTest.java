package dev.smppkit.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.client.Hook;
import dev.smppkit.client.IncomingMessage;
import dev.smppkit.client.SessionEvent;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client's own lifecycle rules: which thread may block in close(), and when its timer thread runs. */
class DefaultEsmeTest {
    private final TestConfig settings = new TestConfig();
    private DefaultEsme esme;

    DefaultEsmeTest() {
        settings.port = 1; // nothing listens there: each connect is refused at once, and that is all the client does
    }

    @AfterEach
    void tearDown() {
        if (esme != null) {
            esme.stop(Duration.ZERO).join();
        }
    }

    private static long timerThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("smppkit-timer-") && t.isAlive())
                .count();
    }

    @Test
    void closeFromAHookFailsFastInsteadOfDeadlocking() throws Exception {
        CompletableFuture<Throwable> thrown = new CompletableFuture<>();
        AtomicBoolean once = new AtomicBoolean();
        settings.hook = new Hook() {
            @Override
            public void onSessionEvent(SessionEvent event) {
                if (event.type() == SessionEvent.Type.STARTING && once.compareAndSet(false, true)) {
                    try {
                        esme.close(); // on the session's event loop: would wait for itself
                        thrown.complete(null);
                    } catch (Throwable t) {
                        thrown.complete(t);
                    }
                }
            }

            @Override
            public CompletionStage<Void> onIncomingMessage(IncomingMessage message) {
                return CompletableFuture.completedFuture(null);
            }
        };
        esme = new DefaultEsme(settings.build());

        esme.start();

        assertThat(thrown.get(10, TimeUnit.SECONDS))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("event loop")
                .hasMessageContaining("stop(timeout)");
        esme.close(); // from the test thread it stops and waits as usual
        assertThat(esme.stop(Duration.ZERO)).isDone();
    }

    @Test
    void theTimerThreadRunsFromStartToStop() {
        long before = timerThreads();
        esme = new DefaultEsme(settings.build());
        assertThat(timerThreads()).as("building starts no thread").isEqualTo(before);

        esme.start();
        assertThat(timerThreads()).isEqualTo(before + 1);

        esme.stop(Duration.ZERO).join();
        assertThat(timerThreads()).isEqualTo(before);
    }
}
