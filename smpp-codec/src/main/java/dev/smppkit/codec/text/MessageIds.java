package dev.smppkit.codec.text;

import java.math.BigInteger;

/** Compares message ids that SMSCs write in different forms (jasmin#210, elibom/mokai#8, MavoCz/smscsim#4). */
final class MessageIds {
    private MessageIds() {}

    /**
     * Equal ignoring case and leading zeros, or the same number in hex on one side and decimal on the other when
     * exactly one side has a hex letter (otherwise "10" and "16" would match).
     */
    static boolean same(String a, String b) {
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
        if (s.isEmpty() || s.length() > 40) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (Character.digit(s.charAt(i), radix) < 0) {
                return false;
            }
        }
        return true;
    }
}
