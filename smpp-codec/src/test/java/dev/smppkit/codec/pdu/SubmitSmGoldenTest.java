package dev.smppkit.codec.pdu;

import static dev.smppkit.codec.testing.PduFixtures.assertGolden;
import static dev.smppkit.codec.testing.PduFixtures.hex;
import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.EsmClass;
import dev.smppkit.codec.RegisteredDelivery;
import dev.smppkit.codec.SmppTime;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Golden fixtures for submit_sm (§4.4.1) and submit_sm_resp (§4.4.2). */
class SubmitSmGoldenTest {
    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void submitSmWithoutTlvs() {
        // 16 + service_type 1 + source 2+8 + dest 2+13 + esm/pid/priority 3 + two NULL times 2
        //    + registered_delivery/replace/data_coding/default_msg_id/sm_length 5 + short_message 11 = 63
        assertGolden(
                """
                0000003F            // command_length 63
                00000004            // command_id submit_sm
                00000000            // command_status NULL
                00000001            // sequence_number 1
                00                  // service_type NULL (SMSC default)
                05                  // source_addr_ton alphanumeric
                00                  // source_addr_npi unknown
                "MyBrand" 00        // source_addr
                01                  // dest_addr_ton international
                01                  // dest_addr_npi ISDN
                "447700900123" 00   // destination_addr
                00                  // esm_class default
                00                  // protocol_id
                00                  // priority_flag
                00                  // schedule_delivery_time NULL: immediate
                00                  // validity_period NULL: SMSC default
                01                  // registered_delivery: receipt on success or failure
                00                  // replace_if_present_flag
                00                  // data_coding SMSC default
                00                  // sm_default_msg_id
                0B                  // sm_length 11
                "Hello world"       // short_message
                """,
                SubmitSm.builder()
                        .sourceAddress(Address.alphanumeric("MyBrand"))
                        .destAddress(Address.international("+447700900123"))
                        .registeredDelivery(RegisteredDelivery.RECEIPT)
                        .shortMessage(ascii("Hello world"))
                        .build()
                        .withSequenceNumber(1));
    }

    @Test
    void submitSmWithAbsoluteScheduleAndRelativeValidity() {
        // 16 + service_type 4 + source 2+13 + dest 2+12 + 3 + schedule 17 + validity 17 + 5 + short_message 4 = 95
        assertGolden(
                """
                0000005F                 // command_length 95
                00000004                 // command_id submit_sm
                00000000                 // command_status NULL
                00000002                 // sequence_number 2
                "CMT" 00                 // service_type cellular messaging
                01 01 "447700900001" 00  // source_addr international/ISDN
                02 01 "07700900002" 00   // destination_addr national/ISDN
                03                       // esm_class store-and-forward mode
                00                       // protocol_id
                01                       // priority_flag 1
                "240315143000004+" 00    // schedule_delivery_time 2024-03-15 14:30:00.0, UTC+4 quarter hours
                "000001000000000R" 00    // validity_period relative: 1 day
                11                       // registered_delivery: receipt + intermediate notification (0x10)
                01                       // replace_if_present_flag: replace
                08                       // data_coding UCS2
                00                       // sm_default_msg_id
                04                       // sm_length 4
                0048 0069                // short_message "Hi" in UCS2
                """,
                SubmitSm.builder()
                        .serviceType("CMT")
                        .sourceAddress(Address.international("447700900001"))
                        .destAddress(Address.national("07700900002"))
                        .esmClass(EsmClass.of(EsmClass.MODE_STORE_AND_FORWARD))
                        .priorityFlag(1)
                        .scheduleDeliveryTime(SmppTime.parse("240315143000004+"))
                        .validityPeriod(SmppTime.relative(java.time.Duration.ofDays(1)))
                        .registeredDelivery(RegisteredDelivery.RECEIPT.withIntermediateNotification())
                        .replaceIfPresentFlag(1)
                        .dataCoding(DataCoding.UCS2)
                        .shortMessage(new byte[] {0x00, 0x48, 0x00, 0x69})
                        .build()
                        .withSequenceNumber(2));
    }

