package dev.smppkit.testkit.internal;

import dev.smppkit.codec.CommandId;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.pdu.BindResp;
import dev.smppkit.codec.pdu.BindType;
import dev.smppkit.codec.pdu.CancelSmResp;
import dev.smppkit.codec.pdu.DataSmResp;
import dev.smppkit.codec.pdu.DeliverSmResp;
import dev.smppkit.codec.pdu.EnquireLinkResp;
import dev.smppkit.codec.pdu.GenericNack;
import dev.smppkit.codec.pdu.PduResponse;
import dev.smppkit.codec.pdu.QuerySmResp;
import dev.smppkit.codec.pdu.ReplaceSmResp;
import dev.smppkit.codec.pdu.SubmitMultiResp;
import dev.smppkit.codec.pdu.SubmitSmResp;
import dev.smppkit.codec.pdu.UnbindResp;

/**
 * The error answer to a request known only by its header, as a decode error leaves it: the request's own response
 * with the status and no body (§4: the body is not returned on error), or generic_nack for a command that has no
 * response (§3.3).
 */
final class ErrorResponses {
    private ErrorResponses() {}

    static PduResponse of(int commandId, CommandStatus status, int sequenceNumber) {
        PduResponse response;
        BindType bindType = BindType.of(commandId);
        if (bindType != null && (commandId & CommandId.RESPONSE_BIT) == 0) {
            response = BindResp.builder(bindType).commandStatus(status).build();
        } else if (commandId == CommandId.SUBMIT_SM.value()) {
            response = SubmitSmResp.builder().commandStatus(status).build();
        } else if (commandId == CommandId.SUBMIT_MULTI.value()) {
            response = SubmitMultiResp.builder().commandStatus(status).build();
        } else if (commandId == CommandId.DATA_SM.value()) {
            response = DataSmResp.builder().commandStatus(status).build();
        } else if (commandId == CommandId.DELIVER_SM.value()) {
            response = DeliverSmResp.builder().commandStatus(status).build();
        } else if (commandId == CommandId.QUERY_SM.value()) {
            response = QuerySmResp.builder().commandStatus(status).build();
        } else if (commandId == CommandId.CANCEL_SM.value()) {
            response = CancelSmResp.create(status);
        } else if (commandId == CommandId.REPLACE_SM.value()) {
            response = ReplaceSmResp.create(status);
        } else if (commandId == CommandId.ENQUIRE_LINK.value()) {
            response = EnquireLinkResp.create(status);
        } else if (commandId == CommandId.UNBIND.value()) {
            response = UnbindResp.create(status);
        } else {
            response = GenericNack.create(status);
        }
        return response.withSequenceNumber(sequenceNumber);
    }
}
