package dev.smppkit.codec.pdu;

import static dev.smppkit.codec.testing.PduFixtures.assertGolden;

import dev.smppkit.codec.CommandStatus;
import org.junit.jupiter.api.Test;

/** Golden fixtures for the header-only session PDUs: unbind (§4.2), generic_nack (§4.3), enquire_link (§4.11). */
class SessionGoldenTest {
    @Test
    void unbind() {
        assertGolden("""
                00000010            // command_length 16, header only
                00000006            // command_id unbind
                00000000            // command_status NULL
                0000000C            // sequence_number 12
                """, Unbind.create().withSequenceNumber(12));
    }

    @Test
    void unbindResp() {
        assertGolden("""
                00000010            // command_length 16, header only
                80000006            // command_id unbind_resp
                00000000            // command_status ESME_ROK
                0000000C            // sequence_number 12, echoed
                """, Unbind.create().withSequenceNumber(12).createResponse(CommandStatus.ESME_ROK));
    }

    @Test
    void unbindRespError() {
        assertGolden("""
                00000010            // command_length 16, header only
                80000006            // command_id unbind_resp
                00000004            // command_status ESME_RINVBNDSTS
                0000000D            // sequence_number 13
                """, UnbindResp.create(CommandStatus.ESME_RINVBNDSTS).withSequenceNumber(13));
    }

    @Test
    void enquireLink() {
        assertGolden("""
                00000010            // command_length 16, header only
                00000015            // command_id enquire_link
                00000000            // command_status NULL
                7FFFFFFF            // sequence_number 0x7FFFFFFF, the largest allowed (§5.1.4)
                """, EnquireLink.create().withSequenceNumber(0x7FFFFFFF));
    }

    @Test
    void enquireLinkResp() {
        assertGolden("""
                00000010            // command_length 16, header only
                80000015            // command_id enquire_link_resp
                00000000            // command_status ESME_ROK, always
                00000001            // sequence_number 1
                """, EnquireLinkResp.create(CommandStatus.ESME_ROK).withSequenceNumber(1));
    }

    @Test
    void enquireLinkRespFromCreateResponse() {
        assertGolden("""
                00000010 80000015 00000000 00000002   // enquire_link_resp, ESME_ROK, sequence_number 2
                """, EnquireLink.create().withSequenceNumber(2).createResponse(CommandStatus.ESME_ROK));
    }

    @Test
    void genericNackForAnUnknownCommandId() {
        assertGolden("""
                00000010            // command_length 16, header only
                80000000            // command_id generic_nack
                00000003            // command_status ESME_RINVCMDID
                00000009            // sequence_number 9, the offending PDU's
                """, GenericNack.create(CommandStatus.ESME_RINVCMDID).withSequenceNumber(9));
    }

    @Test
    void genericNackWhenTheHeaderCouldNotBeRead() {
        assertGolden("""
                00000010            // command_length 16, header only
                80000000            // command_id generic_nack
                00000002            // command_status ESME_RINVCMDLEN
                00000000            // sequence_number NULL: the header could not be decoded (§4.3)
                """, GenericNack.create(CommandStatus.ESME_RINVCMDLEN));
    }
}
