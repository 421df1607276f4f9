package dev.smppkit.client.ussd;

import java.util.concurrent.CompletionStage;

/**
 * The application behind a USSD service: asked for a reply each time the handset speaks in a session (the dialled
 * string that opens it, then each answer to a menu). Called on a Netty event loop or the thread that completed the
 * previous reply: return quickly and do slow work asynchronously.
 *
 * <pre>{@code
 * UssdHandler handler = (session, text) -> CompletableFuture.completedFuture(
 *         session.dialogue().size() == 1 ? UssdReply.menu("1 Balance\n2 Top up") : UssdReply.end("Bye"));
 * }</pre>
 */
@FunctionalInterface
public interface UssdHandler {
    /**
     * The handset said something in {@code session}: the dialled service string of a new session, or its answer to
     * the last menu.
     *
     * @param session the session, with its dialogue so far (this request included) and its attributes
     * @param text what the handset sent, decoded
     * @return a stage that completes with a {@link UssdReply#menu menu} (the session goes on) or an {@link
     *     UssdReply#end end}. If it completes exceptionally or with null, or the session times out first, the
     *     session fails and the deliver_sm is answered ESME_RX_T_APPN
     */
    CompletionStage<UssdReply> onRequest(UssdSession session, String text);

    /**
     * A session is over: ended by a reply, timed out, failed, replaced by a new session of the same handset, or
     * closed with the manager. Called exactly once per session, after it left the open sessions. A throw is logged and
     * ignored.
     *
     * @param session the session, in its final {@link UssdSession#state() state}
     */
    default void onClosed(UssdSession session) {}
}
