package dev.smppkit.client.internal;

import java.time.Duration;

/** Argument checks shared by the option groups, with messages that name the option and its limit. */
public final class OptionChecks {
    private OptionChecks() {}

    /** @throws IllegalArgumentException e.g. "requestTimeout is PT0S; must be positive" (null too) */
    public static Duration positive(String name, Duration d) {
        if (d == null || d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(name + " is " + d + "; must be positive");
        }
        return d;
    }

    /** @throws IllegalArgumentException e.g. "maxTps is -1.0; must be 0 (unlimited) or more" */
    public static double zeroOrMore(String name, double value, String zeroMeans) {
        if (value < 0 || Double.isNaN(value)) {
            throw new IllegalArgumentException(name + " is " + value + "; must be 0 (" + zeroMeans + ") or more");
        }
        return value;
    }
}
