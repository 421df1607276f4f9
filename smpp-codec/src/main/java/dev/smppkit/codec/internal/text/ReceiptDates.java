package dev.smppkit.codec.internal.text;

import java.time.LocalDateTime;
import java.time.YearMonth;

/**
 * Reads and writes the {@code submit date} / {@code done date} of delivery receipts: 10 digits {@code YYMMDDhhmm}
 * (Appendix B), 12 digits {@code YYMMDDhhmmss} (the common extension) or {@code yyyyMMddHHmm} (jasmin#753), and 14
 * digits {@code yyyyMMddHHmmss}. Two-digit years are 2000–2099: receipts describe recent messages, and the Appendix C
 * window (38–99 → 19xx) would misread every date from 2038 on.
 *
 * <p>A 12-digit date is read as {@code YYMMDDhhmmss} unless that reading is not a valid date and it starts with 19 or
 * 20 and reads validly as {@code yyyyMMddHHmm}. Since one SMSC uses one format for both dates of a receipt, once one
 * of them can only be {@code yyyyMMddHHmm}, the other is read that way too when it can be: {@link #resolve}.
 */
public final class ReceiptDates {
    private ReceiptDates() {}

    /**
     * Parses the two dates of one receipt together (either may be null), applying the 12-digit rule above.
     *
     * @return {submit, done}; an element is null if absent or unreadable
     */
    public static LocalDateTime[] resolve(String submit, String done) {
        boolean longForm = onlyLongForm(submit) || onlyLongForm(done);
        return new LocalDateTime[] {parse(submit, longForm), parse(done, longForm)};
    }

    /** Parses one date on its own; null if absent or unreadable. */
    public static LocalDateTime parse(String digits) {
        return parse(digits, false);
    }

    private static LocalDateTime parse(String digits, boolean preferLongForm) {
        if (digits == null || !isDigits(digits)) {
            return null;
        }
        return switch (digits.length()) {
            case 10 -> of(2000 + num(digits, 0, 2), digits, 2, false);
            case 12 -> {
                LocalDateTime shortForm = of(2000 + num(digits, 0, 2), digits, 2, true);
                LocalDateTime longForm = centuryPrefixed(digits) ? of(num(digits, 0, 4), digits, 4, false) : null;
                yield preferLongForm && longForm != null ? longForm : shortForm != null ? shortForm : longForm;
            }
            case 14 -> of(num(digits, 0, 4), digits, 4, true);
            default -> null;
        };
    }

    private static boolean onlyLongForm(String digits) {
        return digits != null
                && digits.length() == 12
                && isDigits(digits)
                && of(2000 + num(digits, 0, 2), digits, 2, true) == null
                && centuryPrefixed(digits)
                && of(num(digits, 0, 4), digits, 4, false) != null;
    }

    /** {@code YYMMDDhhmm}, or {@code YYMMDDhhmmss} with {@code withSeconds}. Years must be 2000–2099. */
    public static String format(LocalDateTime t, boolean withSeconds) {
        StringBuilder sb = new StringBuilder(12);
        two(sb, t.getYear() % 100);
        two(sb, t.getMonthValue());
        two(sb, t.getDayOfMonth());
        two(sb, t.getHour());
        two(sb, t.getMinute());
        if (withSeconds) {
            two(sb, t.getSecond());
        }
        return sb.toString();
    }

    private static void two(StringBuilder sb, int v) {
        sb.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
    }

    private static boolean centuryPrefixed(String digits) {
        return digits.startsWith("19") || digits.startsWith("20");
    }

    /** The date with year {@code year} and month, day, hour, minute [, second] from {@code d[from..]}, or null. */
    private static LocalDateTime of(int year, String d, int from, boolean withSeconds) {
        int month = num(d, from, from + 2);
        int day = num(d, from + 2, from + 4);
        int hour = num(d, from + 4, from + 6);
        int minute = num(d, from + 6, from + 8);
        int second = withSeconds ? num(d, from + 8, from + 10) : 0;
        if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDateTime.of(year, month, day, hour, minute, second);
    }

    private static int num(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
