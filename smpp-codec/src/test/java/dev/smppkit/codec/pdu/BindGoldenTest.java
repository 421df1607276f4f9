package dev.smppkit.codec.pdu;

import static dev.smppkit.codec.testing.PduFixtures.assertGolden;
import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandStatus;
import org.junit.jupiter.api.Test;

/** Golden fixtures for bind_transmitter/receiver/transceiver, their responses and outbind (§4.1). */
class BindGoldenTest {
    @Test
    void specExampleBindTransmitter() {
        // SMPP 3.4 §3.2.2, the spec's own example. Its interface_version is 0x00.
        assertGolden(
                """
                0000002F            // command_length 47
                00000002            // command_id bind_transmitter
                00000000            // command_status
                00000001            // sequence_number 1
                "SMPP3TEST" 00      // system_id
                "secret08" 00       // password
                "SUBMIT1" 00        // system_type
                00                  // interface_version
                01                  // addr_ton international
                01                  // addr_npi ISDN
                00                  // address_range NULL
                """,
                Bind.builder(BindType.TRANSMITTER)
                        .systemId("SMPP3TEST")
                        .password("secret08")
                        .systemType("SUBMIT1")
                        .interfaceVersion(0)
                        .addressRange(Address.of(1, 1, ""))
                        .build()
                        .withSequenceNumber(1));
    }

    @Test
    void bindTransceiverResponseWithScInterfaceVersion() {
        assertGolden(
                """
                0000001C            // command_length 28
                80000009            // bind_transceiver_resp
                00000000            // ESME_ROK
                00000007            // sequence_number
                "SMSC01" 00         // system_id
                0210 0001 34        // sc_interface_version = 0x34
                """,
                BindResp.builder(BindType.TRANSCEIVER)
                        .systemId("SMSC01")
                        .scInterfaceVersion(0x34)
                        .build()
                        .withSequenceNumber(7));
    }

    @Test
    void bindReceiverRespErrorWithoutBody() {
        assertGolden(
                """
                00000010 80000001 0000000E 00000003   // bind_receiver_resp ESME_RINVPASWD, header only
                """,
                BindResp.builder(BindType.RECEIVER)
                        .commandStatus(CommandStatus.ESME_RINVPASWD)
                        .build()
                        .withSequenceNumber(3));
    }

    @Test
    void bindReceiver() {
        // 16 + system_id 7 + password 7 + system_type 4 + interface_version 1 + ton 1 + npi 1 + address_range 5 = 42
        assertGolden(
                """
                0000002A            // command_length 42
                00000001            // command_id bind_receiver
                00000000            // command_status NULL
                00000002            // sequence_number 2
                "esme01" 00         // system_id
                "secret" 00         // password
                "VMS" 00            // system_type
                34                  // interface_version 3.4
                01                  // addr_ton international
                01                  // addr_npi ISDN
                "4477" 00           // address_range
                """,
                Bind.builder(BindType.RECEIVER)
                        .systemId("esme01")
                        .password("secret")
                        .systemType("VMS")
                        .addressRange(Address.of(1, 1, "4477"))
                        .build()
                        .withSequenceNumber(2));
    }

    @Test
    void bindTransceiverWithNullSystemTypeAndAddressRange() {
        // 16 + system_id 12 + password 9 + system_type 1 + interface_version 1 + ton 1 + npi 1 + address_range 1 = 42
        assertGolden(
                """
                0000002A            // command_length 42
                00000009            // command_id bind_transceiver
                00000000            // command_status NULL
                00000003            // sequence_number 3
                "smppclient1" 00    // system_id
                "password" 00       // password, 8 characters: the maximum
                00                  // system_type NULL
                34                  // interface_version 3.4 (mandatory in bind_transceiver, Issue 1.2 erratum)
                00                  // addr_ton unknown
                00                  // addr_npi unknown
                00                  // address_range NULL
                """,
                Bind.builder(BindType.TRANSCEIVER)
                        .systemId("smppclient1")
                        .password("password")
                        .build()
                        .withSequenceNumber(3));
    }

