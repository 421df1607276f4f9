package dev.smppkit.codec.pdu;

import static dev.smppkit.codec.testing.PduFixtures.assertGolden;
import static dev.smppkit.codec.testing.PduFixtures.hex;
import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.EsmClass;
import dev.smppkit.codec.MessageState;
import dev.smppkit.codec.SmppTime;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.buffer.UnpooledByteBufAllocator;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Golden fixtures for deliver_sm (§4.6.1), including an Appendix B delivery receipt, and deliver_sm_resp (§4.6.2). */
class DeliverSmGoldenTest {
    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void mobileOriginatedDeliverSm() {
        // 16 + service_type 1 + source 2+13 + dest 2+5 + 3 + 2 + 5 + short_message 4 = 53
        DeliverSm expected = DeliverSm.builder()
                .sourceAddress(Address.international("447700900123"))
                .destAddress(Address.shortCode("1234"))
                .shortMessage(ascii("STOP"))
                .build()
                .withSequenceNumber(100);
        assertGolden("""
                00000035            // command_length 53
                00000005            // command_id deliver_sm
                00000000            // command_status NULL
                00000064            // sequence_number 100
                00                  // service_type NULL
                01 01 "447700900123" 00   // source_addr: the handset, international/ISDN
                03 00 "1234" 00     // destination_addr: short code, network-specific/unknown
                00                  // esm_class default
                00                  // protocol_id
                00                  // priority_flag
                00                  // schedule_delivery_time NULL, as deliver_sm requires
                00                  // validity_period NULL, as deliver_sm requires
                00                  // registered_delivery
                00                  // replace_if_present_flag NULL
                00                  // data_coding SMSC default
                00                  // sm_default_msg_id NULL
                04                  // sm_length 4
                "STOP"              // short_message
                """, expected);
        assertThat(expected.isDeliveryReceipt()).isFalse();
    }

    @Test
    void deliveryReceiptWithAppendixBTextAndTlvs() {
        // The receipt text of Appendix B, 113 octets:
        //   id:0000012345 (13) sub:001 (8) dlvrd:001 (10) submit date:2403151430 (23) done date:2403151431 (21)
        //   stat:DELIVRD (13) err:000 (8) Text:Hello world (17)
        // 16 + mandatory (1 + 2+13 + 2+8 + 3 + 2 + 5 + 113 = 149) + TLVs (4+11 + 4+1 + 4+3 = 27) = 192
        byte[] bytes = hex("""
                000000C0                  // command_length 192
                00000005                  // command_id deliver_sm
                00000000                  // command_status NULL
                00000065                  // sequence_number 101
                00                        // service_type NULL
                01 01 "447700900123" 00   // source_addr: the original destination (addresses swapped, §2.11)
                05 00 "MyBrand" 00        // destination_addr: the original source
                04                        // esm_class SMSC delivery receipt
                00                        // protocol_id
                00                        // priority_flag
                00                        // schedule_delivery_time NULL
                00                        // validity_period NULL
                00                        // registered_delivery
                00                        // replace_if_present_flag NULL
                00                        // data_coding SMSC default
                00                        // sm_default_msg_id NULL
                71                        // sm_length 113
                "id:0000012345"           // id: the message_id from submit_sm_resp
                " sub:001"                // sub: messages submitted
                " dlvrd:001"              // dlvrd: messages delivered
                " submit date:2403151430" // submit date YYMMDDhhmm
                " done date:2403151431"   // done date YYMMDDhhmm
                " stat:DELIVRD"           // stat (Table B-2)
                " err:000"                // err
                " Text:Hello world"       // text: the first 20 characters of the original
                001E 000B "0000012345" 00 // receipted_message_id, 10 + NUL = 11
                0427 0001 02              // message_state DELIVERED
                0423 0003 03 0000         // network_error_code: GSM, error 0
                """);
        DeliverSm expected = DeliverSm.builder()
                .sourceAddress(Address.international("447700900123"))
                .destAddress(Address.alphanumeric("MyBrand"))
                .esmClass(EsmClass.DELIVERY_RECEIPT)
                .shortMessage(ascii("id:0000012345 sub:001 dlvrd:001 submit date:2403151430 done date:2403151431"
                        + " stat:DELIVRD err:000 Text:Hello world"))
                .tlvs(Tlvs.builder()
                        .receiptedMessageId("0000012345")
                        .messageState(MessageState.DELIVERED)
                        .networkErrorCode(new NetworkErrorCode(NetworkErrorCode.GSM, 0))
                        .build())
                .build()
                .withSequenceNumber(101);
        assertThat(expected.smLength()).isEqualTo(113);
        assertGolden(bytes, expected);

        DeliverSm decoded = (DeliverSm) PduCodec.decode(Unpooled.wrappedBuffer(bytes));
        assertThat(decoded.isDeliveryReceipt()).isTrue();
        assertThat(decoded.tlvs().receiptedMessageId()).hasValue("0000012345");
        assertThat(decoded.tlvs().messageState()).hasValue(MessageState.DELIVERED);
        assertThat(decoded.tlvs().networkErrorCode()).hasValue(new NetworkErrorCode(3, 0));
    }

