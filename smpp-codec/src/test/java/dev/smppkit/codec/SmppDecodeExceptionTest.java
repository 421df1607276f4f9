package dev.smppkit.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.codec.pdu.BindResp;
import dev.smppkit.codec.pdu.GenericNack;
import dev.smppkit.codec.pdu.PduResponse;
import dev.smppkit.codec.pdu.SubmitSmResp;
import org.junit.jupiter.api.Test;

/** The answer a session sends for a decode error (§2.8, §3.3): generic_nack or the request's own response. */
class SmppDecodeExceptionTest {
    private static SmppDecodeException bodyError(CommandId id, CommandStatus status) {
        return new SmppDecodeException("bad", id.value(), 42, true, status, false);
    }

    @Test
    void aBodyErrorInARequestIsAnsweredWithItsOwnHeaderOnlyResponse() {
        CommandId[] requests = {
            CommandId.BIND_RECEIVER,
            CommandId.BIND_TRANSMITTER,
            CommandId.BIND_TRANSCEIVER,
            CommandId.SUBMIT_SM,
            CommandId.SUBMIT_MULTI,
            CommandId.DATA_SM,
            CommandId.DELIVER_SM,
            CommandId.QUERY_SM,
            CommandId.CANCEL_SM,
            CommandId.REPLACE_SM,
            CommandId.ENQUIRE_LINK,
            CommandId.UNBIND
        };
        for (CommandId id : requests) {
            PduResponse answer = bodyError(id, CommandStatus.ESME_RINVSRCADR).errorResponse();
            assertThat(answer.commandId()).as(id.name()).isEqualTo(id.responseId());
            assertThat(answer.commandStatus()).isEqualTo(CommandStatus.ESME_RINVSRCADR);
            assertThat(answer.sequenceNumber()).isEqualTo(42);
            assertThat(answer.tlvs().isEmpty()).isTrue();
        }
        assertThat(((SubmitSmResp) bodyError(CommandId.SUBMIT_SM, CommandStatus.ESME_RINVSRCADR)
                                .errorResponse())
                        .messageId())
                .isEmpty();
        assertThat(((BindResp) bodyError(CommandId.BIND_TRANSCEIVER, CommandStatus.ESME_RINVSYSID)
                                .errorResponse())
                        .systemId())
                .isEmpty();
    }

    @Test
    void headerErrorsResponsesAndCommandsWithoutAResponseGetGenericNack() {
        SmppDecodeException[] errors = {
            new SmppDecodeException("short", 0, 0, false, CommandStatus.ESME_RINVCMDLEN, true),
            bodyError(CommandId.SUBMIT_SM, CommandStatus.ESME_RINVCMDLEN),
            bodyError(CommandId.SUBMIT_SM, CommandStatus.ESME_RINVCMDID),
            bodyError(CommandId.SUBMIT_SM_RESP, CommandStatus.ESME_RINVMSGID),
            bodyError(CommandId.OUTBIND, CommandStatus.ESME_RINVSYSID),
            bodyError(CommandId.ALERT_NOTIFICATION, CommandStatus.ESME_RINVSRCADR)
        };
        for (SmppDecodeException e : errors) {
            PduResponse answer = e.errorResponse();
            assertThat(answer).as(e.getMessage()).isInstanceOf(GenericNack.class);
            assertThat(answer.commandStatus()).isEqualTo(e.status());
            assertThat(answer.sequenceNumber()).isEqualTo(e.sequenceNumber());
        }
    }
}
