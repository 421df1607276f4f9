package dev.smppkit.jdbc;

import dev.smppkit.client.Esme;
import dev.smppkit.client.OutboundMessage;
import dev.smppkit.client.QueuedMessage;
import dev.smppkit.codec.Address;
import dev.smppkit.testkit.SmscSimulatorExtension;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The README's JDBC sample, run for real. ReadmeSyncTest (in smpp-client, next to the other samples) checks that
 * README.md shows the region between {@code // README:begin jdbc} and {@code // README:end} exactly as it stands here.
 */
class ReadmeJdbcExampleIT {
    @RegisterExtension
    static SmscSimulatorExtension smsc = SmscSimulatorExtension.create(b -> b.credential("my-account", "secret"));

    @Test
    void jdbcBrokerAndCorrelator() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:readme;DB_CLOSE_DELAY=-1");
        String host = smsc.host();
        int port = smsc.port();
        // README:begin jdbc
        JdbcBroker broker =
                JdbcBroker.builder(dataSource).table("sms_outbox").threads(4).build();
        JdbcCorrelator correlator =
                JdbcCorrelator.builder(dataSource).table("sms_correlation").build();
        broker.initializeSchema(); // or apply broker.schema() with your migration tool
        correlator.initializeSchema();
        Esme esme = Esme.builder()
                .host(host)
                .port(port)
                .systemId("my-account")
                .password("secret")
                .broker(broker)
                .correlator(correlator)
                .build();
        esme.start().get(30, TimeUnit.SECONDS);
        // Producers anywhere (another process, or inside their own transaction with enqueue(connection, msg))
        QueuedMessage queued = broker.enqueue(OutboundMessage.builder()
                        .to(Address.international("447700900123"))
                        .text("Hi")
                        .trackingId("order-43")
                        .requestReceipt(true)
                        .build())
                .toCompletableFuture()
                .get(30, TimeUnit.SECONDS);
        // README:end
        JdbcEsmeIT.Scenarios.await(
                "the message to be accepted",
                Duration.ofSeconds(30),
                () -> broker.find(queued.id())
                        .toCompletableFuture()
                        .join()
                        .map(e -> e.state() == OutboxState.ACCEPTED)
                        .orElse(false));
        esme.stop(Duration.ofSeconds(10)).join();
        correlator.close();
        broker.close();
    }
}
