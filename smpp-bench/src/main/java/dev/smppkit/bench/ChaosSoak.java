package dev.smppkit.bench;

import dev.smppkit.client.Backoff;
import dev.smppkit.client.BindMode;
import dev.smppkit.client.Esme;
import dev.smppkit.client.EsmeStats;
import dev.smppkit.client.Hook;
import dev.smppkit.client.InMemoryBroker;
import dev.smppkit.client.OutboundMessage;
import dev.smppkit.client.QueuedMessage;
import dev.smppkit.client.ReceiptEvent;
import dev.smppkit.client.SubmitOutcome;
import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.testkit.Faults;
import dev.smppkit.testkit.SmscSimulator;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.BitSet;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The chaos soak: the client under load with delivery receipts against the in-process simulator, while the
 * simulator's fault API keeps breaking things at random (disconnects, throttling storms, slow and missing responses,
 * restarts, unanswered enquire_links, refused binds, generic_nack, queue full, rejections, reordering). Every 10 s it
 * prints RSS (VmRSS), heap used and the ESME's counters; at the end it checks that nothing is unaccounted for: the
 * count invariant of {@link EsmeStats}, every message queued has exactly one outcome or is still queued, and the
 * hook saw as many outcomes as the stats count. Exits 1 if anything does not add up.
 *
 * <pre>
 * ./mvnw -pl smpp-bench -am package -DskipTests
 * java -Xmx512m -cp smpp-bench/target/benchmarks.jar dev.smppkit.bench.ChaosSoak --minutes 10
 * </pre>
 */
@Command(name = "ChaosSoak", mixinStandardHelpOptions = true, description = "Random SMSC faults under load.")
public final class ChaosSoak implements Callable<Integer> {
    @Option(names = "--minutes", defaultValue = "10", description = "Length of the run (default: ${DEFAULT-VALUE}).")
    double minutes;

    @Option(
            names = "--seed",
            defaultValue = "20261202",
            description = "Seed of the faults (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--window", defaultValue = "50", description = "The client's window (default: ${DEFAULT-VALUE}).")
    int window;

    @Option(
            names = "--max-tps",
            defaultValue = "0",
            description = "Cap on the client's submit rate, 0 for none (default: ${DEFAULT-VALUE}).")
    double maxTps;

    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong receipts = new AtomicLong();
    private final Map<String, Long> failures = new TreeMap<>(); // guarded by itself
    private final BitSet done = new BitSet(); // broker ids with an outcome; guarded by itself
    private final AtomicLong doubleOutcomes = new AtomicLong();
    private final Map<String, Long> faultsApplied = new TreeMap<>();

