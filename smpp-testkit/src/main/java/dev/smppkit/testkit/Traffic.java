package dev.smppkit.testkit;

import dev.smppkit.codec.pdu.Pdu;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * Every PDU in and out of the simulator, per session, in order, for assertions. Keeps the most recent
 * {@link SmscSimulatorBuilder#trafficLimit(int)} records; recording can be switched off for benchmarks. Thread-safe;
 * the lists returned are snapshots.
 */
public interface Traffic {
    /**
     * Every record kept, oldest first.
     *
     * @return a snapshot of the records; empty if none or recording is off
     */
    List<TrafficRecord> records();

    /**
     * The records of one session, oldest first.
     *
     * @param sessionId a {@link SmscSession#id()}
     * @return a snapshot of that session's records; empty if none
     */
    List<TrafficRecord> records(String sessionId);

    /**
     * The PDUs of this type the simulator received, oldest first.
     *
     * @param <P> the PDU type
     * @param type the PDU class, e.g. {@code SubmitSm.class}
     * @return a snapshot of the PDUs; empty if none
     */
    <P extends Pdu> List<P> received(Class<P> type);

    /**
     * The PDUs of this type the simulator sent, oldest first.
     *
     * @param <P> the PDU type
     * @param type the PDU class, e.g. {@code DeliverSm.class}
     * @return a snapshot of the PDUs; empty if none
     */
    <P extends Pdu> List<P> sent(Class<P> type);

    /**
     * How many records are kept.
     *
     * @return the number of records kept now
     */
    int size();

    /** Forgets every record kept so far. */
    void clear();

    /**
     * Waits for a record (already kept, or arriving) that matches.
     *
     * @return the first match
     * @param match which record to wait for
     * @param timeout how long to wait at most
     * @throws TimeoutException if none arrives within {@code timeout}
     * @throws InterruptedException if interrupted while waiting
     */
    TrafficRecord await(Predicate<TrafficRecord> match, Duration timeout) throws TimeoutException, InterruptedException;

    /**
     * Waits until at least {@code count} records match.
     *
     * @return the matches, oldest first
     * @param match which records count
     * @param count how many matches to wait for
     * @param timeout how long to wait at most
     * @throws TimeoutException if fewer arrive within {@code timeout}
     * @throws InterruptedException if interrupted while waiting
     */
    List<TrafficRecord> await(Predicate<TrafficRecord> match, int count, Duration timeout)
            throws TimeoutException, InterruptedException;
}
