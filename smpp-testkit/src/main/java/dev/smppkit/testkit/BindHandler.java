package dev.smppkit.testkit;

/**
 * Decides whether a bind is accepted, after the credentials check (see
 * {@link SmscSimulatorBuilder#credentials(java.util.Map)}). Called on the session's event loop: it must not block.
 * An exception, or a {@code null} reply, is answered with ESME_RBINDFAIL and recorded as a server-side error.
 */
@FunctionalInterface
public interface BindHandler {
    /**
     * The reply to one bind.
     *
     * @param bind the bind and its session
     * @return {@link Reply} to send; null is answered with ESME_RBINDFAIL
     * @throws Exception to answer with ESME_RBINDFAIL and record the error
     */
    Reply handle(BindRequest bind) throws Exception;
}
