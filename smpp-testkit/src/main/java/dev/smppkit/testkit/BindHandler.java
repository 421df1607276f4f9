package dev.smppkit.testkit;

/**
 * Decides whether a bind is accepted, after the credentials check (see
 * {@link SmscSimulatorBuilder#credentials(java.util.Map)}). Called on the session's event loop: it must not block.
 * An exception, or a {@code null} reply, is answered with ESME_RBINDFAIL and recorded as a server-side error.
 */
@FunctionalInterface
public interface BindHandler {
    /** The reply to one bind. */
    Reply handle(BindRequest bind) throws Exception;
}
