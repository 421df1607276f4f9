package dev.smppkit.testkit.internal.cli;

import dev.smppkit.testkit.ReceiptPolicy;
import dev.smppkit.testkit.SmscSimulator;
import dev.smppkit.testkit.SmscSimulatorBuilder;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine;

/** Opens the command line's parsing helpers to the tests in other packages. */
public final class SimulatorMainAccess {
    private SimulatorMainAccess() {}

    public static Duration duration(String text) {
        return new DurationConverter().convert(text);
    }

    /** Parses a command line as the standalone main would, with this environment, and configures a builder. */
    public static SmscSimulatorBuilder configure(Function<String, String> env, String... args) {
        SimulatorMain main = new SimulatorMain(System.out, env);
        new CommandLine(main).parseArgs(args);
        return main.configure(SmscSimulator.builder());
    }

    /** Parses a byte size as the standalone main's converter does. */
    public static long size(String text) {
        return new ByteSizeConverter().convert(text);
    }

    public static ReceiptPolicy policy(List<String> rules) {
        ReceiptPolicy.Builder b = ReceiptPolicy.builder();
        rules.forEach(r -> ReceiptRules.addRule(b, r));
        return b.build();
    }
}
