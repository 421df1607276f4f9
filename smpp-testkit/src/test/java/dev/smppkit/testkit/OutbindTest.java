package dev.smppkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.pdu.BindType;
import dev.smppkit.codec.pdu.DeliverSm;
import dev.smppkit.codec.pdu.Outbind;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class OutbindTest {
    @Test
    void connectsOutSendsOutbindAndServesTheEsmesReceiverBind() throws Exception {
        try (SmscSimulator smsc =
                        SmscSimulator.builder().credential("esme", "secret").start();
                TestEsme.Listener listener = TestEsme.listen()) {
            CompletableFuture<SmscSession> bound = smsc.outbind("127.0.0.1", listener.port(), "esme", "secret");
            TestEsme esme = listener.accepted().get(10, TimeUnit.SECONDS);
            Outbind outbind = esme.await(Outbind.class);
            assertThat(outbind.systemId()).isEqualTo("esme");
            assertThat(outbind.password()).isEqualTo("secret");
            assertThat(esme.bind(BindType.RECEIVER, outbind.systemId(), outbind.password())
                            .commandStatus())
                    .isEqualTo(CommandStatus.ESME_ROK);

            SmscSession session = bound.get(10, TimeUnit.SECONDS);
            assertThat(session.bindType()).contains(BindType.RECEIVER);
            smsc.deliver(
                            "esme",
                            DeliverSm.builder()
                                    .sourceAddress(Address.international("447700900123"))
                                    .shortMessage("hi".getBytes())
                                    .build())
                    .get(10, TimeUnit.SECONDS);
            assertThat(esme.await(DeliverSm.class).shortMessage()).isEqualTo("hi".getBytes());
        }
    }

    @Test
    void failsWhenNobodyListens() throws Exception {
        int closedPort;
        try (TestEsme.Listener listener = TestEsme.listen()) {
            closedPort = listener.port();
        }
        try (SmscSimulator smsc = SmscSimulator.builder().start()) {
            CompletableFuture<SmscSession> bound = smsc.outbind("127.0.0.1", closedPort, "esme", "");
            assertThat(bound).failsWithin(10, TimeUnit.SECONDS);
            assertThat(org.assertj.core.api.Assertions.catchThrowable(bound::join))
                    .isInstanceOf(CompletionException.class);
        }
    }
}
