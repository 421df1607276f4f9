package dev.smppkit.codec.pdu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.SmppTime;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Builders fail fast, and their messages name the field in the spec's words and the limit, so a user sees at once what
 * to change.
 */
class BuilderValidationTest {
    private static final String ADDR_21 = "123456789012345678901"; // 21 characters: one over C21
    private static final String CHARS_65 =
            "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdefX"; // 65: one over C65

    // ---------------------------------------------------------------------------------------------------------------
    // submit_sm / deliver_sm

    @Test
    void shortMessageOver254SaysUseMessagePayload() {
        assertThatThrownBy(() -> SubmitSm.builder().shortMessage(new byte[300]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("short_message is 300 octets; at most 254 — use message_payload");
        assertThatThrownBy(() -> DeliverSm.builder().shortMessage(new byte[255]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("short_message is 255 octets; at most 254 — use message_payload");
        assertThat(SubmitSm.builder().shortMessage(new byte[254]).build().smLength())
                .isEqualTo(254);
    }

    @Test
    void shortMessageAndMessagePayloadTogether() {
        assertThatThrownBy(() -> SubmitSm.builder()
                        .messagePayload(new byte[10])
                        .shortMessage(new byte[] {1})
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "short_message and message_payload are both set; use one (sm_length must be 0 with message_payload)");
    }

    @Test
    void priorityFlag() {
        assertThatThrownBy(() -> SubmitSm.builder().priorityFlag(7))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("priority_flag is 7; must be 0-3");
        assertThatThrownBy(() -> DeliverSm.builder().priorityFlag(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("priority_flag is -1; must be 0-3");
    }

    @Test
    void addressesOver20() {
        assertThatThrownBy(() -> SubmitSm.builder().sourceAddress(Address.international(ADDR_21)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("source_addr is 21 octets; at most 20 (C-Octet String of 21 with NUL)");
        assertThatThrownBy(() -> DeliverSm.builder().destAddress(Address.international(ADDR_21)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("destination_addr is 21 octets; at most 20 (C-Octet String of 21 with NUL)");
        assertThatThrownBy(() -> QuerySm.of("1", Address.international(ADDR_21)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("source_addr is 21 octets; at most 20 (C-Octet String of 21 with NUL)");
        assertThatThrownBy(() -> CancelSm.builder().destAddress(Address.international(ADDR_21)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("destination_addr is 21 octets; at most 20 (C-Octet String of 21 with NUL)");
        assertThatThrownBy(() -> ReplaceSm.builder().sourceAddress(Address.international(ADDR_21)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("source_addr is 21 octets; at most 20 (C-Octet String of 21 with NUL)");
    }

    @Test
    void nullAddressIsNamed() {
        assertThatThrownBy(() -> SubmitSm.builder().sourceAddress(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("source_addr must not be null (use Address.NULL)");
    }

    @Test
    void serviceType() {
        assertThatThrownBy(() -> SubmitSm.builder().serviceType("CMTXYZ"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("service_type is 6 octets; at most 5 (C-Octet String of 6 with NUL)");
    }

    @Test
    void otherIntegerFields() {
        assertThatThrownBy(() -> SubmitSm.builder().protocolId(256))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("protocol_id is 256; must be 0-255");
        assertThatThrownBy(() -> SubmitSm.builder().smDefaultMsgId(255))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sm_default_msg_id is 255; must be 0-254");
        assertThatThrownBy(() -> SubmitSm.builder().replaceIfPresentFlag(2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("replace_if_present_flag is 2; must be 0-1");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // bind and outbind

    @Test
    void systemIdOver15() {
        assertThatThrownBy(() -> Bind.builder(BindType.TRANSMITTER).systemId("ABCDEFGHIJKLMNOP"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("system_id is 16 octets; at most 15 (C-Octet String of 16 with NUL)");
        assertThatThrownBy(() -> BindResp.builder(BindType.RECEIVER).systemId("ABCDEFGHIJKLMNOP"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("system_id is 16 octets; at most 15 (C-Octet String of 16 with NUL)");
        assertThatThrownBy(() -> Outbind.of("ABCDEFGHIJKLMNOP", ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("system_id is 16 octets; at most 15 (C-Octet String of 16 with NUL)");
    }

    @Test
    void bindFields() {
        assertThatThrownBy(() -> Bind.builder(BindType.TRANSCEIVER).password("123456789"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("password is 9 octets; at most 8 (C-Octet String of 9 with NUL)");
        assertThatThrownBy(() -> Bind.builder(BindType.TRANSCEIVER).systemType("SYSTYPE123456"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("system_type is 13 octets; at most 12 (C-Octet String of 13 with NUL)");
        assertThatThrownBy(() -> Bind.builder(BindType.TRANSCEIVER).interfaceVersion(0x100))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("interface_version is 256; must be 0-255");
        assertThatThrownBy(() -> Bind.builder(BindType.RECEIVER).addressRange(Address.of(0, 0, "x".repeat(41))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("address_range is 41 octets; at most 40 (C-Octet String of 41 with NUL)");
    }

    @Test
    void cStringCharacters() {
        assertThatThrownBy(() -> Bind.builder(BindType.TRANSMITTER).systemId("ab\0c"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("system_id has NUL at index 2; a C-Octet String holds Latin-1 characters other than NUL");
        assertThatThrownBy(() -> Address.of(5, 0, "€uro"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("address has U+20AC at index 0; a C-Octet String holds Latin-1 characters other than NUL");
        assertThatThrownBy(() -> Bind.builder(BindType.TRANSMITTER).systemId(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("system_id must not be null (use \"\" for NULL)");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Addresses

    @Test
    void addressFactories() {
        assertThatThrownBy(() -> Address.alphanumeric("ABCDEFGHIJKL"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("alphanumeric address is 12 characters; at most 11: 'ABCDEFGHIJKL'");
        assertThatThrownBy(() -> Address.international("+44 7700"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("international address must be digits, got '+44 7700'");
        assertThatThrownBy(() -> Address.of(256, 1, "1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("addr_ton is 256; must be 0-255");
        assertThatThrownBy(() -> Address.of(1, -1, "1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("addr_npi is -1; must be 0-255");
    }

    @Test
    void c65AddressesOver64() {
        assertThatThrownBy(() -> DataSm.builder().sourceAddress(Address.of(0, 14, CHARS_65)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("source_addr is 65 octets; at most 64 (C-Octet String of 65 with NUL)");
        assertThatThrownBy(() -> AlertNotification.of(Address.NULL, Address.of(0, 14, CHARS_65), Tlvs.EMPTY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("esme_addr is 65 octets; at most 64 (C-Octet String of 65 with NUL)");
    }

    @Test
    void messageIdOver64() {
        assertThatThrownBy(() -> SubmitSmResp.builder().messageId(CHARS_65))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("message_id is 65 octets; at most 64 (C-Octet String of 65 with NUL)");
        assertThatThrownBy(() -> CancelSm.builder().messageId(CHARS_65))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("message_id is 65 octets; at most 64 (C-Octet String of 65 with NUL)");
        assertThatThrownBy(() -> QuerySm.of(CHARS_65, Address.NULL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("message_id is 65 octets; at most 64 (C-Octet String of 65 with NUL)");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // submit_multi

    @Test
    void submitMultiDestinations() {
        assertThatThrownBy(() -> SubmitMulti.builder().build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("number_of_dests is 0; must be 1-254");
        SubmitMulti.Builder many = SubmitMulti.builder();
        for (int i = 0; i < 255; i++) {
            many.addDestination(DestinationAddress.sme(Address.international(String.valueOf(1000 + i))));
        }
        assertThatThrownBy(many::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("number_of_dests is 255; must be 1-254");
        assertThatThrownBy(() -> DestinationAddress.distributionList("ABCDEFGHIJKLMNOPQRSTU"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dl_name is 21 octets; at most 20 (C-Octet String of 21 with NUL)");
        assertThatThrownBy(() -> DestinationAddress.sme(Address.international(ADDR_21)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("destination_addr is 21 octets; at most 20 (C-Octet String of 21 with NUL)");
        assertThatThrownBy(() -> SubmitMulti.builder().destAddress(Address.international("1")))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessage("submit_multi has a destination list: use addDestination");
    }

    @Test
    void submitMultiRespUnsuccessful() {
        assertThatThrownBy(() -> new UnsuccessSme(Address.international(ADDR_21), CommandStatus.ESME_RINVDSTADR))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("destination_addr is 21 octets; at most 20 (C-Octet String of 21 with NUL)");
        SubmitMultiResp.Builder many = SubmitMultiResp.builder();
        for (int i = 0; i < 256; i++) {
            many.addUnsuccessful(new UnsuccessSme(Address.international("1"), CommandStatus.ESME_RINVDSTADR));
        }
        assertThatThrownBy(many::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no_unsuccess is 256; must be 0-255");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // replace_sm, query_sm_resp

    @Test
    void replaceSmShortMessage() {
        assertThatThrownBy(() -> ReplaceSm.builder().shortMessage(new byte[255]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("short_message is 255 octets; at most 254 (replace_sm has no message_payload)");
        assertThatThrownBy(() -> ReplaceSm.builder().smDefaultMsgId(300))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sm_default_msg_id is 300; must be 0-254");
    }

    @Test
    void querySmRespErrorCode() {
        assertThatThrownBy(() -> QuerySmResp.builder().errorCode(256))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("error_code is 256; must be 0-255");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // TLVs

    @Test
    void tlvLengthsOfThe34Table() {
        assertThatThrownBy(() -> Tlv.of(0x0204, new byte[1]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("user_message_reference is 1 octets; must be 2");
        assertThatThrownBy(() -> Tlv.of(0x0010, new byte[3]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("source_telematics_id is 3 octets; must be 1-2");
        assertThatThrownBy(() -> Tlv.of(0x130C, new byte[2]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("alert_on_message_delivery is 2 octets; must be 0-1");
        assertThatThrownBy(() -> Tlv.ofCString(TlvTag.RECEIPTED_MESSAGE_ID, CHARS_65))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("receipted_message_id is 66 octets; must be 1-65");
        assertThatThrownBy(() -> Tlvs.builder().messagePayload(new byte[65536]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("TLV 0x424 value is 65536 octets; at most 65535");
        // the documented quirks are allowed
        assertThat(Tlv.of(0x0010, new byte[2]).length()).isEqualTo(2);
        assertThat(Tlv.of(0x130C, new byte[1]).length()).isEqualTo(1);
        // a vendor TLV may have any length
        assertThat(Tlv.of(0x1400, new byte[300]).knownTag()).isNull();
    }

    @Test
    void tlvTagsAndIntegers() {
        assertThatThrownBy(() -> Tlv.of(0x10000, new byte[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("TLV tag is 65536; must be 0-0xFFFF");
        assertThatThrownBy(() -> Tlv.ofInt(0x1400, 3, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("integer TLV length is 3; must be 1, 2 or 4");
        assertThatThrownBy(() -> Tlvs.builder().sourcePort(65536))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("TLV 0x20a value is 65536; must be 0-65535");
        assertThatThrownBy(() -> new NetworkErrorCode(256, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("network_error_code network type is 256; must be 0-255");
    }

    @Test
    void sarParameters() {
        assertThatThrownBy(() -> Tlvs.builder().sar(1, 0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sar_total_segments is 0; must be 1-255");
        assertThatThrownBy(() -> Tlvs.builder().sar(1, 2, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sar_segment_seqnum is 3; must be 1-2");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Times

    @Test
    void smppTimes() {
        assertThatThrownBy(() -> SmppTime.parse("2403151430"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SMPP time '2403151430' is 10 characters; must be 16 (YYMMDDhhmmsstnnp)");
        assertThatThrownBy(() -> SmppTime.parse("240315143000049+"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SMPP time '240315143000049+' has a UTC offset of 49 quarter hours; at most 48");
        assertThatThrownBy(() -> SmppTime.parse("240315143000004Z"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SMPP time '240315143000004Z' must end with '+', '-' or 'R'");
        assertThatThrownBy(() -> SmppTime.parse("241315143000004+"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("SMPP time '241315143000004+' is not a valid date");
        assertThatThrownBy(() -> SmppTime.relative(100, 0, 0, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("relative years is 100; must be 0-99");
        assertThatThrownBy(() -> SmppTime.relative(Duration.ofDays(100)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("relative time PT2400H exceeds 99 days");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // PDUs without a response

    @Test
    void outbindAndAlertNotificationHaveNoResponse() {
        assertThatThrownBy(() -> Outbind.of("a", "b").createResponse(CommandStatus.ESME_ROK))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessage("outbind has no response; answer with bind_receiver");
        assertThatThrownBy(() -> AlertNotification.of(Address.NULL, Address.NULL, Tlvs.EMPTY)
                        .createResponse(CommandStatus.ESME_ROK))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessage("alert_notification has no response");
    }
}
