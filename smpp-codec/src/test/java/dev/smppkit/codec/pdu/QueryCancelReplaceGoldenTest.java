package dev.smppkit.codec.pdu;

import static dev.smppkit.codec.testing.PduFixtures.assertGolden;
import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.MessageState;
import dev.smppkit.codec.RegisteredDelivery;
import dev.smppkit.codec.SmppTime;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Golden fixtures for query_sm (§4.8), cancel_sm (§4.9), replace_sm (§4.10) and their responses. */
class QueryCancelReplaceGoldenTest {
    @Test
    void querySm() {
        // 16 + message_id 6 + source 2+13 = 37
        assertGolden(
                """
                00000025                  // command_length 37
                00000003                  // command_id query_sm
                00000000                  // command_status NULL
                00000001                  // sequence_number 1
                "12345" 00                // message_id
                01 01 "447700900123" 00   // source_addr_ton, source_addr_npi, source_addr
                """, QuerySm.of("12345", Address.international("447700900123")).withSequenceNumber(1));
    }

    @Test
    void querySmRespDeliveredWithAbsoluteFinalDate() {
        // 16 + message_id 6 + final_date 17 + message_state 1 + error_code 1 = 41
        QuerySmResp expected = QuerySmResp.builder()
                .messageId("12345")
                .finalDate(SmppTime.absolute(
                        OffsetDateTime.of(2024, 3, 15, 14, 35, 12, 300_000_000, ZoneOffset.ofHours(-1))))
                .messageState(MessageState.DELIVERED)
                .build()
                .withSequenceNumber(1);
        assertGolden("""
                00000029                  // command_length 41
                80000003                  // command_id query_sm_resp
                00000000                  // command_status ESME_ROK
                00000001                  // sequence_number 1
                "12345" 00                // message_id
                "240315143512304-" 00     // final_date 2024-03-15 14:35:12.3, UTC-4 quarter hours
                02                        // message_state DELIVERED
                00                        // error_code
                """, expected);
        assertThat(expected.finalDate().orElseThrow().toOffsetDateTime())
                .isEqualTo(OffsetDateTime.of(2024, 3, 15, 14, 35, 12, 300_000_000, ZoneOffset.ofHours(-1)));
    }

    @Test
    void querySmRespEnrouteWithNullFinalDate() {
        // 16 + message_id 6 + final_date 1 + 1 + 1 = 25
        assertGolden(
                """
                00000019            // command_length 25
                80000003            // command_id query_sm_resp
                00000000            // command_status ESME_ROK
                00000002            // sequence_number 2
                "12345" 00          // message_id
                00                  // final_date NULL: not final yet
                01                  // message_state ENROUTE
                00                  // error_code
                """,
                QuerySmResp.builder()
                        .messageId("12345")
                        .messageState(MessageState.ENROUTE)
                        .build()
                        .withSequenceNumber(2));
    }

    @Test
    void querySmRespUndeliverableWithANetworkErrorCode() {
        // 16 + message_id 6 + final_date 17 + 1 + 1 = 41
        assertGolden(
                """
                00000029                  // command_length 41
                80000003                  // command_id query_sm_resp
                00000000                  // command_status ESME_ROK
                00000003                  // sequence_number 3
                "12345" 00                // message_id
                "991231235959900+" 00     // final_date 1999-12-31 23:59:59.9 UTC (Y2K rule: 99 is 1999)
                05                        // message_state UNDELIVERABLE
                22                        // error_code
                """,
                QuerySmResp.builder()
                        .messageId("12345")
                        .finalDate(SmppTime.parse("991231235959900+"))
                        .messageState(MessageState.UNDELIVERABLE)
                        .errorCode(0x22)
                        .build()
                        .withSequenceNumber(3));
    }

    @Test
    void querySmRespErrorHeaderOnly() {
        assertGolden(
                """
                00000010            // command_length 16, header only
                80000003            // command_id query_sm_resp
                00000067            // command_status ESME_RQUERYFAIL
                00000004            // sequence_number 4
                """,
                QuerySm.of("12345", Address.NULL).withSequenceNumber(4).createResponse(CommandStatus.ESME_RQUERYFAIL));
    }

    @Test
    void cancelSmByMessageId() {
        // 16 + service_type 1 + message_id 6 + source 2+13 + dest 2+13 = 53
        assertGolden(
                """
                00000035                  // command_length 53
                00000008                  // command_id cancel_sm
                00000000                  // command_status NULL
                00000005                  // sequence_number 5
                00                        // service_type NULL
                "12345" 00                // message_id
                01 01 "447700900123" 00   // source_addr
                01 01 "447700900456" 00   // destination_addr
                """,
                CancelSm.builder()
                        .messageId("12345")
                        .sourceAddress(Address.international("447700900123"))
                        .destAddress(Address.international("447700900456"))
                        .build()
                        .withSequenceNumber(5));
    }

