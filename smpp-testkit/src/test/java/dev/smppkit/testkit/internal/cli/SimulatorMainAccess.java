package dev.smppkit.testkit.internal.cli;

import dev.smppkit.testkit.ReceiptPolicy;
import java.time.Duration;
import java.util.List;

/** Opens the command line's parsing helpers to the tests in other packages. */
public final class SimulatorMainAccess {
    private SimulatorMainAccess() {}

    public static Duration duration(String text) {
        return new SimulatorMain.DurationConverter().convert(text);
    }

    public static long size(String text) {
        return new SimulatorMain.ByteSizeConverter().convert(text);
    }

    public static ReceiptPolicy policy(List<String> rules) {
        ReceiptPolicy.Builder b = ReceiptPolicy.builder();
        rules.forEach(r -> SimulatorMain.addRule(b, r));
        return b.build();
    }
}
