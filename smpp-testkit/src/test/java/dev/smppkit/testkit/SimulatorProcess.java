package dev.smppkit.testkit;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** The standalone simulator in its own JVM, for the tests of its command line: stdout lines, and SIGTERM. */
final class SimulatorProcess implements AutoCloseable {
    private final Process process;
    private final BlockingQueue<String> stdout = new LinkedBlockingQueue<>();
    private final Path stderr;

    private SimulatorProcess(List<String> command) throws IOException {
        stderr = Files.createTempFile("smsc-simulator", ".stderr");
        process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        Thread reader = new Thread(() -> {
            try (BufferedReader r =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    stdout.add(line);
                }
            } catch (IOException e) {
                stdout.add("(stdout failed: " + e + ")");
            }
        });
        reader.setDaemon(true);
        reader.start();
    }

    /** {@code java <jvmArgs> <args>} with this JVM's java binary. */
    static SimulatorProcess start(List<String> jvmArgs, List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.addAll(args);
        return new SimulatorProcess(command);
    }

    /** The simulator main class on this JVM's class path. */
    static SimulatorProcess onClassPath(List<String> args) throws IOException {
        List<String> jvm = List.of(
                // the standalone jar's logging (stderr), not the tests' (stdout)
                "-Dlogback.configurationFile="
                        + Path.of("src/standalone/logback.xml").toAbsolutePath(),
                "-cp",
                System.getProperty("java.class.path") + File.pathSeparator,
                "dev.smppkit.testkit.internal.cli.SimulatorMain");
        return start(jvm, args);
    }

    /** The next stdout line, waiting up to the test timeout. */
    String nextLine() throws InterruptedException, IOException {
        String line = stdout.poll(TestEsme.TIMEOUT.toSeconds() * 3, TimeUnit.SECONDS);
        if (line == null) {
            throw new AssertionError("no line on stdout; stderr: " + Files.readString(stderr));
        }
        return line;
    }

    /** Waits for {@code READY <port>} and returns the port. */
    int awaitReady() throws InterruptedException, IOException {
        String line = nextLine();
        if (!line.startsWith("READY ")) {
            throw new AssertionError("expected READY, got '" + line + "'; stderr: " + Files.readString(stderr));
        }
        return Integer.parseInt(line.substring("READY ".length()).trim());
    }

    /** Sends SIGTERM and waits for the exit code. */
    int terminate() throws InterruptedException {
        process.toHandle().destroy(); // SIGTERM; Process.destroy() would also close our end of stdout
        if (!process.waitFor(TestEsme.TIMEOUT.toSeconds() * 3, TimeUnit.SECONDS)) {
            throw new AssertionError("the simulator did not stop on SIGTERM");
        }
        return process.exitValue();
    }

    /** The child's process id. */
    long pid() {
        return process.pid();
    }

    String stderr() throws IOException {
        return Files.readString(stderr);
    }

    @Override
    public void close() throws IOException {
        process.destroyForcibly();
        Files.deleteIfExists(stderr);
    }
}