    @Test
    void cancelSmEveryMessageOfAServiceType() {
        // message_id NULL: cancel all messages from source to destination with this service_type.
        // 16 + service_type 4 + message_id 1 + source 2+13 + dest 2+13 = 51
        assertGolden(
                """
                00000033                  // command_length 51
                00000008                  // command_id cancel_sm
                00000000                  // command_status NULL
                00000006                  // sequence_number 6
                "CMT" 00                  // service_type
                00                        // message_id NULL
                01 01 "447700900123" 00   // source_addr
                01 01 "447700900456" 00   // destination_addr
                """,
                CancelSm.builder()
                        .serviceType("CMT")
                        .sourceAddress(Address.international("447700900123"))
                        .destAddress(Address.international("447700900456"))
                        .build()
                        .withSequenceNumber(6));
    }

    @Test
    void cancelSmResp() {
        assertGolden("""
                00000010 80000008 00000000 00000005   // cancel_sm_resp ESME_ROK, sequence_number 5, header only
                """, CancelSmResp.create(CommandStatus.ESME_ROK).withSequenceNumber(5));
    }

    @Test
    void cancelSmRespError() {
        assertGolden(
                """
                00000010            // command_length 16, header only
                80000008            // command_id cancel_sm_resp
                00000011            // command_status ESME_RCANCELFAIL
                00000006            // sequence_number 6
                """, CancelSm.builder().build().withSequenceNumber(6).createResponse(CommandStatus.ESME_RCANCELFAIL));
    }

    @Test
    void replaceSmWithAbsoluteScheduleAndRelativeValidity() {
        // 16 + message_id 6 + source 2+13 + schedule 17 + validity 17 + registered_delivery 1
        //    + sm_default_msg_id 1 + sm_length 1 + short_message 11 = 85
        assertGolden(
                """
                00000055                  // command_length 85
                00000007                  // command_id replace_sm
                00000000                  // command_status NULL
                00000007                  // sequence_number 7
                "12345" 00                // message_id
                01 01 "447700900123" 00   // source_addr
                "240316090000000+" 00     // schedule_delivery_time 2024-03-16 09:00:00.0 UTC
                "000002000000000R" 00     // validity_period relative: 2 days
                01                        // registered_delivery: receipt
                00                        // sm_default_msg_id
                0B                        // sm_length 11
                "New message"             // short_message
                """,
                ReplaceSm.builder()
                        .messageId("12345")
                        .sourceAddress(Address.international("447700900123"))
                        .scheduleDeliveryTime(
                                SmppTime.absolute(OffsetDateTime.of(2024, 3, 16, 9, 0, 0, 0, ZoneOffset.UTC)))
                        .validityPeriod(SmppTime.relative(Duration.ofDays(2)))
                        .registeredDelivery(RegisteredDelivery.RECEIPT)
                        .shortMessage("New message".getBytes(StandardCharsets.US_ASCII))
                        .build()
                        .withSequenceNumber(7));
    }

    @Test
    void replaceSmWithACannedMessageAndNullTimes() {
        // 16 + message_id 6 + source 3 + schedule 1 + validity 1 + 1 + 1 + sm_length 1 = 30
        assertGolden(
                """
                0000001E            // command_length 30
                00000007            // command_id replace_sm
                00000000            // command_status NULL
                00000008            // sequence_number 8
                "12345" 00          // message_id
                00 00 00            // source_addr NULL
                00                  // schedule_delivery_time NULL: unchanged
                00                  // validity_period NULL: unchanged
                00                  // registered_delivery
                05                  // sm_default_msg_id 5: a canned message
                00                  // sm_length 0
                """,
                ReplaceSm.builder().messageId("12345").smDefaultMsgId(5).build().withSequenceNumber(8));
    }

    @Test
    void replaceSmResp() {
        assertGolden("""
                00000010 80000007 00000000 00000007   // replace_sm_resp ESME_ROK, sequence_number 7, header only
                """, ReplaceSm.builder().build().withSequenceNumber(7).createResponse(CommandStatus.ESME_ROK));
    }

    @Test
    void replaceSmRespError() {
        assertGolden("""
                00000010            // command_length 16, header only
                80000007            // command_id replace_sm_resp
                00000013            // command_status ESME_RREPLACEFAIL
                00000008            // sequence_number 8
                """, ReplaceSmResp.create(CommandStatus.ESME_RREPLACEFAIL).withSequenceNumber(8));
    }
}
