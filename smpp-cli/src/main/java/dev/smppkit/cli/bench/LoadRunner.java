package dev.smppkit.cli.bench;

import dev.smppkit.cli.internal.BindWatch;
import dev.smppkit.cli.internal.CliException;
import dev.smppkit.cli.internal.ExitCodes;
import dev.smppkit.cli.internal.GatewayWatch;
import dev.smppkit.client.Backoff;
import dev.smppkit.client.Esme;
import dev.smppkit.client.EsmeBuilder;
import dev.smppkit.client.gateway.AccountStats;
import dev.smppkit.client.gateway.GatewayStats;
import dev.smppkit.client.gateway.SmsGateway;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * With a {@linkplain LoadOptions#config() gateway configuration} the messages go through an {@link SmsGateway} over its
 * accounts instead of one ESME, and the result counts outcomes per account from the gateway's stats.
 *
 * <p>One run per instance; {@link #progress()} may be called from any thread while it runs.
 */
public final class LoadRunner {
    private final LoadOptions options;
    private final GeneratingBroker broker;
    private final LoadHook hook;
    private final BindWatch bindWatch;
    private final GatewayWatch gatewayWatch;
    private volatile SmsGateway gateway;
    private volatile GatewayStats gatewayStats;

    public LoadRunner(LoadOptions options) {
        this(options, 0);
    }

    /**
     * A runner that also notes when every {@code slice}-th message had its outcome, e.g. to see how fast a fresh JVM
     * gets up to speed ({@link #sliceEndNanos()}).
     *
     * @param slice messages per slice; 0 for none
     */
    public LoadRunner(LoadOptions options, int slice) {
        if (slice < 0) {
            throw new IllegalArgumentException("slice is " + slice + "; must be 0 or more");
        }
        this.options = options;
        this.broker = new GeneratingBroker(options);
        if (options.config() != null) {
            this.bindWatch = null;
            this.gatewayWatch = new GatewayWatch(options.config(), options.timeout());
            this.hook = new LoadHook(broker, options.count(), gatewayWatch, slice);
        } else {
            this.bindWatch = new BindWatch(options.target());
            this.gatewayWatch = null;
            this.hook = new LoadHook(broker, options.count(), bindWatch, slice);
        }
    }

    /**
     * Binds, sends every message, waits for their outcomes (and their receipts if asked, until none has come for the
     * receipt timeout), then unbinds.
     *
     * @throws CliException if the client cannot bind (refused, unreachable, timed out)
     * @throws InterruptedException if interrupted; the client is stopped first
     */
    public LoadResult run() throws CliException, InterruptedException {
        if (options.config() != null) {
            return runGateway();
        }
        Esme esme = client().build();
        ProcessCost end;
        try {
            bindWatch.start(esme, options.timeout());
            awaitAllDone();
            if (options.receipts()) {
                awaitReceipts();
            }
            end = ProcessCost.now();
        } finally {
            esme.stop(Duration.ofSeconds(5)).join();
            broker.close();
        }
        return hook.result(
                broker.firstTakeNanos(),
                hook.oneAccount(esme.options().name()),
                0,
                cost(end),
                ProcessCost.simulatorInProcess());
    }

    /** From the first take to {@code end}; unknown (-1) if nothing was taken. */
    private ProcessCost cost(ProcessCost end) {
        ProcessCost start = broker.firstTakeCost();
        return start == null ? new ProcessCost(-1, -1, false) : end.since(start);
    }

    private LoadResult runGateway() throws CliException, InterruptedException {
        SmsGateway g;
        try {
            g = options.config().toBuilder(this::common)
                    .broker(broker)
                    .hook(hook)
                    .ioThreads(options.ioThreads())
                    .build();
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, e.getMessage());
        }
        gateway = g;
        ProcessCost end;
        broker.gate();
        try {
            gatewayWatch.start(g, options.timeout());
            // start when every account that can bind has, so that a route's first account gets its messages
            gatewayWatch.awaitEveryAccount(options.timeout().multipliedBy(2).plusSeconds(1));
            broker.open();
            awaitAllDone();
            if (options.receipts()) {
                awaitReceipts();
            }
            end = ProcessCost.now();
        } finally {
            g.stop(Duration.ofSeconds(5)).join();
            broker.close();
        }
        GatewayStats stats = g.stats();
        gatewayStats = stats;
        Map<String, LoadResult.AccountCounts> accounts = new LinkedHashMap<>();
        for (Map.Entry<String, AccountStats> e : stats.accounts().entrySet()) {
            AccountStats a = e.getValue();
            accounts.put(e.getKey(), new LoadResult.AccountCounts(a.accepted(), a.rejected(), a.failed(), a.expired()));
        }
        return hook.result(
                broker.firstTakeNanos(), accounts, stats.failedOver(), cost(end), ProcessCost.simulatorInProcess());
    }

    /** What every account of a gateway run shares: bind mode, timeouts, reconnect and TLS. */
    private EsmeBuilder common(EsmeBuilder b) {
        b.bindMode(options.bindMode())
                .connectTimeout(options.timeout())
                .bindTimeout(options.timeout())
                .requestTimeout(options.timeout())
                .reconnect(Backoff.exponential(Duration.ofMillis(100), Duration.ofSeconds(5)));
        if (options.tls() != null) {
            b.tls(options.tls());
        }
        return b;
    }

    /** The gateway of a run with a gateway configuration while it runs, else null. */
    public SmsGateway gateway() {
        return gateway;
    }

    /** The gateway's counters at the end of a gateway run (taken, released, failovers...), else null. */
    public GatewayStats gatewayStats() {
        return gatewayStats;
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
                .maxTps(options.tps()) // account-wide: shared by the sessions
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

    /** {@link System#nanoTime()} of the first message taken (just after the first bind), or 0 before it. */
    public long startNanos() {
        return broker.firstTakeNanos();
    }

    /**
     * With slices: {@link System#nanoTime()} at which each full slice of messages had its outcomes (slice {@code i}
     * ends with outcome {@code (i + 1) * slice}); 0 for a slice not complete yet. Empty without slices.
     */
    public long[] sliceEndNanos() {
        return hook.sliceEnds();
    }

    public LoadOptions options() {
        return options;
    }
}
