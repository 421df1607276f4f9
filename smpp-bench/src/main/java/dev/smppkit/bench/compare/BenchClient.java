package dev.smppkit.bench.compare;

/** One of the clients a comparison runs: binds once, sends what the spec says, reports what it measured. */
interface BenchClient {
    /** smppkit, cloudhopper or jsmpp: how the table and the JSON name it. */
    String name();

    /**
     * One run on one bind, unbound at the end. A run whose counts are wrong returns a report that is not
     * {@linkplain RunReport#ok() ok}; an exception means it could not run at all (e.g. the bind failed).
     */
    RunReport run(RunSpec spec) throws Exception;
}
