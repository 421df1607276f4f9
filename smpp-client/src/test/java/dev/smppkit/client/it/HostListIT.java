package dev.smppkit.client.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.client.Backoff;
import dev.smppkit.client.Esme;
import dev.smppkit.client.EsmeBuilder;
import dev.smppkit.client.Hook;
import dev.smppkit.client.SessionEvent;
import dev.smppkit.client.SmscAddress;
import dev.smppkit.client.TlsOptions;
import dev.smppkit.testkit.SmscSession;
import dev.smppkit.testkit.SmscSimulator;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * An account with several SMSC addresses, against real simulators: a refusing primary fails over to the secondary,
 * the primary is preferred again once the secondary's connection is lost, and TLS checks the address dialed. Waits
 * on session events (a semaphore per BOUND), never on time.
 */
@Timeout(120)
class HostListIT {
    private final List<AutoCloseable> closeables = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = closeables.size() - 1; i >= 0; i--) {
            closeables.get(i).close();
        }
    }

    /** Records session events and lets the test wait for each BOUND. */
    private static final class Events implements Hook {
        final List<SessionEvent> all = new CopyOnWriteArrayList<>();
        private final Semaphore bound = new Semaphore(0);

        @Override
        public void onSessionEvent(SessionEvent event) {
            all.add(event);
            if (event.type() == SessionEvent.Type.BOUND) {
                bound.release();
            }
        }

        void awaitBound() throws InterruptedException {
            assertThat(bound.tryAcquire(30, TimeUnit.SECONDS))
                    .as("a BOUND event; so far: %s", all)
                    .isTrue();
        }

        List<String> details(SessionEvent.Type type) {
            return all.stream()
                    .filter(e -> e.type() == type)
                    .map(SessionEvent::detail)
                    .toList();
        }
    }

    private SmscSimulator smsc(Consumer<dev.smppkit.testkit.SmscSimulatorBuilder> config) {
        var b = SmscSimulator.builder().credential("esme", "secret");
        config.accept(b);
        SmscSimulator s = b.start();
        closeables.add(s);
        return s;
    }

    /** A simulator started (to learn a free port) and stopped: its address refuses connections. */
    private SmscSimulator stopped() {
        SmscSimulator s = smsc(b -> {});
        s.stop();
        return s;
    }

    private Esme esme(Events events, Consumer<EsmeBuilder> config) {
        EsmeBuilder b = Esme.builder()
                .systemId("esme")
                .password("secret")
                .hook(events)
                .reconnect(Backoff.fixed(Duration.ofMillis(20)))
                .stableBindTime(Duration.ofMinutes(5));
        config.accept(b);
        Esme e = b.build();
        closeables.add(e);
        return e;
    }

    private static SmscAddress address(SmscSimulator smsc) {
        return SmscAddress.of(smsc.host(), smsc.port());
    }

    private static long boundSessions(SmscSimulator smsc) {
        return smsc.sessions().stream().filter(SmscSession::isBound).count();
    }

    @Test
    void aRefusingPrimaryFailsOverToTheSecondaryAndThePrimaryIsPreferredWhenItIsBack() throws Exception {
        SmscSimulator primary = stopped();
        SmscSimulator secondary = smsc(b -> {});
        SmscAddress a = address(primary);
        SmscAddress b = address(secondary);
        Events events = new Events();
        Esme esme = esme(events, e -> e.hosts(a, b));

        esme.start().get(30, TimeUnit.SECONDS);
        events.awaitBound();

        assertThat(events.details(SessionEvent.Type.STARTING))
                .containsExactly(
                        "TRANSCEIVER to " + a + " (address 1 of 2)", "TRANSCEIVER to " + b + " (address 2 of 2)");
        assertThat(events.details(SessionEvent.Type.CONNECTION_LOST))
                .singleElement()
                .satisfies(d ->
                        assertThat(d).startsWith(a + ": ").endsWith("reconnect attempt 1 to " + b + " in PT0.02S"));
        assertThat(boundSessions(secondary)).isEqualTo(1);
        assertThat(esme.submit(EsmeIT.text("447700900001", "via the secondary", false))
                        .get(30, TimeUnit.SECONDS)
                        .isAccepted())
                .isTrue();
        assertThat(secondary.messages().all()).hasSize(1);

        primary.start(); // the primary is back, but the session stays where it is bound...
        secondary.stop(); // ...until that connection is lost: then it starts again at the primary

        events.awaitBound();
        List<String> starting = events.details(SessionEvent.Type.STARTING);
        assertThat(starting.get(starting.size() - 1)).isEqualTo("TRANSCEIVER to " + a + " (address 1 of 2)");
        assertThat(boundSessions(primary)).isEqualTo(1);
        assertThat(esme.submit(EsmeIT.text("447700900002", "via the primary", false))
                        .get(30, TimeUnit.SECONDS)
                        .isAccepted())
                .isTrue();
        assertThat(primary.messages().all()).hasSize(1);
    }

    /**
     * The simulator's certificate names localhost and 127.0.0.1. The primary, 127.0.0.2, refuses; the secondary is
     * localhost: hostname verification must check the certificate against the address dialed (localhost), not the
     * first of the list (which it does not name).
     */
    @Test
    void tlsVerifiesTheHostNameOfTheAddressDialed() throws Exception {
        SmscSimulator refusing = stopped();
        SmscSimulator smsc = smsc(b -> b.tls(true));
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        trusted.setCertificateEntry("smsc", smsc.tlsCertificate().orElseThrow());
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        Events events = new Events();
        Esme esme = esme(
                events,
                e -> e.hosts(SmscAddress.of("127.0.0.2", refusing.port()), SmscAddress.of("localhost", smsc.port()))
                        .tls(TlsOptions.of(trust)));

        esme.start().get(30, TimeUnit.SECONDS);
        events.awaitBound();

        assertThat(events.details(SessionEvent.Type.STARTING))
                .last()
                .isEqualTo("TRANSCEIVER to localhost:" + smsc.port() + " (address 2 of 2)");
        assertThat(esme.submit(EsmeIT.text("447700900003", "over TLS", false))
                        .get(30, TimeUnit.SECONDS)
                        .isAccepted())
                .isTrue();
    }
}
