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
    /** The request PDU, as decoded. */
    P pdu();

    /** The session it arrived on. */
    SmscSession session();

    /** {@link Reply#accept()}. */
    default Reply accept() {
        return Reply.accept();
    }

    /** {@link Reply#accept(String)}. */
    default Reply accept(String messageId) {
        return Reply.accept(messageId);
    }

    /** {@link Reply#reject(CommandStatus)}. */
    default Reply reject(CommandStatus status) {
        return Reply.reject(status);
    }

    /** {@link Reply#noReply()}. */
    default Reply noReply() {
        return Reply.noReply();
    }

    /** {@link Reply#respond(PduResponse)}. */
    default Reply respond(PduResponse response) {
        return Reply.respond(response);
    }
}