    @Test
    void bindTransmitterWithEveryStringAtItsMaximum() {
        // 16 + system_id 16 + password 9 + system_type 13 + 1 + 1 + 1 + address_range 41 = 98
        assertGolden(
                """
                00000062                                          // command_length 98
                00000002                                          // command_id bind_transmitter
                00000000                                          // command_status NULL
                7FFFFFFF                                          // sequence_number, the largest allowed
                "ABCDEFGHIJKLMNO" 00                              // system_id, 15 + NUL = C16
                "12345678" 00                                     // password, 8 + NUL = C9
                "SYSTYPE12345" 00                                 // system_type, 12 + NUL = C13
                34                                                // interface_version
                02                                                // addr_ton national
                01                                                // addr_npi ISDN
                "0123456789012345678901234567890123456789" 00     // address_range, 40 + NUL = C41
                """,
                Bind.builder(BindType.TRANSMITTER)
                        .systemId("ABCDEFGHIJKLMNO")
                        .password("12345678")
                        .systemType("SYSTYPE12345")
                        .addressRange(Address.of(2, 1, "0123456789012345678901234567890123456789"))
                        .build()
                        .withSequenceNumber(0x7FFFFFFF));
    }

    @Test
    void bindTransmitterRespFromA33SmscWithoutScInterfaceVersion() {
        // 16 + system_id 5 = 21; no sc_interface_version TLV: the SMSC does not support TLVs (§3.4)
        Pdu expected =
                BindResp.builder(BindType.TRANSMITTER).systemId("SMSC").build().withSequenceNumber(1);
        assertGolden("""
                00000015            // command_length 21
                80000002            // command_id bind_transmitter_resp
                00000000            // command_status ESME_ROK
                00000001            // sequence_number 1
                "SMSC" 00           // system_id
                """, expected);
        assertThat(((BindResp) expected).scInterfaceVersion()).isEmpty();
    }

    @Test
    void bindTransmitterRespErrorWithASystemIdAnyway() {
        // §4.1.2 says no body on error; some SMSCs send one. 16 + system_id 5 = 21
        assertGolden(
                """
                00000015            // command_length 21
                80000002            // command_id bind_transmitter_resp
                0000000D            // command_status ESME_RBINDFAIL
                00000004            // sequence_number 4
                "SMSC" 00           // system_id
                """,
                BindResp.builder(BindType.TRANSMITTER)
                        .commandStatus(CommandStatus.ESME_RBINDFAIL)
                        .systemId("SMSC")
                        .build()
                        .withSequenceNumber(4));
    }

    @Test
    void bindTransceiverRespErrorWithALoneNul() {
        // node-smpp#223: a lone NUL body, command_length 16 + 1 = 17
        assertGolden(
                """
                00000011            // command_length 17
                80000009            // command_id bind_transceiver_resp
                00000005            // command_status ESME_RALYBND
                00000005            // sequence_number 5
                00                  // system_id NULL
                """,
                BindResp.builder(BindType.TRANSCEIVER)
                        .commandStatus(CommandStatus.ESME_RALYBND)
                        .systemId("")
                        .build()
                        .withSequenceNumber(5));
    }

    @Test
    void bindReceiverRespErrorWithScInterfaceVersionAndNoSystemId() {
        // A TLV needs the mandatory field before it, so system_id is sent as NULL. 16 + 1 + TLV 5 = 22
        assertGolden(
                """
                00000016            // command_length 22
                80000001            // command_id bind_receiver_resp
                0000000F            // command_status ESME_RINVSYSID
                00000006            // sequence_number 6
                00                  // system_id NULL
                0210 0001 34        // sc_interface_version = 0x34
                """,
                BindResp.builder(BindType.RECEIVER)
                        .commandStatus(CommandStatus.ESME_RINVSYSID)
                        .scInterfaceVersion(0x34)
                        .build()
                        .withSequenceNumber(6));
    }

    @Test
    void outbind() {
        // §4.1.7. 16 + system_id 7 + password 6 = 29
        assertGolden("""
                0000001D            // command_length 29
                0000000B            // command_id outbind
                00000000            // command_status NULL
                00000001            // sequence_number 1
                "SMSC01" 00         // system_id
                "pw0rd" 00          // password
                """, Outbind.of("SMSC01", "pw0rd").withSequenceNumber(1));
    }

    @Test
    void outbindWithNullPassword() {
        // 16 + system_id 7 + password 1 = 24
        assertGolden("""
                00000018            // command_length 24
                0000000B            // command_id outbind
                00000000            // command_status NULL
                00000002            // sequence_number 2
                "SMSC01" 00         // system_id
                00                  // password NULL
                """, Outbind.of("SMSC01", "").withSequenceNumber(2));
    }
}