    @Test
    void submitSmWithTheSpecsRelativeTimeExampleAndMaxLengthAddresses() {
        // §7.1.1.2 example: 020610233429000R = 2 years 6 months 10 days 23:34:29.
        // 16 + service_type 6 + source 2+21 + dest 2+21 + 3 + schedule 1 + validity 17 + 5 + short_message 0 = 94
        assertGolden(
                """
                0000005E                              // command_length 94
                00000004                              // command_id submit_sm
                00000000                              // command_status NULL
                00000003                              // sequence_number 3
                "USSD1" 00                            // service_type, 5 + NUL = C6, the maximum
                01 01 "12345678901234567890" 00       // source_addr, 20 + NUL = C21, the maximum
                01 01 "09876543210987654321" 00       // destination_addr, 20 + NUL = C21
                40                                    // esm_class UDHI
                7F                                    // protocol_id
                03                                    // priority_flag 3, the highest
                00                                    // schedule_delivery_time NULL
                "020610233429000R" 00                 // validity_period relative, the spec's example
                00 00 00                              // registered_delivery, replace_if_present_flag, data_coding
                FE                                    // sm_default_msg_id 254, the largest
                00                                    // sm_length 0, no short_message, no message_payload
                """,
                SubmitSm.builder()
                        .serviceType("USSD1")
                        .sourceAddress(Address.international("12345678901234567890"))
                        .destAddress(Address.international("09876543210987654321"))
                        .esmClass(EsmClass.UDH_INDICATOR)
                        .protocolId(0x7F)
                        .priorityFlag(3)
                        .validityPeriod(SmppTime.relative(2, 6, 10, java.time.Duration.parse("PT23H34M29S")))
                        .smDefaultMsgId(254)
                        .build()
                        .withSequenceNumber(3));
    }

    @Test
    void submitSmWithTlvsAndUnknownVendorTlvsKeptInOrder() {
        // 16 + mandatory (1 + 2+6 + 2+6 + 3 + 2 + 5 + 5 = 32)
        //    + TLVs (6 + 7 + 6 + 5 + 5 + 4 = 33) = 81
        byte[] bytes = hex("""
                00000051            // command_length 81
                00000004            // command_id submit_sm
                00000000            // command_status NULL
                00000004            // sequence_number 4
                00                  // service_type NULL
                01 01 "12345" 00    // source_addr
                01 01 "67890" 00    // destination_addr
                00 00 00            // esm_class, protocol_id, priority_flag
                00 00               // schedule_delivery_time, validity_period NULL
                00 00 00 00         // registered_delivery, replace_if_present_flag, data_coding, sm_default_msg_id
                05                  // sm_length 5
                "part1"             // short_message
                0204 0002 0042      // user_message_reference = 0x42
                1401 0003 AABBCC    // vendor TLV 0x1401, 3 octets, kept as is
                020C 0002 1234      // sar_msg_ref_num = 0x1234
                020E 0001 02        // sar_total_segments = 2
                020F 0001 01        // sar_segment_seqnum = 1
                3FFF 0000           // vendor TLV 0x3FFF, empty: last of the vendor range
                """);
        SubmitSm expected = SubmitSm.builder()
                .sourceAddress(Address.international("12345"))
                .destAddress(Address.international("67890"))
                .shortMessage(ascii("part1"))
                .addTlv(Tlv.ofInt(TlvTag.USER_MESSAGE_REFERENCE, 0x42))
                .addTlv(Tlv.of(0x1401, new byte[] {(byte) 0xAA, (byte) 0xBB, (byte) 0xCC}))
                .addTlv(Tlv.ofInt(TlvTag.SAR_MSG_REF_NUM, 0x1234))
                .addTlv(Tlv.ofInt(TlvTag.SAR_TOTAL_SEGMENTS, 2))
                .addTlv(Tlv.ofInt(TlvTag.SAR_SEGMENT_SEQNUM, 1))
                .addTlv(Tlv.of(0x3FFF, new byte[0]))
                .build()
                .withSequenceNumber(4);
        assertGolden(bytes, expected);

        SubmitSm decoded = (SubmitSm) PduCodec.decode(Unpooled.wrappedBuffer(bytes));
        assertThat(decoded.tlvs().list())
                .extracting(Tlv::tag)
                .containsExactly(0x0204, 0x1401, 0x020C, 0x020E, 0x020F, 0x3FFF);
        assertThat(decoded.tlvs().get(0x1401).orElseThrow().knownTag()).isNull();
        assertThat(decoded.tlvs().sarMsgRefNum()).hasValue(0x1234);
        assertThat(decoded.tlvs().sarTotalSegments()).hasValue(2);
        assertThat(decoded.tlvs().sarSegmentSeqnum()).hasValue(1);
        assertThat(decoded.tlvs().userMessageReference()).hasValue(0x42);
    }

