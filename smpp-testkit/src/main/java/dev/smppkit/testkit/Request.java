package dev.smppkit.testkit;

import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.pdu.PduRequest;
import dev.smppkit.codec.pdu.PduResponse;

/**
 * A request from an ESME, as a handler sees it: the PDU, the session it came on, and shortcuts to the
 * {@link Reply} factories so that a handler reads {@code sm -> sm.reject(CommandStatus.ESME_RINVDSTADR)}.
 *
 * @param <P> the PDU type
 */
public interface Request<P extends PduRequest<?>> {
    /**
     * The request PDU, as decoded.
     *
     * @return the PDU; never null
     */
    P pdu();

    /**
     * The session it arrived on.
     *
     * @return the session; never null
     */
    SmscSession session();

    /**
     * {@link Reply#accept()}.
     *
     * @return a reply that accepts the request
     */
    default Reply accept() {
        return Reply.accept();
    }

    /**
     * {@link Reply#accept(String)}.
     *
     * @param messageId the message id to answer with
     * @return a reply that accepts the request with that id
     */
    default Reply accept(String messageId) {
        return Reply.accept(messageId);
    }

    /**
     * {@link Reply#reject(CommandStatus)}.
     *
     * @param status the error status to answer with
     * @return a reply that rejects the request
     */
    default Reply reject(CommandStatus status) {
        return Reply.reject(status);
    }

    /**
     * {@link Reply#noReply()}.
     *
     * @return a reply that sends nothing
     */
    default Reply noReply() {
        return Reply.noReply();
    }

    /**
     * {@link Reply#respond(PduResponse)}.
     *
     * @param response the response PDU to send as it is
     * @return a reply that sends {@code response}
     */
    default Reply respond(PduResponse response) {
        return Reply.respond(response);
    }
}
