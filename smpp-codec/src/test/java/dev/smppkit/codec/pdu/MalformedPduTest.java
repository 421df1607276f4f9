package dev.smppkit.codec.pdu;

import static dev.smppkit.codec.CommandStatus.ESME_RINVCMDLEN;
import static dev.smppkit.codec.CommandStatus.ESME_RINVDESTFLAG;
import static dev.smppkit.codec.CommandStatus.ESME_RINVDLNAME;
import static dev.smppkit.codec.CommandStatus.ESME_RINVDSTADR;
import static dev.smppkit.codec.CommandStatus.ESME_RINVEXPIRY;
import static dev.smppkit.codec.CommandStatus.ESME_RINVMSGID;
import static dev.smppkit.codec.CommandStatus.ESME_RINVMSGLEN;
import static dev.smppkit.codec.CommandStatus.ESME_RINVNUMDESTS;
import static dev.smppkit.codec.CommandStatus.ESME_RINVOPTPARSTREAM;
import static dev.smppkit.codec.CommandStatus.ESME_RINVPARLEN;
import static dev.smppkit.codec.CommandStatus.ESME_RINVPASWD;
import static dev.smppkit.codec.CommandStatus.ESME_RINVSCHED;
import static dev.smppkit.codec.CommandStatus.ESME_RINVSERTYP;
import static dev.smppkit.codec.CommandStatus.ESME_RINVSRCADR;
import static dev.smppkit.codec.CommandStatus.ESME_RINVSYSID;
import static dev.smppkit.codec.CommandStatus.ESME_RINVSYSTYP;
import static dev.smppkit.codec.testing.PduFixtures.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.SmppDecodeException;
import dev.smppkit.codec.SmppPduDecoder;
import io.netty.buffer.AbstractByteBufAllocator;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every way a frame can be malformed: each gives a {@link SmppDecodeException} with the status, command_id and
 * sequence_number a session needs to answer, through {@code exceptionCaught} in order with the PDUs around it, and the
 * decoder goes on with the next frame (except when framing is lost).
 */
class MalformedPduTest {
    private static final int SUBMIT_SM = 0x00000004;
    private static final int DELIVER_SM = 0x00000005;
    private static final int SUBMIT_MULTI = 0x00000021;
    private static final int BIND_TRANSMITTER = 0x00000002;

    /** A valid PDU sent after each malformed one, to prove the decoder is still in step. */
    private static final String ENQUIRE_LINK = """
            00000010 00000015 00000000 00000055   // enquire_link, sequence_number 0x55
            """;

    private static final EnquireLink EXPECTED_ENQUIRE_LINK =
            EnquireLink.create().withSequenceNumber(0x55);

    // ---------------------------------------------------------------------------------------------------------------
    // Harness

