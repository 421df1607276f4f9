package dev.smppkit.bench;

import dev.smppkit.cli.bench.LoadOptions;
import dev.smppkit.cli.internal.Reports;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * How fast a fresh client JVM gets going: for each set of client JVM options, a new JVM ({@link ColdStartClient})
 * binds to the simulator and sends its first {@code --count} messages as its very first work; the table shows the
 * time from JVM start to the first message (which follows the first bind), the rate over the whole count and over
 * each slice of it, and what the JVM spent on loading classes, compiling and collecting. Against a simulator that
 * has already served a warm-up ({@code warm}: only the client is cold) and one started for the run ({@code fresh}:
 * both are). The option set {@code cds} first records an AppCDS archive of the client's classes in a training run
 * ({@code -XX:ArchiveClassesAtExit}), then runs with it ({@code -XX:SharedArchiveFile}).
 *
 * <pre>
 * ./mvnw -pl smpp-testkit,smpp-cli,smpp-bench -am package -DskipTests
 * java -cp smpp-bench/target/benchmarks.jar dev.smppkit.bench.ColdStartBenchmark --count 100000 --slice 10000
 * </pre>
 */
@Command(
        name = "ColdStartBenchmark",
        mixinStandardHelpOptions = true,
        description = "The first messages of a fresh client JVM: time to the first bind, rate per slice.")
public final class ColdStartBenchmark implements Callable<Integer> {
    private static final String DEFAULT = "default";
    private static final String CDS = "cds";

    @Option(names = "--simulator-jar", description = "The standalone simulator (default: the one of this checkout).")
    Path simulatorJar;

    @Option(
            names = "--simulator-jvm-args",
            defaultValue = "-Xms1g -Xmx1g",
            description = "JVM options of the simulator (default: ${DEFAULT-VALUE}).")
    String simulatorJvmArgs;

    @Option(
            names = "--simulator",
            defaultValue = "both",
            description = "warm (warmed up by this JVM first), fresh (a new one per run) or both (default:"
                    + " ${DEFAULT-VALUE}).")
    String simulatorMode;

    @Option(
            names = "--simulator-warmup",
            defaultValue = "500000",
            description = "Messages this JVM sends to a warm simulator first (default: ${DEFAULT-VALUE}).")
    long simulatorWarmup;

    @Option(names = "--count", defaultValue = "100000", description = "Messages (default: ${DEFAULT-VALUE}).")
    long count;

    @Option(names = "--slice", defaultValue = "10000", description = "Messages per slice (default: ${DEFAULT-VALUE}).")
    int slice;

    @Option(names = "--window", defaultValue = "100", description = "Window of the bind (default: ${DEFAULT-VALUE}).")
    int window;

    @Option(
            names = "--client-jvm-args",
            split = ";",
            defaultValue = DEFAULT + ";-XX:TieredStopAtLevel=1;" + CDS,
            description = "Sets of client JVM options, separated by ';': '" + DEFAULT + "' for none, '" + CDS + "' for"
                    + " an AppCDS archive (default: ${DEFAULT-VALUE}).")
    List<String> clientJvmArgs;

    @Option(names = "--runs", defaultValue = "1", description = "Runs of each combination (default: ${DEFAULT-VALUE}).")
    int runs;

    private final PrintStream out = System.out;
    private Path archive; // made by the first 'cds' run

