package dev.smppkit.codec.pdu;

import static dev.smppkit.codec.testing.PduFixtures.assertGolden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smppkit.codec.Address;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Golden fixtures for the USSD TLVs ussd_service_op (§5.3.2.44) and its_session_info (§5.3.2.43) and their helpers. */
class UssdGoldenTest {
    @Test
    void pssrIndicationCarriesTheOperationAndTheSessionInfo() {
        // 16 + service_type 5 + source 2+13 + dest 2+6 + 3 + 2 + 5 + short_message 5 + TLVs (4+1 + 4+2 = 11) = 70
        DeliverSm expected = DeliverSm.builder()
                .serviceType("USSD")
                .sourceAddress(Address.international("447700900123"))
                .destAddress(Address.shortCode("*123#"))
                .shortMessage("*123#".getBytes(StandardCharsets.US_ASCII))
                .tlvs(Tlvs.builder()
                        .ussdServiceOp(UssdServiceOp.PSSR_INDICATION)
                        .itsSessionInfo(new ItsSessionInfo(7, 3, false))
                        .build())
                .build()
                .withSequenceNumber(9);
        assertGolden("""
                00000046            // command_length 70
                00000005            // command_id deliver_sm
                00000000            // command_status NULL
                00000009            // sequence_number 9
                "USSD" 00           // service_type
                01 01 "447700900123" 00   // source_addr: the handset
                03 00 "*123#" 00    // destination_addr: the service code
                00 00 00 00 00 00 00 00 00 // esm_class .. sm_default_msg_id
                05 "*123#"          // sm_length, short_message: the dialled string
                0501 0001 01        // ussd_service_op: PSSR indication
                1383 0002 07 06     // its_session_info: session 7, sequence 3 (3 << 1), not the end
                """, expected);
        Tlvs tlvs = expected.tlvs();
        assertThat(tlvs.ussdOperation()).contains(UssdServiceOp.PSSR_INDICATION);
        assertThat(tlvs.ussdServiceOp()).isEqualTo(OptionalInt.of(1));
        assertThat(tlvs.itsSessionInfo()).contains(new ItsSessionInfo(7, 3, false));
    }

    @Test
    void endOfSessionIsBitZeroOfTheSecondOctet() {
        byte[] value = new ItsSessionInfo(0xFF, 0x7F, true).toTlv().value();
        assertThat(value).containsExactly(0xFF, 0xFF);
        assertThat(ItsSessionInfo.decode(new byte[] {0x01, 0x01})).isEqualTo(new ItsSessionInfo(1, 0, true));
        assertThat(ItsSessionInfo.decode(new byte[] {0x01, 0x04})).isEqualTo(new ItsSessionInfo(1, 2, false));
    }

    @Test
    void nextIncrementsTheSequenceAndWraps() {
        ItsSessionInfo info = new ItsSessionInfo(4, 127, false);
        assertThat(info.next(true)).isEqualTo(new ItsSessionInfo(4, 0, true));
        assertThat(info.withEndOfSession(true)).isEqualTo(new ItsSessionInfo(4, 127, true));
        assertThat(info.withEndOfSession(false)).isSameAs(info);
    }

    @Test
    void rangesAreChecked() {
        assertThatThrownBy(() -> new ItsSessionInfo(256, 0, false)).hasMessageContaining("session number is 256");
        assertThatThrownBy(() -> new ItsSessionInfo(0, 128, false)).hasMessageContaining("sequence number is 128");
        assertThatThrownBy(() -> ItsSessionInfo.decode(new byte[3])).hasMessageContaining("3 octets; must be 2");
    }

    @Test
    void everyDefinedOperationMapsToItsCode() {
        for (UssdServiceOp op : UssdServiceOp.values()) {
            assertThat(UssdServiceOp.of(op.code())).contains(op);
        }
        assertThat(UssdServiceOp.USSN_CONFIRM.code()).isEqualTo(19);
        assertThat(UssdServiceOp.of(4)).isEmpty();
        Tlvs vendor = Tlvs.builder().ussdServiceOp(0x20).build();
        assertThat(vendor.ussdOperation()).isEmpty();
        assertThat(vendor.ussdServiceOp()).isEqualTo(OptionalInt.of(0x20));
        assertThat(Tlvs.EMPTY.itsSessionInfo()).isEmpty();
    }
}
