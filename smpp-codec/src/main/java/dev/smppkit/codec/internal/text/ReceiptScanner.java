package dev.smppkit.codec.internal.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Splits delivery receipt text into {@code label:value} fields, in any order and any case.
 *
 * <p>A label is a word at the start of the text or after a blank, followed by a colon; {@code submit date} and
 * {@code done date} may also be written with an underscore or no separator. A field's value is its first
 * blank-separated token; further tokens before the next label are kept as strays (one SMSC writes the stat without
 * its label: ksmppd#108). The {@code text} field is free-form: it runs to the next known label not yet seen, or to the
 * end, so a text that itself contains {@code word:} survives. The first occurrence of a label wins.
 */
public final class ReceiptScanner {
    /** Normalised labels of the Appendix B fields. */
    public static final String ID = "id";

    public static final String SUB = "sub";
    public static final String DLVRD = "dlvrd";
    public static final String SUBMIT_DATE = "submit date";
    public static final String DONE_DATE = "done date";
    public static final String STAT = "stat";
    public static final String ERR = "err";
    public static final String TEXT = "text";

    private static final Set<String> KNOWN = Set.of(ID, SUB, DLVRD, SUBMIT_DATE, DONE_DATE, STAT, ERR, TEXT);

    private ReceiptScanner() {}

    /**
     * The fields of a receipt: {@code labels[i]} (normalised: lower case, one space in the date labels) has the raw
     * value {@code values[i]}, in text order, each label once; {@code strays} are the tokens that belong to no label.
     */
    public static final class Scan {
        private final String[] labels;
        private final String[] values;
        private final int size;
        private final Map<String, Integer> many; // label to index when there are many, else null
        private final List<String> strays;

        Scan(String[] labels, String[] values, int size, Map<String, Integer> many, List<String> strays) {
            this.labels = labels;
            this.values = values;
            this.size = size;
            this.many = many;
            this.strays = strays;
        }

        /** The value of a normalised label, or null if the text has none. */
        public String get(String label) {
            int i = indexOf(labels, size, many, label);
            return i < 0 ? null : values[i];
        }

        /** Every field, by normalised label; immutable, unordered. */
        public Map<String, String> fields() {
            @SuppressWarnings("unchecked")
            Map.Entry<String, String>[] entries = new Map.Entry[size];
            for (int i = 0; i < size; i++) {
                entries[i] = Map.entry(labels[i], values[i]);
            }
            return Map.ofEntries(entries);
        }

        public List<String> strays() {
            return strays;
        }
    }

    public static Scan scan(String raw) {
        String s = stripTrailingNuls(raw);
        // {labelStart, valueStart} of each label, and its normalised name; a receipt has about eight
        int[] starts = new int[8];
        int[] ends = new int[8];
        String[] names = new String[8];
        int count = 0;
        for (int p = 0; p < s.length(); ) {
            int end = isBlank(p == 0 ? ' ' : s.charAt(p - 1)) ? labelEnd(s, p) : -1;
            if (end < 0) {
                p++;
                continue;
            }
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
                names = Arrays.copyOf(names, count * 2);
            }
            starts[count] = p;
            ends[count] = end;
            names[count++] = normalise(s, p, nameEnd(s, p, end));
            p = end;
        }
        // the fields found so far, in text order, each label once
        String[] keys = new String[count];
        String[] values = new String[count];
        int found = 0;
        Map<String, Integer> many = count > FEW ? new HashMap<>() : null; // else a linear search is faster
        List<String> strays = new ArrayList<>(0);
        addTokens(s, 0, count == 0 ? s.length() : starts[0], strays);
        int i = 0;
        while (i < count) {
            String name = names[i];
            int next = i + 1;
            if (name.equals(TEXT)) {
                while (next < count && !isUnseenKnown(names[next], keys, found, many, name)) {
                    next++;
                }
            }
            int valueStart = ends[i];
            int valueEnd = next < count ? starts[next] : s.length();
            if (indexOf(keys, found, many, name) >= 0) {
                addTokens(s, valueStart, valueEnd, strays);
            } else {
                if (many != null) {
                    many.put(name, found);
                }
                keys[found] = name;
                values[found++] = name.equals(TEXT)
                        ? s.substring(valueStart, valueEnd).strip()
                        : firstTokenAndStrays(s, valueStart, valueEnd, strays);
            }
            i = next;
        }
        return new Scan(keys, values, found, many, List.copyOf(strays));
    }

    /** More labels than this are indexed by a hash: a long text of labels must not cost their square. */
    private static final int FEW = 16;

    private static int indexOf(String[] keys, int size, Map<String, Integer> many, String name) {
        if (many != null) {
            Integer i = many.get(name);
            return i == null ? -1 : i;
        }
        for (int k = 0; k < size; k++) {
            if (keys[k].equals(name)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Where the label starting at {@code p} ends (after its colon), or -1 if none starts there: {@code submit date} or
     * {@code done date} (a blank, an underscore or nothing between the words), or a word of ASCII letters, digits and
     * underscores starting with a letter; then spaces or tabs, then the colon. Letters in any case.
     */
    private static int labelEnd(String s, int p) {
        for (String first : DATE_WORDS) {
            if (startsWithIgnoreCase(s, p, first)) {
                int q = p + first.length();
                if (q < s.length() && (isBlank(s.charAt(q)) || s.charAt(q) == '_')) {
                    int end = colonAfter(s, startsWithIgnoreCase(s, q + 1, "date") ? q + 5 : -1);
                    if (end >= 0) {
                        return end;
                    }
                }
                int end = colonAfter(s, startsWithIgnoreCase(s, q, "date") ? q + 4 : -1);
                if (end >= 0) {
                    return end;
                }
            }
        }
        if (p >= s.length() || !isAsciiLetter(s.charAt(p))) {
            return -1;
        }
        int q = p + 1;
        while (q < s.length() && (isAsciiLetter(s.charAt(q)) || isDigit(s.charAt(q)) || s.charAt(q) == '_')) {
            q++;
        }
        return colonAfter(s, q);
    }

    private static final String[] DATE_WORDS = {"submit", "done"};

    /** After spaces or tabs from {@code q}, the index past a colon; -1 if there is none or q is -1. */
    private static int colonAfter(String s, int q) {
        if (q < 0) {
            return -1;
        }
        while (q < s.length() && (s.charAt(q) == ' ' || s.charAt(q) == '\t')) {
            q++;
        }
        return q < s.length() && s.charAt(q) == ':' ? q + 1 : -1;
    }

    /** The end of the label's name: before the blanks and the colon that end it. */
    private static int nameEnd(String s, int p, int end) {
        int q = end - 1; // the colon
        while (q > p && (s.charAt(q - 1) == ' ' || s.charAt(q - 1) == '\t')) {
            q--;
        }
        return q;
    }

    private static boolean startsWithIgnoreCase(String s, int p, String lowerWord) {
        if (p + lowerWord.length() > s.length()) {
            return false;
        }
        for (int i = 0; i < lowerWord.length(); i++) {
            char c = s.charAt(p + i);
            if (c != lowerWord.charAt(i) && c != lowerWord.charAt(i) - ('a' - 'A')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A blank as a regular expression's {@code \s}: space, tab, line feed, vertical tab, form feed, return. */
    private static boolean isBlank(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    private static boolean isUnseenKnown(
            String name, String[] seen, int size, Map<String, Integer> many, String current) {
        return KNOWN.contains(name) && !name.equals(current) && indexOf(seen, size, many, name) < 0;
    }

    /** The label {@code s[from, to)} in lower case, the date labels with one space; a known one without copying. */
    private static String normalise(String s, int from, int to) {
        for (String known : PLAIN_LABELS) {
            if (to - from == known.length() && startsWithIgnoreCase(s, from, known)) {
                return known;
            }
        }
        if (startsWithIgnoreCase(s, from, "submit") && endsWithIgnoreCase(s, from, to, "date")) {
            return SUBMIT_DATE;
        }
        if (startsWithIgnoreCase(s, from, "done") && endsWithIgnoreCase(s, from, to, "date")) {
            return DONE_DATE;
        }
        return s.substring(from, to).toLowerCase(Locale.ROOT);
    }

    private static final String[] PLAIN_LABELS = {ID, SUB, DLVRD, STAT, ERR, TEXT};

    private static boolean endsWithIgnoreCase(String s, int from, int to, String lowerWord) {
        return to - from >= lowerWord.length() && startsWithIgnoreCase(s, to - lowerWord.length(), lowerWord);
    }

    /**
     * The first blank-separated token of {@code s[from, to)} (after stripping it as {@link String#strip} does), ""
     * if there is none; the further tokens go to {@code strays}.
     */
    private static String firstTokenAndStrays(String s, int from, int to, List<String> strays) {
        from = skipWhitespace(s, from, to);
        to = trimWhitespace(s, from, to);
        int end = from;
        while (end < to && !isBlank(s.charAt(end))) {
            end++;
        }
        String first = s.substring(from, end);
        addStripped(s, end, to, strays);
        return first;
    }

    /** The blank-separated tokens of {@code s[from, to)}, stripped as {@link String#strip} does first. */
    private static void addTokens(String s, int from, int to, List<String> strays) {
        from = skipWhitespace(s, from, to);
        addStripped(s, from, trimWhitespace(s, from, to), strays);
    }

    private static void addStripped(String s, int from, int to, List<String> strays) {
        int p = from;
        while (p < to) {
            while (p < to && isBlank(s.charAt(p))) {
                p++;
            }
            int start = p;
            while (p < to && !isBlank(s.charAt(p))) {
                p++;
            }
            if (p > start) {
                strays.add(s.substring(start, p));
            }
        }
    }

    private static int skipWhitespace(String s, int from, int to) {
        while (from < to && Character.isWhitespace(s.charAt(from))) {
            from++;
        }
        return from;
    }

    private static int trimWhitespace(String s, int from, int to) {
        while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    private static String stripTrailingNuls(String raw) {
        int end = raw.length();
        while (end > 0 && raw.charAt(end - 1) == '\0') {
            end--;
        }
        return raw.substring(0, end);
    }
}
