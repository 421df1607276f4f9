package dev.smppkit.bench;

import dev.smppkit.cli.bench.ProcessCost;
import dev.smppkit.client.Esme;
import dev.smppkit.codec.internal.Transport;
import io.netty.channel.EventLoopGroup;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Heap and CPU of many idle bound sessions in one client JVM: for each count N, N sessions on one shared event loop
 * group (N clients of {@code --sessions-per-client} sessions each, keepalive on) bind to the standalone simulator in
 * its own JVM; the table shows the used heap after a full GC per session (after binding minus before, over N) and the
 * CPU of both processes over an idle interval.
 *
 * <pre>
 * ./mvnw -pl smpp-testkit,smpp-cli,smpp-bench -am package -DskipTests
 * ulimit -n 30000   # a socket per session here, and one per session in the simulator
 * java -Xms2g -Xmx2g -cp smpp-bench/target/benchmarks.jar dev.smppkit.bench.ManyBindsBenchmark --histogram
 * </pre>
 */
@Command(
        name = "ManyBindsBenchmark",
        mixinStandardHelpOptions = true,
        description = "Heap per idle bound session and idle CPU, for thousands of binds in one client JVM.")
public final class ManyBindsBenchmark implements Callable<Integer> {
    @Option(names = "--simulator-jar", description = "The standalone simulator (default: the one of this checkout).")
    Path simulatorJar;

    @Option(
            names = "--simulator-jvm-args",
            defaultValue = "-Xms2g -Xmx2g",
            description = "JVM options of the simulator (default: ${DEFAULT-VALUE}).")
    String simulatorJvmArgs;

    @Option(
            names = "--sessions",
            split = ",",
            defaultValue = "1000,10000",
            description = "Session counts to measure (default: ${DEFAULT-VALUE}).")
    List<Integer> counts;

    @Option(
            names = "--sessions-per-client",
            defaultValue = "1",
            description = "Sessions of each client (1-64); N / this many clients (default: ${DEFAULT-VALUE}).")
    int sessionsPerClient;

    @Option(
            names = "--io-threads",
            defaultValue = "1",
            description = "Threads of the one event loop group (default: ${DEFAULT-VALUE}).")
    int ioThreads;

    @Option(
            names = "--enquire-link",
            defaultValue = "30s",
            converter = dev.smppkit.testkit.internal.cli.DurationConverter.class,
            description = "enquire_link interval of every session (default: ${DEFAULT-VALUE}, the client's default).")
    Duration enquireLink;

    @Option(
            names = "--idle-seconds",
            defaultValue = "10",
            description = "How long to measure CPU while every session is idle (default: ${DEFAULT-VALUE}).")
    int idleSeconds;

    @Option(
            names = "--histogram",
            description = "Print the top of the client's heap histogram (jcmd GC.class_histogram) at the largest N.")
    boolean histogram;

    private final java.io.PrintStream out = System.out;

