package dev.smppkit.bench.fuzz;

import dev.smppkit.codec.testing.LeakGuardExtension;
import dev.smppkit.testkit.SmscSimulator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The long live-session fuzzing run: {@code --pdus} mutated PDUs (1 million by default) into bound sessions of the
 * simulator (raw ESMEs against {@link SmscSimulator}) and of the client (a raw SMSC against the real Esme), both in
 * this JVM under Netty's leak detector. Passes when every connection was answered or closed within the bound, the
 * health checks (a fresh normal bind and submit_sm on the simulator, a valid deliver_sm acknowledged by the client)
 * kept passing, the simulator recorded no internal error and no buffer leaked.
 *
 * <pre>
 * ./mvnw -pl smpp-bench -am package -DskipTests
 * java -cp smpp-bench/target/benchmarks.jar dev.smppkit.bench.fuzz.SessionFuzz --side both --pdus 1000000
 * </pre>
 *
 * Exit code 0 when every check held, 1 otherwise (the seeds to replay the failing connection are printed).
 */
@Command(
        name = "SessionFuzz",
        mixinStandardHelpOptions = true,
        description = "Mutated PDUs into live sessions of the simulator and the client.")
public final class SessionFuzz implements Callable<Integer> {
    @Option(
            names = "--side",
            defaultValue = "both",
            description = "simulator, client or both (default: ${DEFAULT-VALUE}).")
    String side;

    @Option(
            names = "--pdus",
            defaultValue = "1000000",
            description = "Mutated PDUs per side (default: ${DEFAULT-VALUE}).")
    long pdus;

    @Option(names = "--seed", defaultValue = "20261202", description = "The run's seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--threads",
            defaultValue = "4",
            description = "Concurrent connections per side (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(
            names = "--probe-millis",
            defaultValue = "1000",
            description = "How long a probe waits before the zero padding, and a quarter of the wait after it"
                    + " (default: ${DEFAULT-VALUE}).")
    int probeMillis;

    @Option(
            names = "--max-minutes",
            defaultValue = "0",
            description = "Stop each side after this long even if --pdus is not reached, 0 for no cap; the count"
                    + " reached is printed (default: ${DEFAULT-VALUE}).")
    double maxMinutes;

    @Option(
            names = "--true-lengths",
            description = "Keep every command_length true and send no garbage, to reach the session logic on a build"
                    + " whose decoder does not survive hostile lengths.")
    boolean trueLengths;

    @Option(
            names = "--leak-level",
            defaultValue = "paranoid",
            description = "Netty leak detection level (default: ${DEFAULT-VALUE}).")
    String leakLevel;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SessionFuzz()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        System.setProperty("io.netty.leakDetection.level", leakLevel);
        LeakGuardExtension.collect();
        RawPeer.trueLengths = trueLengths;
        boolean ok = true;
        if (!side.equals("client")) {
            ok &= simulator();
        }
        if (!side.equals("simulator")) {
            ok &= client();
        }
        List<String> leaks = LeakGuardExtension.collect();
        if (!leaks.isEmpty()) {
            System.out.printf("FAIL: %d leak(s):%n%s%n", leaks.size(), String.join("\n----\n", leaks));
            ok = false;
        }
        System.out.println(ok ? "OK (leak detection " + leakLevel + ", no leak)" : "FAILED");
        return ok ? 0 : 1;
    }

    private boolean simulator() throws Exception {
        try (SmscSimulator smsc = SmscSimulator.builder()
                .credential(SimulatorSessionFuzzer.SYSTEM_ID, SimulatorSessionFuzzer.PASSWORD)
                .recordTraffic(false)
                .start()) {
            SimulatorSessionFuzzer fuzzer = new SimulatorSessionFuzzer(smsc, seed, probeMillis);
            long start = System.nanoTime();
            if (maxMinutes > 0) {
                fuzzer.deadline = start + (long) (maxMinutes * 60e9);
            }
            try {
                fuzzer.run(pdus, threads);
            } catch (AssertionError e) {
                System.out.println("FAIL simulator: " + e.getMessage() + "\n  after " + fuzzer.tally);
                e.printStackTrace(System.out);
                return false;
            }
            double s = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    "simulator: %s; %.0f s, %,.0f PDUs/s; simulator errors: %d %s%n",
                    fuzzer.tally, s, fuzzer.tally.pdus.get() / s, smsc.errors().size(), summary(smsc.errors()));
            return smsc.errors().isEmpty() && smsc.isRunning();
        }
    }

    private boolean client() throws Exception {
        try (ClientSessionFuzzer fuzzer = new ClientSessionFuzzer(seed, probeMillis, threads)) {
            long start = System.nanoTime();
            if (maxMinutes > 0) {
                fuzzer.deadline = start + (long) (maxMinutes * 60e9);
            }
            try {
                fuzzer.run(pdus);
            } catch (AssertionError e) {
                System.out.println("FAIL client: " + e.getMessage() + "\n  after " + fuzzer.tally);
                e.printStackTrace(System.out);
                return false;
            }
            double s = (System.nanoTime() - start) / 1e9;
            System.out.printf("client: %s; %.0f s, %,.0f PDUs/s%n", fuzzer.tally, s, fuzzer.tally.pdus.get() / s);
            return true;
        }
    }

    static String summary(List<Throwable> errors) {
        return errors.stream().limit(3).map(String::valueOf).toList().toString();
    }

    static long seconds(long nanos) {
        return TimeUnit.NANOSECONDS.toSeconds(nanos);
    }
}
