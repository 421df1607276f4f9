package dev.smppkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.smppkit.client.Correlator;
import dev.smppkit.client.Tracking;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link Correlator} keeps, as JUnit 5 tests: extend this class in your correlator's tests and
 * implement {@link #newCorrelator()}. A stored segment is found by the SMSC's message id within its system_id (ids are
 * unique only per SMSC account), with every field as stored; unknown and removed ids are not found; concurrent puts and
 * gets from several threads lose nothing.
 */
public abstract class CorrelatorContract {
    private Correlator correlator;

    /** For subclasses. */
    protected CorrelatorContract() {}

    /**
     * A new, empty correlator for one test.
     *
     * @return the correlator under test
     * @throws Exception if it cannot be made
     */
    protected abstract Correlator newCorrelator() throws Exception;

    /**
     * Disposes of a correlator made by {@link #newCorrelator()}. Default: closes it if it is {@link AutoCloseable}.
     *
     * @param correlator the correlator of the test that ended
     * @throws Exception if it cannot be closed
     */
    protected void closeCorrelator(Correlator correlator) throws Exception {
        if (correlator instanceof AutoCloseable c) {
            c.close();
        }
    }

    /**
     * How long a test waits for the correlator (default 20 s).
     *
     * @return the timeout for every wait
     */
    protected Duration timeout() {
        return Duration.ofSeconds(20);
    }

    @BeforeEach
    final void makeCorrelator() throws Exception {
        correlator = newCorrelator();
    }

    @AfterEach
    final void disposeCorrelator() throws Exception {
        closeCorrelator(correlator);
    }

    private static Tracking tracking(int n) {
        // Millisecond precision: what every database keeps of a timestamp.
        Instant at = Instant.parse("2026-12-01T10:15:30.123Z").plus(n, ChronoUnit.SECONDS);
        return new Tracking("b-" + n, n % 3 == 0 ? null : "t-" + n, Map.of("k", "v" + n), 1 + n % 2, 2, "4477" + n, at);
    }

    /** A stored segment is found with every field as stored. */
    @Test
    public void storedSegmentIsFoundUnchanged() {
        Contracts.await(correlator.put("acme", "0A1B", tracking(1)), timeout());
        assertEquals(Optional.of(tracking(1)), Contracts.await(correlator.get("acme", "0A1B"), timeout()));
    }

    /** A null tracking id and empty extra data survive too. */
    @Test
    public void nullTrackingIdAndEmptyExtraSurvive() {
        Tracking bare = new Tracking("b", null, Map.of(), 1, 1, "", Instant.parse("2026-12-01T10:15:30Z"));
        Contracts.await(correlator.put("acme", "x1", bare), timeout());
        assertEquals(Optional.of(bare), Contracts.await(correlator.get("acme", "x1"), timeout()));
    }

    /** An id never stored is not found. */
    @Test
    public void unknownIdIsNotFound() {
        assertEquals(Optional.empty(), Contracts.await(correlator.get("acme", "nope"), timeout()));
    }

    /** Ids are scoped by system_id: the same id of another account is another segment. */
    @Test
    public void idsAreScopedBySystemId() {
        Contracts.await(correlator.put("acme", "42", tracking(1)), timeout());
        Contracts.await(correlator.put("other", "42", tracking(2)), timeout());
        assertEquals(Optional.of(tracking(1)), Contracts.await(correlator.get("acme", "42"), timeout()));
        assertEquals(Optional.of(tracking(2)), Contracts.await(correlator.get("other", "42"), timeout()));
        assertEquals(Optional.empty(), Contracts.await(correlator.get("third", "42"), timeout()));
    }

    /** A removed segment is not found any more; removing an unknown one is fine. */
    @Test
    public void removedSegmentIsNotFound() {
        Contracts.await(correlator.put("acme", "r1", tracking(1)), timeout());
        Contracts.await(correlator.remove("acme", "r1"), timeout());
        Contracts.await(correlator.remove("acme", "never-stored"), timeout());
        Optional<Tracking> after = Contracts.await(correlator.get("acme", "r1"), timeout());
        // A correlator may keep entries until they expire (the default remove does nothing); if it forgets, it forgets.
        after.ifPresent(t -> assertEquals(tracking(1), t));
    }

    /**
     * Four threads store 200 segments each while reading back what they stored: every one is found.
     *
     * @throws Exception if a thread fails
     */
    @Test
    public void concurrentPutsAndGetsLoseNothing() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                work.add(threads.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        int n = thread * 1000 + i;
                        Contracts.await(correlator.put("acme", "id-" + n, tracking(n)), timeout());
                        assertEquals(
                                Optional.of(tracking(n)),
                                Contracts.await(correlator.get("acme", "id-" + n), timeout()));
                    }
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            threads.shutdownNow();
        }
        for (int n = 0; n < 4000; n += 1000) {
            assertEquals(
                    Optional.of(tracking(n + 199)),
                    Contracts.await(correlator.get("acme", "id-" + (n + 199)), timeout()));
        }
    }
}
