package dev.smppkit.codec.pdu;

import static dev.smppkit.codec.testing.PduFixtures.assertGolden;
import static dev.smppkit.codec.testing.PduFixtures.hex;
import static dev.smppkit.codec.testing.PduFixtures.throughChannel;
import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.codec.CommandStatus;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.UnpooledByteBufAllocator;
import org.junit.jupiter.api.Test;

/**
 * PDUs with a command_id SMPP 3.4 does not define decode to {@link UnknownPdu}, not to an error, so that a session can
 * answer generic_nack ESME_RINVCMDID with the right sequence_number; the body is kept raw and re-encodes as it came.
 */
class UnknownPduGoldenTest {
    @Test
    void reservedCommandIdWithABody() {
        // 16 + body 3 = 19
        UnknownPdu expected = UnknownPdu.of(0x0000000A, CommandStatus.ESME_ROK, new byte[] {1, 2, 3})
                .withSequenceNumber(1);
        assertGolden("""
                00000013            // command_length 19
                0000000A            // command_id 0x0A, reserved
                00000000            // command_status NULL
                00000001            // sequence_number 1
                010203              // body, kept raw
                """, expected);
        assertThat(expected.commandId().isKnown()).isFalse();
        assertThat(expected.commandId().expectsResponse()).isTrue();
        assertThat(expected.commandId().responseId().value()).isEqualTo(0x8000000A);
    }

    @Test
    void vendorCommandId() {
        // 0x00010200-0x000102FF is for SMSC vendors. 16 + body 4 = 20
        assertGolden(
                """
                00000014            // command_length 20
                00010200            // command_id 0x00010200, SMSC vendor
                00000000            // command_status NULL
                00000002            // sequence_number 2
                "abc" 00            // body
                """,
                UnknownPdu.of(0x00010200, CommandStatus.ESME_ROK, new byte[] {'a', 'b', 'c', 0})
                        .withSequenceNumber(2));
    }

    @Test
    void smpp50BroadcastSmIsUnknownIn34() {
        // broadcast_sm (0x111) is SMPP 5.0; its body is not parsed. 16 + body 2 = 18
        assertGolden(
                """
                00000012            // command_length 18
                00000111            // command_id 0x111 broadcast_sm (5.0)
                00000000            // command_status NULL
                00000003            // sequence_number 3
                0000                // body
                """,
                UnknownPdu.of(0x00000111, CommandStatus.ESME_ROK, new byte[2]).withSequenceNumber(3));
    }

    @Test
    void unknownResponseHeaderOnly() {
        assertGolden(
                """
                00000010            // command_length 16, header only
                80000104            // command_id 0x80000104: the response to an extension command
                00000003            // command_status ESME_RINVCMDID
                00000004            // sequence_number 4
                """,
                UnknownPdu.of(0x80000104, CommandStatus.ESME_RINVCMDID, new byte[0])
                        .withSequenceNumber(4));
    }

    @Test
    void responseToACommandWithoutAResponse() {
        // alert_notification (0x102) has no response, so 0x80000102 is not a 3.4 command
        assertGolden(
                """
                00000010 80000102 00000000 00000005   // command_id 0x80000102, header only
                """,
                UnknownPdu.of(0x80000102, CommandStatus.ESME_ROK, new byte[0]).withSequenceNumber(5));
    }

    @Test
    void bodyThatLooksLikeTlvsStaysRaw() {
        // 16 + body 6 = 22
        UnknownPdu expected = UnknownPdu.of(
                        0x00000104, CommandStatus.ESME_ROK, new byte[] {0x04, 0x24, 0x00, 0x02, 0x41, 0x42})
                .withSequenceNumber(6);
        assertGolden("""
                00000016            // command_length 22
                00000104            // command_id 0x104, SMPP extension
                00000000            // command_status NULL
                00000006            // sequence_number 6
                0424 0002 4142      // body: not parsed as a message_payload TLV
                """, expected);
        assertThat(expected.tlvs().isEmpty()).isTrue();
    }

    @Test
    void unknownPduWithA34CommandIdEncodesItsRawBody() {
        // UnknownPdu.of accepts any command_id; with a 3.4 id it must still encode its raw body, which then decodes
        // as that command.
        // 16 + system_id 2 + password 1 + system_type 1 + interface_version 1 + addr_ton 1 + addr_npi 1
        //    + address_range 1 = 24
        byte[] body = hex("""
                "a" 00              // system_id
                00                  // password NULL
                00                  // system_type NULL
                34 00 00 00         // interface_version, addr_ton, addr_npi, address_range NULL
                """);
        UnknownPdu raw = UnknownPdu.of(0x00000002, CommandStatus.ESME_ROK, body).withSequenceNumber(7);
        ByteBuf out = PduCodec.encode(raw, UnpooledByteBufAllocator.DEFAULT);
        byte[] bytes;
        try {
            bytes = ByteBufUtil.getBytes(out);
        } finally {
            out.release();
        }
        assertThat(bytes).isEqualTo(hex("""
                        00000018            // command_length 24
                        00000002            // command_id bind_transmitter
                        00000000            // command_status NULL
                        00000007            // sequence_number 7
                        "a" 00 00 00 34 00 00 00   // the raw body
                        """));
        assertThat(throughChannel(bytes, 1))
                .containsExactly(
                        Bind.builder(BindType.TRANSMITTER).systemId("a").build().withSequenceNumber(7));
    }
}
