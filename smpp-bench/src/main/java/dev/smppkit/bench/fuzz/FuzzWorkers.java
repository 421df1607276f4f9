package dev.smppkit.bench.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * The worker threads of a live-session fuzzing run, the same for both sides: each plays connections from its own
 * stream of seeds until enough mutated PDUs were written, the deadline passed or any worker failed. The failure names
 * the run's and the connection's seed, which replay it.
 */
final class FuzzWorkers {
    /** One connection, reproducible from its seed; {@code n} counts this worker's connections from 1. */
    interface Connection {
        void play(long connectionSeed, int n) throws Exception;
    }

    private FuzzWorkers() {}

    /**
     * @param stride spreads the workers' seed streams: worker t starts from {@code seed + stride * (t + 1)}
     * @param deadline read before each connection (a time-capped run may move it)
     * @throws AssertionError the first failure of any worker
     */
    static void run(
            String side,
            int threads,
            long seed,
            long stride,
            FuzzTally tally,
            long minPdus,
            LongSupplier deadline,
            Connection connection)
            throws InterruptedException {
        AtomicReference<AssertionError> failure = new AtomicReference<>();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            SplittableRandom seeds = new SplittableRandom(seed + stride * (t + 1));
            Thread w = new Thread(
                    () -> {
                        int n = 0;
                        while (tally.pdus.get() < minPdus
                                && failure.get() == null
                                && System.nanoTime() - deadline.getAsLong() < 0) {
                            long connectionSeed = seeds.nextLong();
                            try {
                                connection.play(connectionSeed, ++n);
                            } catch (Throwable e) {
                                failure.compareAndSet(
                                        null,
                                        new AssertionError(
                                                side + " fuzz (seed " + seed + ", connection seed " + connectionSeed
                                                        + "): " + e,
                                                e));
                            }
                        }
                    },
                    "fuzz-" + side + "-" + t);
            workers.add(w);
            w.start();
        }
        for (Thread w : workers) {
            w.join();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }
}