    @Test
    void undeliverableReceiptWithANetworkErrorAndVendorTlv() {
        // 16 + mandatory (1 + 2+13 + 2+6 + 3 + 2 + 5 + 0 = 34)
        //    + TLVs (4+7 + 4+1 + 4+3 + 4+2 = 29) = 79
        assertGolden(
                """
                0000004F                  // command_length 79
                00000005                  // command_id deliver_sm
                00000000                  // command_status NULL
                00000066                  // sequence_number 102
                00                        // service_type NULL
                01 01 "447700900123" 00   // source_addr
                01 01 "44123" 00          // destination_addr
                04                        // esm_class SMSC delivery receipt
                00 00 00 00 00 00 00 00   // protocol_id .. sm_default_msg_id, all NULL
                00                        // sm_length 0: the receipt is in the TLVs only
                001E 0007 "a1b2c3" 00     // receipted_message_id, 6 + NUL = 7
                0427 0001 05              // message_state UNDELIVERABLE
                0423 0003 03 0022         // network_error_code: GSM, error 0x22
                1500 0002 BEEF            // vendor TLV 0x1500, kept after the 3.4 ones
                """,
                DeliverSm.builder()
                        .sourceAddress(Address.international("447700900123"))
                        .destAddress(Address.international("44123"))
                        .esmClass(EsmClass.DELIVERY_RECEIPT)
                        .addTlv(Tlv.ofCString(TlvTag.RECEIPTED_MESSAGE_ID, "a1b2c3"))
                        .addTlv(Tlv.ofInt(TlvTag.MESSAGE_STATE, MessageState.UNDELIVERABLE.code()))
                        .addTlv(Tlv.of(0x0423, new byte[] {3, 0x00, 0x22}))
                        .addTlv(Tlv.of(0x1500, new byte[] {(byte) 0xBE, (byte) 0xEF}))
                        .build()
                        .withSequenceNumber(102));
    }

    @Test
    void deliverSmWithMessagePayloadAndPorts() {
        // 16 + mandatory (1 + 2+13 + 2+13 + 3 + 2 + 5 + 0 = 41)
        //    + TLVs (source_port 6 + destination_port 6 + message_payload 4+6 = 22) = 79
        assertGolden(
                """
                0000004F                  // command_length 79
                00000005                  // command_id deliver_sm
                00000000                  // command_status NULL
                00000067                  // sequence_number 103
                00                        // service_type NULL
                01 01 "447700900123" 00   // source_addr
                01 01 "447700900999" 00   // destination_addr
                00 00 00 00 00            // esm_class, protocol_id, priority_flag, schedule NULL, validity NULL
                00 00 08 00               // registered_delivery, replace_if_present_flag, data_coding UCS2, default_msg_id
                00                        // sm_length 0
                020A 0002 23F0            // source_port 9200
                020B 0002 0B84            // destination_port 2948
                0424 0006 00480069 0021   // message_payload "Hi!" in UCS2
                """,
                DeliverSm.builder()
                        .sourceAddress(Address.international("447700900123"))
                        .destAddress(Address.international("447700900999"))
                        .dataCoding(DataCoding.UCS2)
                        .tlvs(Tlvs.builder()
                                .sourcePort(9200)
                                .destinationPort(2948)
                                .build())
                        .messagePayload(new byte[] {0x00, 0x48, 0x00, 0x69, 0x00, 0x21})
                        .build()
                        .withSequenceNumber(103));
    }

