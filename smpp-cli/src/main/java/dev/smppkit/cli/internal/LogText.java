package dev.smppkit.cli.internal;

/**
 * Text from the peer (a system_id) made safe for a line on stderr: line breaks, other control characters and
 * backslashes escaped, so that it cannot forge a line. Tiny on purpose: a shared helper in the codec can replace it.
 */
public final class LogText {
    private LogText() {}

    public static String escape(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                out.append("\\\\");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
