package dev.smppkit.bench;

import dev.smppkit.cli.bench.LoadOptions;
import dev.smppkit.cli.bench.LoadResult;
import dev.smppkit.cli.bench.LoadRunner;
import dev.smppkit.cli.bench.ProcessCost;
import dev.smppkit.cli.internal.Reports;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The end-to-end load benchmark: the client against the testkit's standalone simulator in a separate JVM, over TCP on
 * localhost. For each window (1, 10, 100, 1000 by default), with and without delivery receipts, one bind sends as
 * fast as it can; the table shows submit_sm/s and the latency from writing each submit_sm to reading its
 * submit_sm_resp (HdrHistogram), and the client process's CPU time and allocation per message. Every configuration
 * is warmed up first (a run that is not measured), after a longer warm-up of the whole JVM.
 *
 * <pre>
 * ./mvnw -pl smpp-testkit,smpp-cli,smpp-bench -am package -DskipTests
 * java -Xms2g -Xmx2g -cp smpp-bench/target/benchmarks.jar dev.smppkit.bench.LoadBenchmark
 * </pre>
 */
@Command(
        name = "LoadBenchmark",
        mixinStandardHelpOptions = true,
        description = "End-to-end submit_sm throughput and latency against the simulator in another JVM.")
public final class LoadBenchmark implements Callable<Integer> {
    @Option(
            names = "--simulator-jar",
            description = "The standalone simulator (default: smpp-testkit/target/smsc-simulator.jar, here or above).")
    Path simulatorJar;

    @Option(
            names = "--simulator-jvm-args",
            defaultValue = "-Xms1g -Xmx1g",
            description = "JVM options of the simulator (default: ${DEFAULT-VALUE}).")
    String simulatorJvmArgs;

    @Option(
            names = "--windows",
            split = ",",
            defaultValue = "1,10,100,1000",
            description = "Windows to measure (default: ${DEFAULT-VALUE}).")
    List<Integer> windows;

    @Option(names = "--receipts", defaultValue = "both", description = "off, on or both (default: ${DEFAULT-VALUE}).")
    String receipts;

    @Option(
            names = "--seconds",
            defaultValue = "10",
            description = "Rough length of each measured run; its message count comes from the warm-up's rate"
                    + " (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(
            names = "--warmup-seconds",
            defaultValue = "4",
            description = "Rough length of each configuration's warm-up run (default: ${DEFAULT-VALUE}).")
    double warmupSeconds;

    @Option(
            names = "--jvm-warmup",
            defaultValue = "1000000",
            description = "Messages sent once at window 100 before anything is measured (default: ${DEFAULT-VALUE}).")
    long jvmWarmup;

    private final PrintStream out = System.out;

