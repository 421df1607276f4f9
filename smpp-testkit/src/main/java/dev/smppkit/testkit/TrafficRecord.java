package dev.smppkit.testkit;

import dev.smppkit.codec.pdu.Pdu;
import java.time.Instant;
import java.util.Objects;

/**
 * One PDU the simulator received or sent.
 *
 * @param index position in the simulator's recording, from 0, increasing
 * @param time when it was decoded or written
 * @param sessionId the session it travelled on
 * @param direction which way
 * @param pdu the PDU
 */
public record TrafficRecord(long index, Instant time, String sessionId, Direction direction, Pdu pdu) {
    /** Which way a PDU travelled, seen from the simulator. */
    public enum Direction {
        /** From the ESME to the simulator. */
        RECEIVED,
        /** From the simulator to the ESME. */
        SENT
    }

    /**
     * A record; every component is required.
     *
     * @param index position in the simulator's recording, from 0, increasing
     * @param time when it was decoded or written
     * @param sessionId the session it travelled on
     * @param direction which way
     * @param pdu the PDU
     */
    public TrafficRecord {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(pdu, "pdu");
    }

    /**
     * Whether the simulator received it.
     *
     * @return true if the ESME sent this PDU; false if the simulator did
     */
    public boolean isReceived() {
        return direction == Direction.RECEIVED;
    }

    @Override
    public String toString() {
        return "#" + index + " " + sessionId + (isReceived() ? " <- " : " -> ") + pdu;
    }
}
