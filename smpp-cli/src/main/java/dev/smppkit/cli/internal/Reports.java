package dev.smppkit.cli.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.smppkit.cli.bench.LoadOptions;
import dev.smppkit.cli.bench.LoadResult;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** How a load run is shown: a few lines for people, or one JSON object for scripts. */
public final class Reports {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Reports() {}

    /** The summary for a terminal, a few lines, each ending with a newline. */
    public static String text(LoadResult r, LoadOptions o) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(
                Locale.ROOT,
                "%s messages in %.3f s: %s submit_sm/s (%s)%n",
                count(r.count()),
                r.elapsedMillis() / 1000,
                count(Math.round(r.submitPerSec())),
                o.config() == null
                        ? "window " + o.window() + ", " + plural(o.sessions(), "session")
                        : plural(o.config().accounts().size(), "account") + ", "
                                + plural(o.config().sessions(), "session")));
        sb.append(String.format(
                Locale.ROOT,
                "  accepted %s   rejected %s%s   failed %s%s   expired %s%n",
                count(r.accepted()),
                count(r.rejected()),
                details(r.rejectStatuses()),
                count(r.failed()),
                details(r.failures()),
                count(r.expired())));
        if (o.config() != null) {
            r.accounts()
                    .forEach((name, a) -> sb.append(String.format(
                            Locale.ROOT,
                            "    %s: accepted %s   rejected %s   failed %s   expired %s%n",
                            name,
                            count(a.accepted()),
                            count(a.rejected()),
                            count(a.failed()),
                            count(a.expired()))));
            sb.append(String.format(
                    Locale.ROOT,
                    "  failed over to another account after a transient failure: %s%n",
                    count(r.failedOver())));
        }
        if (o.receipts()) {
            sb.append(String.format(
                    Locale.ROOT,
                    "  receipts %s (%s/s)%s%n",
                    count(r.receipts()),
                    count(Math.round(r.receiptsPerSec())),
                    r.receiptStats().isEmpty() ? "" : ": " + list(r.receiptStats())));
        }
        sb.append(String.format(
                Locale.ROOT,
                "  latency submit_sm -> submit_sm_resp: p50 %s ms   p99 %s ms   p99.9 %s ms   max %s ms%n",
                millis(r.latencyMillis(50)),
                millis(r.latencyMillis(99)),
                millis(r.latencyMillis(99.9)),
                millis(r.maxLatencyMillis())));
        sb.append(String.format(
                Locale.ROOT,
                "  client process: %s us CPU and %s bytes allocated per message%s%s%n",
                perMessage(r.cpuMicrosPerMessage(), 2),
                perMessage(r.allocatedBytesPerMessage(), 0),
                o.receipts() ? ", receipt included" : "",
                r.costIncludesSimulator() ? " (the simulator in this JVM included)" : ""));
        if (r.disconnects() > 0) {
            sb.append(String.format(Locale.ROOT, "  bound connections lost: %d%n", r.disconnects()));
        }
        return sb.toString();
    }

    /**
     * One JSON object: {@code count, accepted, rejected, failed, expired, accounts: {NAME: {accepted, rejected, failed,
     * expired}}, receipts, elapsedMs, submitPerSec, latencyMs: {p50, p99, p999}, cpuMicrosPerMessage,
     * allocatedBytesPerMessage, cpuIncludesSimulator} and a few more; a run on one ESME has one account, named after it
     * (its system_id). The cost per message is the client process's over the run (its receipt included with receipts),
     * -1 where the JVM does not tell; {@code cpuIncludesSimulator} is true when a simulator ran in the same JVM, and
     * {@code allocatedBytesAllThreads} false when allocation was summed over live threads only (before JDK 21).
     */
    public static String json(LoadResult r, LoadOptions o) {
        ObjectNode root = JSON.createObjectNode();
        root.put("count", r.count());
        root.put("accepted", r.accepted());
        root.put("rejected", r.rejected());
        root.put("failed", r.failed());
        root.put("expired", r.expired());
        ObjectNode accounts = root.putObject("accounts");
        r.accounts().forEach((name, a) -> {
            ObjectNode account = accounts.putObject(name);
            account.put("accepted", a.accepted());
            account.put("rejected", a.rejected());
            account.put("failed", a.failed());
            account.put("expired", a.expired());
        });
        if (o.config() != null) {
            root.put("failedOver", r.failedOver());
        }
        root.put("receipts", r.receipts());
        root.put("elapsedMs", Math.round(r.elapsedMillis()));
        root.put("submitPerSec", round(r.submitPerSec(), 1));
        root.put("receiptsPerSec", round(r.receiptsPerSec(), 1));
        ObjectNode latency = root.putObject("latencyMs");
        latency.put("p50", round(r.latencyMillis(50), 3));
        latency.put("p99", round(r.latencyMillis(99), 3));
        latency.put("p999", round(r.latencyMillis(99.9), 3));
        latency.put("max", round(r.maxLatencyMillis(), 3));
        root.put("cpuMicrosPerMessage", round(r.cpuMicrosPerMessage(), 3));
        root.put("allocatedBytesPerMessage", round(r.allocatedBytesPerMessage(), 1));
        root.put("cpuIncludesSimulator", r.costIncludesSimulator());
        root.put("allocatedBytesAllThreads", r.cost().allThreads());
        root.put("submitSm", r.submitSm());
        if (o.config() == null) {
            root.put("window", o.window());
            root.put("sessions", o.sessions());
        } else {
            root.put("sessions", o.config().sessions());
        }
        root.put("disconnects", r.disconnects());
        r.rejectStatuses().forEach(root.putObject("rejectStatuses")::put);
        r.failures().forEach(root.putObject("failures")::put);
        r.receiptStats().forEach(root.putObject("receiptStats")::put);
        return root.toString();
    }

    /** A per-message figure with the given decimals, or "?" when unknown. */
    private static String perMessage(double value, int decimals) {
        return value < 0 ? "?" : String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** {@code 1,234,567}. */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** Milliseconds with three significant figures or so: {@code 0.412}, {@code 12.3}, {@code 1,204}. */
    public static String millis(double ms) {
        if (ms < 1) {
            return String.format(Locale.ROOT, "%.3f", ms);
        } else if (ms < 10) {
            return String.format(Locale.ROOT, "%.2f", ms);
        } else if (ms < 100) {
            return String.format(Locale.ROOT, "%.1f", ms);
        }
        return String.format(Locale.ROOT, "%,.0f", ms);
    }

    private static String details(Map<String, Long> counts) {
        return counts.isEmpty() ? "" : " (" + list(counts) + ")";
    }

    private static String list(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .map(e -> e.getKey() + " " + count(e.getValue()))
                .collect(Collectors.joining(", "));
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