    public static void main(String[] args) {
        System.exit(new CommandLine(new ColdStartBenchmark()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Path jar = simulatorJar != null ? simulatorJar : SimulatorProcess.findJar();
        List<String> rows = new ArrayList<>();
        for (String mode : modes()) {
            if (mode.equals("warm")) {
                try (SimulatorProcess simulator = SimulatorProcess.start(jar, simulatorJvmArgs)) {
                    out.printf("warming the simulator up: %s messages...%n", Reports.count(simulatorWarmup));
                    LoadBenchmark.run(LoadOptions.builder()
                            .port(simulator.port)
                            .systemId("warmup")
                            .count(simulatorWarmup)
                            .window(window)
                            .build());
                    for (String flags : clientJvmArgs) {
                        for (int i = 0; i < runs; i++) {
                            rows.add(row(mode, flags, client(simulator.port, flags)));
                        }
                    }
                }
            } else {
                for (String flags : clientJvmArgs) {
                    for (int i = 0; i < runs; i++) {
                        try (SimulatorProcess simulator = SimulatorProcess.start(jar, simulatorJvmArgs)) {
                            rows.add(row(mode, flags, client(simulator.port, flags)));
                        }
                    }
                }
            }
        }
        out.println();
        StringBuilder header = new StringBuilder("| simulator | client JVM options | JVM start → first message ms | "
                + Reports.count(count) + " msg/s | classes | JIT ms | GC ms | CPU ms | CPU ms by thread |");
        StringBuilder rule = new StringBuilder("|---|---|---:|---:|---:|---:|---:|---:|---|");
        for (long s = 0; s < count / slice; s++) {
            header.append(' ').append(Reports.count((s + 1) * slice)).append(" |");
            rule.append("---:|");
        }
        out.println(header);
        out.println(rule);
        rows.forEach(out::println);
        out.printf(
                "%nmsg/s from the first message taken (right after the bind) to the last outcome; each slice column is"
                        + " the rate over the %s messages up to that count. Classes, JIT, GC and CPU: the client JVM's"
                        + " totals at the end, bind and %s messages included (JIT ms: compiler threads' time, which a loaded machine"
                        + " stretches); CPU by thread from /proc (jit: C1 and C2 compilers, main: the launcher and"
                        + " main thread, ended: threads gone by the end, mostly the client's event loop). Window %d, no receipts.%n",
                Reports.count(slice), Reports.count(count), window);
        out.println(LoadBenchmark.machine());
        return 0;
    }

    private List<String> modes() {
        return switch (simulatorMode.toLowerCase(Locale.ROOT)) {
            case "warm" -> List.of("warm");
            case "fresh" -> List.of("fresh");
            default -> List.of("warm", "fresh");
        };
    }

    /** Runs one fresh client JVM and returns what it printed: the COLD values and the slice ends. */
    private Map<String, String> client(int port, String flags) throws Exception {
        List<String> options = new ArrayList<>();
        if (flags.trim().equals(CDS)) {
            if (archive == null) {
                Path file = Files.createTempFile("smppkit-client", ".jsa");
                Files.delete(file);
                out.printf("recording the AppCDS archive %s in a training run...%n", file);
                runClient(port, List.of("-XX:ArchiveClassesAtExit=" + file));
                archive = file;
            }
            options.add("-XX:SharedArchiveFile=" + archive);
        } else if (!flags.isBlank() && !flags.trim().equals(DEFAULT)) {
            options.addAll(List.of(flags.trim().split("\\s+")));
        }
        Map<String, String> values = runClient(port, options);
        out.printf("  %s: %s%n", flags, values.get("COLD"));
        return values;
    }

    private Map<String, String> runClient(int port, List<String> jvmOptions) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ColdStartClient.class.getName()));
        command.addAll(List.of(
                Integer.toString(port), Long.toString(count), Integer.toString(slice), Integer.toString(window)));
        File log = File.createTempFile("cold-start-client", ".log");
        Process p = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.to(log))
                .start();
        Map<String, String> values = new HashMap<>();
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("COLD ")) {
                    values.put("COLD", line.substring(5));
                    for (String pair : line.substring(5).split(" ")) {
                        int eq = pair.indexOf('=');
                        values.put(pair.substring(0, eq), pair.substring(eq + 1));
                    }
                } else if (line.startsWith("THREADS")) {
                    values.put("threads", line.substring("THREADS".length()).trim());
                } else if (line.startsWith("SLICE ")) {
                    String[] parts = line.split(" ");
                    values.put("slice" + parts[1], parts[2]);
                }
            }
        }
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0 || !values.containsKey("COLD")) {
            p.destroyForcibly();
            throw new IllegalStateException("the client JVM failed; see " + log);
        }
        return values;
    }

    private String row(String mode, String flags, Map<String, String> v) {
        StringBuilder row = new StringBuilder(String.format(
                Locale.ROOT,
                "| %s | %s | %s | %s | %s | %s | %s | %s | %s |",
                mode,
                flags.trim().equals(CDS) ? "AppCDS archive" : flags.trim(),
                v.get("first-take-ms"),
                Reports.count(Math.round(count / (Double.parseDouble(v.get("elapsed-ms")) / 1e3))),
                v.get("classes"),
                v.get("jit-ms"),
                v.get("gc-ms"),
                v.get("cpu-ms"),
                v.getOrDefault("threads", "")));
        long previous = 0;
        for (int s = 0; s < count / slice; s++) {
            long end = Long.parseLong(v.getOrDefault("slice" + s, "0"));
            row.append(' ').append(end > previous ? Reports.count(Math.round(slice * 1e9 / (end - previous))) : "–");
            row.append(" |");
            previous = end;
        }
        return row.toString();
    }
}
