package dev.smppkit.cli.bench;

import dev.smppkit.cli.internal.CliException;
import dev.smppkit.cli.internal.ExitCodes;
import dev.smppkit.client.Backoff;
import dev.smppkit.client.Esme;
import dev.smppkit.client.EsmeBuilder;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Sends a number of messages as fast as one client with the given window, sessions and rate can, and measures
 * throughput, the latency of each submit_sm to its submit_sm_resp, and optionally the delivery receipts. Works against
 * any SMSC. The messages are made on the client's event loop as it takes them (see {@link GeneratingBroker}), so the
 * run measures the client and the SMSC, not a producer thread.
 *
 * <pre>{@code
 * LoadResult r = new LoadRunner(LoadOptions.builder().port(2775).systemId("bench").count(100_000).build()).run();
 * System.out.printf("%.0f submit_sm/s, p99 %.2f ms%n", r.submitPerSec(), r.latencyMillis(99));
 * }</pre>
 *
 * One run per instance; {@link #progress()} may be called from any thread while it runs.
 */
public final class LoadRunner {
    private final LoadOptions options;
    private final GeneratingBroker broker;
    private final LoadHook hook;

    public LoadRunner(LoadOptions options) {
        this.options = options;
        this.broker = new GeneratingBroker(options);
        this.hook = new LoadHook(broker, options.count(), options.target());
    }

    /**
     * Binds, sends every message, waits for their outcomes (and their receipts if asked, until none has come for the
     * receipt timeout), then unbinds.
     *
     * @throws CliException if the client cannot bind (refused, unreachable, timed out)
     * @throws InterruptedException if interrupted; the client is stopped first
     */
    public LoadResult run() throws CliException, InterruptedException {
        Esme esme = client().build();
        try {
            hook.watch.start(esme, options.timeout());
            awaitAllDone();
            if (options.receipts()) {
                awaitReceipts();
            }
        } finally {
            esme.stop(Duration.ofSeconds(5)).join();
            broker.close();
        }
        return hook.result(broker.firstTakeNanos());
    }

    private EsmeBuilder client() {
        EsmeBuilder b = Esme.builder()
                .host(options.host())
                .port(options.port())
                .systemId(options.systemId())
                .password(options.password())
                .bindMode(options.bindMode())
                .connectTimeout(options.timeout())
                .bindTimeout(options.timeout())
                .requestTimeout(options.timeout())
                .window(options.window())
                .sessions(options.sessions())
                .ioThreads(options.ioThreads())
                .maxTps(options.tps() / options.sessions())
                .reconnect(Backoff.exponential(Duration.ofMillis(100), Duration.ofSeconds(5)))
                .broker(broker)
                .hook(hook);
        if (options.tls() != null) {
            b.tls(options.tls());
        }
        return b;
    }

    /** Waits for every outcome; gives up when none has come for a minute (or six timeouts), e.g. the SMSC went away. */
    private void awaitAllDone() throws CliException, InterruptedException {
        long stallLimit =
                Math.max(TimeUnit.MINUTES.toNanos(1), options.timeout().toNanos() * 6);
        long lastDone = -1;
        long lastChange = System.nanoTime();
        while (!hook.awaitAllDone(200)) {
            long done = hook.done();
            long now = System.nanoTime();
            if (done != lastDone) {
                lastDone = done;
                lastChange = now;
            } else if (now - lastChange > stallLimit) {
                throw new CliException(
                        ExitCodes.UNREACHABLE,
                        "stalled: no outcome for " + TimeUnit.NANOSECONDS.toSeconds(stallLimit) + "s with " + done
                                + " of " + options.count() + " messages done");
            }
        }
    }

    private void awaitReceipts() throws InterruptedException {
        long idleLimit = options.receiptTimeout().toNanos();
        while (hook.receipts() < hook.expectedReceipts()) {
            long last = Math.max(hook.lastReceiptNanos(), hook.lastOutcomeNanos());
            if (System.nanoTime() - last > idleLimit) {
                return; // the rest is not coming
            }
            TimeUnit.MILLISECONDS.sleep(5);
        }
    }

    /** How far the run is. */
    public LoadProgress progress() {
        long start = broker.firstTakeNanos();
        return new LoadProgress(
                options.count(),
                broker.taken(),
                hook.done(),
                hook.receipts(),
                start == 0 ? 0 : System.nanoTime() - start);
    }

    public LoadOptions options() {
        return options;
    }
}
