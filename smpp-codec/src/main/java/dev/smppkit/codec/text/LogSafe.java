package dev.smppkit.codec.text;

/**
 * Makes text from a peer (system_id, addresses, message ids, message text) safe to put in a log line: a CR or LF in a
 * system_id would otherwise forge a log line, and terminal escapes or bidi overrides would hide what was sent.
 *
 * <p>{@link #escape(CharSequence)} writes {@code \n}, {@code \r} and {@code \t} as those two characters, a backslash
 * as {@code \\}, other C0/C1 control characters and DEL as {@code \xNN}, and Unicode format, separator, surrogate,
 * private-use and unassigned code points (such as U+2028 or U+202E) as {@code \}{@code uNNNN}. Printable text,
 * accented letters included, is kept. Input longer than the limit ({@value #DEFAULT_MAX_CHARS} characters unless
 * given) is cut and marked with {@code ...[+N chars]}. Stateless and thread-safe.
 */
public final class LogSafe {
    /** What a password shows as wherever smppkit prints or serializes one (toString, logs, JSON). */
    public static final String MASK = "****";

    /** The most input characters {@link #escape(CharSequence)} keeps. */
    public static final int DEFAULT_MAX_CHARS = 256;

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private LogSafe() {}

    /**
     * The text escaped and cut to {@value #DEFAULT_MAX_CHARS} characters; {@code "null"} for null.
     *
     * @param text the text to make safe for a log line; may be null
     * @return the escaped, possibly shortened text
     */
    public static String escape(CharSequence text) {
        return escape(text, DEFAULT_MAX_CHARS);
    }

    /**
     * The text escaped and cut to {@code maxChars} input characters; {@code "null"} for null.
     *
     * @param text the text to make safe for a log line; may be null
     * @param maxChars the most input characters kept (0 or more); a cut is marked with the count left out
     * @return the escaped, possibly shortened text
     * @throws IllegalArgumentException if maxChars is negative
     */
    public static String escape(CharSequence text, int maxChars) {
        if (maxChars < 0) {
            throw new IllegalArgumentException("maxChars is " + maxChars + "; must be 0 or more");
        }
        if (text == null) {
            return "null";
        }
        int length = text.length();
        int kept = Math.min(length, maxChars);
        if (kept == length && isClean(text)) {
            return text.toString(); // the common case: no copy
        }
        StringBuilder out = new StringBuilder(kept + 16);
        for (int i = 0; i < kept; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < kept && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(i + 1));
                if (isPrintable(cp)) {
                    out.append(c).append(text.charAt(++i));
                    continue;
                }
            }
            append(out, c);
        }
        if (kept < length) {
            out.append("...[+").append(length - kept).append(" chars]");
        }
        return out.toString();
    }

    /**
     * An object whose {@code toString()} is {@link #escape(CharSequence) escape(String.valueOf(value))}, for log
     * arguments that are only formatted when the level is enabled: {@code log.debug("got {}", LogSafe.lazy(pdu))}.
     *
     * @param value the log argument; may be null
     * @return a wrapper that escapes {@code value} each time it is formatted
     */
    public static Object lazy(Object value) {
        return new Object() {
            @Override
            public String toString() {
                return escape(String.valueOf(value));
            }
        };
    }

    private static boolean isClean(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c >= 0x7F || c == '\\') {
                return false; // anything beyond printable ASCII takes the careful path
            }
        }
        return true;
    }

    private static void append(StringBuilder out, char c) {
        switch (c) {
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            case '\\' -> out.append("\\\\");
            default -> {
                if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                    out.append("\\x").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                } else if (!isPrintable(c)) {
                    out.append("\\u")
                            .append(HEX[c >> 12])
                            .append(HEX[(c >> 8) & 0xF])
                            .append(HEX[(c >> 4) & 0xF])
                            .append(HEX[c & 0xF]);
                } else {
                    out.append(c);
                }
            }
        }
    }

    private static boolean isPrintable(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR,
                    Character.SURROGATE,
                    Character.PRIVATE_USE,
                    Character.UNASSIGNED -> false;
            default -> true;
        };
    }
}
