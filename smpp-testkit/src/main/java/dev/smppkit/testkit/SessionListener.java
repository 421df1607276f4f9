package dev.smppkit.testkit;

/** Receives session lifecycle events. Called on the session's event loop, so it must not block. */
@FunctionalInterface
public interface SessionListener {
    /**
     * One event; an exception is recorded as a server-side error (see {@link SmscSimulator#errors()}).
     *
     * @param event what happened, and to which session
     */
    void onEvent(SessionEvent event);
}
