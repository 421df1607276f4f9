package dev.smppkit.codec.internal.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern LABEL = Pattern.compile(
            "(?<![^\\s])(submit[\\s_]?date|done[\\s_]?date|[a-z][a-z0-9_]*)[ \\t]*:", Pattern.CASE_INSENSITIVE);
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private ReceiptScanner() {}

    /**
     * The fields of a receipt.
     *
     * @param fields normalised label (lower case, one space in the date labels) to raw value, in text order
     * @param strays tokens that belong to no label
     */
    public record Scan(Map<String, String> fields, List<String> strays) {}

    public static Scan scan(String raw) {
        String s = stripTrailingNuls(raw);
        List<int[]> labels = new ArrayList<>(); // {labelStart, valueStart}
        List<String> names = new ArrayList<>();
        Matcher m = LABEL.matcher(s);
        while (m.find()) {
            labels.add(new int[] {m.start(), m.end()});
            names.add(normalise(m.group(1)));
        }
        Map<String, String> fields = new LinkedHashMap<>();
        List<String> strays = new ArrayList<>();
        addTokens(s.substring(0, labels.isEmpty() ? s.length() : labels.get(0)[0]), strays);
        int i = 0;
        while (i < labels.size()) {
            String name = names.get(i);
            int valueStart = labels.get(i)[1];
            int next = i + 1;
            if (name.equals(TEXT)) {
                while (next < labels.size() && !isUnseenKnown(names.get(next), fields, name)) {
                    next++;
                }
            }
            int valueEnd = next < labels.size() ? labels.get(next)[0] : s.length();
            String value = s.substring(valueStart, valueEnd);
            if (fields.containsKey(name)) {
                addTokens(value, strays);
            } else if (name.equals(TEXT)) {
                fields.put(name, value.strip());
            } else {
                String[] tokens = tokens(value);
                fields.put(name, tokens.length == 0 ? "" : tokens[0]);
                for (int t = 1; t < tokens.length; t++) {
                    strays.add(tokens[t]);
                }
            }
            i = next;
        }
        return new Scan(Collections.unmodifiableMap(fields), List.copyOf(strays));
    }

    private static boolean isUnseenKnown(String name, Map<String, String> seen, String current) {
        return KNOWN.contains(name) && !name.equals(current) && !seen.containsKey(name);
    }

    private static String normalise(String label) {
        String lower = label.toLowerCase(Locale.ROOT);
        if (lower.startsWith("submit") && lower.endsWith("date")) {
            return SUBMIT_DATE;
        }
        if (lower.startsWith("done") && lower.endsWith("date")) {
            return DONE_DATE;
        }
        return lower;
    }

    private static String[] tokens(String value) {
        String v = value.strip();
        return v.isEmpty() ? new String[0] : BLANKS.split(v);
    }

    private static void addTokens(String value, List<String> strays) {
        Collections.addAll(strays, tokens(value));
    }

    private static String stripTrailingNuls(String raw) {
        int end = raw.length();
        while (end > 0 && raw.charAt(end - 1) == '\0') {
            end--;
        }
        return raw.substring(0, end);
    }
}