    public static void main(String[] args) {
        System.exit(new CommandLine(new ManyBindsBenchmark()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        int max = counts.stream().mapToInt(Integer::intValue).max().orElse(0);
        out.printf("open files: %s (a socket per session)%n", openFilesLimit());
        Path jar = simulatorJar != null ? simulatorJar : SimulatorProcess.findJar();
        List<String> rows = new ArrayList<>();
        try (SimulatorProcess simulator = SimulatorProcess.start(
                jar, simulatorJvmArgs, List.of("--max-connections", Integer.toString(max + 100)))) {
            out.printf("simulator: %s on port %d (%s)%n", jar, simulator.port, simulatorJvmArgs);
            EventLoopGroup group = Transport.newGroup(ioThreads);
            try {
                bindAndStop(group, simulator.port, sessionsPerClient); // load the classes before the first baseline
                for (int n : counts) {
                    rows.add(measure(group, simulator, n, histogram && n == max));
                }
            } finally {
                group.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
            }
        }
        out.println();
        out.printf(
                "| sessions | clients | bind s | heap KB/session | idle client CPU ms/s | idle simulator CPU ms/s |%n");
        out.println("|---:|---:|---:|---:|---:|---:|");
        rows.forEach(out::println);
        out.printf(
                "%nOne event loop group of %d thread(s); enquire_link every %s; idle CPU over %d s, in ms of CPU per"
                        + " second (1000 = one core busy). Heap: used heap after a full GC with the sessions bound"
                        + " minus before, over the sessions.%n",
                ioThreads, enquireLink, idleSeconds);
        out.println(LoadBenchmark.machine());
        return 0;
    }

    private String measure(EventLoopGroup group, SimulatorProcess simulator, int n, boolean histogram)
            throws Exception {
        long before = usedHeapAfterGc();
        long bindStart = System.nanoTime();
        List<Esme> clients = bind(group, simulator.port, n, sessionsPerClient);
        double bindSeconds = (System.nanoTime() - bindStart) / 1e9;
        try {
            long after = usedHeapAfterGc();
            ProcessCost idleStart = ProcessCost.now();
            long simulatorStart = cpuNanos(simulator.process.toHandle());
            TimeUnit.SECONDS.sleep(idleSeconds);
            ProcessCost idle = ProcessCost.now().since(idleStart);
            long simulatorIdle = cpuNanos(simulator.process.toHandle()) - simulatorStart;
            int bound = clients.stream().mapToInt(Esme::boundSessions).sum();
            if (bound != n) {
                out.printf("  warning: %d of %d sessions bound at the end of the idle interval%n", bound, n);
            }
            if (histogram) {
                printHistogram(25);
            }
            String row = String.format(
                    Locale.ROOT,
                    "| %,d | %,d | %.1f | %.1f | %.1f | %.1f |",
                    n,
                    clients.size(),
                    bindSeconds,
                    (after - before) / 1024.0 / n,
                    idle.cpuNanos() / 1e6 / idleSeconds,
                    simulatorIdle / 1e6 / idleSeconds);
            out.println("  " + row); // before stopping, which is not measured
            return row;
        } finally {
            stopAll(clients);
        }
    }

    private void bindAndStop(EventLoopGroup group, int port, int sessions) throws Exception {
        stopAll(bind(group, port, sessions, sessions));
    }

    /** Binds n sessions in clients of perClient sessions, a batch of clients at a time; waits until all are bound. */
    private List<Esme> bind(EventLoopGroup group, int port, int n, int perClient) throws Exception {
        List<Esme> clients = new ArrayList<>();
        int batch = Math.max(1, 200 / perClient);
        for (int i = 0; i < n; i += batch * perClient) {
            List<CompletableFuture<Void>> started = new ArrayList<>();
            for (int j = i; j < Math.min(n, i + batch * perClient); j += perClient) {
                Esme esme = Esme.builder()
                        .host("127.0.0.1")
                        .port(port)
                        .systemId("b" + j)
                        .sessions(Math.min(perClient, n - j))
                        .eventLoopGroup(group)
                        .enquireLinkInterval(enquireLink)
                        .connectTimeout(Duration.ofSeconds(30))
                        .bindTimeout(Duration.ofSeconds(30))
                        .build();
                clients.add(esme);
                started.add(esme.start());
            }
            CompletableFuture.allOf(started.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
        }
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (clients.stream().mapToInt(Esme::boundSessions).sum() < n) { // start() waits for a client's first only
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not every session bound within 2 minutes");
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
        return clients;
    }

    private void stopAll(List<Esme> clients) throws InterruptedException {
        List<CompletableFuture<Void>> stopped = new ArrayList<>();
        for (Esme esme : clients) {
            stopped.add(esme.stop(Duration.ofSeconds(10)));
        }
        try {
            CompletableFuture.allOf(stopped.toArray(CompletableFuture[]::new)).get(1, TimeUnit.MINUTES);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            long pending = stopped.stream().filter(f -> !f.isDone()).count();
            out.printf("  warning: %d of %d clients not stopped within a minute (%s)%n", pending, clients.size(), e);
        }
    }

    /** Used heap after full GCs, repeated until it stops falling (finalizers and references cleared). */
    private static long usedHeapAfterGc() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            TimeUnit.MILLISECONDS.sleep(100);
            long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            if (now >= used) {
                return now;
            }
            used = now;
        }
        return used;
    }

    private static long cpuNanos(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    private void printHistogram(int top) throws IOException, InterruptedException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        Process p = new ProcessBuilder(
                        jcmd, Long.toString(ProcessHandle.current().pid()), "GC.class_histogram")
                .redirectErrorStream(true)
                .start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            out.println("  heap histogram of the client, top " + top + ":");
            r.lines().skip(1).limit(top + 2L).forEach(l -> out.println("    " + l));
        }
        p.waitFor();
    }

    private static String openFilesLimit() throws IOException {
        Path limits = Path.of("/proc/self/limits");
        if (!Files.isReadable(limits)) {
            return "unknown";
        }
        return Files.readAllLines(limits).stream()
                .filter(l -> l.startsWith("Max open files"))
                .map(l -> l.substring("Max open files".length()).trim().replaceAll("\\s+", " "))
                .findFirst()
                .orElse("unknown");
    }
}
