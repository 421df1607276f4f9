package dev.smppkit.bench.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The comparison's result: one row per client and receipt mode over all rounds, and the ratio of the reference
 * client's (smppkit's) median rate to each row's, within the same receipt mode. Printed as one Markdown table or as
 * JSON.
 */
public final class ComparisonTable {
    private final String reference;
    private final List<ComparisonRow> rows;
    private final List<RunReport> runs;

    /**
     * @param reference the client the ratios divide by the others (smppkit)
     * @param clients the clients in table order
     * @param modes the receipt modes in table order
     * @param runs every run, of every round
     */
    public ComparisonTable(String reference, List<String> clients, List<Boolean> modes, List<RunReport> runs) {
        this.reference = reference;
        this.runs = List.copyOf(runs);
        List<ComparisonRow> r = new ArrayList<>();
        for (boolean receipts : modes) {
            for (String client : clients) {
                r.add(new ComparisonRow(
                        client,
                        receipts,
                        runs.stream()
                                .filter(x -> x.client().equals(client) && x.receipts() == receipts)
                                .toList()));
            }
        }
        this.rows = List.copyOf(r);
    }

    public List<ComparisonRow> rows() {
        return rows;
    }

    /** Whether every run of every row was ok. */
    public boolean ok() {
        return rows.stream().allMatch(ComparisonRow::ok);
    }

    /** The reference's median rate over the row's, in the row's receipt mode; NaN if either failed. */
    public double ratio(ComparisonRow row) {
        return rows.stream()
                .filter(r -> r.client().equals(reference) && r.receipts() == row.receipts())
                .findFirst()
                .map(r -> r.rate() / row.rate())
                .orElse(Double.NaN);
    }

    /** The Markdown table, then one line per failed row saying why. */
    public String markdown() {
        StringBuilder t = new StringBuilder();
        t.append("| client | receipts | msgs/s (median) | min–max | CPU µs/msg | bytes/msg | p50 ms | p99 ms | ")
                .append(reference)
                .append(" ÷ client |\n");
        t.append("|---|:---:|---:|---:|---:|---:|---:|---:|---:|\n");
        List<String> failures = new ArrayList<>();
        for (ComparisonRow row : rows) {
            String mode = row.receipts() ? "yes" : "no";
            if (!row.ok()) {
                t.append(String.format(
                        Locale.ROOT,
                        "| %s | %s | failed (%d of %d runs) | – | – | – | – | – | – |%n",
                        row.client(),
                        mode,
                        row.failedRuns(),
                        row.runs().size()));
                failures.add(row.client() + ", receipts " + mode + ": " + row.error());
                continue;
            }
            t.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %,.0f | %,.0f–%,.0f | %.2f | %,.0f | %.3f | %.3f | %s |%n",
                    row.client(),
                    mode,
                    row.rate(),
                    row.minRate(),
                    row.maxRate(),
                    row.cpuMicrosPerMessage(),
                    row.allocatedBytesPerMessage(),
                    row.p50Millis(),
                    row.p99Millis(),
                    ratioText(ratio(row))));
        }
        failures.forEach(f -> t.append("\nFAILED ").append(f));
        return t.toString();
    }

    private static String ratioText(double ratio) {
        return Double.isFinite(ratio) ? String.format(Locale.ROOT, "%.2f×", ratio) : "–";
    }

    /** {@code {"config":{...},"ok":...,"rows":[...],"runs":[...]}}: the settings, every row and every run. */
    public String json(Map<String, ?> config) {
        return "{\"config\":" + FlatJson.write(new LinkedHashMap<>(config)) + ",\"ok\":" + ok() + ",\"rows\":["
                + rows.stream().map(r -> r.toJson(ratio(r))).collect(Collectors.joining(","))
                + "],\"runs\":["
                + runs.stream().map(RunReport::toJson).collect(Collectors.joining(","))
                + "]}";
    }
}
