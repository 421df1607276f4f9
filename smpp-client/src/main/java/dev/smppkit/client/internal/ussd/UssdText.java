package dev.smppkit.client.internal.ussd;

import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.text.Encoding;
import dev.smppkit.codec.text.TextCodec;

/**
 * USSD strings: one string per message, never concatenated. GSM 03.38 allows 182 septets (160 octets packed) or, in
 * UCS-2, 80 characters (160 octets). The text goes in short_message, GSM 7-bit unpacked as SMPP sends it. Stateless.
 */
public final class UssdText {
    /** The most GSM 7-bit septets in one USSD string. */
    public static final int MAX_GSM_SEPTETS = 182;
    /** The most UTF-16 units in one UCS-2 USSD string. */
    public static final int MAX_UCS2_UNITS = 80;

    private UssdText() {}

    /** An encoded USSD string. */
    public record Encoded(byte[] octets, DataCoding dataCoding) {}

    /**
     * Checks that the text fits in one USSD string.
     *
     * @return the text
     * @throws IllegalArgumentException naming the limit if it does not fit
     */
    public static String check(String text) {
        encode(text);
        return text;
    }

    /** The octets for short_message and their data_coding: GSM 7-bit unpacked when possible, UCS-2 otherwise. */
    public static Encoded encode(String text) {
        Encoding encoding = TextCodec.choose(text);
        byte[] octets = TextCodec.encode(text, encoding);
        if (encoding == Encoding.GSM7 && octets.length > MAX_GSM_SEPTETS) {
            throw new IllegalArgumentException("USSD text is " + octets.length + " GSM septets; at most "
                    + MAX_GSM_SEPTETS + " fit in one USSD string");
        }
        if (encoding == Encoding.UCS2 && text.length() > MAX_UCS2_UNITS) {
            throw new IllegalArgumentException("USSD text needs UCS-2 and is " + text.length() + " characters; at most "
                    + MAX_UCS2_UNITS + " fit in one USSD string");
        }
        return new Encoded(octets, encoding.dataCoding());
    }
}
