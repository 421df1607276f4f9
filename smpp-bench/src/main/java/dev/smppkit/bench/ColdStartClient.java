package dev.smppkit.bench;

import dev.smppkit.cli.bench.LoadOptions;
import dev.smppkit.cli.bench.LoadResult;
import dev.smppkit.cli.bench.LoadRunner;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The fresh client JVM of {@link ColdStartBenchmark}: {@code ColdStartClient PORT COUNT SLICE WINDOW} sends COUNT
 * messages on one bind as its very first work and prints one {@code COLD key=value...} line (milliseconds of JVM
 * uptime at main and at the first message taken, which follows the first bind; classes loaded; JIT, GC and CPU
 * milliseconds) and one {@code SLICE i nanos} line per slice (nanoseconds from the first message taken to the slice's
 * last outcome), for the parent to read. On Linux a {@code THREADS} line splits the CPU time by kind of thread (JIT
 * compilers, GC, the client's event loops, main, the rest), read from {@code /proc/self/task}: the JVM's own threads
 * do not show in {@code ThreadMXBean}.
 */
public final class ColdStartClient {
    private ColdStartClient() {}

    public static void main(String[] args) throws Exception {
        long mainNanos = System.nanoTime();
        long mainUptime = ManagementFactory.getRuntimeMXBean().getUptime();
        int port = Integer.parseInt(args[0]);
        long count = Long.parseLong(args[1]);
        int slice = Integer.parseInt(args[2]);
        int window = Integer.parseInt(args[3]);
        LoadRunner runner = new LoadRunner(
                LoadOptions.builder()
                        .port(port)
                        .systemId("cold")
                        .count(count)
                        .window(window)
                        .build(),
                slice);
        LoadResult r = runner.run();
        if (r.accepted() != count) {
            throw new IllegalStateException("not every message was accepted: " + r);
        }
        long start = runner.startNanos();
        long cpuMillis = ProcessHandle.current()
                .info()
                .totalCpuDuration()
                .map(d -> d.toMillis())
                .orElse(-1L);
        long gcMillis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcMillis += Math.max(0, gc.getCollectionTime());
        }
        System.out.printf(
                Locale.ROOT,
                "COLD main-ms=%d first-take-ms=%.1f elapsed-ms=%.1f classes=%d jit-ms=%d gc-ms=%d cpu-ms=%d%n",
                mainUptime,
                mainUptime + (start - mainNanos) / 1e6,
                r.elapsedNanos() / 1e6,
                ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount(),
                ManagementFactory.getCompilationMXBean().getTotalCompilationTime(),
                gcMillis,
                cpuMillis);
        System.out.println("THREADS " + threadCpu(cpuMillis));
        long[] ends = runner.sliceEndNanos();
        for (int i = 0; i < ends.length; i++) {
            System.out.printf(Locale.ROOT, "SLICE %d %d%n", i, ends[i] - start);
        }
        System.out.flush();
        System.exit(0); // do not wait for the client's threads to wind down; everything is measured
    }

    /**
     * CPU milliseconds by kind of thread, e.g. {@code gc=300 jit=5200 main=150 other=80 ended=900}; empty off Linux.
     * {@code ended} is what threads that have ended spent (the process's total less the live threads'): mostly the
     * client's event loop, which stopped with the client.
     */
    static String threadCpu(long processMillis) {
        Map<String, Long> ticks = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                String comm = Files.readString(task.resolve("comm")).trim();
                String stat = Files.readString(task.resolve("stat"));
                // fields after the ")" that ends the name: state is 3rd, utime 14th, stime 15th
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks.merge(kind(comm), Long.parseLong(f[11]) + Long.parseLong(f[12]), Long::sum);
            }
        } catch (IOException | RuntimeException e) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        long live = 0;
        for (Map.Entry<String, Long> e : ticks.entrySet()) {
            long millis = e.getValue() * 10; // USER_HZ is 100 on Linux
            live += millis;
            sb.append(e.getKey()).append('=').append(millis).append(' ');
        }
        return sb.append("ended=").append(Math.max(0, processMillis - live)).toString();
    }

    private static String kind(String comm) {
        if (comm.startsWith("C1 Compiler") || comm.startsWith("C2 Compiler")) {
            return "jit";
        }
        if (comm.startsWith("GC Thread") || comm.startsWith("G1 ")) {
            return "gc";
        }
        return comm.equals("main") || comm.equals("java") ? "main" : "other";
    }
}
