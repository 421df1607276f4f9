package dev.smppkit.client.internal;

import java.math.BigInteger;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Message id spellings: some SMSCs return a message id in hex in submit_sm_resp and in decimal in the receipt (or
 * the other way round), some change the case of hex digits, and the receipt text's id may differ from the
 * receipted_message_id TLV. An unmatched receipt is looked up again under these other spellings, in order.
 */
final class MessageIds {
    private MessageIds() {}

    /**
     * The other spellings of {@code id} worth a lookup, most likely first, without {@code id} itself: the text id if
     * it differs, the upper- and lower-case forms of a hex id, and the hex (both cases) or decimal value of a
     * numeric id. Ids over 32 characters or with other characters only give the text id.
     */
    static List<String> alternatives(String id, String textId) {
        Set<String> out = new LinkedHashSet<>();
        if (textId != null && !textId.isEmpty()) {
            out.add(textId);
        }
        if (!id.isEmpty() && id.length() <= 32) {
            boolean digits = id.chars().allMatch(c -> c >= '0' && c <= '9');
            boolean hex = id.chars().allMatch(c -> Character.digit(c, 16) >= 0);
            if (digits) {
                String h = new BigInteger(id).toString(16);
                out.add(h.toUpperCase(Locale.ROOT));
                out.add(h);
            } else if (hex) {
                out.add(id.toUpperCase(Locale.ROOT));
                out.add(id.toLowerCase(Locale.ROOT));
                out.add(new BigInteger(id, 16).toString());
            }
        }
        out.remove(id);
        return List.copyOf(out);
    }
}
