package dev.smppkit.client.ussd;

import dev.smppkit.client.internal.ussd.UssdText;
import java.util.Objects;

/**
 * What the application answers in a session: a menu, after which the session waits for the handset's answer, or an
 * end, which closes it. Immutable.
 */
public final class UssdReply {
    private final String text;
    private final boolean end;

    private UssdReply(String text, boolean end) {
        this.text = UssdText.check(Objects.requireNonNull(text, "text"));
        this.end = end;
    }

    /**
     * A menu or question: sent as a USSR request (ussd_service_op 2) in the session; the handset's answer comes back
     * to {@link UssdHandler#onRequest}.
     *
     * @param text what the handset shows; one USSD string: at most 182 GSM characters, or 80 UCS-2 characters if it
     *     needs UCS-2
     * @return the reply
     * @throws NullPointerException if text is null
     * @throws IllegalArgumentException if the text does not fit in one USSD string (the message gives the limit)
     */
    public static UssdReply menu(String text) {
        return new UssdReply(text, false);
    }

    /**
     * A final answer: sent as a PSSR response (ussd_service_op 17; a USSN request, 3, in a network-initiated session)
     * with the end-of-session flag set; the session ends.
     *
     * @param text what the handset shows; at most 182 GSM characters, or 80 UCS-2 characters
     * @return the reply
     * @throws NullPointerException if text is null
     * @throws IllegalArgumentException if the text does not fit in one USSD string
     */
    public static UssdReply end(String text) {
        return new UssdReply(text, true);
    }

    /**
     * The text the handset shows.
     *
     * @return the text
     */
    public String text() {
        return text;
    }

    /**
     * Whether this reply ends the session.
     *
     * @return true for {@link #end}, false for {@link #menu}
     */
    public boolean endsSession() {
        return end;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UssdReply r && r.end == end && r.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode() * 31 + (end ? 1 : 0);
    }

    @Override
    public String toString() {
        return (end ? "UssdReply.end[" : "UssdReply.menu[") + text.length() + " chars]";
    }
}
