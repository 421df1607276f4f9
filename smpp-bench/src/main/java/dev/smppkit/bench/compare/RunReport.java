package dev.smppkit.bench.compare;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one client measured in one run, as its process prints it (one JSON line) and the comparison reads it back.
 *
 * @param client smppkit, cloudhopper or jsmpp
 * @param receipts whether every message asked for a receipt and the run waited for all of them
 * @param ok whether every submit got a submit_sm_resp with ESME_ROK and, with receipts, every receipt came in and
 *     matched a message of the run; a run that is not ok has no figures worth reading
 * @param error why the run is not ok, or null
 * @param count messages sent in the measured run (after the warm-up)
 * @param accepted submit_sm_resp with ESME_ROK
 * @param receiptsMatched receipts whose message id was one of this run's submit_sm_resp's, each counted once
 * @param submitsPerSec messages whose submit_sm_resp came in per second, from the first submit to the last response
 * @param receiptsPerSec messages whose receipt came in per second, from the first submit to the last receipt; 0
 *     without receipts
 * @param cpuMicrosPerMessage CPU time of the whole client process (every thread, GC and JIT) per message
 * @param allocatedBytesPerMessage heap bytes the client process allocated per message
 * @param p50Millis median latency of a submit, as the client measures it (see the client's class)
 * @param p99Millis 99th percentile of the same
 */
public record RunReport(
        String client,
        boolean receipts,
        boolean ok,
        String error,
        long count,
        long accepted,
        long receiptsMatched,
        double submitsPerSec,
        double receiptsPerSec,
        double cpuMicrosPerMessage,
        double allocatedBytesPerMessage,
        double p50Millis,
        double p99Millis) {

    /** A run that failed before it measured anything (the process died, timed out or printed no result). */
    public static RunReport failed(String client, boolean receipts, String error) {
        return new RunReport(client, receipts, false, error, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** The rate the comparison ranks by: receipts per second with receipts, submit_sm_resp per second without. */
    public double rate() {
        return receipts ? receiptsPerSec : submitsPerSec;
    }

    public String toJson() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("client", client);
        f.put("receipts", receipts);
        f.put("ok", ok);
        f.put("error", error);
        f.put("count", count);
        f.put("accepted", accepted);
        f.put("receiptsMatched", receiptsMatched);
        f.put("submitsPerSec", submitsPerSec);
        f.put("receiptsPerSec", receiptsPerSec);
        f.put("cpuMicrosPerMessage", cpuMicrosPerMessage);
        f.put("allocatedBytesPerMessage", allocatedBytesPerMessage);
        f.put("p50Millis", p50Millis);
        f.put("p99Millis", p99Millis);
        return FlatJson.write(f);
    }

    /** @throws IllegalArgumentException if the line is not a report {@link #toJson} wrote */
    public static RunReport fromJson(String json) {
        Map<String, String> f = FlatJson.read(json);
        try {
            return new RunReport(
                    f.get("client"),
                    Boolean.parseBoolean(f.get("receipts")),
                    Boolean.parseBoolean(f.get("ok")),
                    f.get("error"),
                    Long.parseLong(f.get("count")),
                    Long.parseLong(f.get("accepted")),
                    Long.parseLong(f.get("receiptsMatched")),
                    number(f, "submitsPerSec"),
                    number(f, "receiptsPerSec"),
                    number(f, "cpuMicrosPerMessage"),
                    number(f, "allocatedBytesPerMessage"),
                    number(f, "p50Millis"),
                    number(f, "p99Millis"));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a run report: " + json, e);
        }
    }

    private static double number(Map<String, String> f, String key) {
        String v = f.get(key);
        return v == null ? Double.NaN : Double.parseDouble(v);
    }
}