    @Test
    void messagePayloadWithSmLengthZero() {
        // 16 + mandatory (1 + 2+5 + 2+5 + 3 + 2 + 5 + 0 = 25) + message_payload (4 + 260) = 305
        String fixture = """
                00000131            // command_length 305
                00000004            // command_id submit_sm
                00000000            // command_status NULL
                00000005            // sequence_number 5
                00                  // service_type NULL
                01 01 "1111" 00     // source_addr
                01 01 "2222" 00     // destination_addr
                00 00 00            // esm_class, protocol_id, priority_flag
                00 00               // schedule_delivery_time, validity_period NULL
                00 00 04 00         // registered_delivery, replace_if_present_flag, data_coding 8-bit, sm_default_msg_id
                00                  // sm_length 0: the message is in message_payload
                0424 0104           // message_payload, 260 octets: more than short_message can hold
                """ + "41".repeat(260) + "  // 260 x 'A'\n";
        byte[] payload = new byte[260];
        Arrays.fill(payload, (byte) 'A');
        SubmitSm expected = SubmitSm.builder()
                .sourceAddress(Address.international("1111"))
                .destAddress(Address.international("2222"))
                .dataCoding(DataCoding.BINARY)
                .messagePayload(payload)
                .build()
                .withSequenceNumber(5);
        assertGolden(fixture, expected);
        assertThat(expected.smLength()).isZero();
        assertThat(expected.messageBytes()).isEqualTo(payload);
    }

    @Test
    void sourceTelematicsIdOfOneOctetAndAlertOnMessageDeliveryOfZero() {
        // The spec's forms: source_telematics_id I1, alert_on_message_delivery with no value.
        // 16 + mandatory (1 + 2+1 + 2+4 + 3 + 2 + 5 + 0 = 20) + TLVs (5 + 4) = 45
        assertGolden(
                """
                0000002D            // command_length 45
                00000004            // command_id submit_sm
                00000000            // command_status NULL
                00000006            // sequence_number 6
                00                  // service_type NULL
                00 00 00            // source_addr NULL
                01 01 "123" 00      // destination_addr
                00 00 00 00 00      // esm_class, protocol_id, priority_flag, schedule NULL, validity NULL
                00 00 00 00 00      // registered_delivery, replace_if_present_flag, data_coding, default_msg_id, sm_length 0
                0010 0001 05        // source_telematics_id, 1 octet as §5.3.2.8 prints it
                130C 0000           // alert_on_message_delivery, length 0 as §5.3.2.41 prints it
                """,
                SubmitSm.builder()
                        .destAddress(Address.international("123"))
                        .addTlv(Tlv.ofInt(TlvTag.SOURCE_TELEMATICS_ID, 5))
                        .addTlv(Tlv.of(0x130C, new byte[0]))
                        .build()
                        .withSequenceNumber(6));
    }

    @Test
    void sourceTelematicsIdOfTwoOctetsAndAlertOnMessageDeliveryOfOne() {
        // The forms seen in the wild: source_telematics_id I2 (Wireshark, node-smpp), alert_on_message_delivery with
        // one octet (SMPP 5.0). 16 + mandatory 20 + TLVs (6 + 5) = 47
        byte[] bytes = hex("""
                0000002F            // command_length 47
                00000004            // command_id submit_sm
                00000000            // command_status NULL
                00000007            // sequence_number 7
                00                  // service_type NULL
                00 00 00            // source_addr NULL
                01 01 "123" 00      // destination_addr
                00 00 00 00 00      // esm_class, protocol_id, priority_flag, schedule NULL, validity NULL
                00 00 00 00 00      // registered_delivery, replace_if_present_flag, data_coding, default_msg_id, sm_length 0
                0010 0002 0105      // source_telematics_id, 2 octets
                130C 0001 01        // alert_on_message_delivery, 1 octet (5.0)
                """);
        SubmitSm expected = SubmitSm.builder()
                .destAddress(Address.international("123"))
                .addTlv(Tlv.ofInt(0x0010, 2, 0x0105))
                .addTlv(Tlv.of(0x130C, new byte[] {1}))
                .build()
                .withSequenceNumber(7);
        assertGolden(bytes, expected);
        assertThat(expected.tlvs().sourceTelematicsId()).hasValue(0x0105);
        assertThat(expected.tlvs().alertOnMessageDelivery()).isTrue();
    }