    public static void main(String[] args) {
        System.exit(new CommandLine(new ChaosSoak()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        SmscSimulator smsc = SmscSimulator.builder()
                .credential("soak", "secret")
                .recordTraffic(false)
                .redelivery(3, Duration.ofMillis(200))
                .start();
        InMemoryBroker broker = new InMemoryBroker(10_000);
        Esme esme = esme(smsc, broker);
        esme.start().get(30, TimeUnit.SECONDS);

        AtomicLong enqueued = new AtomicLong();
        Thread producer = new Thread(() -> produce(broker, enqueued), "soak-producer");
        producer.setDaemon(true);
        producer.start();

        long start = System.nanoTime();
        long end = start + (long) (minutes * 60e9);
        long nextReport = start + TimeUnit.SECONDS.toNanos(10);
        SplittableRandom rnd = new SplittableRandom(seed);
        long rssFirst = -1;
        long rssMax = 0;
        while (System.nanoTime() < end) {
            String fault = applyRandomFault(smsc, rnd);
            faultsApplied.merge(fault, 1L, Long::sum);
            long hold = 500 + rnd.nextInt(4500);
            long faultEnd = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(hold);
            while (System.nanoTime() < Math.min(faultEnd, end)) {
                Thread.sleep(100);
                if (System.nanoTime() >= nextReport) {
                    long rss = rssKib();
                    rssFirst = rssFirst < 0 ? rss : rssFirst;
                    rssMax = Math.max(rssMax, rss);
                    report(start, esme, broker, enqueued, rss);
                    nextReport += TimeUnit.SECONDS.toNanos(10);
                }
            }
            smsc.faults().reset();
            Thread.sleep(200 + rnd.nextInt(1800)); // a calm spell, so the client can make progress
        }

        // Stop the load, heal the SMSC, let everything taken finish, then stop the client.
        producer.interrupt();
        producer.join();
        smsc.faults().reset();
        if (!smsc.isRunning()) {
            smsc.start();
        }
        long drainDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while ((broker.size() > 0 || esme.stats().inProgress() > 0) && System.nanoTime() < drainDeadline) {
            Thread.sleep(100);
        }
        esme.stop(Duration.ofSeconds(30)).get(60, TimeUnit.SECONDS);
        EsmeStats s = esme.stats();
        long left = broker.size();
        long outcomes = accepted.get() + rejected.get() + failed.get();
        System.out.printf("%nChaosSoak %.1f min, seed %d: faults applied %s%n", minutes, seed, faultsApplied);
        System.out.printf(
                "queued %,d; outcomes %,d: accepted %,d, rejected %,d, failed %,d %s; still queued %,d;"
                        + " receipts %,d%n",
                enqueued.get(), outcomes, accepted.get(), rejected.get(), failed.get(), failures, left, receipts.get());
        System.out.printf(
                "stats %s%ninvariant: taken %,d = accepted %,d + rejected %,d + failed %,d + released %,d + in"
                        + " progress %,d%n",
                s, s.taken(), s.accepted(), s.rejected(), s.failed(), s.released(), s.inProgress());
        System.out.printf("RSS first report %,d KiB, max %,d KiB, now %,d KiB%n", rssFirst, rssMax, rssKib());

        boolean ok = true;
        ok &= check(
                s.taken() == s.accepted() + s.rejected() + s.failed() + s.released() + s.inProgress(),
                "the stats invariant");
        ok &= check(s.inProgress() == 0, "nothing in progress after stop (" + s.inProgress() + ")");
        ok &= check(
                enqueued.get() == outcomes + left,
                "every queued message has an outcome or is still queued (" + (enqueued.get() - outcomes - left)
                        + " unaccounted)");
        ok &= check(doubleOutcomes.get() == 0, "no message has two outcomes (" + doubleOutcomes.get() + ")");
        ok &= check(
                s.accepted() == accepted.get() && s.rejected() == rejected.get() && s.failed() == failed.get(),
                "the hook's outcomes match the stats");
        System.out.println(ok ? "OK: nothing unaccounted for" : "FAILED");
        broker.close();
        smsc.close();
        return ok ? 0 : 1;
    }

    private Esme esme(SmscSimulator smsc, InMemoryBroker broker) {
        var b = Esme.builder()
                .host(smsc.host())
                .port(smsc.port())
                .systemId("soak")
                .password("secret")
                .bindMode(BindMode.TRANSCEIVER)
                .broker(broker)
                .window(window)
                .requestTimeout(Duration.ofSeconds(2))
                .bindTimeout(Duration.ofSeconds(2))
                .enquireLinkInterval(Duration.ofSeconds(2))
                .enquireLinkTimeout(Duration.ofSeconds(1))
                .reconnect(Backoff.exponential(Duration.ofMillis(50), Duration.ofSeconds(1)))
                .hook(new Counting());
        if (maxTps > 0) {
            b.maxTps(maxTps);
        }
        return b.build();
    }

    /** Keeps about 2,000 messages queued, each asking for a receipt. */
    private static void produce(InMemoryBroker broker, AtomicLong enqueued) {
        long i = 0;
        while (!Thread.currentThread().isInterrupted()) {
            if (broker.size() >= 2_000) {
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
                continue;
            }
            OutboundMessage m = OutboundMessage.builder()
                    .from(Address.alphanumeric("SOAK"))
                    .to(Address.international("4477" + String.format("%08d", i++ % 100_000_000)))
                    .text("soak message " + i)
                    .requestReceipt(true)
                    .build();
            if (broker.tryEnqueue(m)) {
                enqueued.incrementAndGet();
            }
        }
    }

    /** Turns one random fault on and names it; the caller resets it after a while. */
    private static String applyRandomFault(SmscSimulator smsc, SplittableRandom rnd) {
        Faults f = smsc.faults();
        switch (rnd.nextInt(12)) {
            case 0 -> {
                f.closeAfterPdus(1 + rnd.nextInt(200));
                return "disconnect";
            }
            case 1 -> {
                f.throttleEveryNth(1 + rnd.nextInt(3));
                return "throttle storm";
            }
            case 2 -> {
                f.throttleAboveTps(50 + rnd.nextInt(500));
                return "throttle above tps";
            }
            case 3 -> {
                f.responseDelay(Duration.ofMillis(100 + rnd.nextInt(2900)));
                return "slow responses";
            }
            case 4 -> {
                f.dropNextResponses(1 + rnd.nextInt(100));
                return "missing responses";
            }
            case 5 -> {
                f.dropResponses(true);
                return "no responses";
            }
            case 6 -> {
                smsc.restart();
                return "restart";
            }
            case 7 -> {
                f.ignoreEnquireLink(true);
                return "unanswered enquire_link";
            }
            case 8 -> {
                f.refuseNextBinds(1 + rnd.nextInt(5), CommandStatus.ESME_RBINDFAIL)
                        .closeAfterPdus(1);
                return "refused binds";
            }
            case 9 -> {
                f.genericNackNext(1 + rnd.nextInt(50), CommandStatus.ESME_RSYSERR);
                return "generic_nack";
            }
            case 10 -> {
                f.queueFull(true);
                return "queue full";
            }
            default -> {
                f.rejectEveryNth(2 + rnd.nextInt(20), CommandStatus.ESME_RINVDSTADR)
                        .outOfOrder(8);
                return "rejections, out of order";
            }
        }
    }

    private final class Counting implements Hook {
        @Override
        public CompletionStage<Void> onSubmitOutcome(QueuedMessage message, SubmitOutcome outcome) {
            long id = Long.parseLong(message.id());
            synchronized (done) {
                if (done.get((int) id)) {
                    doubleOutcomes.incrementAndGet();
                }
                done.set((int) id);
            }
            if (outcome instanceof SubmitOutcome.Accepted) {
                accepted.incrementAndGet();
            } else if (outcome instanceof SubmitOutcome.Rejected) {
                rejected.incrementAndGet();
            } else if (outcome instanceof SubmitOutcome.Failed fl) {
                failed.incrementAndGet();
                synchronized (failures) {
                    failures.merge(fl.error().getClass().getSimpleName(), 1L, Long::sum);
                }
            }
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletionStage<Void> onDeliveryReceipt(ReceiptEvent receipt) {
            receipts.incrementAndGet();
            return CompletableFuture.completedFuture(null);
        }
    }

    private void report(long start, Esme esme, InMemoryBroker broker, AtomicLong enqueued, long rss) {
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        EsmeStats s = esme.stats();
        System.out.printf(
                "%4d s  RSS %,7d KiB  heap %,5d MiB  queued %,d  accepted %,d  rejected %,d  failed %,d  released"
                        + " %,d  in progress %,d  receipts %,d  bound %d%n",
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start),
                rss,
                heap.getUsed() >> 20,
                enqueued.get(),
                s.accepted(),
                s.rejected(),
                s.failed(),
                s.released(),
                s.inProgress(),
                s.receipts(),
                esme.boundSessions());
    }

    private static long rssKib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux: no RSS
        }
        return -1;
    }

    private static boolean check(boolean holds, String what) {
        System.out.println((holds ? "ok   " : "FAIL ") + what);
        return holds;
    }
}
