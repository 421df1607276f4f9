package dev.smppkit.codec;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * An SMPP time value (SMPP 3.4 §7.1.1), {@code YYMMDDhhmmsstnnp}: absolute with a UTC offset in quarter hours
 * ({@code p} is {@code +} or {@code -}), or relative ({@code p} is {@code R}) as years, months, days, hours, minutes
 * and seconds. Used by schedule_delivery_time, validity_period and final_date. The NULL time (immediate delivery,
 * SMSC default validity) is represented by the field being absent, not by an instance of this class.
 *
 * <p>Two-digit years follow Appendix C: 38–99 are 19xx, 00–37 are 20xx.
 */
public final class SmppTime {
    /** The length of the text without its terminating NUL. */
    public static final int LENGTH = 16;

    private final String text;

    private SmppTime(String text) {
        this.text = text;
    }

    /**
     * Parses the 16-character form.
     *
     * @param text the time without its NUL, e.g. {@code 261202143000004+} or {@code 000007000000000R}
     * @return the time, absolute or relative as its last character says
     * @throws IllegalArgumentException naming the part that is wrong: not 16 characters, a non-digit in the first
     *     15, a last character other than {@code +}, {@code -} or {@code R}, an offset above 48 quarter hours, or
     *     an impossible date or time of day (absolute form only)
     */
    public static SmppTime parse(String text) {
        if (text.length() != LENGTH) {
            throw new IllegalArgumentException(
                    "SMPP time '" + text + "' is " + text.length() + " characters; must be 16 (YYMMDDhhmmsstnnp)");
        }
        for (int i = 0; i < 15; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                throw new IllegalArgumentException(
                        "SMPP time '" + text + "' has a non-digit at index " + i + " (YYMMDDhhmmsstnnp)");
            }
        }
        char p = text.charAt(15);
        if (p == 'R') {
            return new SmppTime(text);
        }
        if (p != '+' && p != '-') {
            throw new IllegalArgumentException("SMPP time '" + text + "' must end with '+', '-' or 'R'");
        }
        int quarters = num(text, 13);
        if (quarters > 48) {
            throw new IllegalArgumentException(
                    "SMPP time '" + text + "' has a UTC offset of " + quarters + " quarter hours; at most 48");
        }
        SmppTime time = new SmppTime(text);
        try {
            time.toOffsetDateTime(); // validates month, day, hour, minute, second
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("SMPP time '" + text + "' is not a valid date: " + e.getMessage(), e);
        }
        return time;
    }

    /**
     * An absolute time, keeping the value's own offset (rounded down to a quarter hour) and tenths of a second.
     *
     * @param time the time; its nanoseconds are truncated to tenths of a second
     * @return the absolute time with the same local date, time and offset
     * @throws IllegalArgumentException if the offset is more than 12 hours either way, or the year is outside
     *     1938–2037 (what two digits can say under Appendix C)
     */
    public static SmppTime absolute(OffsetDateTime time) {
        int offsetSeconds = time.getOffset().getTotalSeconds();
        int quarters = Math.abs(offsetSeconds) / 900;
        if (quarters > 48) {
            throw new IllegalArgumentException("SMPP time offset " + time.getOffset() + " exceeds 12 hours");
        }
        int year = time.getYear();
        if (year < 1938 || year > 2037) {
            throw new IllegalArgumentException("SMPP time year " + year + " is outside 1938-2037");
        }
        return new SmppTime(String.format(
                "%02d%02d%02d%02d%02d%02d%d%02d%c",
                year % 100,
                time.getMonthValue(),
                time.getDayOfMonth(),
                time.getHour(),
                time.getMinute(),
                time.getSecond(),
                time.getNano() / 100_000_000,
                quarters,
                offsetSeconds < 0 ? '-' : '+'));
    }

    /**
     * An absolute time in UTC.
     *
     * @param instant the time; truncated to tenths of a second
     * @return the absolute time with offset {@code 00+}
     * @throws IllegalArgumentException if the year in UTC is outside 1938–2037
     */
    public static SmppTime absolute(Instant instant) {
        return absolute(instant.atOffset(ZoneOffset.UTC));
    }

    /**
     * A relative time: {@code years} 0–99, {@code months} 0–99, {@code days} 0–99, and a duration under 100 hours
     * (whole seconds).
     *
     * @param years the years, 0–99
     * @param months the months, 0–99
     * @param days the days, 0–99
     * @param time the hours, minutes and seconds, 0 to 99:59:59; fractions of a second are dropped
     * @return the relative time ({@code R} form; tenths and offset are 0)
     * @throws IllegalArgumentException naming the component out of range
     */
    public static SmppTime relative(int years, int months, int days, Duration time) {
        check("years", years);
        check("months", months);
        check("days", days);
        long seconds = time.getSeconds();
        if (seconds < 0 || seconds >= 100 * 3600) {
            throw new IllegalArgumentException("relative time part is " + time + "; must be 0 to 99:59:59");
        }
        return new SmppTime(String.format(
                "%02d%02d%02d%02d%02d%02d000R",
                years, months, days, seconds / 3600, (seconds / 60) % 60, seconds % 60));
    }

    /**
     * A relative time from a duration, expressed as days, hours, minutes and seconds (up to 99 days 23:59:59).
     *
     * @param duration the time from now, 0 to 99 days 23:59:59; fractions of a second are dropped
     * @return the relative time with years and months 0
     * @throws IllegalArgumentException if the duration is negative or longer than 99 days 23:59:59
     */
    public static SmppTime relative(Duration duration) {
        long days = duration.toDays();
        if (days > 99) {
            throw new IllegalArgumentException("relative time " + duration + " exceeds 99 days");
        }
        return relative(0, 0, (int) days, duration.minusDays(days));
    }

    private static void check(String name, int v) {
        if (v < 0 || v > 99) {
            throw new IllegalArgumentException("relative " + name + " is " + v + "; must be 0-99");
        }
    }

    private static int num(String s, int at) {
        return (s.charAt(at) - '0') * 10 + (s.charAt(at + 1) - '0');
    }

    /**
     * Whether this is the relative ({@code R}) form.
     *
     * @return true if the last character is {@code R}, false for an absolute time
     */
    public boolean isRelative() {
        return text.charAt(15) == 'R';
    }

    /**
     * The absolute time with its offset.
     *
     * @return the date and time with the offset the value carries, years read as 1938–2037
     * @throws IllegalStateException if this is a relative time
     */
    public OffsetDateTime toOffsetDateTime() {
        if (isRelative()) {
            throw new IllegalStateException("relative SMPP time " + text + " has no absolute value; use resolve()");
        }
        int yy = num(text, 0);
        int year = yy >= 38 ? 1900 + yy : 2000 + yy;
        int quarters = num(text, 13);
        int offset = quarters * 900 * (text.charAt(15) == '-' ? -1 : 1);
        return OffsetDateTime.of(
                year,
                num(text, 2),
                num(text, 4),
                num(text, 6),
                num(text, 8),
                num(text, 10),
                (text.charAt(12) - '0') * 100_000_000,
                ZoneOffset.ofTotalSeconds(offset));
    }

    /**
     * The relative period (years, months, days) of a relative time.
     *
     * @return the years, months and days, each 0–99
     * @throws IllegalStateException if this is an absolute time
     */
    public Period relativePeriod() {
        requireRelative();
        return Period.of(num(text, 0), num(text, 2), num(text, 4));
    }

    /**
     * The relative hours, minutes and seconds of a relative time.
     *
     * @return the hours (0–99), minutes and seconds as a duration
     * @throws IllegalStateException if this is an absolute time
     */
    public Duration relativeTime() {
        requireRelative();
        return Duration.ofHours(num(text, 6)).plusMinutes(num(text, 8)).plusSeconds(num(text, 10));
    }

    /**
     * The instant this time means when read at {@code now}: itself if absolute, {@code now} plus it if relative.
     *
     * @param now the time the value is read at, usually the SMSC's receipt of the PDU; ignored for an absolute time
     * @return the absolute instant; for a relative time, now plus the period (in UTC) and then the time of day part
     */
    public Instant resolve(Instant now) {
        if (!isRelative()) {
            return toOffsetDateTime().toInstant();
        }
        OffsetDateTime base = now.atOffset(ZoneOffset.UTC).plus(relativePeriod());
        return base.plus(relativeTime().getSeconds(), ChronoUnit.SECONDS).toInstant();
    }

    private void requireRelative() {
        if (!isRelative()) {
            throw new IllegalStateException("absolute SMPP time " + text + " has no relative parts");
        }
    }

    /**
     * The 16-character wire form, without the NUL.
     *
     * @return the text, always 16 characters
     */
    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SmppTime t && t.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
