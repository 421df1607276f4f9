package dev.smppkit.bench.fuzz;

import dev.smppkit.codec.pdu.DecoderFuzzer;
import dev.smppkit.codec.testing.LeakGuardExtension;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The long decoder fuzzing run: 10 million mutated frames (by default) through {@code SmppPduDecoder} on a channel,
 * with the same checks as the CI test {@code DecoderChannelFuzzTest} (only SmppDecodeException, decoded PDUs
 * re-encode, bounded time per stream) and Netty's leak detector at {@code --leak-level} (paranoid by default), read
 * through the codec tests' LeakGuardExtension every million frames and at the end. A watchdog ends the run with the
 * stuck stream's seed and bytes if one stream takes longer than {@code --hang-seconds}.
 *
 * <pre>
 * ./mvnw -pl smpp-bench -am package -DskipTests
 * java -cp smpp-bench/target/benchmarks.jar dev.smppkit.bench.fuzz.DecoderFuzz --frames 10000000
 * </pre>
 *
 * Exit code 0 when every check held, 1 on a failure (the seeds to replay it are printed), 2 on a hang.
 */
@Command(
        name = "DecoderFuzz",
        mixinStandardHelpOptions = true,
        description = "Mutated PDU streams into SmppPduDecoder under leak detection.")
public final class DecoderFuzz implements Callable<Integer> {
    @Option(names = "--frames", defaultValue = "10000000", description = "Frames to feed (default: ${DEFAULT-VALUE}).")
    long frames;

    @Option(names = "--seed", defaultValue = "20261202", description = "The run's seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--leak-level",
            defaultValue = "paranoid",
            description = "Netty leak detection level: paranoid tracks every buffer (default: ${DEFAULT-VALUE}).")
    String leakLevel;

    @Option(
            names = "--hang-seconds",
            defaultValue = "30",
            description = "A stream still decoding after this long is a hang (default: ${DEFAULT-VALUE}).")
    int hangSeconds;

    public static void main(String[] args) {
        System.exit(new CommandLine(new DecoderFuzz()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        // Before any ByteBuf class initialises its leak detector: the level, then the guard's recording factory.
        System.setProperty("io.netty.leakDetection.level", leakLevel);
        LeakGuardExtension.collect();

        DecoderFuzzer fuzzer = new DecoderFuzzer(seed, TimeUnit.SECONDS.toMillis(hangSeconds));
        Thread watchdog = new Thread(() -> watch(fuzzer), "fuzz-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();

        long start = System.nanoTime();
        long lastReport = start;
        long step = 1_000_000;
        try {
            for (long target = Math.min(step, frames); ; target = Math.min(target + step, frames)) {
                fuzzer.run(target);
                List<String> leaks = LeakGuardExtension.collect();
                if (!leaks.isEmpty()) {
                    System.out.printf(
                            "FAIL: %d leak(s) after %,d frames (seed %d):%n%s%n",
                            leaks.size(), fuzzer.frames(), seed, String.join("\n----\n", leaks));
                    return 1;
                }
                long now = System.nanoTime();
                System.out.printf(
                        "%,d frames, %,d streams, %,.0f frames/s so far%n",
                        fuzzer.frames(), fuzzer.streams(), fuzzer.frames() / ((now - start) / 1e9));
                lastReport = now;
                if (target >= frames) {
                    break;
                }
            }
        } catch (AssertionError e) {
            System.out.println("FAIL after " + fuzzer.frames() + " frames: " + e.getMessage());
            e.printStackTrace(System.out);
            return 1;
        }
        double seconds = (lastReport - start) / 1e9;
        System.out.printf(
                "DecoderFuzz seed %d, leak detection %s: %,d frames in %,d streams (%,d in one-byte fragments) in"
                        + " %.0f s, %,.0f frames/s; %,d PDUs decoded and re-encoded, %,d SmppDecodeExceptions, no"
                        + " other exception, no leak, no hang%n  by type %s%n  by status %s%n",
                seed,
                leakLevel,
                fuzzer.frames(),
                fuzzer.streams(),
                fuzzer.oneByteStreams(),
                seconds,
                fuzzer.frames() / seconds,
                fuzzer.pdus(),
                fuzzer.decodeErrors(),
                fuzzer.byType(),
                fuzzer.byStatus());
        return 0;
    }

    /** Ends the process if the fuzzer sits on one stream for longer than the hang bound. */
    private void watch(DecoderFuzzer fuzzer) {
        long seen = fuzzer.currentStreamSeed();
        long since = System.nanoTime();
        while (true) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
            long now = fuzzer.currentStreamSeed();
            if (now != seen) {
                seen = now;
                since = System.nanoTime();
            } else if (System.nanoTime() - since > TimeUnit.SECONDS.toNanos(hangSeconds)) {
                System.out.println("HANG (seed " + seed + "): " + fuzzer.current());
                Runtime.getRuntime().halt(2);
            }
        }
    }
}
