package dev.smppkit.testkit;

import dev.smppkit.codec.pdu.PduRequest;

/**
 * Decides how the simulator answers one kind of request. Called on the session's event loop: it must not block
 * (use {@link Reply#after} to answer late). An exception, or a {@code null} reply, is answered with ESME_RSYSERR and
 * recorded as a server-side error (see {@link SmscSimulator#errors()}).
 *
 * @param <P> the request PDU type
 */
@FunctionalInterface
public interface RequestHandler<P extends PduRequest<?>> {
    /**
     * The reply to one request.
     *
     * @param request the request and its session
     * @return {@link Reply} to send; null is answered with ESME_RSYSERR
     * @throws Exception to answer with ESME_RSYSERR and record the error
     */
    Reply handle(Request<P> request) throws Exception;
}
