package dev.smppkit.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The standalone simulator in its own JVM: {@code java -jar smsc-simulator.jar --port 0}. */
final class SimulatorProcess implements AutoCloseable {
    /** The simulator jar of this checkout, from the repository root or a module folder. */
    static Path findJar() {
        for (String candidate :
                List.of("smpp-testkit/target/smsc-simulator.jar", "../smpp-testkit/target/smsc-simulator.jar")) {
            Path p = Path.of(candidate);
            if (Files.isRegularFile(p)) {
                return p.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("smpp-testkit/target/smsc-simulator.jar not found; build it with"
                + " ./mvnw -pl smpp-testkit -am package -DskipTests, or give --simulator-jar");
    }

    final Process process;
    final int port;
    private final Thread cleanup;

    private SimulatorProcess(Process process, int port) {
        this.process = process;
        this.port = port;
        this.cleanup = new Thread(process::destroyForcibly, "simulator-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    static SimulatorProcess start(Path jar, String jvmArgs) throws Exception {
        return start(jar, jvmArgs, List.of());
    }

    /** Starts the simulator with these JVM options and these simulator options after {@code --port 0}. */
    static SimulatorProcess start(Path jar, String jvmArgs, List<String> simulatorArgs) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmArgs.trim().split("\\s+")));
        command.addAll(List.of("-jar", jar.toString(), "--port", "0"));
        command.addAll(simulatorArgs);
        File log = File.createTempFile("smsc-simulator", ".log");
        Process p = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.to(log))
                .start();
        BufferedReader stdout = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = CompletableFuture.supplyAsync(() -> {
                    try { // skip what the JVM prints first, e.g. JFR's start-up lines
                        String l = stdout.readLine();
                        while (l != null && !l.startsWith("READY ")) {
                            l = stdout.readLine();
                        }
                        return l;
                    } catch (IOException e) {
                        return null;
                    }
                })
                .get(30, TimeUnit.SECONDS);
        if (line == null || !line.startsWith("READY ")) {
            p.destroyForcibly();
            throw new IllegalStateException("the simulator did not start (" + line + "); see " + log);
        }
        return new SimulatorProcess(
                p, Integer.parseInt(line.substring("READY ".length()).trim()));
    }

    /** The simulator process's CPU time so far, all threads, from the OS; -1 where the OS does not tell. */
    long cpuNanos() {
        return process.info()
                .totalCpuDuration()
                .map(java.time.Duration::toNanos)
                .orElse(-1L);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy(); // SIGTERM: the simulator unbinds and stops
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        Runtime.getRuntime().removeShutdownHook(cleanup);
    }
}
