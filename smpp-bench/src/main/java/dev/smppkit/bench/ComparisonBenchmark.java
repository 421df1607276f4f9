package dev.smppkit.bench;

import dev.smppkit.bench.compare.ClientProcess;
import dev.smppkit.bench.compare.ComparisonTable;
import dev.smppkit.bench.compare.RunReport;
import dev.smppkit.bench.compare.RunSpec;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * smppkit, Cloudhopper 5.0.9 and jSMPP 3.0.1 against the same simulator in one sitting, with and without receipts, in
 * one table with ratios. One simulator process serves every run; each client runs in a fresh JVM of its own (same
 * JVM options for all), so that no client's JIT profile, heap or GC state carries into another's. Each run binds once,
 * sends the same GSM text with the same registered_delivery, first a warm-up of {@code --warmup} messages, then
 * {@code --count} measured ones, and checks its counts: every submit answered with ESME_ROK and, with receipts, every
 * receipt matched to a message and acknowledged. A run that fails the checks shows as failed, not as a number.
 *
 * <p>The clients run as their users would: smppkit with a window of {@code --window}, asynchronous; Cloudhopper with
 * the same window and {@code --cloudhopper-threads} producer threads (its send blocks while the window is full);
 * jSMPP, which has no window or asynchronous submit, with {@code --jsmpp-threads} threads calling its synchronous
 * submit, so that as many submits are in flight. {@code --rounds} repeats everything with the order of the clients
 * rotated each round; each cell shows the median and the range of its rounds. {@code --warmup-rounds} (1) run the same
 * way first and are not counted: the simulator is a fresh JVM too.
 *
 * <pre>
 * ./mvnw -pl smpp-testkit,smpp-cli,smpp-bench -am package -DskipTests
 * java -cp smpp-bench/target/benchmarks.jar dev.smppkit.bench.ComparisonBenchmark --rounds 3
 * </pre>
 */
@Command(
        name = "ComparisonBenchmark",
        mixinStandardHelpOptions = true,
        description = "smppkit, Cloudhopper and jSMPP against the same simulator, each client in a fresh JVM.")
public final class ComparisonBenchmark implements Callable<Integer> {
    /** 43 GSM characters, one segment: a typical short notification. */
    static final String TEXT_43 = "Your code is 482913. It expires in 10 mins.";

    @Option(names = "--simulator-jar", description = "The standalone simulator (default: found as LoadBenchmark does).")
    Path simulatorJar;

    @Option(
            names = "--simulator-jvm-args",
            defaultValue = "-Xms1g -Xmx1g",
            description = "JVM options of the simulator (default: ${DEFAULT-VALUE}).")
    String simulatorJvmArgs;

    @Option(
            names = "--client-jvm-args",
            defaultValue = "-Xms1g -Xmx1g",
            description = "JVM options of every client's JVM, the same for all (default: ${DEFAULT-VALUE}).")
    String clientJvmArgs;

    @Option(
            names = "--client-classpath",
            description = "Class path of the clients' JVMs (default: this JVM's, e.g. the benchmark jar).")
    String clientClassPath;

    @Option(
            names = "--clients",
            split = ",",
            defaultValue = "smppkit,cloudhopper,jsmpp",
            description = "Clients to compare; the first is the one the ratios divide by (default: ${DEFAULT-VALUE}).")
    List<String> clients;

    @Option(names = "--receipts", defaultValue = "both", description = "off, on or both (default: ${DEFAULT-VALUE}).")
    String receipts;

    @Option(
            names = "--count",
            defaultValue = "500000",
            description = "Measured messages per run (default: ${DEFAULT-VALUE}).")
    long count;

    @Option(
            names = "--warmup",
            defaultValue = "300000",
            description = "Warm-up messages before each measured run, in the same JVM (default: ${DEFAULT-VALUE}).")
    long warmup;

    @Option(
            names = "--rounds",
            defaultValue = "3",
            description = "Times every client runs in each mode (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(
            names = "--warmup-rounds",
            defaultValue = "1",
            description = "Rounds run first and not counted, so that the simulator's JIT has seen every client's"
                    + " traffic before anything is measured (default: ${DEFAULT-VALUE}).")
    int warmupRounds;

    @Option(
            names = "--window",
            defaultValue = "100",
            description = "Window of smppkit and Cloudhopper (default: ${DEFAULT-VALUE}).")
    int window;

