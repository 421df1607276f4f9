package dev.smppkit.testkit.internal;

/**
 * Makes text from the peer (system_id, addresses, message text) safe to put in a log line: control characters, line
 * and paragraph separators and backslashes are escaped, so a system_id with CR/LF cannot forge a log line, and long
 * text is cut. Tiny on purpose: a shared helper in the codec can replace it.
 */
public final class LogText {
    private static final int MAX_LENGTH = 256;

    private LogText() {}

    /** The text with {@code \r}, {@code \n}, {@code \t}, {@code \\} and other control characters as escapes. */
    public static String escape(CharSequence text) {
        if (text == null) {
            return "null";
        }
        int length = Math.min(text.length(), MAX_LENGTH);
        StringBuilder out = new StringBuilder(length + 8);
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\r' -> out.append("\\r");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        if (text.length() > MAX_LENGTH) {
            out.append("...(").append(text.length()).append(" chars)");
        }
        return out.toString();
    }
}
