package dev.smppkit.client.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.client.Esme;
import dev.smppkit.client.EsmeOptions;
import dev.smppkit.client.Hook;
import dev.smppkit.client.InMemoryBroker;
import dev.smppkit.client.InMemoryCorrelator;
import dev.smppkit.client.OutboundMessage;
import dev.smppkit.client.QueuedMessage;
import dev.smppkit.client.ReceiptEvent;
import dev.smppkit.client.SubmitOutcome;
import dev.smppkit.codec.Address;
import dev.smppkit.testkit.SmscSimulatorExtension;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The code samples of the README, run for real (the JDBC one is ReadmeJdbcExampleIT in smpp-jdbc).
 * {@link ReadmeSyncTest} checks that README.md shows each region between {@code // README:begin name} and
 * {@code // README:end} exactly as it stands here.
 */
class ReadmeExamplesIT {
    // README:begin junit
    @RegisterExtension
    static SmscSimulatorExtension smsc = SmscSimulatorExtension.create(b -> b.credential("my-account", "secret"));
    // README:end

    @Test
    void embedding() throws Exception {
        String host = smsc.host();
        int port = smsc.port();
        // README:begin embedding
        CountDownLatch receipts = new CountDownLatch(1);
        Hook hook = new Hook() {
            @Override
            public CompletionStage<Void> onSubmitOutcome(QueuedMessage message, SubmitOutcome outcome) {
                System.out.println(message.message().trackingId() + " -> " + outcome);
                return CompletableFuture.completedFuture(null); // e.g. a database write
            }

            @Override
            public CompletionStage<Void> onDeliveryReceipt(ReceiptEvent event) {
                System.out.println(event.tracking().map(t -> t.trackingId()) + ": "
                        + event.receipt().stat());
                receipts.countDown();
                return CompletableFuture.completedFuture(null); // acknowledged to the SMSC when this completes
            }
        };
        Esme esme = Esme.builder()
                .host(host)
                .port(port)
                .systemId("my-account")
                .password("secret")
                .broker(new InMemoryBroker(10_000))
                .correlator(new InMemoryCorrelator())
                .hook(hook)
                .window(100)
                .requestTimeout(Duration.ofSeconds(10))
                .build();
        esme.start().get(30, TimeUnit.SECONDS); // bound
        SubmitOutcome outcome = esme.submit(OutboundMessage.builder()
                        .from(Address.alphanumeric("ACME"))
                        .to(Address.international("447700900123"))
                        .text("Your code is 1234")
                        .requestReceipt(true)
                        .trackingId("order-42")
                        .build())
                .get(30, TimeUnit.SECONDS);
        boolean receiptArrived = receipts.await(30, TimeUnit.SECONDS);
        esme.stop(Duration.ofSeconds(10)).join();
        // README:end
        assertThat(outcome.isAccepted()).isTrue();
        assertThat(receiptArrived).isTrue();
    }

    @Test
    void readingTheOptionsBack() {
        try (Esme esme = Esme.builder()
                .host(smsc.host())
                .port(smsc.port())
                .systemId("my-account")
                .password("secret")
                .build()) {
            // README:begin options
            EsmeOptions options = esme.options();
            String logged = options.toString(); // ... bind=BindOptions(systemId=my-account, password=****, ...) ...
            Duration requestTimeout = options.timeouts().requestTimeout();

            // a second client for another account, otherwise the same; a whole group replaces that group's options
            Esme other = Esme.builder()
                    .options(options)
                    .bind(options.bind().mutate().systemId("other-account").build())
                    .build();
            // README:end
            try (other) {
                assertThat(logged).contains("password=****").doesNotContain("secret");
                assertThat(requestTimeout).isEqualTo(Duration.ofSeconds(10));
                assertThat(other.options().bind().systemId()).isEqualTo("other-account");
                assertThat(other.options().connection()).isEqualTo(options.connection());
            }
        }
    }
}