    @Option(
            names = "--cloudhopper-threads",
            defaultValue = "8",
            description =
                    "Cloudhopper's producer threads, at most the window (default: ${DEFAULT-VALUE}, its best here).")
    int cloudhopperThreads;

    @Option(
            names = "--jsmpp-threads",
            defaultValue = "100",
            description =
                    "jSMPP's threads calling its synchronous submit: its requests in flight (default: ${DEFAULT-VALUE}).")
    int jsmppThreads;

    @Option(
            names = "--jsmpp-pdu-threads",
            defaultValue = "3",
            description = "jSMPP's threads handling incoming PDUs (default: ${DEFAULT-VALUE}, jSMPP's own).")
    int jsmppPduThreads;

    @Option(
            names = "--jsmpp-queue-capacity",
            defaultValue = "100",
            description = "jSMPP's queue of incoming PDUs; when it is full, jSMPP answers receipts with ESME_RTHROTTLED"
                    + " (default: ${DEFAULT-VALUE}, jSMPP's own).")
    int jsmppQueueCapacity;

    @Option(
            names = "--text",
            defaultValue = TEXT_43,
            description =
                    "The message: at most 160 letters, digits, spaces and !\"#%%&'()*+,-./:;<=>? (the same bytes in"
                            + " GSM 7-bit and ASCII). Default: \"${DEFAULT-VALUE}\".")
    String text;

    @Option(
            names = "--stall-seconds",
            defaultValue = "30",
            description = "A run fails after this long without a response or receipt (default: ${DEFAULT-VALUE}).")
    int stallSeconds;

    @Option(
            names = "--client-timeout-seconds",
            defaultValue = "1800",
            description = "A client's JVM is killed, and its run failed, after this long (default: ${DEFAULT-VALUE}).")
    long clientTimeoutSeconds;

    @Option(names = "--json", description = "Print the result as one JSON object instead of the table.")
    boolean json;

    private final PrintStream out = System.out;
    private final PrintStream progress = System.err;

