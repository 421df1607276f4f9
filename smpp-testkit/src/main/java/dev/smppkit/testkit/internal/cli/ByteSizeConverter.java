package dev.smppkit.testkit.internal.cli;

import java.util.Locale;
import picocli.CommandLine;

/** Sizes written as a number of bytes, or with a binary suffix: {@code 512k}, {@code 64m}, {@code 1g} (KiB, MiB, GiB). */
public final class ByteSizeConverter implements CommandLine.ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT).replaceAll("i?b$", "");
        int shift = 0;
        if (v.endsWith("k")) {
            shift = 10;
        } else if (v.endsWith("m")) {
            shift = 20;
        } else if (v.endsWith("g")) {
            shift = 30;
        }
        try {
            long n = Long.parseLong(shift == 0 ? v : v.substring(0, v.length() - 1));
            if (n < 0 || n > Long.MAX_VALUE >> shift) {
                throw new NumberFormatException();
            }
            return n << shift;
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a size (e.g. 65536, 512k, 64m, 1g)");
        }
    }
}
