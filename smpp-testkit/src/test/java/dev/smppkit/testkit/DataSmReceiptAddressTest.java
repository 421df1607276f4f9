package dev.smppkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.RegisteredDelivery;
import dev.smppkit.codec.pdu.BindType;
import dev.smppkit.codec.pdu.DataSm;
import dev.smppkit.codec.pdu.DataSmResp;
import dev.smppkit.codec.pdu.DeliverSm;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A data_sm may carry addresses of up to 64 characters, a deliver_sm (its receipt) only 20. Found by the live-session
 * fuzzer (SessionFuzz in smpp-bench): such a data_sm asking for a receipt was accepted, and its receipt then failed to
 * build with an internal error. Now it is refused with the status that names the address at fault.
 */
class DataSmReceiptAddressTest {
    private static final Address LONG = Address.international("1234567890123456789012345678901234"); // 34 digits
    private static final Address SHORT = Address.international("447700900001");

    @Test
    void aLongSourceAskingForAReceiptIsRefusedWithInvalidSourceAddress() {
        assertThat(send(LONG, SHORT, true)).isEqualTo(CommandStatus.ESME_RINVSRCADR);
    }

    @Test
    void aLongDestinationAskingForAReceiptIsRefusedWithInvalidDestinationAddress() {
        assertThat(send(SHORT, LONG, true)).isEqualTo(CommandStatus.ESME_RINVDSTADR);
    }

    @Test
    void aLongAddressAskingOnlyForIntermediateNotificationsIsRefusedToo() {
        try (SmscSimulator smsc = SmscSimulator.builder()
                        .receipts(ReceiptPolicy.builder()
                                .delay(Duration.ZERO)
                                .intermediateNotifications(true)
                                .build())
                        .start();
                TestEsme esme = TestEsme.connect(smsc).bound(BindType.TRANSCEIVER, "esme", "")) {
            DataSm notificationOnly = DataSm.builder()
                    .sourceAddress(LONG)
                    .destAddress(SHORT)
                    .registeredDelivery(RegisteredDelivery.of(RegisteredDelivery.INTERMEDIATE_NOTIFICATION))
                    .messagePayload("hello".getBytes())
                    .build();

            assertThat(esme.call(notificationOnly).commandStatus()).isEqualTo(CommandStatus.ESME_RINVSRCADR);
            assertThat(smsc.errors()).as("simulator errors").isEmpty();
        }
    }

    @Test
    void longAddressesWithoutAReceiptAreAccepted() {
        assertThat(send(LONG, LONG, false)).isEqualTo(CommandStatus.ESME_ROK);
    }

    @Test
    void shortAddressesGetTheirReceipt() {
        try (SmscSimulator smsc = simulator();
                TestEsme esme = TestEsme.connect(smsc).bound(BindType.TRANSCEIVER, "esme", "")) {
            DataSmResp resp = esme.call(dataSm(SHORT, SHORT, true));

            assertThat(resp.commandStatus()).isEqualTo(CommandStatus.ESME_ROK);
            assertThat(esme.await(DeliverSm.class).esmClass().isDeliveryReceipt())
                    .isTrue();
            assertThat(smsc.errors()).as("simulator errors").isEmpty();
        }
    }

    private static CommandStatus send(Address from, Address to, boolean receipt) {
        try (SmscSimulator smsc = simulator();
                TestEsme esme = TestEsme.connect(smsc).bound(BindType.TRANSCEIVER, "esme", "")) {
            CommandStatus status = esme.call(dataSm(from, to, receipt)).commandStatus();
            assertThat(smsc.errors()).as("simulator errors").isEmpty();
            return status;
        }
    }

    private static SmscSimulator simulator() {
        return SmscSimulator.builder()
                .receipts(ReceiptPolicy.builder().delay(Duration.ZERO).build())
                .start();
    }

    private static DataSm dataSm(Address from, Address to, boolean receipt) {
        return DataSm.builder()
                .sourceAddress(from)
                .destAddress(to)
                .registeredDelivery(RegisteredDelivery.of(
                        receipt ? RegisteredDelivery.RECEIPT_ON_SUCCESS_OR_FAILURE : RegisteredDelivery.RECEIPT_NONE))
                .messagePayload("hello".getBytes())
                .build();
    }
}
