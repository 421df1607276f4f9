package dev.smppkit.codec.pdu;

import static dev.smppkit.codec.testing.PduFixtures.assertGolden;
import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.RegisteredDelivery;
import dev.smppkit.codec.SmppTime;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Golden fixtures for submit_multi (§4.5.1) and submit_multi_resp (§4.5.2). */
class SubmitMultiGoldenTest {
    @Test
    void submitMultiToSmesAndADistributionList() {
        // 16 + service_type 1 + source 2+8 + number_of_dests 1
        //    + dests (1+2+13 + 1+2+13 + 1+8 = 41) + 3 + 2 + 5 + short_message 9 = 88
        SubmitMulti expected = SubmitMulti.builder()
                .sourceAddress(Address.alphanumeric("MyBrand"))
                .addDestination(DestinationAddress.sme(Address.international("447700900001")))
                .addDestination(DestinationAddress.sme(Address.international("447700900002")))
                .addDestination(DestinationAddress.distributionList("friends"))
                .registeredDelivery(RegisteredDelivery.RECEIPT)
                .shortMessage("Hello all".getBytes(StandardCharsets.US_ASCII))
                .build()
                .withSequenceNumber(1);
        assertGolden("""
                00000058                  // command_length 88
                00000021                  // command_id submit_multi
                00000000                  // command_status NULL
                00000001                  // sequence_number 1
                00                        // service_type NULL
                05 00 "MyBrand" 00        // source_addr alphanumeric
                03                        // number_of_dests 3
                01                        //   dest_flag 1: SME address
                01 01 "447700900001" 00   //   dest_addr_ton, dest_addr_npi, destination_addr
                01                        //   dest_flag 1: SME address
                01 01 "447700900002" 00   //   dest_addr_ton, dest_addr_npi, destination_addr
                02                        //   dest_flag 2: distribution list
                "friends" 00              //   dl_name
                00                        // esm_class
                00                        // protocol_id
                00                        // priority_flag
                00                        // schedule_delivery_time NULL
                00                        // validity_period NULL
                01                        // registered_delivery: receipt
                00                        // replace_if_present_flag: reserved, NULL
                00                        // data_coding
                00                        // sm_default_msg_id
                09                        // sm_length 9
                "Hello all"               // short_message
                """, expected);
        assertThat(expected.destAddress()).isEqualTo(Address.NULL);
    }

    @Test
    void submitMultiToOneDistributionListWithMessagePayloadAndRelativeValidity() {
        // 16 + service_type 1 + source 2+13 + number_of_dests 1 + dest (1+6) + 3 + schedule 1 + validity 17
        //    + 5 + short_message 0 + message_payload (4+14) = 84
        assertGolden(
                """
                00000054                  // command_length 84
                00000021                  // command_id submit_multi
                00000000                  // command_status NULL
                00000002                  // sequence_number 2
                00                        // service_type NULL
                01 01 "447700900000" 00   // source_addr
                01                        // number_of_dests 1
                02 "sales" 00             //   dest_flag 2, dl_name
                00 00 00                  // esm_class, protocol_id, priority_flag
                00                        // schedule_delivery_time NULL
                "000002120000000R" 00     // validity_period relative: 2 days 12 hours
                00 00 00 00               // registered_delivery, replace_if_present_flag, data_coding, default_msg_id
                00                        // sm_length 0
                0424 000E "Meeting at 3pm"   // message_payload, 14 octets
                """,
                SubmitMulti.builder()
                        .sourceAddress(Address.international("447700900000"))
                        .addDestination(DestinationAddress.distributionList("sales"))
                        .validityPeriod(SmppTime.parse("000002120000000R"))
                        .messagePayload("Meeting at 3pm".getBytes(StandardCharsets.US_ASCII))
                        .build()
                        .withSequenceNumber(2));
    }

    @Test
    void submitMultiResp() {
        // 16 + message_id 6 + no_unsuccess 1 = 23
        assertGolden("""
                00000017            // command_length 23
                80000021            // command_id submit_multi_resp
                00000000            // command_status ESME_ROK
                00000001            // sequence_number 1
                "mid42" 00          // message_id
                00                  // no_unsuccess 0: every destination accepted
                """, SubmitMultiResp.builder().messageId("mid42").build().withSequenceNumber(1));
    }

    @Test
    void submitMultiRespWithUnsuccessfulDestinations() {
        // 16 + message_id 6 + no_unsuccess 1 + 2 x (2+13 + error_status_code 4) = 61
        SubmitMultiResp expected = SubmitMultiResp.builder()
                .messageId("mid43")
                .addUnsuccessful(new UnsuccessSme(Address.international("447700900001"), CommandStatus.ESME_RINVDSTADR))
                .addUnsuccessful(
                        new UnsuccessSme(Address.international("447700900002"), CommandStatus.ESME_RSUBMITFAIL))
                .build()
                .withSequenceNumber(2);
        assertGolden("""
                0000003D                  // command_length 61
                80000021                  // command_id submit_multi_resp
                00000000                  // command_status ESME_ROK
                00000002                  // sequence_number 2
                "mid43" 00                // message_id
                02                        // no_unsuccess 2
                01 01 "447700900001" 00   //   dest_addr_ton, dest_addr_npi, destination_addr
                0000000B                  //   error_status_code ESME_RINVDSTADR
                01 01 "447700900002" 00   //   dest_addr_ton, dest_addr_npi, destination_addr
                00000045                  //   error_status_code ESME_RSUBMITFAIL
                """, expected);
        assertThat(expected.unsuccessful())
                .extracting(UnsuccessSme::errorStatus)
                .containsExactly(CommandStatus.ESME_RINVDSTADR, CommandStatus.ESME_RSUBMITFAIL);
    }

    @Test
    void submitMultiRespErrorHeaderOnly() {
        assertGolden(
                """
                00000010            // command_length 16, header only
                80000021            // command_id submit_multi_resp
                00000033            // command_status ESME_RINVNUMDESTS
                00000003            // sequence_number 3
                """,
                SubmitMultiResp.builder()
                        .commandStatus(CommandStatus.ESME_RINVNUMDESTS)
                        .build()
                        .withSequenceNumber(3));
    }

    @Test
    void submitMultiRespErrorListingTheFailedDestination() {
        // Every destination failed: an error status with a body. 16 + message_id 1 + no_unsuccess 1 + (2+13 + 4) = 37
        assertGolden(
                """
                00000025                  // command_length 37
                80000021                  // command_id submit_multi_resp
                00000045                  // command_status ESME_RSUBMITFAIL
                00000004                  // sequence_number 4
                00                        // message_id NULL
                01                        // no_unsuccess 1
                01 01 "447700900001" 00   //   destination_addr
                00000014                  //   error_status_code ESME_RMSGQFUL
                """,
                SubmitMultiResp.builder()
                        .commandStatus(CommandStatus.ESME_RSUBMITFAIL)
                        .addUnsuccessful(
                                new UnsuccessSme(Address.international("447700900001"), CommandStatus.ESME_RMSGQFUL))
                        .build()
                        .withSequenceNumber(4));
    }
}
