package dev.smppkit.bench.compare;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * One client in its own JVM, as the comparison starts it: a warm-up run, then the measured run, each on its own bind,
 * and one line {@code RESULT {...}} on stdout with the measured run's {@link RunReport} (a failed run prints a report
 * that is not ok, so the parent always has a line to read). Everything else goes to stderr.
 */
@Command(name = "ClientRun", mixinStandardHelpOptions = true, description = "One client of ComparisonBenchmark.")
public final class ClientRun implements Callable<Integer> {
    /** What starts the line with the report. */
    public static final String RESULT = "RESULT ";

    @Option(names = "--client", required = true, description = "smppkit, cloudhopper or jsmpp.")
    String client;

    @Option(names = "--port", required = true, description = "The simulator's port on 127.0.0.1.")
    int port;

    @Option(names = "--receipts", description = "Ask for a receipt with every message and wait for all.")
    boolean receipts;

    @Option(names = "--text", required = true, description = "The short message.")
    String text;

    @Option(names = "--window", defaultValue = "100", description = "Window (smppkit, Cloudhopper).")
    int window;

    @Option(names = "--threads", defaultValue = "1", description = "Producer threads (Cloudhopper, jSMPP).")
    int threads;

    @Option(
            names = "--jsmpp-pdu-threads",
            defaultValue = "3",
            description = "jSMPP's threads handling incoming PDUs (its default: 3).")
    int jsmppPduThreads;

    @Option(
            names = "--jsmpp-queue-capacity",
            defaultValue = "100",
            description = "jSMPP's queue of incoming PDUs; when full it throttles requests (its default: 100).")
    int jsmppQueueCapacity;

    @Option(names = "--warmup", defaultValue = "0", description = "Messages of the warm-up run; 0 for none.")
    long warmup;

    @Option(names = "--count", required = true, description = "Messages of the measured run.")
    long count;

    @Option(names = "--stall-seconds", defaultValue = "30", description = "Give up after this long without progress.")
    int stallSeconds;

    private final PrintStream out = System.out;

    public static void main(String[] args) {
        System.exit(new CommandLine(new ClientRun()).execute(args));
    }

    /** The client of this name. */
    private BenchClient client(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "smppkit" -> new SmppkitClient();
            case "cloudhopper" -> new CloudhopperClient();
            case "jsmpp" -> new JsmppClient(jsmppPduThreads, jsmppQueueCapacity);
            default ->
                throw new IllegalArgumentException("client is '" + name + "'; must be smppkit, cloudhopper or jsmpp");
        };
    }

    @Override
    public Integer call() {
        BenchClient bench = client(client);
        String mode = receipts ? "r" : "";
        RunSpec spec = new RunSpec(port, bench.name() + mode, receipts, text, window, threads, count, stallSeconds);
        RunReport report;
        try {
            report = warmUp(bench, spec);
            if (report == null) {
                report = bench.run(spec);
            }
        } catch (Exception e) {
            e.printStackTrace();
            report = RunReport.failed(bench.name(), receipts, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        out.println(RESULT + report.toJson());
        out.flush();
        return 0;
    }

    /** Runs the warm-up, if any; null if it went well, else the report of the failure. */
    private RunReport warmUp(BenchClient bench, RunSpec spec) throws Exception {
        if (warmup <= 0) {
            return null;
        }
        RunReport warm = bench.run(spec.with(spec.systemId() + "w", warmup));
        System.err.println("warm-up: " + warm.toJson());
        System.gc(); // start the measured run with the warm-up's garbage collected
        return warm.ok() ? null : RunReport.failed(bench.name(), receipts, "warm-up: " + warm.error());
    }
}
