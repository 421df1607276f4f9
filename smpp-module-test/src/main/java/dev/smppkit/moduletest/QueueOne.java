package dev.smppkit.moduletest;

import dev.smppkit.client.Esme;
import dev.smppkit.client.Hook;
import dev.smppkit.client.OutboundMessage;
import dev.smppkit.client.QueuedMessage;
import dev.smppkit.client.SubmitOutcome;
import dev.smppkit.codec.Address;
import dev.smppkit.jdbc.JdbcBroker;
import dev.smppkit.jdbc.JdbcCorrelator;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * What a user's module does with the JDBC module: queue one message in the outbox and let a client send it. On the
 * module path this also loads the schema from the jar and stores the message as JSON through the Jackson module, so a
 * resource or a {@code requires} that only works on the class path fails here.
 */
public final class QueueOne {
    private QueueOne() {}

    /** Creates the tables in {@code dataSource}, queues one message, sends it to {@code host:port}; its outcome. */
    public static SubmitOutcome run(DataSource dataSource, String host, int port) throws Exception {
        CompletableFuture<SubmitOutcome> outcome = new CompletableFuture<>();
        Hook hook = new Hook() {
            @Override
            public CompletionStage<Void> onSubmitOutcome(QueuedMessage message, SubmitOutcome result) {
                outcome.complete(result);
                return CompletableFuture.completedFuture(null);
            }
        };
        try (JdbcBroker broker = JdbcBroker.builder(dataSource).threads(1).build();
                JdbcCorrelator correlator = JdbcCorrelator.builder(dataSource).build()) {
            broker.initializeSchema();
            correlator.initializeSchema();
            broker.enqueue(OutboundMessage.builder()
                            .from(Address.alphanumeric("MODULE"))
                            .to(Address.international("447700900123"))
                            .text("queued from a named module")
                            .build())
                    .toCompletableFuture()
                    .get(30, TimeUnit.SECONDS);
            Esme esme = Esme.builder()
                    .host(host)
                    .port(port)
                    .systemId("modular")
                    .password("secret")
                    .broker(broker)
                    .correlator(correlator)
                    .hook(hook)
                    .build();
            esme.start().get(30, TimeUnit.SECONDS);
            try {
                return outcome.get(30, TimeUnit.SECONDS);
            } finally {
                esme.stop(Duration.ofSeconds(5)).get(30, TimeUnit.SECONDS);
            }
        }
    }
}
