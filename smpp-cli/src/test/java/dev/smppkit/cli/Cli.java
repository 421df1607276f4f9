package dev.smppkit.cli;

import dev.smppkit.cli.internal.CliEnvironment;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** Runs the {@code smpp} command line in this JVM, as {@code main} would, and captures what it prints. */
final class Cli {
    private Cli() {}

    /** What a run printed and returned. */
    record Result(int exitCode, String out, String err) {
        /** The non-empty lines of stderr. */
        String[] errLines() {
            return err.lines().filter(l -> !l.isBlank()).toArray(String[]::new);
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    static Result run(String... args) {
        return run(Map.of(), args);
    }

    static Result run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(
                        new CliEnvironment(env, false), new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