    @Test
    void deliverSmWithFieldsThatShouldBeNullIsKeptAsSent() {
        // §4.6.1 says these must be NULL; a peer that sets them anyway is decoded and re-encoded as it sent them.
        // 16 + mandatory (1 + 3 + 2+4 + 3 + schedule 17 + validity 17 + 5 + 0 = 52) = 68
        byte[] bytes = hex("""
                00000044                  // command_length 68
                00000005                  // command_id deliver_sm
                00000000                  // command_status NULL
                00000068                  // sequence_number 104
                00                        // service_type NULL
                00 00 00                  // source_addr NULL
                01 01 "123" 00            // destination_addr
                00 00 00                  // esm_class, protocol_id, priority_flag
                "240315143000004+" 00     // schedule_delivery_time: should be NULL
                "000001000000000R" 00     // validity_period: should be NULL
                00                        // registered_delivery
                01                        // replace_if_present_flag: should be NULL
                00                        // data_coding
                07                        // sm_default_msg_id: should be NULL
                00                        // sm_length 0
                """);
        DeliverSm decoded = (DeliverSm) PduCodec.decode(Unpooled.wrappedBuffer(bytes));
        assertThat(decoded.sequenceNumber()).isEqualTo(104);
        assertThat(decoded.scheduleDeliveryTime()).hasValue(SmppTime.parse("240315143000004+"));
        assertThat(decoded.validityPeriod()).hasValue(SmppTime.parse("000001000000000R"));
        assertThat(decoded.replaceIfPresentFlag()).isEqualTo(1);
        assertThat(decoded.smDefaultMsgId()).isEqualTo(7);
        ByteBuf out = PduCodec.encode(decoded, UnpooledByteBufAllocator.DEFAULT);
        try {
            assertThat(ByteBufUtil.getBytes(out)).isEqualTo(bytes);
        } finally {
            out.release();
        }
        assertGolden(bytes, decoded.toBuilder().build().withSequenceNumber(104));
    }

    @Test
    void deliverSmResp() {
        // §4.6.2: message_id is unused and NULL. 16 + 1 = 17
        assertGolden("""
                00000011            // command_length 17
                80000005            // command_id deliver_sm_resp
                00000000            // command_status ESME_ROK
                00000064            // sequence_number 100
                00                  // message_id NULL
                """, DeliverSmResp.builder().build().withSequenceNumber(100));
    }

    @Test
    void deliverSmRespFromCreateResponse() {
        assertGolden("""
                00000011 80000005 00000000 00000065   // deliver_sm_resp ESME_ROK, sequence_number 101
                00                                    // message_id NULL
                """, DeliverSm.builder().build().withSequenceNumber(101).createResponse(CommandStatus.ESME_ROK));
    }

    @Test
    void deliverSmRespErrorHeaderOnly() {
        assertGolden(
                """
                00000010            // command_length 16, header only
                80000005            // command_id deliver_sm_resp
                00000064            // command_status ESME_RX_T_APPN: try again later
                00000066            // sequence_number 102
                """,
                DeliverSmResp.builder()
                        .commandStatus(CommandStatus.ESME_RX_T_APPN)
                        .build()
                        .withSequenceNumber(102));
    }

    @Test
    void deliverSmRespErrorWithALoneNul() {
        assertGolden(
                """
                00000011            // command_length 17
                80000005            // command_id deliver_sm_resp
                00000065            // command_status ESME_RX_P_APPN
                00000067            // sequence_number 103
                00                  // message_id NULL
                """,
                DeliverSmResp.builder()
                        .commandStatus(CommandStatus.ESME_RX_P_APPN)
                        .messageId("")
                        .build()
                        .withSequenceNumber(103));
    }
}
