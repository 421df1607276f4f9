package dev.smppkit.moduletest;

import dev.smppkit.client.Esme;
import dev.smppkit.client.InMemoryBroker;
import dev.smppkit.client.InMemoryCorrelator;
import dev.smppkit.client.OutboundMessage;
import dev.smppkit.client.SubmitOutcome;
import dev.smppkit.codec.Address;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * What a user's module does with smppkit: bind a client and submit one message. Compiled against the modules' exports
 * only, so a type that should be exported and is not, or a missing {@code requires transitive}, fails this module.
 */
public final class SendOne {
    private SendOne() {}

    /** Binds to the SMSC at {@code host:port}, submits one message and returns its outcome. */
    public static SubmitOutcome run(String host, int port) throws Exception {
        Esme esme = Esme.builder()
                .host(host)
                .port(port)
                .systemId("modular")
                .password("secret")
                .broker(new InMemoryBroker(100))
                .correlator(new InMemoryCorrelator())
                .build();
        esme.start().get(30, TimeUnit.SECONDS);
        try {
            return esme.submit(OutboundMessage.builder()
                            .from(Address.alphanumeric("MODULE"))
                            .to(Address.international("447700900123"))
                            .text("sent from a named module")
                            .build())
                    .get(30, TimeUnit.SECONDS);
        } finally {
            esme.stop(Duration.ofSeconds(5)).get(30, TimeUnit.SECONDS);
        }
    }
}
