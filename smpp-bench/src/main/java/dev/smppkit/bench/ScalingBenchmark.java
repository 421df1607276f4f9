package dev.smppkit.bench;

import dev.smppkit.cli.bench.LoadOptions;
import dev.smppkit.cli.bench.LoadResult;
import dev.smppkit.cli.internal.Reports;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * How throughput scales with binds and event loop threads: for every pair of a bind count (the client's sessions, each
 * with the given window) and an I/O thread count (the client's event loop group; sessions are spread over its loops
 * round-robin), one client sends as fast as it can to the standalone simulator in another JVM, and the table shows
 * submit_sm/s, latency, and the CPU time and allocation per message of the client process and the CPU per message of
 * the simulator process. On a machine with few cores the simulator competes for them: its CPU column says how much of
 * the machine it took.
 *
 * <pre>
 * ./mvnw -pl smpp-testkit,smpp-cli,smpp-bench -am package -DskipTests
 * java -Xms2g -Xmx2g -cp smpp-bench/target/benchmarks.jar dev.smppkit.bench.ScalingBenchmark --binds 1,2,4 --io-threads 1,2
 * </pre>
 */
@Command(
        name = "ScalingBenchmark",
        mixinStandardHelpOptions = true,
        description =
                "submit_sm/s for each number of binds and client I/O threads, against the simulator in another JVM.")
public final class ScalingBenchmark implements Callable<Integer> {
    @Option(names = "--simulator-jar", description = "The standalone simulator (default: the one of this checkout).")
    Path simulatorJar;

    @Option(
            names = "--simulator-jvm-args",
            defaultValue = "-Xms1g -Xmx1g",
            description = "JVM options of the simulator (default: ${DEFAULT-VALUE}).")
    String simulatorJvmArgs;

    @Option(
            names = "--simulator-threads",
            defaultValue = "1",
            description = "Event loop threads of the simulator (default: ${DEFAULT-VALUE}).")
    int simulatorThreads;

    @Option(
            names = "--port",
            defaultValue = "0",
            description = "Use the SMSC already listening on this port of 127.0.0.1 instead of starting the simulator"
                    + " (its CPU is then not measured).")
    int port;

    @Option(
            names = "--binds",
            split = ",",
            defaultValue = "1,2,4",
            description = "Bind counts to measure (default: ${DEFAULT-VALUE}).")
    List<Integer> binds;

    @Option(
            names = "--io-threads",
            split = ",",
            defaultValue = "1,2",
            description = "Client event loop thread counts to measure (default: ${DEFAULT-VALUE}).")
    List<Integer> ioThreads;

    @Option(names = "--window", defaultValue = "100", description = "Window of each bind (default: ${DEFAULT-VALUE}).")
    int window;

    @Option(
            names = "--count",
            defaultValue = "0",
            description = "Messages of each measured run; 0 to size it from the warm-up's rate and --seconds"
                    + " (default: ${DEFAULT-VALUE}).")
    long count;

    @Option(
            names = "--seconds",
            defaultValue = "10",
            description = "Rough length of each measured run when --count is 0 (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(
            names = "--warmup",
            defaultValue = "100000",
            description = "Messages of each configuration's warm-up run (default: ${DEFAULT-VALUE}).")
    long warmup;

    @Option(
            names = "--jvm-warmup",
            defaultValue = "1000000",
            description = "Messages sent once on one bind before anything is measured (default: ${DEFAULT-VALUE}).")
    long jvmWarmup;

    private final PrintStream out;

    public ScalingBenchmark() {
        this(System.out);
    }

    ScalingBenchmark(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new ScalingBenchmark()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (port > 0) {
            out.printf("SMSC: 127.0.0.1:%d (not started here; its CPU is not measured)%n", port);
            measure(port, null);
            return 0;
        }
        Path jar = simulatorJar != null ? simulatorJar : SimulatorProcess.findJar();
        try (SimulatorProcess simulator = SimulatorProcess.start(
                jar, simulatorJvmArgs, List.of("--threads", Integer.toString(simulatorThreads)))) {
            out.printf(
                    "simulator: %s on port %d (%s, %d event loop thread(s))%n",
                    jar, simulator.port, simulatorJvmArgs, simulatorThreads);
            measure(simulator.port, simulator.process.toHandle());
        }
        return 0;
    }

    private void measure(int smscPort, ProcessHandle simulator) throws Exception {
        LoadOptions base = LoadOptions.builder()
                .port(smscPort)
                .systemId("scale")
                .window(window)
                .build();
        out.printf("JVM warm-up: %s messages on one bind...%n", Reports.count(jvmWarmup));
        LoadBenchmark.run(base.toBuilder().count(jvmWarmup).build());
        List<String> rows = new ArrayList<>();
        for (int threads : ioThreads) {
            for (int n : binds) {
                LoadOptions config = base.toBuilder()
                        .systemId("b" + n + "t" + threads)
                        .sessions(n)
                        .ioThreads(threads)
                        .build();
                LoadResult warm =
                        LoadBenchmark.run(config.toBuilder().count(warmup).build());
                long measured = count > 0 ? count : Math.max(10_000, Math.round(warm.submitPerSec() * seconds));
                Duration simulatorBefore = cpu(simulator);
                LoadResult r =
                        LoadBenchmark.run(config.toBuilder().count(measured).build());
                Duration simulatorCpu = cpu(simulator).minus(simulatorBefore);
                String row = row(n, threads, r, simulator == null ? -1 : simulatorCpu.toNanos() / 1e3 / r.count());
                out.println("  " + row);
                rows.add(row);
            }
        }
        out.println();
        out.println("| binds | I/O threads | messages | submit_sm/s | p50 ms | p99 ms | client CPU µs/msg | bytes/msg"
                + " | simulator CPU µs/msg |");
        out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        rows.forEach(out::println);
        out.println();
        out.printf(
                "Window %d per bind; each row after a warm-up run of %s messages. Client CPU and bytes: the client"
                        + " process from the first message taken to the last outcome; simulator CPU: its process over"
                        + " the whole run, bind and unbind included.%n",
                window, Reports.count(warmup));
        out.println(LoadBenchmark.machine());
    }

    /** The process's CPU time so far; zero when there is no process to ask or it does not tell. */
    private static Duration cpu(ProcessHandle process) {
        return process == null
                ? Duration.ZERO
                : process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    private static String row(int binds, int threads, LoadResult r, double simulatorMicros) {
        return String.format(
                Locale.ROOT,
                "| %d | %d | %s | %s | %s | %s | %.2f | %,.0f | %s |",
                binds,
                threads,
                Reports.count(r.count()),
                Reports.count(Math.round(r.submitPerSec())),
                Reports.millis(r.latencyMillis(50)),
                Reports.millis(r.latencyMillis(99)),
                r.cpuMicrosPerMessage(),
                r.allocatedBytesPerMessage(),
                simulatorMicros < 0 ? "–" : String.format(Locale.ROOT, "%.2f", simulatorMicros));
    }
}
