package dev.smppkit.bench.compare;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One flat JSON object on one line: string, number, boolean and null values, no nesting. Enough for the line a client
 * process prints and its parent reads back, without a JSON library in the benchmark's class path.
 */
final class FlatJson {
    private FlatJson() {}

    /** {@code {"key":value,...}} in the map's order; numbers as given, strings escaped. */
    static String write(Map<String, ?> fields) {
        StringBuilder json = new StringBuilder("{");
        for (Map.Entry<String, ?> e : fields.entrySet()) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append(quote(e.getKey())).append(':').append(value(e.getValue()));
        }
        return json.append('}').toString();
    }

    /** A value as JSON: null, a boolean, a number (doubles with up to 3 decimals) or a quoted string. */
    static String value(Object v) {
        if (v == null || v instanceof Boolean || v instanceof Integer || v instanceof Long) {
            return String.valueOf(v);
        }
        if (v instanceof Double d) {
            return Double.isFinite(d) ? String.format(Locale.ROOT, "%.3f", d) : "null";
        }
        return quote(v.toString());
    }

    static String quote(String s) {
        StringBuilder q = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                default -> {
                    if (c < 0x20) {
                        q.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }

    /**
     * Reads an object {@link #write} wrote: each key to its value as text (strings unquoted and unescaped, null as
     * Java null).
     *
     * @throws IllegalArgumentException if the text is not such an object
     */
    static Map<String, String> read(String json) {
        Map<String, String> fields = new LinkedHashMap<>();
        Cursor in = new Cursor(json.trim());
        in.expect('{');
        while (!in.take('}')) {
            if (!fields.isEmpty()) {
                in.expect(',');
            }
            String key = in.string();
            in.expect(':');
            fields.put(key, in.peek() == '"' ? in.string() : in.bare());
        }
        if (!in.atEnd()) {
            throw new IllegalArgumentException("text after the object: " + json);
        }
        return fields;
    }

    /** A position in the text being read. */
    private static final class Cursor {
        private final String text;
        private int at;

        Cursor(String text) {
            this.text = text;
        }

        char peek() {
            if (at >= text.length()) {
                throw new IllegalArgumentException("unexpected end of " + text);
            }
            return text.charAt(at);
        }

        boolean atEnd() {
            return at == text.length();
        }

        boolean take(char c) {
            if (peek() == c) {
                at++;
                return true;
            }
            return false;
        }

        void expect(char c) {
            if (!take(c)) {
                throw new IllegalArgumentException("expected '" + c + "' at " + at + " of " + text);
            }
        }

        String string() {
            expect('"');
            StringBuilder s = new StringBuilder();
            for (char c = next(); c != '"'; c = next()) {
                if (c != '\\') {
                    s.append(c);
                    continue;
                }
                char escaped = next();
                switch (escaped) {
                    case 'n' -> s.append('\n');
                    case 'u' -> {
                        s.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> s.append(escaped);
                }
            }
            return s.toString();
        }

        /** A number, boolean or null, up to the next comma or brace. */
        String bare() {
            int start = at;
            while (peek() != ',' && peek() != '}') {
                at++;
            }
            String v = text.substring(start, at).trim();
            return v.equals("null") ? null : v;
        }

        private char next() {
            char c = peek();
            at++;
            return c;
        }
    }
}
