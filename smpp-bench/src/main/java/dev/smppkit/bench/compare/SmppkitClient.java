package dev.smppkit.bench.compare;

import dev.smppkit.cli.bench.LoadOptions;
import dev.smppkit.cli.bench.LoadResult;
import dev.smppkit.cli.bench.LoadRunner;
import java.time.Duration;

/**
 * smppkit's client through the load runner of {@code smpp bench}: one transceiver bind with the spec's window, one
 * event loop thread, messages made on the event loop as the window takes them (no producer thread), asynchronous
 * submits. The latency measured is from writing a submit_sm to reading its submit_sm_resp. With receipts the client
 * parses every receipt, correlates it with its message and acknowledges it with deliver_sm_resp; only receipts that
 * matched a message of this run are counted.
 */
final class SmppkitClient implements BenchClient {
    @Override
    public String name() {
        return "smppkit";
    }

    @Override
    public RunReport run(RunSpec spec) throws Exception {
        LoadOptions options = LoadOptions.builder()
                .port(spec.port())
                .systemId(spec.systemId())
                .password("secret")
                .window(spec.window())
                .receipts(spec.receipts())
                .text(spec.text())
                .count(spec.count())
                .timeout(Duration.ofSeconds(30))
                .receiptTimeout(Duration.ofSeconds(spec.stallSeconds()))
                .build();
        LoadResult r = new LoadRunner(options).run();
        String error = null;
        if (r.accepted() != r.count()) {
            error = r.accepted() + " of " + r.count() + " submits accepted (rejected " + r.rejectStatuses()
                    + ", failed " + r.failures() + ", expired " + r.expired() + ")";
        } else if (spec.receipts() && r.receipts() != r.count()) {
            error = r.receipts() + " of " + r.count() + " receipts matched";
        }
        return new RunReport(
                name(),
                spec.receipts(),
                error == null,
                error,
                r.count(),
                r.accepted(),
                r.receipts(),
                r.elapsedNanos() <= 0 ? 0 : r.accepted() * 1e9 / r.elapsedNanos(),
                spec.receipts() ? r.receiptsPerSec() : 0,
                r.cpuMicrosPerMessage(),
                r.allocatedBytesPerMessage(),
                r.latencyMillis(50),
                r.latencyMillis(99));
    }
}