    @Test
    void submitSmResp() {
        // 16 + message_id 9 = 25
        assertGolden("""
                00000019            // command_length 25
                80000004            // command_id submit_sm_resp
                00000000            // command_status ESME_ROK
                00000001            // sequence_number 1
                "5f3a2b1c" 00       // message_id
                """, SubmitSmResp.builder().messageId("5f3a2b1c").build().withSequenceNumber(1));
    }

    @Test
    void submitSmRespWithTheLongestMessageId() {
        // 16 + message_id 64 + NUL = 81 (C65; the PDF strikes out 9 and 33)
        assertGolden(
                """
                00000051            // command_length 81
                80000004            // command_id submit_sm_resp
                00000000            // command_status ESME_ROK
                00000002            // sequence_number 2
                "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef" 00   // message_id, 64 + NUL
                """,
                SubmitSmResp.builder()
                        .messageId("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")
                        .build()
                        .withSequenceNumber(2));
    }

    @Test
    void submitSmRespThrottledHeaderOnly() {
        // §4.4.2: "not returned if the command_status field contains a non-zero value". 16
        SubmitSmResp expected = SubmitSmResp.builder()
                .commandStatus(CommandStatus.ESME_RTHROTTLED)
                .build()
                .withSequenceNumber(3);
        assertGolden("""
                00000010            // command_length 16, header only
                80000004            // command_id submit_sm_resp
                00000058            // command_status ESME_RTHROTTLED
                00000003            // sequence_number 3
                """, expected);
        assertThat(expected.messageId()).isEmpty();
        assertThat(expected.commandStatus().isTransient()).isTrue();
    }

    @Test
    void submitSmRespThrottledWithALoneNul() {
        // node-smpp#223: command_length 17, a NULL message_id on error
        assertGolden(
                """
                00000011            // command_length 17
                80000004            // command_id submit_sm_resp
                00000058            // command_status ESME_RTHROTTLED
                00000004            // sequence_number 4
                00                  // message_id NULL
                """,
                SubmitSmResp.builder()
                        .commandStatus(CommandStatus.ESME_RTHROTTLED)
                        .messageId("")
                        .build()
                        .withSequenceNumber(4));
    }

    @Test
    void submitSmRespErrorWithAFullMessageId() {
        // smppex#6: a full message_id on error. 16 + 11 = 27
        assertGolden(
                """
                0000001B            // command_length 27
                80000004            // command_id submit_sm_resp
                00000045            // command_status ESME_RSUBMITFAIL
                00000005            // sequence_number 5
                "0123456789" 00     // message_id
                """,
                SubmitSmResp.builder()
                        .commandStatus(CommandStatus.ESME_RSUBMITFAIL)
                        .messageId("0123456789")
                        .build()
                        .withSequenceNumber(5));
    }

    @Test
    void submitSmRespFromCreateResponse() {
        // An OK response from createResponse carries a NULL message_id: 16 + 1 = 17
        assertGolden("""
                00000011 80000004 00000000 0000002A   // submit_sm_resp ESME_ROK, sequence_number 42
                00                                    // message_id NULL
                """, SubmitSm.builder().build().withSequenceNumber(42).createResponse(CommandStatus.ESME_ROK));
        assertGolden(
                """
                00000010 80000004 00000014 0000002A   // submit_sm_resp ESME_RMSGQFUL, header only
                """, SubmitSm.builder().build().withSequenceNumber(42).createResponse(CommandStatus.ESME_RMSGQFUL));
    }
}
