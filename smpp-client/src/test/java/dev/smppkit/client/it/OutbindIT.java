package dev.smppkit.client.it;

import static dev.smppkit.client.it.RecordingHook.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smppkit.client.Esme;
import dev.smppkit.client.EsmeBuilder;
import dev.smppkit.client.SessionEvent;
import dev.smppkit.codec.Address;
import dev.smppkit.codec.pdu.Bind;
import dev.smppkit.codec.pdu.BindType;
import dev.smppkit.codec.pdu.DeliverSmResp;
import dev.smppkit.testkit.SmscSimulator;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Outbind (§4.1.7): the SMSC connects to the ESME, which binds as a receiver on that connection. */
@Timeout(120)
class OutbindIT {
    private final List<AutoCloseable> closeables = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = closeables.size() - 1; i >= 0; i--) {
            closeables.get(i).close();
        }
    }

    private SmscSimulator smsc() {
        SmscSimulator s = SmscSimulator.builder().credential("esme", "secret").start();
        closeables.add(s);
        return s;
    }

    private Esme outbindEsme(RecordingHook hook, Consumer<EsmeBuilder> config) {
        EsmeBuilder b = Esme.builder()
                .systemId("esme")
                .password("secret")
                .hook(hook)
                .sessions(0)
                .outbind("127.0.0.1", 0)
                .bindTimeout(Duration.ofSeconds(2));
        config.accept(b);
        Esme e = b.build();
        closeables.add(e);
        return e;
    }

    @Test
    void anOutbindOnlyClientBindsAsReceiverAndTakesMobileOriginatedMessages() throws Exception {
        SmscSimulator smsc = smsc();
        RecordingHook hook = new RecordingHook();
        Esme esme = outbindEsme(hook, b -> {});

        esme.start().get(10, TimeUnit.SECONDS); // listening: nothing to dial
        InetSocketAddress listening = esme.outbindAddress().orElseThrow();
        assertThat(listening.getPort()).isPositive();
        assertThat(esme.boundSessions()).isZero();

        smsc.outbind("127.0.0.1", listening.getPort(), "smsc", "secret").get(10, TimeUnit.SECONDS);
        await(Duration.ofSeconds(10), "the outbind session to be bound", () -> esme.boundSessions() == 1);
        assertThat(smsc.traffic().received(Bind.class)).singleElement().satisfies(bind -> {
            assertThat(bind.bindType()).isEqualTo(BindType.RECEIVER);
            assertThat(bind.systemId()).isEqualTo("esme");
        });

        List<DeliverSmResp> acks = smsc.deliverText(
                        "esme", Address.international("447700900009"), Address.shortCode("12345"), "STOP")
                .get(10, TimeUnit.SECONDS);
        assertThat(acks).allSatisfy(r -> assertThat(r.isOk()).isTrue());
        assertThat(hook.incoming)
                .singleElement()
                .satisfies(m -> assertThat(m.text()).contains("STOP"));

        esme.stop(Duration.ofSeconds(5)).get(10, TimeUnit.SECONDS);
        assertThat(esme.boundSessions()).isZero();
        assertThat(hook.events(SessionEvent.Type.BOUND)).isEqualTo(1);
    }

    @Test
    void aSecondOutbindAfterTheFirstSessionEndedBindsAgain() throws Exception {
        SmscSimulator smsc = smsc();
        RecordingHook hook = new RecordingHook();
        Esme esme = outbindEsme(hook, b -> {});
        esme.start().get(10, TimeUnit.SECONDS);
        int port = esme.outbindAddress().orElseThrow().getPort();

        smsc.outbind("127.0.0.1", port, "smsc", "secret")
                .get(10, TimeUnit.SECONDS)
                .unbind()
                .get(10, TimeUnit.SECONDS);
        await(Duration.ofSeconds(10), "the first session to end", () -> esme.boundSessions() == 0);
        assertThat(hook.events(SessionEvent.Type.CONNECTION_LOST))
                .as("an outbind session is not redialed")
                .isZero();

        smsc.outbind("127.0.0.1", port, "smsc", "secret").get(10, TimeUnit.SECONDS);
        await(Duration.ofSeconds(10), "the second session", () -> esme.boundSessions() == 1);
        assertThat(smsc.traffic().received(Bind.class)).hasSize(2);
    }

    @Test
    void anOutbindWithAWrongPasswordIsClosedWithoutABind() throws Exception {
        SmscSimulator smsc = smsc();
        Esme esme = outbindEsme(new RecordingHook(), b -> {});
        esme.start().get(10, TimeUnit.SECONDS);
        int port = esme.outbindAddress().orElseThrow().getPort();

        assertThatThrownBy(
                        () -> smsc.outbind("127.0.0.1", port, "smsc", "guess").get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class);
        assertThat(smsc.traffic().received(Bind.class)).isEmpty();
        assertThat(esme.boundSessions()).isZero();
    }

    @Test
    void dialedSessionsAndOutbindWorkSideBySide() throws Exception {
        SmscSimulator smsc = smsc();
        RecordingHook hook = new RecordingHook();
        Esme esme = outbindEsme(hook, b -> b.host(smsc.host()).port(smsc.port()).sessions(1));
        esme.start().get(10, TimeUnit.SECONDS); // the dialed transceiver is bound
        assertThat(esme.boundSessions()).isEqualTo(1);

        smsc.outbind("127.0.0.1", esme.outbindAddress().orElseThrow().getPort(), "smsc", "secret")
                .get(10, TimeUnit.SECONDS);
        await(Duration.ofSeconds(10), "both sessions", () -> esme.boundSessions() == 2);
        esme.stop(Duration.ofSeconds(5)).get(10, TimeUnit.SECONDS);
        assertThat(esme.boundSessions()).isZero();
    }

    @Test
    void sessionsZeroNeedsOutbind() {
        assertThatThrownBy(() -> Esme.builder().systemId("esme").sessions(0).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sessions is 0");
    }
}
