package dev.smppkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.RegisteredDelivery;
import dev.smppkit.codec.pdu.BindType;
import dev.smppkit.codec.pdu.DeliverSm;
import java.security.cert.X509Certificate;
import org.junit.jupiter.api.Test;

class TlsTest {
    @Test
    void servesSessionsOverTlsWithASelfSignedCertificate() {
        try (SmscSimulator smsc = SmscSimulator.builder().tls(true).start()) {
            X509Certificate certificate = smsc.tlsCertificate().orElseThrow();
            assertThat(certificate.getSubjectX500Principal().getName()).contains("CN=localhost");
            try (TestEsme esme =
                    TestEsme.connect("localhost", smsc.port(), certificate).bound(BindType.TRANSCEIVER, "esme", "")) {
                esme.call(Pdus.submit("447700900001", "over TLS", RegisteredDelivery.RECEIPT));
                assertThat(esme.await(DeliverSm.class).isDeliveryReceipt()).isTrue();
            }
            // the certificate survives a restart, so clients keep trusting it
            smsc.restart();
            assertThat(smsc.tlsCertificate()).contains(certificate);
            try (TestEsme esme = TestEsme.connect("localhost", smsc.port(), certificate)) {
                assertThat(esme.bind(BindType.TRANSMITTER, "esme", "").commandStatus())
                        .isEqualTo(CommandStatus.ESME_ROK);
            }
        }
    }

    @Test
    void aPlainClientCannotBindToTheTlsPort() {
        try (SmscSimulator smsc = SmscSimulator.builder().tls(true).start();
                TestEsme plain = TestEsme.connect(smsc)) {
            plain.send(dev.smppkit.codec.pdu.Bind.builder(BindType.TRANSMITTER)
                    .systemId("esme")
                    .build());
            plain.awaitClosed();
            assertThat(smsc.errors()).isEmpty(); // a client speaking plain TCP is its own fault
        }
    }
}
