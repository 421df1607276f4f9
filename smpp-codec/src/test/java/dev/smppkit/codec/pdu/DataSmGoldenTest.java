package dev.smppkit.codec.pdu;

import static dev.smppkit.codec.testing.PduFixtures.assertGolden;
import static dev.smppkit.codec.testing.PduFixtures.hex;
import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.EsmClass;
import dev.smppkit.codec.MessageState;
import dev.smppkit.codec.Npi;
import dev.smppkit.codec.RegisteredDelivery;
import dev.smppkit.codec.Ton;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Golden fixtures for data_sm (§4.7.1) and data_sm_resp (§4.7.2). */
class DataSmGoldenTest {
    @Test
    void dataSmWithMessagePayloadAndPorts() {
        // 16 + service_type 4 + source 2+13 + dest 2+17 + esm_class/registered_delivery/data_coding 3
        //    + TLVs (source_port 6 + destination_port 6 + message_payload 4+5 = 21) = 78
        assertGolden(
                """
                0000004E                  // command_length 78
                00000103                  // command_id data_sm
                00000000                  // command_status NULL
                00000001                  // sequence_number 1
                "WAP" 00                  // service_type
                01 01 "447700900123" 00   // source_addr international/ISDN
                00 0E "user@example.com" 00   // destination_addr unknown/internet (C65)
                00                        // esm_class
                01                        // registered_delivery: receipt
                04                        // data_coding 8-bit binary
                020A 0002 23F0            // source_port 9200
                020B 0002 0B84            // destination_port 2948
                0424 0005 "hello"         // message_payload: data_sm's only place for user data
                """,
                DataSm.builder()
                        .serviceType("WAP")
                        .sourceAddress(Address.international("447700900123"))
                        .destAddress(Address.of(Ton.UNKNOWN, Npi.INTERNET, "user@example.com"))
                        .registeredDelivery(RegisteredDelivery.RECEIPT)
                        .dataCoding(DataCoding.BINARY)
                        .tlvs(Tlvs.builder()
                                .sourcePort(9200)
                                .destinationPort(2948)
                                .build())
                        .messagePayload("hello".getBytes(StandardCharsets.US_ASCII))
                        .build()
                        .withSequenceNumber(1));
    }

    @Test
    void dataSmWithoutTlvsAndTheLongestAddress() {
        // 16 + service_type 1 + source 2+1 + dest 2+65 + 3 = 90
        assertGolden(
                """
                0000005A            // command_length 90
                00000103            // command_id data_sm
                00000000            // command_status NULL
                00000002            // sequence_number 2
                00                  // service_type NULL
                00 00 00            // source_addr NULL
                00 0E               // dest_addr_ton unknown, dest_addr_npi internet
                "0123456789012345678901234567890123456789012345678901234567890123" 00  // destination_addr, 64 + NUL = C65
                00 00 00            // esm_class, registered_delivery, data_coding
                """,
                DataSm.builder()
                        .destAddress(
                                Address.of(0, 14, "0123456789012345678901234567890123456789012345678901234567890123"))
                        .build()
                        .withSequenceNumber(2));
    }

    @Test
    void dataSmDeliveryReceipt() {
        // A receipt by data_sm (Appendix B): esm_class 0x04 and the receipt TLVs.
        // 16 + 1 + source 2+6 + dest 2+6 + 3 + TLVs (4+6 + 4+1 + 4+3 = 22) = 58
        byte[] bytes = hex("""
                0000003A            // command_length 58
                00000103            // command_id data_sm
                00000000            // command_status NULL
                00000003            // sequence_number 3
                00                  // service_type NULL
                01 01 "44123" 00    // source_addr
                01 01 "44456" 00    // destination_addr
                04                  // esm_class SMSC delivery receipt
                00 00               // registered_delivery, data_coding
                001E 0006 "ab123" 00   // receipted_message_id
                0427 0001 03        // message_state EXPIRED
                0423 0003 01 0102   // network_error_code: ANSI-136, error 0x0102
                """);
        DataSm expected = DataSm.builder()
                .sourceAddress(Address.international("44123"))
                .destAddress(Address.international("44456"))
                .esmClass(EsmClass.DELIVERY_RECEIPT)
                .tlvs(Tlvs.builder()
                        .receiptedMessageId("ab123")
                        .messageState(MessageState.EXPIRED)
                        .networkErrorCode(new NetworkErrorCode(NetworkErrorCode.ANSI_136, 0x0102))
                        .build())
                .build()
                .withSequenceNumber(3);
        assertGolden(bytes, expected);
        DataSm decoded = (DataSm) PduCodec.decode(Unpooled.wrappedBuffer(bytes));
        assertThat(decoded.isDeliveryReceipt()).isTrue();
        assertThat(decoded.tlvs().messageState()).hasValue(MessageState.EXPIRED);
        assertThat(decoded.tlvs().networkErrorCode()).hasValue(new NetworkErrorCode(1, 0x0102));
    }

    @Test
    void dataSmResp() {
        // 16 + message_id 7 = 23
        assertGolden("""
                00000017            // command_length 23
                80000103            // command_id data_sm_resp
                00000000            // command_status ESME_ROK
                00000001            // sequence_number 1
                "abc123" 00         // message_id
                """, DataSmResp.builder().messageId("abc123").build().withSequenceNumber(1));
    }

    @Test
    void dataSmRespDeliveryFailureWithTlvs() {
        // §4.7.2: the TLVs follow message_id, sent NULL here.
        // 16 + message_id 1 + TLVs (4+1 + 4+3 + 4+8 + 4+1 = 29) = 46
        DataSmResp expected = DataSmResp.builder()
                .commandStatus(CommandStatus.ESME_RDELIVERYFAILURE)
                .tlvs(Tlvs.builder()
                        .deliveryFailureReason(3)
                        .networkErrorCode(new NetworkErrorCode(NetworkErrorCode.GSM, 0x22))
                        .additionalStatusInfoText("timeout")
                        .dpfResult(1)
                        .build())
                .build()
                .withSequenceNumber(2);
        assertGolden("""
                0000002E            // command_length 46
                80000103            // command_id data_sm_resp
                000000FE            // command_status ESME_RDELIVERYFAILURE
                00000002            // sequence_number 2
                00                  // message_id NULL
                0425 0001 03        // delivery_failure_reason: temporary network error
                0423 0003 03 0022   // network_error_code: GSM, error 0x22
                001D 0008 "timeout" 00   // additional_status_info_text
                0420 0001 01        // dpf_result: delivery pending flag set
                """, expected);
        assertThat(expected.tlvs().deliveryFailureReason()).hasValue(3);
        assertThat(expected.tlvs().additionalStatusInfoText()).hasValue("timeout");
        assertThat(expected.tlvs().dpfResult()).hasValue(1);
    }

    @Test
    void dataSmRespErrorHeaderOnly() {
        assertGolden("""
                00000010            // command_length 16, header only
                80000103            // command_id data_sm_resp
                0000000B            // command_status ESME_RINVDSTADR
                00000003            // sequence_number 3
                """, DataSm.builder().build().withSequenceNumber(3).createResponse(CommandStatus.ESME_RINVDSTADR));
    }
}
