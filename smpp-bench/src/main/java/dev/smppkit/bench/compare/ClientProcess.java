package dev.smppkit.bench.compare;

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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Starts {@link ClientRun} in a fresh JVM with the given options and class path, and reads back its report, so that
 * each client runs with a JIT, heap and GC of its own and nothing another client left behind. The child's stderr goes
 * to a file, named in the report if the run fails.
 */
public final class ClientProcess {
    private final List<String> jvmArgs;
    private final String classPath;
    private final long timeoutSeconds;

    /**
     * @param jvmArgs the child's JVM options, the same for every client (e.g. {@code -Xms1g -Xmx1g})
     * @param classPath the child's class path: this JVM's, or the benchmark jar
     * @param timeoutSeconds how long a child may run before it is killed and its run reported as failed
     */
    public ClientProcess(List<String> jvmArgs, String classPath, long timeoutSeconds) {
        this.jvmArgs = List.copyOf(jvmArgs);
        this.classPath = classPath;
        this.timeoutSeconds = timeoutSeconds;
    }

    /** Runs one client with these {@link ClientRun} options; never throws for a failed run, it reports it. */
    public RunReport run(String client, boolean receipts, List<String> clientArgs) throws InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.addAll(List.of("-cp", classPath, ClientRun.class.getName(), "--client", client));
        if (receipts) {
            command.add("--receipts");
        }
        command.addAll(clientArgs);
        File log;
        Process p;
        try {
            log = File.createTempFile("compare-" + client + "-", ".log");
            p = new ProcessBuilder(command).redirectError(log).start();
        } catch (IOException e) {
            return RunReport.failed(client, receipts, "could not start the client's JVM: " + e);
        }
        CompletableFuture<String> result = CompletableFuture.supplyAsync(() -> resultLine(p), ClientProcess::daemon);
        try {
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                return RunReport.failed(client, receipts, "timed out after " + timeoutSeconds + " s; see " + log);
            }
            String line = result.get(10, TimeUnit.SECONDS);
            if (line == null) {
                return RunReport.failed(client, receipts, "exit " + p.exitValue() + " without a result; see " + log);
            }
            RunReport report = RunReport.fromJson(line);
            if (report.ok()) {
                Files.deleteIfExists(log.toPath());
                return report;
            }
            return withLog(report, log);
        } catch (IOException | ExecutionException | TimeoutException | IllegalArgumentException e) {
            return RunReport.failed(client, receipts, e + "; see " + log);
        } finally {
            p.destroyForcibly();
        }
    }

    private static void daemon(Runnable task) {
        Thread t = new Thread(task, "client-stdout");
        t.setDaemon(true);
        t.start();
    }

    /** The JSON of the child's {@code RESULT} line, or null if it printed none before closing stdout. */
    private static String resultLine(Process p) {
        String result = null;
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(ClientRun.RESULT)) {
                    result = line.substring(ClientRun.RESULT.length());
                }
            }
        } catch (IOException e) {
            return null; // the process went away: reported as exiting without a result
        }
        return result;
    }

    private static RunReport withLog(RunReport r, File log) {
        return new RunReport(
                r.client(),
                r.receipts(),
                false,
                r.error() + "; see " + log,
                r.count(),
                r.accepted(),
                r.receiptsMatched(),
                r.submitsPerSec(),
                r.receiptsPerSec(),
                r.cpuMicrosPerMessage(),
                r.allocatedBytesPerMessage(),
                r.p50Millis(),
                r.p99Millis());
    }
}