    public static void main(String[] args) {
        System.exit(new CommandLine(new ComparisonBenchmark()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        ComparisonTable table = compare();
        if (json) {
            out.println(table.json(config()));
        } else {
            out.println();
            out.println(table.markdown());
            out.println();
            out.println(notes());
            // the machine line's JVM options are this JVM's; the clients' are in the notes
            out.println(LoadBenchmark.machine().replaceFirst("client JVM options: [^;]*; ", ""));
        }
        return table.ok() ? 0 : 1;
    }

    /** Runs every client in every mode for every round against one simulator; the table of what they measured. */
    ComparisonTable compare() throws Exception {
        check();
        Path jar = simulatorJar != null ? simulatorJar : SimulatorProcess.findJar();
        ClientProcess launcher = new ClientProcess(
                List.of(clientJvmArgs.trim().split("\\s+")),
                clientClassPath != null ? clientClassPath : System.getProperty("java.class.path"),
                clientTimeoutSeconds);
        List<Boolean> modes = LoadBenchmark.receiptModes(receipts);
        List<RunReport> runs = new ArrayList<>();
        try (SimulatorProcess simulator = SimulatorProcess.start(jar, simulatorJvmArgs)) {
            progress.printf("simulator: %s on port %d (%s)%n", jar, simulator.port, simulatorJvmArgs);
            // A fresh simulator JVM is itself cold: without these rounds the clients of the first round met a slower
            // simulator than those of the last (measured: every client gained 20-60% from round 1 to round 3).
            for (int round = 0; round < warmupRounds; round++) {
                for (boolean withReceipts : modes) {
                    for (String client : rotated(clients, round)) {
                        RunReport r = launcher.run(client, withReceipts, clientArgs(client, simulator.port));
                        progress.printf(
                                "warm-up round %d (not counted), receipts %s: %s%n",
                                round + 1, withReceipts ? "on" : "off", r.toJson());
                    }
                }
            }
            for (int round = 0; round < rounds; round++) {
                for (boolean withReceipts : modes) {
                    for (String client : rotated(clients, round)) {
                        RunReport r = launcher.run(client, withReceipts, clientArgs(client, simulator.port));
                        progress.printf(
                                "round %d, receipts %s: %s%n", round + 1, withReceipts ? "on" : "off", r.toJson());
                        runs.add(r);
                    }
                }
            }
        }
        return new ComparisonTable(clients.get(0), clients, modes, runs);
    }

    private void check() {
        if (!RunSpec.gsmSafe(text) || text.length() > 160) {
            throw new CommandLine.ParameterException(
                    new CommandLine(this),
                    "text must be 1-160 letters, digits, spaces and !\"#%&'()*+,-./:;<=>? (the same in GSM 7-bit and"
                            + " ASCII)");
        }
        if (rounds < 1
                || warmupRounds < 0
                || count < 1
                || warmup < 0
                || window < 1
                || cloudhopperThreads < 1
                || jsmppThreads < 1
                || jsmppPduThreads < 1
                || jsmppQueueCapacity < 1) {
            throw new CommandLine.ParameterException(
                    new CommandLine(this),
                    "rounds, count, window, the thread counts and the queue capacity must be at least 1, warmup and"
                            + " warmup-rounds at least 0");
        }
    }

    /** The clients in order, starting at the {@code round}th, so that none always runs first or last. */
    static List<String> rotated(List<String> clients, int round) {
        List<String> order = new ArrayList<>();
        for (int i = 0; i < clients.size(); i++) {
            order.add(clients.get((round + i) % clients.size()));
        }
        return order;
    }

    private List<String> clientArgs(String client, int port) {
        int threads = switch (client) {
            case "cloudhopper" -> cloudhopperThreads;
            case "jsmpp" -> jsmppThreads;
            default -> 1;
        };
        List<String> args = new ArrayList<>(List.of(
                "--port", String.valueOf(port),
                "--text", text,
                "--window", String.valueOf(window),
                "--threads", String.valueOf(threads),
                "--warmup", String.valueOf(warmup),
                "--count", String.valueOf(count),
                "--stall-seconds", String.valueOf(stallSeconds)));
        if (client.equals("jsmpp")) {
            args.addAll(List.of(
                    "--jsmpp-pdu-threads", String.valueOf(jsmppPduThreads),
                    "--jsmpp-queue-capacity", String.valueOf(jsmppQueueCapacity)));
        }
        return args;
    }

    private Map<String, Object> config() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("clients", String.join(",", clients));
        c.put("receipts", receipts);
        c.put("count", count);
        c.put("warmup", warmup);
        c.put("rounds", (long) rounds);
        c.put("warmupRounds", (long) warmupRounds);
        c.put("window", (long) window);
        c.put("cloudhopperThreads", (long) cloudhopperThreads);
        c.put("jsmppThreads", (long) jsmppThreads);
        c.put("jsmppPduThreads", (long) jsmppPduThreads);
        c.put("jsmppQueueCapacity", (long) jsmppQueueCapacity);
        c.put("text", text);
        c.put("clientJvmArgs", clientJvmArgs);
        c.put("simulatorJvmArgs", simulatorJvmArgs);
        c.put("javaVersion", System.getProperty("java.version"));
        c.put("cores", (long) Runtime.getRuntime().availableProcessors());
        return c;
    }

    private String notes() {
        return String.format(
                Locale.ROOT,
                "%d round(s) after %d not counted, client order rotated each round; per run %,d messages after a warm-up of %,d in the same"
                        + " JVM, one bind each, text of %d GSM characters. Each client in a fresh JVM (%s). smppkit:"
                        + " window %d, asynchronous; Cloudhopper: window %d, %d producer threads; jSMPP: %d threads"
                        + " calling its synchronous submit (no window), %d PDU threads, a queue of %d. msgs/s: submit_sm_resp per second without"
                        + " receipts; with receipts, messages whose receipt came in per second (first submit to last"
                        + " receipt). CPU and bytes: the client's whole process per message (receipt included),"
                        + " medians. p50/p99: each client's own submit latency (smppkit: write to response;"
                        + " Cloudhopper: send call, including its wait for the window, to response; jSMPP: the"
                        + " synchronous call). Ratio: %s's median msgs/s ÷ the row's, same receipt mode.",
                rounds,
                warmupRounds,
                count,
                warmup,
                text.length(),
                clientJvmArgs,
                window,
                window,
                cloudhopperThreads,
                jsmppThreads,
                jsmppPduThreads,
                jsmppQueueCapacity,
                clients.get(0));
    }
}