    public static void main(String[] args) {
        System.exit(new CommandLine(new LoadBenchmark()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Path jar = simulatorJar != null ? simulatorJar : SimulatorProcess.findJar();
        try (SimulatorProcess simulator = SimulatorProcess.start(jar, simulatorJvmArgs)) {
            out.printf("simulator: %s on port %d (%s)%n", jar, simulator.port, simulatorJvmArgs);
            LoadOptions base = LoadOptions.builder()
                    .port(simulator.port)
                    .systemId("warmup")
                    .receiptTimeout(java.time.Duration.ofSeconds(20))
                    .build();
            out.printf("JVM warm-up: %s messages at window 100...%n", Reports.count(jvmWarmup));
            LoadResult w = run(base.toBuilder().count(jvmWarmup).window(100).build());
            out.printf(
                    "  %,.0f submit_sm/s, %.2f µs CPU and %,.0f bytes allocated per message%n",
                    w.submitPerSec(), w.cpuMicrosPerMessage(), w.allocatedBytesPerMessage());

            List<String> rows = new ArrayList<>();
            for (boolean withReceipts : receiptModes(receipts)) {
                for (int window : windows) {
                    String systemId = "w" + window + (withReceipts ? "r" : "");
                    LoadOptions config = base.toBuilder()
                            .systemId(systemId)
                            .window(window)
                            .receipts(withReceipts)
                            .build();
                    // warm-up: a short run, which also tells the rate to size the measured run by
                    long probe = Math.max(2_000, Math.round(rateGuess(window) * warmupSeconds));
                    LoadResult warm = run(config.toBuilder().count(probe).build());
                    long count = Math.max(10_000, Math.round(warm.submitPerSec() * seconds));
                    long simulatorCpu = simulator.cpuNanos();
                    LoadResult r = run(config.toBuilder().count(count).build());
                    double simulatorMicros = (simulator.cpuNanos() - simulatorCpu) / 1e3 / r.count();
                    String row = row(window, withReceipts, r, simulatorMicros);
                    out.println("  " + row);
                    rows.add(row);
                }
            }
            out.println();
            out.println(
                    "| window | receipts | messages | submit_sm/s | receipts/s | p50 ms | p99 ms | p99.9 ms | max ms"
                            + " | CPU µs/msg | bytes/msg | simulator CPU µs/msg |");
            out.println("|---:|:---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            rows.forEach(out::println);
            out.println();
            out.println("CPU µs/msg and bytes/msg: the client process only (the simulator runs in its own JVM), from"
                    + " the first message taken to the last outcome or receipt, over the messages of the run;"
                    + " with receipts a message's cost includes its receipt. Simulator CPU: the simulator process's CPU"
                    + " time over the run (all its threads, from the OS), per message. Allocation counts "
                    + (ProcessCost.now().allThreads() ? "every thread." : "the threads alive at the end (JDK < 21)."));
            out.println(machine());
        }
        return 0;
    }

    /** The receipt settings a {@code --receipts off|on|both} flag asks for, in run order. */
    static List<Boolean> receiptModes(String receipts) {
        return switch (receipts.toLowerCase(Locale.ROOT)) {
            case "off" -> List.of(false);
            case "on" -> List.of(true);
            default -> List.of(false, true);
        };
    }

    /** A first guess of the rate, only to size the warm-up. */
    private static double rateGuess(int window) {
        return window == 1 ? 10_000 : 50_000;
    }

    /** One run, checked: every message accepted (and every receipt in, if asked); garbage collected after. */
    static LoadResult run(LoadOptions options) throws Exception {
        LoadResult r = new LoadRunner(options).run();
        if (r.accepted() != r.count()) {
            throw new IllegalStateException("not every message was accepted: " + r);
        }
        if (options.receipts() && r.receipts() != r.accepted()) {
            throw new IllegalStateException(r.receipts() + " receipts for " + r.accepted() + " messages");
        }
        System.gc(); // start the next run with the garbage of this one collected
        return r;
    }

    private static String row(int window, boolean receipts, LoadResult r, double simulatorMicros) {
        return String.format(
                Locale.ROOT,
                "| %d | %s | %s | %s | %s | %s | %s | %s | %s | %.2f | %,.0f | %.2f |",
                window,
                receipts ? "yes" : "no",
                Reports.count(r.count()),
                Reports.count(Math.round(r.submitPerSec())),
                receipts ? Reports.count(Math.round(r.receiptsPerSec())) : "–",
                Reports.millis(r.latencyMillis(50)),
                Reports.millis(r.latencyMillis(99)),
                Reports.millis(r.latencyMillis(99.9)),
                Reports.millis(r.maxLatencyMillis()),
                r.cpuMicrosPerMessage(),
                r.allocatedBytesPerMessage(),
                simulatorMicros);
    }

    static String machine() throws IOException {
        String cpu = "unknown CPU";
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.isReadable(cpuinfo)) {
            cpu = Files.readAllLines(cpuinfo).stream()
                    .filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst()
                    .orElse(cpu);
        }
        return String.format(
                Locale.ROOT,
                "Machine: %d cores (%s), %s %s; Java %s (%s); client JVM options: %s; transport: %s.",
                Runtime.getRuntime().availableProcessors(),
                cpu,
                System.getProperty("os.name"),
                System.getProperty("os.arch"),
                System.getProperty("java.version"),
                System.getProperty("java.vm.name"),
                String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()),
                io.netty.channel.epoll.Epoll.isAvailable() ? "epoll" : "nio");
    }
}
