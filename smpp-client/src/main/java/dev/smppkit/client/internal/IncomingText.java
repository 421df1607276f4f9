package dev.smppkit.client.internal;

import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.text.TextCodec;
import java.util.Optional;

/**
 * The text of an incoming deliver_sm or data_sm body, for the session, the inbox and receipt reading alike: empty when
 * its data_coding is not a text coding or its octets do not decode (the body is then still delivered, as octets).
 * Stateless.
 */
final class IncomingText {
    private IncomingText() {}

    /**
     * The decoded text, or empty.
     *
     * @param smscDefault what data_coding 0 means on this SMSC
     */
    static Optional<String> of(byte[] body, DataCoding dc, DataCoding smscDefault) {
        if (!TextCodec.isText(dc, smscDefault)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(TextCodec.decode(body, dc, smscDefault));
        } catch (RuntimeException e) {
            return Optional.empty(); // undecodable octets: no text, the payload still goes to the hook
        }
    }
}
