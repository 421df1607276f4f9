package dev.smppkit.bench.compare;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * One cell of the comparison, a client in one receipt mode, over its rounds: the median and range of its rate and the
 * medians of its costs. A cell with any failed run is failed as a whole: it shows no figures, only why.
 *
 * @param client the client's name
 * @param receipts the receipt mode
 * @param runs its runs, one per round
 */
public record ComparisonRow(String client, boolean receipts, List<RunReport> runs) {
    public ComparisonRow {
        runs = List.copyOf(runs);
    }

    /** Whether every run of the cell was ok (and there was at least one). */
    public boolean ok() {
        return !runs.isEmpty() && runs.stream().allMatch(RunReport::ok);
    }

    public long failedRuns() {
        return runs.stream().filter(r -> !r.ok()).count();
    }

    /** The first failed run's error, or null. */
    public String error() {
        return runs.stream()
                .filter(r -> !r.ok())
                .map(RunReport::error)
                .findFirst()
                .orElse(null);
    }

    /** Median messages per second (receipts per second with receipts); NaN for a failed cell. */
    public double rate() {
        return median(RunReport::rate);
    }

    public double minRate() {
        return ok() ? runs.stream().mapToDouble(RunReport::rate).min().orElse(Double.NaN) : Double.NaN;
    }

    public double maxRate() {
        return ok() ? runs.stream().mapToDouble(RunReport::rate).max().orElse(Double.NaN) : Double.NaN;
    }

    public double cpuMicrosPerMessage() {
        return median(RunReport::cpuMicrosPerMessage);
    }

    public double allocatedBytesPerMessage() {
        return median(RunReport::allocatedBytesPerMessage);
    }

    public double p50Millis() {
        return median(RunReport::p50Millis);
    }

    public double p99Millis() {
        return median(RunReport::p99Millis);
    }

    /** The median over the runs (the mean of the middle two for an even count); NaN for a failed cell. */
    private double median(ToDoubleFunction<RunReport> figure) {
        if (!ok()) {
            return Double.NaN;
        }
        double[] v = runs.stream().mapToDouble(figure).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** This cell as one flat JSON object, with {@code ratio}: the reference client's median rate over this one's. */
    String toJson(double ratio) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("client", client);
        f.put("receipts", receipts);
        f.put("ok", ok());
        f.put("error", error());
        f.put("runs", (long) runs.size());
        f.put("failedRuns", failedRuns());
        f.put("rateMedian", rate());
        f.put("rateMin", minRate());
        f.put("rateMax", maxRate());
        f.put("cpuMicrosPerMessage", cpuMicrosPerMessage());
        f.put("allocatedBytesPerMessage", allocatedBytesPerMessage());
        f.put("p50Millis", p50Millis());
        f.put("p99Millis", p99Millis());
        f.put("smppkitRatio", ratio);
        return FlatJson.write(f);
    }
}