    /** Passes on nothing; records PDUs and decode errors in the order the decoder produced them. */
    private static final class Recorder extends ChannelInboundHandlerAdapter {
        final List<Object> events = new ArrayList<>();

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            events.add(msg);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            events.add(cause);
        }
    }

    /** Feeds {@code bytes} through a decoder in chunks of {@code chunk} octets (0: at once) and returns the events. */
    private static List<Object> feed(SmppPduDecoder decoder, byte[] bytes, int chunk) {
        Recorder recorder = new Recorder();
        EmbeddedChannel channel = new EmbeddedChannel(decoder, recorder);
        int step = chunk == 0 ? bytes.length : chunk;
        for (int i = 0; i < bytes.length; i += step) {
            channel.writeInbound(Unpooled.copiedBuffer(bytes, i, Math.min(step, bytes.length - i)));
        }
        channel.checkException();
        assertFalse(channel.finish(), "nothing left in the channel");
        return recorder.events;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /**
     * Feeds the malformed frame followed by a valid enquire_link, whole, one byte at a time and in 5-byte chunks;
     * each way the decoder must report exactly one error for the frame and then decode the enquire_link.
     */
    private static SmppDecodeException malformed(String fixture) {
        byte[] bytes = concat(hex(fixture), hex(ENQUIRE_LINK));
        SmppDecodeException first = null;
        for (int chunk : new int[] {0, 1, 5}) {
            List<Object> events = feed(new SmppPduDecoder(), bytes, chunk);
            assertThat(events).as("chunk %d", chunk).hasSize(2);
            assertThat(events.get(0)).as("chunk %d", chunk).isInstanceOf(SmppDecodeException.class);
            assertThat(events.get(1)).as("chunk %d", chunk).isEqualTo(EXPECTED_ENQUIRE_LINK);
            SmppDecodeException e = (SmppDecodeException) events.get(0);
            assertThat(e.isFramingLost()).isFalse();
            assertThat(e.isHeaderRead()).isTrue();
            if (first == null) {
                first = e;
            } else {
                assertThat(e.status()).isEqualTo(first.status());
                assertThat(e.commandId()).isEqualTo(first.commandId());
                assertThat(e.sequenceNumber()).isEqualTo(first.sequenceNumber());
                assertThat(e.getMessage()).isEqualTo(first.getMessage());
            }
        }
        return first;
    }

    private static void assertError(
            SmppDecodeException e, CommandStatus status, int commandId, int sequenceNumber, String messagePart) {
        assertThat(e.status()).as(e.getMessage()).isEqualTo(status);
        assertThat(e.commandId()).isEqualTo(commandId);
        assertThat(e.sequenceNumber()).isEqualTo(sequenceNumber);
        assertThat(e.getMessage()).contains(messagePart);
    }

    /** A frame with the given header and body; command_length is computed, for the table-driven cases. */
    private static String frame(int commandId, int sequenceNumber, String body) {
        int length = 16 + hex(body).length;
        return String.format("%08X %08X 00000000 %08X%n", length, commandId, sequenceNumber) + body + "\n";
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Truncation inside each kind of field: ESME_RINVCMDLEN, answered with generic_nack

    @Test
    void bodyMissingAltogether() {
        SmppDecodeException e = malformed("""
                00000010 00000004 00000000 00000010   // submit_sm with command_length 16: no body at all
                """);
        assertError(e, ESME_RINVCMDLEN, SUBMIT_SM, 0x10, "service_type");
        assertThat(e.answerWithGenericNack()).isTrue();
    }

    @Test
    void truncatedInsideACString() {
        // 16 + service_type 1 + ton 1 + npi 1 + "123" 3 = 22
        SmppDecodeException e = malformed("""
                00000016            // command_length 22
                00000004            // submit_sm
                00000000
                00000011            // sequence_number 0x11
                00                  // service_type NULL
                01 01 "123"         // source_addr: the frame ends before its NUL
                """);
        assertError(e, ESME_RINVCMDLEN, SUBMIT_SM, 0x11, "source_addr has no NUL before the end of the PDU");
    }

    @Test
    void truncatedBetweenTonAndNpi() {
        // 16 + message_id 6 + source_addr_ton 1 = 23
        SmppDecodeException e = malformed("""
                00000017            // command_length 23
                00000003            // query_sm
                00000000
                00000012            // sequence_number 0x12
                "12345" 00          // message_id
                01                  // source_addr_ton, then the frame ends
                """);
        assertError(e, ESME_RINVCMDLEN, 0x00000003, 0x12, "source_addr_npi");
    }

    @Test
    void truncatedBeforeAnI1() {
        // 16 + system_id 4 + password 3 + system_type 1 = 24
        SmppDecodeException e = malformed("""
                00000018            // command_length 24
                00000002            // bind_transmitter
                00000000
                00000013            // sequence_number 0x13
                "sys" 00            // system_id
                "pw" 00             // password
                00                  // system_type; interface_version is missing
                """);
        assertError(e, ESME_RINVCMDLEN, BIND_TRANSMITTER, 0x13, "interface_version");
    }

    @Test
    void truncatedInsideAnI4() {
        // 16 + message_id 3 + no_unsuccess 1 + address 2+2 + 2 of error_status_code's 4 = 26
        SmppDecodeException e = malformed("""
                0000001A            // command_length 26
                80000021            // submit_multi_resp
                00000000            // ESME_ROK, so the body must be whole
                00000014            // sequence_number 0x14
                "id" 00             // message_id
                01                  // no_unsuccess 1
                01 01 "1" 00        // destination_addr
                0000                // error_status_code: 2 of 4 octets
                """);
        assertError(e, ESME_RINVCMDLEN, 0x80000021, 0x14, "error_status_code");
        assertThat(e.answerWithGenericNack())
                .as("a bad response is answered with generic_nack")
                .isTrue();
    }

    @Test
    void truncatedInsideATimeField() {
        // 16 + 1 + source 4 + dest 4 + 3 + 10 = 38
        SmppDecodeException e = malformed("""
                00000026            // command_length 38
                00000004            // submit_sm
                00000000
                00000015            // sequence_number 0x15
                00                  // service_type NULL
                01 01 "1" 00        // source_addr
                01 01 "2" 00        // destination_addr
                00 00 00            // esm_class, protocol_id, priority_flag
                "2403151430"        // schedule_delivery_time: 10 of 16 characters, then the frame ends
                """);
        assertError(e, ESME_RINVCMDLEN, SUBMIT_SM, 0x15, "schedule_delivery_time");
    }

    @Test
    void truncatedAfterADestFlag() {
        // 16 + 1 + source 4 + number_of_dests 1 + dest_flag 1 = 23
        SmppDecodeException e = malformed("""
                00000017            // command_length 23
                00000021            // submit_multi
                00000000
                00000016            // sequence_number 0x16
                00                  // service_type NULL
                01 01 "1" 00        // source_addr
                01                  // number_of_dests 1
                01                  // dest_flag SME, then the frame ends
                """);
        assertError(e, ESME_RINVCMDLEN, SUBMIT_MULTI, 0x16, "destination_addr");
    }

    @Test
    void cStringRunningPastTheEnd() {
        // 16 + "abc" 3 = 19
        SmppDecodeException e = malformed("""
                00000013            // command_length 19
                00000002            // bind_transmitter
                00000000
                00000017            // sequence_number 0x17
                "abc"               // system_id without NUL, shorter than its maximum: the PDU is cut short
                """);
        assertError(e, ESME_RINVCMDLEN, BIND_TRANSMITTER, 0x17, "system_id has no NUL before the end");
    }

    @Test
    void smLengthPastTheBody() {
        // 16 + 1 + 3 + 4 + 3 + 2 + 4 + sm_length 1 + 3 = 37
        SmppDecodeException e = malformed("""
                00000025            // command_length 37
                00000004            // submit_sm
                00000000
                00000018            // sequence_number 0x18
                00                  // service_type NULL
                00 00 00            // source_addr NULL
                01 01 "1" 00        // destination_addr
                00 00 00 00 00      // esm_class, protocol_id, priority_flag, schedule NULL, validity NULL
                00 00 00 00         // registered_delivery, replace_if_present_flag, data_coding, sm_default_msg_id
                0A                  // sm_length 10
                "abc"               // but only 3 octets follow
                """);
        assertError(e, ESME_RINVMSGLEN, SUBMIT_SM, 0x18, "short_message is 10 octets but only 3 remain");
        assertThat(e.answerWithGenericNack())
                .as("a body error is answered with submit_sm_resp")
                .isFalse();
    }

    @Test
    void smLength255() {
        // sm_length is 0-254 (§4.4.1); 255 octets are present, but the field itself is out of range.
        // 16 + 1 + 3 + 4 + 5 + 4 + sm_length 1 + 255 = 289
        SmppDecodeException e = malformed("""
                00000121            // command_length 289
                00000004            // submit_sm
                00000000
                00000019            // sequence_number 0x19
                00                  // service_type NULL
                00 00 00            // source_addr NULL
                01 01 "1" 00        // destination_addr
                00 00 00 00 00      // esm_class, protocol_id, priority_flag, schedule NULL, validity NULL
                00 00 00 00         // registered_delivery, replace_if_present_flag, data_coding, sm_default_msg_id
                FF                  // sm_length 255
                """ + "41".repeat(255) + "  // 255 x 'A'\n");
        assertError(e, ESME_RINVMSGLEN, SUBMIT_SM, 0x19, "sm_length is 255; at most 254");
    }

    @Test
    void smLength255InReplaceSm() {
        // 16 + message_id 2 + source 3 + schedule 1 + validity 1 + 2 + sm_length 1 + 255 = 281
        SmppDecodeException e = malformed("""
                00000119            // command_length 281
                00000007            // replace_sm
                00000000
                0000001A            // sequence_number 0x1A
                "1" 00              // message_id
                00 00 00            // source_addr NULL
                00 00               // schedule_delivery_time, validity_period NULL
                00 00               // registered_delivery, sm_default_msg_id
                FF                  // sm_length 255
                """ + "41".repeat(255) + "  // 255 x 'A'\n");
        assertError(e, ESME_RINVMSGLEN, 0x00000007, 0x1A, "sm_length is 255; at most 254");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // C-Octet Strings without a NUL within their maximum: the field's own status, answered with the _resp

    @Test
    void sourceAddrTooLong() {
        // 16 + 1 + 2 + 25 + 1 = 45
        SmppDecodeException e = malformed("""
                0000002D                             // command_length 45
                00000004                             // submit_sm
                00000000
                00000020                             // sequence_number 0x20
                00                                   // service_type NULL
                01 01 "1234567890123456789012345" 00 // source_addr: 25 characters, no NUL within C21
                """);
        assertError(e, ESME_RINVSRCADR, SUBMIT_SM, 0x20, "source_addr has no NUL within its maximum of 21");
        assertThat(e.answerWithGenericNack()).isFalse();
    }

    @Test
    void destinationAddrTooLong() {
        // 16 + 1 + 3 + 2 + 25 + 1 = 48
        SmppDecodeException e = malformed("""
                00000030                             // command_length 48
                00000005                             // deliver_sm
                00000000
                00000021                             // sequence_number 0x21
                00                                   // service_type NULL
                00 00 00                             // source_addr NULL
                01 01 "1234567890123456789012345" 00 // destination_addr: 25 characters, no NUL within C21
                """);
        assertError(e, ESME_RINVDSTADR, DELIVER_SM, 0x21, "destination_addr");
    }

    @Test
    void dataSmSourceAddrTooLongForC65() {
        // data_sm addresses are C65: 64 characters fit, 65 do not. 16 + 1 + 2 + 65 + 1 = 85
        SmppDecodeException e = malformed("""
                00000055            // command_length 85
                00000103            // data_sm
                00000000
                00000022            // sequence_number 0x22
                00                  // service_type NULL
                01 01               // source_addr_ton, source_addr_npi
                "0123456789012345678901234567890123456789012345678901234567890123X" 00  // 65 characters
                """);
        assertError(e, ESME_RINVSRCADR, 0x00000103, 0x22, "maximum of 65");
    }

    @Test
    void systemIdTooLong() {
        // 16 + 16 + 1 = 33
        SmppDecodeException e = malformed("""
                00000021                // command_length 33
                00000002                // bind_transmitter
                00000000
                00000023                // sequence_number 0x23
                "ABCDEFGHIJKLMNOP" 00   // system_id: 16 characters, no NUL within C16
                """);
        assertError(e, ESME_RINVSYSID, BIND_TRANSMITTER, 0x23, "system_id");
    }

    @Test
    void outbindSystemIdTooLong() {
        // 16 + 16 + 1 = 33
        SmppDecodeException e = malformed("""
                00000021                // command_length 33
                0000000B                // outbind
                00000000
                00000024                // sequence_number 0x24
                "ABCDEFGHIJKLMNOP" 00   // system_id: 16 characters, no NUL within C16
                """);
        assertError(e, ESME_RINVSYSID, 0x0000000B, 0x24, "system_id");
    }

    @Test
    void passwordTooLong() {
        // 16 + 4 + 9 + 1 = 30
        SmppDecodeException e = malformed("""
                0000001E            // command_length 30
                00000009            // bind_transceiver
                00000000
                00000025            // sequence_number 0x25
                "sys" 00            // system_id
                "123456789" 00      // password: 9 characters, no NUL within C9
                """);
        assertError(e, ESME_RINVPASWD, 0x00000009, 0x25, "password");
    }

    @Test
    void systemTypeTooLong() {
        // 16 + 4 + 3 + 13 + 1 = 37
        SmppDecodeException e = malformed("""
                00000025            // command_length 37
                00000001            // bind_receiver
                00000000
                00000026            // sequence_number 0x26
                "sys" 00            // system_id
                "pw" 00             // password
                "SYSTYPE123456" 00  // system_type: 13 characters, no NUL within C13
                """);
        assertError(e, ESME_RINVSYSTYP, 0x00000001, 0x26, "system_type");
    }

    @Test
    void serviceTypeTooLong() {
        // 16 + 6 + 1 = 23
        SmppDecodeException e = malformed("""
                00000017            // command_length 23
                00000004            // submit_sm
                00000000
                00000027            // sequence_number 0x27
                "CMTXYZ" 00         // service_type: 6 characters, no NUL within C6
                """);
        assertError(e, ESME_RINVSERTYP, SUBMIT_SM, 0x27, "service_type");
    }

    @Test
    void messageIdTooLong() {
        // 16 + 65 + 1 = 82
        SmppDecodeException e = malformed("""
                00000052            // command_length 82
                00000003            // query_sm
                00000000
                00000028            // sequence_number 0x28
                "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdefX" 00  // message_id: 65 characters
                """);
        assertError(e, ESME_RINVMSGID, 0x00000003, 0x28, "message_id");
    }

    @Test
    void dlNameTooLong() {
        // 16 + 1 + 4 + 1 + 1 + 21 + 1 = 45
        SmppDecodeException e = malformed("""
                0000002D                      // command_length 45
                00000021                      // submit_multi
                00000000
                00000029                      // sequence_number 0x29
                00                            // service_type NULL
                01 01 "1" 00                  // source_addr
                01                            // number_of_dests 1
                02                            // dest_flag distribution list
                "ABCDEFGHIJKLMNOPQRSTU" 00    // dl_name: 21 characters, no NUL within C21
                """);
        assertError(e, ESME_RINVDLNAME, SUBMIT_MULTI, 0x29, "dl_name");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // TLVs

    @Test
    void tlvHeaderCutShort() {
        // A header-only PDU followed by 2 octets: 16 + 2 = 18
        SmppDecodeException e = malformed("""
                00000012            // command_length 18
                00000006            // unbind
                00000000
                00000030            // sequence_number 0x30
                0424                // a TLV tag without its length
                """);
        assertError(e, ESME_RINVOPTPARSTREAM, 0x00000006, 0x30, "TLV header needs 4 octets but only 2 remain");
    }

    @Test
    void tlvLengthPastTheFrame() {
        // 16 + 1 + 3 + 4 + 5 + 4 + 1 + TLV 4+3 = 41
        SmppDecodeException e = malformed("""
                00000029            // command_length 41
                00000004            // submit_sm
                00000000
                00000031            // sequence_number 0x31
                00                  // service_type NULL
                00 00 00            // source_addr NULL
                01 01 "1" 00        // destination_addr
                00 00 00 00 00      // esm_class, protocol_id, priority_flag, schedule NULL, validity NULL
                00 00 00 00         // registered_delivery, replace_if_present_flag, data_coding, sm_default_msg_id
                00                  // sm_length 0
                0424 0010 "abc"     // message_payload says 16 octets; 3 are left
                """);
        assertError(e, ESME_RINVOPTPARSTREAM, SUBMIT_SM, 0x31, "TLV 0x0424 length 16 runs past the end");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "0204 0001 01         | user_message_reference is 1 octets; must be 2-2",
                "0423 0002 0300       | network_error_code is 2 octets; must be 3-3",
                "0010 0003 000001     | source_telematics_id is 3 octets; must be 1-2",
                "130C 0002 0101       | alert_on_message_delivery is 2 octets; must be 0-1",
                "001E 0000            | receipted_message_id is 0 octets; must be 1-65",
                "0202 0001 80         | source_subaddress is 1 octets; must be 2-23",
                "0017 0002 0001       | qos_time_to_live is 2 octets; must be 4-4",
            })
    void tlvWithALengthThe34TableDisallows(String tlv, String message) {
        // submit_sm with a NULL body (1 + 3 + 3 + 3 + 2 + 5 = 17 octets), a vendor TLV, then the bad 3.4 TLV
        SmppDecodeException e = malformed(frame(SUBMIT_SM, 0x32, """
                00 000000 000000 000000 0000 0000000000   // every mandatory field NULL, sm_length 0
                1400 0001 FF                              // a vendor TLV of any length is fine
                """ + tlv));
        assertError(e, ESME_RINVPARLEN, SUBMIT_SM, 0x32, message);
    }

    @Test
    void tlvWithADisallowedLengthInABindResp() {
        // 16 + system_id 5 + TLV 4+2 = 27
        SmppDecodeException e = malformed("""
                0000001B            // command_length 27
                80000009            // bind_transceiver_resp
                00000000            // ESME_ROK
                00000033            // sequence_number 0x33
                "SMSC" 00           // system_id
                0210 0002 0034      // sc_interface_version is 1 octet, not 2
                """);
        assertError(e, ESME_RINVPARLEN, 0x80000009, 0x33, "sc_interface_version");
    }

    @Test
    void smLengthTogetherWithMessagePayload() {
        // 16 + 1 + 3 + 4 + 5 + 4 + sm_length 1 + 2 + TLV 4+2 = 42
        SmppDecodeException e = malformed("""
                0000002A            // command_length 42
                00000004            // submit_sm
                00000000
                00000034            // sequence_number 0x34
                00                  // service_type NULL
                00 00 00            // source_addr NULL
                01 01 "1" 00        // destination_addr
                00 00 00 00 00      // esm_class, protocol_id, priority_flag, schedule NULL, validity NULL
                00 00 00 00         // registered_delivery, replace_if_present_flag, data_coding, sm_default_msg_id
                02 "hi"             // sm_length 2, short_message
                0424 0002 "hi"      // message_payload as well: not allowed
                """);
        assertError(e, ESME_RINVMSGLEN, SUBMIT_SM, 0x34, "sm_length is 2 but message_payload is present");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Times

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "241315143000004+ | month 13",
                "240315143000049+ | offset of 49 quarter hours",
                "24031514300000 + | a space",
                "240315143000004X | the last character",
                "2403151430       | 10 characters",
            })
    void badScheduleDeliveryTime(String time, String what) {
        // submit_sm: service_type, source, dest NULL, esm_class/pid/priority 0, then the bad time
        SmppDecodeException e = malformed(frame(
                SUBMIT_SM,
                0x40,
                "00 000000 000000 000000 \"" + time + "\" 00   // schedule_delivery_time with " + what + "\n"
                        + "00 0000000000   // validity_period NULL, registered_delivery .. sm_length 0\n"));
        assertError(e, ESME_RINVSCHED, SUBMIT_SM, 0x40, "schedule_delivery_time");
    }

    @Test
    void badValidityPeriod() {
        // 16 + 1 + 3 + 3 + 3 + schedule 1 + validity 17 + 5 = 49
        SmppDecodeException e = malformed("""
                00000031                // command_length 49
                00000004                // submit_sm
                00000000
                00000041                // sequence_number 0x41
                00 000000 000000        // service_type, source_addr, destination_addr NULL
                00 00 00                // esm_class, protocol_id, priority_flag
                00                      // schedule_delivery_time NULL
                "000001000000000r" 00   // validity_period: lower-case r is not relative
                00 00 00 00 00          // registered_delivery .. sm_length 0
                """);
        assertError(e, ESME_RINVEXPIRY, SUBMIT_SM, 0x41, "validity_period");
    }

    @Test
    void validityPeriodWithoutNulWithin17() {
        // 16 + 1 + 3 + 3 + 3 + 1 + 18 = 45
        SmppDecodeException e = malformed("""
                0000002D                // command_length 45
                00000004                // submit_sm
                00000000
                00000042                // sequence_number 0x42
                00 000000 000000        // service_type, source_addr, destination_addr NULL
                00 00 00                // esm_class, protocol_id, priority_flag
                00                      // schedule_delivery_time NULL
                "000001000000000R0" 00  // validity_period: 17 characters, no NUL within 17
                """);
        assertError(e, ESME_RINVEXPIRY, SUBMIT_SM, 0x42, "validity_period");
    }

    @Test
    void badScheduleInReplaceSm() {
        // 16 + message_id 2 + source 3 + schedule 17 + validity 1 + 3 = 42
        SmppDecodeException e = malformed("""
                0000002A                // command_length 42
                00000007                // replace_sm
                00000000
                00000043                // sequence_number 0x43
                "1" 00                  // message_id
                00 00 00                // source_addr NULL
                "240230120000000+" 00   // schedule_delivery_time: 30 February
                00                      // validity_period NULL
                00 00 00                // registered_delivery, sm_default_msg_id, sm_length 0
                """);
        assertError(e, ESME_RINVSCHED, 0x00000007, 0x43, "not a valid date");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // submit_multi destinations

    @Test
    void submitMultiWithNoDestinations() {
        // 16 + 1 + 4 + number_of_dests 1 + 3 + 2 + 5 = 32
        SmppDecodeException e = malformed("""
                00000020            // command_length 32
                00000021            // submit_multi
                00000000
                00000050            // sequence_number 0x50
                00                  // service_type NULL
                01 01 "1" 00        // source_addr
                00                  // number_of_dests 0
                00 00 00 00 00      // esm_class .. validity_period
                00 00 00 00 00      // registered_delivery .. sm_length 0
                """);
        assertError(e, ESME_RINVNUMDESTS, SUBMIT_MULTI, 0x50, "number_of_dests is 0; must be 1-254");
    }

    @Test
    void submitMultiWith255Destinations() {
        // 16 + 1 + 4 + number_of_dests 1 = 22: the count is checked before any destination is read
        SmppDecodeException e = malformed("""
                00000016            // command_length 22
                00000021            // submit_multi
                00000000
                00000051            // sequence_number 0x51
                00                  // service_type NULL
                01 01 "1" 00        // source_addr
                FF                  // number_of_dests 255
                """);
        assertError(e, ESME_RINVNUMDESTS, SUBMIT_MULTI, 0x51, "number_of_dests is 255");
    }

    @Test
    void submitMultiWithABadDestFlag() {
        // 16 + 1 + 4 + 1 + (1+2+2) + 1 + 2 = 30
        SmppDecodeException e = malformed("""
                0000001E            // command_length 30
                00000021            // submit_multi
                00000000
                00000052            // sequence_number 0x52
                00                  // service_type NULL
                01 01 "1" 00        // source_addr
                02                  // number_of_dests 2
                01 01 01 "2" 00     //   dest_flag SME, destination_addr
                03                  //   dest_flag 3: neither SME nor distribution list
                01 00               //   whatever follows
                """);
        assertError(e, ESME_RINVDESTFLAG, SUBMIT_MULTI, 0x52, "dest_flag is 3");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Responses

    @Test
    void malformedBodyOfAnErrorResponseIsTolerated() {
        // A failed request's stray body says nothing: the status is kept, the body dropped. 16 + 3 = 19
        byte[] bytes = concat(hex("""
                        00000013            // command_length 19
                        80000004            // submit_sm_resp
                        00000008            // ESME_RSYSERR
                        00000060            // sequence_number 0x60
                        "abc"               // message_id without NUL
                        """), hex(ENQUIRE_LINK));
        assertThat(feed(new SmppPduDecoder(), bytes, 1))
                .containsExactly(
                        SubmitSmResp.builder()
                                .commandStatus(CommandStatus.ESME_RSYSERR)
                                .build()
                                .withSequenceNumber(0x60),
                        EXPECTED_ENQUIRE_LINK);
    }

    @Test
    void malformedBodyOfAnOkResponseIsAnError() {
        SmppDecodeException e = malformed("""
                00000013            // command_length 19
                80000004            // submit_sm_resp
                00000000            // ESME_ROK
                00000061            // sequence_number 0x61
                "abc"               // message_id without NUL
                """);
        assertError(e, ESME_RINVCMDLEN, 0x80000004, 0x61, "message_id");
        assertThat(e.answerWithGenericNack()).isTrue();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Framing

    @Test
    void commandLengthBelow16LosesFraming() {
        byte[] bytes = concat(hex("""
                        00000008            // command_length 8: less than the header
                        00000015            // enquire_link
                        00000000
                        00000070            // sequence_number 0x70
                        """), hex(ENQUIRE_LINK), hex(ENQUIRE_LINK));
        for (int chunk : new int[] {0, 16}) {
            SmppPduDecoder decoder = new SmppPduDecoder();
            List<Object> events = feed(decoder, bytes, chunk);
            assertThat(events).as("every later byte is discarded").hasSize(1);
            SmppDecodeException e = (SmppDecodeException) events.get(0);
            assertThat(e.isFramingLost()).isTrue();
            assertError(e, ESME_RINVCMDLEN, 0x00000015, 0x70, "command_length is 8");
            assertThat(e.answerWithGenericNack()).isTrue();
        }
    }

    @Test
    void zeroCommandLengthLosesFramingEvenAlone() {
        // Only the 4 octets of command_length arrive: that is enough to know framing is lost.
        List<Object> events = feed(new SmppPduDecoder(), concat(hex("00000000"), hex(ENQUIRE_LINK)), 4);
        assertThat(events).hasSize(1);
        SmppDecodeException e = (SmppDecodeException) events.get(0);
        assertThat(e.isFramingLost()).isTrue();
        assertThat(e.isHeaderRead()).isFalse();
        assertThat(e.status()).isEqualTo(ESME_RINVCMDLEN);
        assertThat(e.sequenceNumber()).isZero();
    }

    @Test
    void commandLengthAboveTheMaximumLosesTheFraming() {
        // 16 + 84 = 100 > 64: answered and the stream given up, so the enquire_link after it is discarded too.
        byte[] big = new byte[100];
        System.arraycopy(
                hex("00000064 00000004 00000000 00000071   // command_length 100, submit_sm, sequence_number 0x71"),
                0,
                big,
                0,
                16);
        byte[] bytes = concat(big, hex(ENQUIRE_LINK));
        for (int chunk : new int[] {0, 1, 7, 64}) {
            List<Object> events = feed(new SmppPduDecoder(64), bytes, chunk);
            assertThat(events).as("chunk %d", chunk).hasSize(1);
            SmppDecodeException e = (SmppDecodeException) events.get(0);
            assertThat(e.isFramingLost()).isTrue();
            assertThat(e.isHeaderRead()).as("chunk %d", chunk).isTrue();
            assertError(e, ESME_RINVCMDLEN, SUBMIT_SM, 0x71, "command_length is 100; must be 16-64");
        }
    }

    @Test
    void twoGigabyteCommandLengthIsNeverBuffered() {
        CountingAllocator alloc = new CountingAllocator();
        Recorder recorder = new Recorder();
        EmbeddedChannel channel = new EmbeddedChannel(new SmppPduDecoder(), recorder);
        channel.config().setAllocator(alloc);
        List<ByteBuf> written = new ArrayList<>();
        // The header alone, one byte at a time so that the decoder has to cumulate it.
        byte[] header = hex("80000000 00000004 00000000 00000072   // command_length 2^31, submit_sm");
        for (byte b : header) {
            ByteBuf buf = Unpooled.buffer(1, 1).writeByte(b);
            written.add(buf);
            channel.writeInbound(buf);
        }
        // Then 1 MiB of the announced body, in 64 KiB reads.
        for (int i = 0; i < 16; i++) {
            ByteBuf buf = Unpooled.wrappedBuffer(new byte[64 * 1024]);
            written.add(buf);
            channel.writeInbound(buf);
        }
        channel.checkException();
        assertThat(recorder.events).hasSize(1);
        SmppDecodeException e = (SmppDecodeException) recorder.events.get(0);
        assertError(e, ESME_RINVCMDLEN, SUBMIT_SM, 0x72, "command_length is 2147483648");
        assertThat(written)
                .as("every read was consumed and released: nothing is held")
                .allSatisfy(b -> assertThat(b.refCnt()).isZero());
        assertThat(alloc.largest).as("largest cumulation buffer").isLessThanOrEqualTo(1024);
        assertFalse(channel.finish());
    }

    @Test
    void garbageHeader() {
        // An HTTP request on the SMPP port: "GET " is a command_length of 1,195,725,856, far above the maximum, so the
        // framing is lost; the enquire_link after it is discarded with the rest.
        byte[] http = "GET / HTTP/1.1\r\nHost: smsc\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        List<Object> events = feed(new SmppPduDecoder(), concat(http, hex(ENQUIRE_LINK)), 0);
        assertThat(events).hasSize(1);
        SmppDecodeException e = (SmppDecodeException) events.get(0);
        assertThat(e.status()).isEqualTo(ESME_RINVCMDLEN);
        assertThat(e.commandId()).isEqualTo(0x2F204854); // "/ HT"
        assertThat(e.sequenceNumber()).isEqualTo(0x2E310D0A); // ".1\r\n"
        assertThat(e.getMessage()).contains("command_length is 1195725856");
        assertThat(e.answerWithGenericNack()).isTrue();
        assertThat(e.isFramingLost()).isTrue();
    }

    @Test
    void unknownCommandIdIsNotAnError() {
        byte[] bytes = concat(hex("""
                        00000013            // command_length 19
                        00000099            // command_id 0x99: reserved
                        00000000
                        00000073            // sequence_number 0x73
                        414243              // body
                        """), hex(ENQUIRE_LINK));
        assertThat(feed(new SmppPduDecoder(), bytes, 1))
                .containsExactly(
                        UnknownPdu.of(0x99, CommandStatus.ESME_ROK, new byte[] {0x41, 0x42, 0x43})
                                .withSequenceNumber(0x73),
                        EXPECTED_ENQUIRE_LINK);
    }

    @Test
    void exceptionSurfacesThroughCheckExceptionAndTheNextPduStillDecodes() {
        // Without a handler to catch it, EmbeddedChannel rethrows the error after the write; the PDU after it is
        // already decoded.
        EmbeddedChannel channel = new EmbeddedChannel(new SmppPduDecoder());
        byte[] bytes = concat(hex("""
                        00000017            // command_length 23
                        00000004            // submit_sm
                        00000000
                        00000074            // sequence_number 0x74
                        "CMTXYZ" 00         // service_type too long
                        """), hex(ENQUIRE_LINK));
        assertThatThrownBy(() -> channel.writeInbound(Unpooled.wrappedBuffer(bytes)))
                .isInstanceOfSatisfying(SmppDecodeException.class, e -> {
                    assertThat(e.status()).isEqualTo(ESME_RINVSERTYP);
                    assertThat(e.commandId()).isEqualTo(SUBMIT_SM);
                    assertThat(e.sequenceNumber()).isEqualTo(0x74);
                });
        Object next = channel.readInbound();
        assertThat(next).isEqualTo(EXPECTED_ENQUIRE_LINK);
        // and later PDUs too
        channel.writeInbound(Unpooled.wrappedBuffer(hex(ENQUIRE_LINK)));
        channel.checkException();
        Object later = channel.readInbound();
        assertThat(later).isEqualTo(EXPECTED_ENQUIRE_LINK);
        assertFalse(channel.finish());
    }

    @Test
    void pduCodecRejectsAFrameWhoseLengthDisagrees() {
        ByteBuf frame = Unpooled.wrappedBuffer(hex("00000014 00000015 00000000 00000075   // says 20, has 16"));
        assertThatThrownBy(() -> PduCodec.decode(frame)).isInstanceOfSatisfying(SmppDecodeException.class, e -> {
            assertThat(e.status()).isEqualTo(ESME_RINVCMDLEN);
            assertThat(e.commandId()).isEqualTo(0x15);
            assertThat(e.sequenceNumber()).isEqualTo(0x75);
        });
        assertThat(frame.isReadable()).as("the frame is consumed").isFalse();

        ByteBuf shortFrame = Unpooled.wrappedBuffer(hex("00000010 0000"));
        assertThatThrownBy(() -> PduCodec.decode(shortFrame)).isInstanceOfSatisfying(SmppDecodeException.class, e -> {
            assertThat(e.isHeaderRead()).isFalse();
            assertThat(e.status()).isEqualTo(ESME_RINVCMDLEN);
        });
    }

    /** An allocator that remembers the largest buffer asked of it. */
    private static final class CountingAllocator extends AbstractByteBufAllocator {
        int largest;

        CountingAllocator() {
            super(false);
        }

        @Override
        protected ByteBuf newHeapBuffer(int initialCapacity, int maxCapacity) {
            largest = Math.max(largest, initialCapacity);
            return UnpooledByteBufAllocator.DEFAULT.heapBuffer(initialCapacity, maxCapacity);
        }

        @Override
        protected ByteBuf newDirectBuffer(int initialCapacity, int maxCapacity) {
            largest = Math.max(largest, initialCapacity);
            return UnpooledByteBufAllocator.DEFAULT.heapBuffer(initialCapacity, maxCapacity);
        }

        @Override
        public boolean isDirectBufferPooled() {
            return false;
        }
    }
}
