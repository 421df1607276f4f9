package dev.smppkit.testkit;

/**
 * A virtual subscriber: receives the mobile-terminated messages sent to its number, after the simulator has accepted
 * them, and may answer with mobile-originated replies. Called on the submitting session's event loop: it must not
 * block. An exception is recorded as a server-side error.
 */
@FunctionalInterface
public interface SubscriberHandler {
    /**
     * One message, reassembled if it came in segments.
     *
     * @param message the message, with the means to reply
     * @throws Exception to record a server-side error; the submit was already answered
     */
    void onMessage(SubscriberMessage message) throws Exception;
}
