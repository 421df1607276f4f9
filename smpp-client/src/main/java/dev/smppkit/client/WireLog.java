package dev.smppkit.client;

import dev.smppkit.codec.pdu.Pdu;
import dev.smppkit.codec.text.LogSafe;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An opt-in wire log: one line per PDU written ({@code >}) or read ({@code <}) at TRACE on the logger {@value
 * #LOGGER}, prefixed with the session's name {@code [account BINDTYPE host:port]}. Register it with {@link
 * EsmeBuilder#listener(ClientListener)} and turn that logger to TRACE; while it is not at TRACE a PDU costs one level
 * check.
 *
 * <p>The bind password is always masked. Message content (short_message and the message_payload TLV, which also carry
 * the text of receipts and incoming messages) is replaced by its length unless {@link #showingText()} was asked for;
 * shown content is hex. Every field the SMSC controls is escaped ({@link LogSafe#escape}), so a CR/LF in one cannot
 * forge a log line.
 *
 * <pre>{@code
 * TRACE dev.smppkit.wire - [acme TRANSCEIVER localhost:2775] > submit_sm(seq=2, ..., short_message=<12 octets>)
 * }</pre>
 */
public final class WireLog implements ClientListener {
    /** The logger's name. */
    public static final String LOGGER = "dev.smppkit.wire";

    private static final Logger log = LoggerFactory.getLogger(LOGGER);
    /** Content fields as {@code Pdu.toString} writes them: short_message=hex, and the TLV MESSAGE_PAYLOAD=hex. */
    private static final Pattern CONTENT =
            Pattern.compile("(short_message|message_payload|MESSAGE_PAYLOAD)=([0-9a-f]*)");

    private final boolean showText;

    private WireLog(boolean showText) {
        this.showText = showText;
    }

    /**
     * A wire log with message content masked.
     *
     * @return the listener
     */
    public static WireLog create() {
        return new WireLog(false);
    }

    /**
     * A wire log that shows message content (as hex): for a test system, since texts are personal data.
     *
     * @return the listener
     */
    public static WireLog showingText() {
        return new WireLog(true);
    }

    @Override
    public void pduWritten(String session, Pdu pdu) {
        if (log.isTraceEnabled()) {
            log.trace("{} > {}", session, render(pdu));
        }
    }

    @Override
    public void pduReceived(String session, Pdu pdu) {
        if (log.isTraceEnabled()) {
            log.trace("{} < {}", session, render(pdu));
        }
    }

    /**
     * The PDU as this log writes it: {@code Pdu.toString} (password masked, the SMSC's text escaped), with message
     * content masked unless shown.
     *
     * @param pdu the PDU
     * @return one line of text
     */
    public String render(Pdu pdu) {
        String text = pdu.toString();
        if (showText) {
            return text;
        }
        Matcher m = CONTENT.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        do {
            m.appendReplacement(sb, m.group(1) + "=<" + m.group(2).length() / 2 + " octets>");
        } while (m.find());
        return m.appendTail(sb).toString();
    }
}
