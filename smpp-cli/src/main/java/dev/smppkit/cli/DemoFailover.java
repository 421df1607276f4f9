package dev.smppkit.cli;

import dev.smppkit.cli.bench.LoadOptions;
import dev.smppkit.cli.bench.LoadResult;
import dev.smppkit.cli.bench.LoadRunner;
import dev.smppkit.cli.config.GatewayConfig;
import dev.smppkit.cli.internal.CliException;
import dev.smppkit.cli.internal.ProgressBar;
import dev.smppkit.cli.internal.Reports;
import dev.smppkit.client.InFlightPolicy;
import dev.smppkit.client.SmscAddress;
import dev.smppkit.client.gateway.GatewayStats;
import dev.smppkit.testkit.SmscSimulator;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The failover part of {@code smpp demo}: accounts {@code primary} and {@code backup}, each on a simulator of its own,
 * one default route trying primary then backup, in-flight policy release. The primary's simulator stops (as a crash
 * would) once it has accepted half of the messages, a count rather than a time, so every run shows the failover;
 * the messages in flight on the lost bind and all later ones go to the backup, and none is lost.
 */
final class DemoFailover {
    /** The gateway's counters at the end, and whether every taken message is accounted for. */
    record Summary(GatewayStats stats, boolean nothingLost) {}

    private final long count;
    private final int window;
    private final boolean interactive;

    DemoFailover(long count, int window, boolean interactive) {
        this.count = count;
        this.window = window;
        this.interactive = interactive;
    }

    Summary run(PrintWriter out) throws CliException, InterruptedException {
        long stopAfter = Math.max(1, count / 2);
        AtomicLong primaryAccepted = new AtomicLong();
        CompletableFuture<Void> crash = new CompletableFuture<>();
        try (SmscSimulator backup = DemoCommand.simulator(null);
                SmscSimulator primary = DemoCommand.simulator(() -> {
                    if (primaryAccepted.incrementAndGet() == stopAfter) {
                        crash.complete(null);
                    }
                })) {
            // stopped off the simulator's event loop, which the stop waits for
            CompletableFuture<Void> stopped = crash.thenRunAsync(primary::stop);
            GatewayConfig config = new GatewayConfig(
                    List.of(account("primary", primary), account("backup", backup)),
                    List.of(new GatewayConfig.RouteSpec("default", List.of(), List.of("primary", "backup"))),
                    InFlightPolicy.RELEASE);
            out.printf(
                    "%n5. Failover: %s messages through a gateway over two accounts, primary (port %d) and backup"
                            + " (port %d),%n   default route primary then backup, in-flight policy release; the"
                            + " primary's simulator stops%n   once it has accepted %s of them:%n",
                    Reports.count(count), primary.port(), backup.port(), Reports.count(stopAfter));
            out.flush();
            LoadOptions options = LoadOptions.builder()
                    .config(config)
                    .count(count)
                    .window(window)
                    .build();
            LoadRunner runner = new LoadRunner(options);
            LoadResult r;
            try (ProgressBar bar = interactive ? new ProgressBar(out, runner::progress) : null) {
                r = runner.run();
            }
            if (crash.isDone()) {
                stopped.join();
            }
            GatewayStats g = runner.gatewayStats();
            out.print(Reports.text(r, options).replaceAll("(?m)^(?=.)", "   "));
            long ended = g.accepted() + g.rejected() + g.failed() + g.expired();
            boolean nothingLost = g.taken() == ended + g.released()
                    && ended == count
                    && r.accepted() + r.rejected() + r.failed() + r.expired() == count;
            out.printf(
                    "   primary's simulator stopped: %s; the primary gave back %s messages taken or in flight on its lost"
                            + " bind,%n   and the backup sent them (in-flight policy release).%n",
                    crash.isDone() ? "yes" : "no",
                    Reports.count(g.accounts().get("primary").esme().released()));
            out.printf(
                    "   Taken %s = accepted %s + rejected %s + failed %s + expired %s + released %s: %s.%n",
                    Reports.count(g.taken()),
                    Reports.count(g.accepted()),
                    Reports.count(g.rejected()),
                    Reports.count(g.failed()),
                    Reports.count(g.expired()),
                    Reports.count(g.released()),
                    nothingLost ? "nothing lost" : "MESSAGES LOST");
            out.flush();
            return new Summary(g, nothingLost);
        }
    }

    private GatewayConfig.Account account(String name, SmscSimulator smsc) {
        return new GatewayConfig.Account(
                name,
                List.of(SmscAddress.of(smsc.host(), smsc.port())),
                DemoCommand.SYSTEM_ID,
                DemoCommand.PASSWORD,
                1,
                window,
                0,
                // one system_id at two SMSCs: each account keeps its message ids apart in the shared correlator
                DemoCommand.SYSTEM_ID + "@" + name);
    }
}
