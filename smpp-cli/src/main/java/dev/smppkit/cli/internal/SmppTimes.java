package dev.smppkit.cli.internal;

import dev.smppkit.codec.SmppTime;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * {@code --schedule} and {@code --validity}: a time from now ({@code 90s}, {@code 10m}, {@code 1h}, {@code 2d}, sent in
 * SMPP's relative form, up to 99 days) or an ISO-8601 instant ({@code 2026-12-24T18:00:00Z}, or with an offset such as
 * {@code +01:00}; sent in the absolute form, in UTC).
 */
public final class SmppTimes implements CommandLine.ITypeConverter<SmppTime> {
    /** How the help describes the values. */
    public static final String FORMS =
            "a time from now (90s, 10m, 1h, 2d; up to 99d) or an ISO-8601 instant (2026-12-24T18:00:00Z)";

    private static final Pattern RELATIVE = Pattern.compile("(\\d{1,9})([smhd])");

    @Override
    public SmppTime convert(String value) {
        String v = value.trim();
        Matcher m = RELATIVE.matcher(v.toLowerCase(Locale.ROOT));
        try {
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                Duration d = switch (m.group(2)) {
                    case "s" -> Duration.ofSeconds(n);
                    case "m" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    default -> Duration.ofDays(n);
                };
                return SmppTime.relative(d);
            }
            return SmppTime.absolute(instant(v));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException("'" + value + "': " + e.getMessage());
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not " + FORMS);
        }
    }

    private static Instant instant(String v) {
        try {
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            return OffsetDateTime.parse(v).toInstant();
        }
    }
}
