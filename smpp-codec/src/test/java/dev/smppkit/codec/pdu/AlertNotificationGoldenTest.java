package dev.smppkit.codec.pdu;

import static dev.smppkit.codec.testing.PduFixtures.assertGolden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandStatus;
import org.junit.jupiter.api.Test;

/** Golden fixtures for alert_notification (§4.12), which has no response. */
class AlertNotificationGoldenTest {
    @Test
    void alertNotificationWithMsAvailabilityStatus() {
        // 16 + source 2+13 + esme 2+13 + ms_availability_status 4+1 = 51
        AlertNotification expected = AlertNotification.of(
                        Address.international("447700900123"),
                        Address.international("447700900999"),
                        Tlvs.builder().msAvailabilityStatus(0).build())
                .withSequenceNumber(1);
        assertGolden("""
                00000033                  // command_length 51
                00000102                  // command_id alert_notification
                00000000                  // command_status NULL
                00000001                  // sequence_number 1
                01 01 "447700900123" 00   // source_addr_ton, source_addr_npi, source_addr: the handset
                01 01 "447700900999" 00   // esme_addr_ton, esme_addr_npi, esme_addr
                0422 0001 00              // ms_availability_status: available
                """, expected);
        assertThat(expected.tlvs().msAvailabilityStatus()).hasValue(0);
        assertThat(expected.commandId().expectsResponse()).isFalse();
        assertThatThrownBy(() -> expected.createResponse(CommandStatus.ESME_ROK))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void alertNotificationWithoutTlvsAndTheLongestSourceAddress() {
        // source_addr is C65 here, not C21. 16 + source 2+65 + esme 2+1 = 86
        assertGolden(
                """
                00000056            // command_length 86
                00000102            // command_id alert_notification
                00000000            // command_status NULL
                00000002            // sequence_number 2
                00 0E               // source_addr_ton unknown, source_addr_npi internet
                "0123456789012345678901234567890123456789012345678901234567890123" 00  // source_addr, 64 + NUL = C65
                00 00 00            // esme_addr NULL
                """,
                AlertNotification.of(
                                Address.of(0, 14, "0123456789012345678901234567890123456789012345678901234567890123"),
                                Address.NULL,
                                Tlvs.EMPTY)
                        .withSequenceNumber(2));
    }

    @Test
    void alertNotificationWithAVendorTlvBeforeMsAvailabilityStatus() {
        // 16 + source 3 + esme 3 + vendor TLV 4+2 + ms_availability_status 4+1 = 33
        assertGolden(
                """
                00000021            // command_length 33
                00000102            // command_id alert_notification
                00000000            // command_status NULL
                00000003            // sequence_number 3
                00 00 00            // source_addr NULL
                00 00 00            // esme_addr NULL
                2001 0002 ABCD      // vendor TLV 0x2001, kept first
                0422 0001 02        // ms_availability_status: unavailable
                """,
                AlertNotification.of(
                                Address.NULL,
                                Address.NULL,
                                Tlvs.builder()
                                        .add(Tlv.of(0x2001, new byte[] {(byte) 0xAB, (byte) 0xCD}))
                                        .msAvailabilityStatus(2)
                                        .build())
                        .withSequenceNumber(3));
    }
}
