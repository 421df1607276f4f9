package dev.smppkit.codec.internal;

import java.math.BigInteger;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What we know about message id spellings, in one place: some SMSCs return a message id in hex in submit_sm_resp and
 * in decimal in the receipt (or the other way round), some change the case of hex digits or add leading zeros, and
 * the receipt text's id may differ from the receipted_message_id TLV (jasmin#210, elibom/mokai#8, MavoCz/smscsim#4).
 * {@link #same} compares two ids given side by side (a receipt against a known id); {@link #alternatives} lists the
 * other spellings to look up when only one side is known (a receipt against a correlator keyed by the stored id).
 *
 * <p>{@link #key} is the one spelling an id is stored under, so that ids differing only in leading zeros or the case of
 * hex letters ({@code 00B8BE19} and {@code b8be19}) meet under one key; {@link #lookupKeys} lists the keys to try for
 * a receipt, its hex/decimal alternatives included.
 */
public final class MessageIds {
    private MessageIds() {}

    /**
     * Equal ignoring case and leading zeros, or the same number in hex on one side and decimal on the other when
     * exactly one side has a hex letter (otherwise "10" and "16" would match).
     *
     * @param a one message id; null matches nothing
     * @param b the other message id; null matches nothing
     * @return true if both ids name the same message
     */
    public static boolean same(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        String x = stripZeros(a.strip());
        String y = stripZeros(b.strip());
        if (x.equalsIgnoreCase(y)) {
            return true;
        }
        boolean xHex = hasHexLetter(x);
        boolean yHex = hasHexLetter(y);
        if (xHex == yHex) {
            return false;
        }
        String hex = xHex ? x : y;
        String dec = xHex ? y : x;
        return isDigits(dec, 10) && isDigits(hex, 16) && new BigInteger(hex, 16).equals(new BigInteger(dec, 10));
    }

    /**
     * The other spellings of {@code id} worth a lookup, most likely first, without {@code id} itself: the text id if
     * it differs, the upper- and lower-case forms of a hex id with a letter and its decimal value, and the hex value
     * (both cases) of a decimal id when that has a letter. As in {@link #same}, a conversion needs a hex letter on
     * exactly one side: a decimal id's hex spelling made only of digits ({@code 5121} is {@code 1401}) is the decimal
     * id of another message at an SMSC that numbers in decimal, and a lookup under it would match that message's
     * receipt to this one. Ids over 32 characters or with other characters only give the text id.
     *
     * @param id the message id as received; not null
     * @param textId the id as written in the receipt text; null or empty if there is none
     * @return the other spellings, in lookup order; may be empty
     */
    public static List<String> alternatives(String id, String textId) {
        return alternatives(id, textId, true);
    }

    /**
     * {@link #alternatives(String, String)}, with the hex/decimal conversions only if {@code otherBase}; without them,
     * only the text id ({@link #key} already ignores the case of hex letters and leading zeros).
     *
     * @param id the message id as received; not null
     * @param textId the id as written in the receipt text; null or empty if there is none
     * @param otherBase whether to add the id's value in the other base
     * @return the other spellings, in lookup order; may be empty
     */
    public static List<String> alternatives(String id, String textId, boolean otherBase) {
        Set<String> out = new LinkedHashSet<>();
        if (textId != null && !textId.isEmpty()) {
            out.add(textId);
        }
        if (otherBase && !id.isEmpty() && id.length() <= 32) {
            if (id.chars().allMatch(c -> c >= '0' && c <= '9')) { // ASCII only: BigInteger would take any script
                String h = new BigInteger(id).toString(16);
                // A hex spelling without a letter reads as another decimal id: an SMSC with decimal ids gave
                // "1401" to another message, and decimal 5121 would match it. Like same(): one side needs a letter.
                if (hasHexLetter(h)) {
                    out.add(h.toUpperCase(Locale.ROOT));
                    out.add(h);
                }
            } else if (id.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                out.add(id.toUpperCase(Locale.ROOT));
                out.add(id.toLowerCase(Locale.ROOT));
                out.add(new BigInteger(id, 16).toString());
            }
        }
        out.remove(id);
        return List.copyOf(out);
    }

    /**
     * The spelling an id is stored and looked up under: an id made only of ASCII hex digits (decimal ones included) is
     * written in lower case without leading zeros ("0" stays "0"); any other id (UUID, alphanumeric) is kept as it is,
     * since its letters' case may matter. Blanks around the id and NULs (some SMSCs pad) are removed first.
     *
     * @param id a message id as received; not null
     * @return the key; never longer than {@code id}
     */
    public static String key(String id) {
        String s = id.replace("\0", "").strip();
        if (s.isEmpty() || !isDigits(s, 16, Integer.MAX_VALUE)) {
            return s;
        }
        return stripZeros(s.toLowerCase(Locale.ROOT));
    }

    /**
     * The keys ({@link #key}) to look a receipt up under, most likely first and each once: the id's own key, then the
     * keys of its {@link #alternatives} (the text id, the hex or decimal value), then the id exactly as received when
     * that differs from its key (an entry stored by a version that did not normalise).
     *
     * @param id the receipt's message id as received; not null
     * @param textId the id as written in the receipt text; null or empty if there is none
     * @return the keys to try, in order; never empty
     */
    public static List<String> lookupKeys(String id, String textId) {
        return lookupKeys(id, textId, true);
    }

    /**
     * {@link #lookupKeys(String, String)}, with the other base's keys only if {@code otherBase}.
     *
     * @param id the receipt's message id as received; not null
     * @param textId the id as written in the receipt text; null or empty if there is none
     * @param otherBase whether to add the keys of the id's value in the other base
     * @return the keys to try, in order; never empty
     */
    public static List<String> lookupKeys(String id, String textId, boolean otherBase) {
        Set<String> out = new LinkedHashSet<>();
        out.add(key(id));
        for (String alt : alternatives(id, textId, otherBase)) {
            out.add(key(alt));
        }
        out.add(id);
        return List.copyOf(out);
    }

    private static String stripZeros(String s) {
        int i = 0;
        while (i < s.length() - 1 && s.charAt(i) == '0') {
            i++;
        }
        return s.substring(i);
    }

    private static boolean hasHexLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = Character.toLowerCase(s.charAt(i));
            if (c >= 'a' && c <= 'f') {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigits(String s, int radix) {
        return isDigits(s, radix, 40);
    }

    private static boolean isDigits(String s, int radix, int maxLength) {
        if (s.isEmpty() || s.length() > maxLength) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 'f' || Character.digit(c, radix) < 0) { // ASCII only: Character.digit takes any script's digits
                return false;
            }
        }
        return true;
    }
}
