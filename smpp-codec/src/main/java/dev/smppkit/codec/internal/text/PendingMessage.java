package dev.smppkit.codec.internal.text;

import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.text.ShiftTables;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The segments of one concatenated message received so far, indexed by segment number. Owned by one reassembler and
 * confined to its thread.
 */
public final class PendingMessage {
    /** Which concatenation mechanism a reference belongs to; the same number in two mechanisms is two messages. */
    public enum Kind {
        UDH_8BIT,
        UDH_16BIT,
        SAR
    }

    /** What identifies one concatenated message (23.040 §9.2.3.24.1: originator, reference and total). */
    public record Key(String originator, Kind kind, int reference, int total) {}

    /** What is kept of a completed message to recognise its segments if they are resent. */
    public record Completed(int[] bodyHashes, long completedMillis) {
        /** Whether segment {@code number} with {@code body} is one this message already had. */
        public boolean isDuplicate(int number, byte[] body) {
            return number <= bodyHashes.length && bodyHashes[number - 1] == Arrays.hashCode(body);
        }
    }

    private final Key key;
    private final DataCoding dataCoding;
    private final long firstSeenMillis;
    /** The national language shift tables of the first segment that arrived, which decode the joined bodies. */
    private final ShiftTables shifts;

    private final byte[][] bodies;
    private int received;
    private int octets;

    public PendingMessage(Key key, DataCoding dataCoding, long firstSeenMillis, ShiftTables shifts) {
        this.key = key;
        this.shifts = shifts;
        this.dataCoding = dataCoding;
        this.firstSeenMillis = firstSeenMillis;
        this.bodies = new byte[key.total()][];
    }

    /**
     * Stores segment {@code number} (1-based, already checked against the total).
     *
     * @return false if that segment is already held (the first copy is kept)
     */
    public boolean add(int number, byte[] body) {
        if (bodies[number - 1] != null) {
            return false;
        }
        bodies[number - 1] = body;
        received++;
        octets += body.length;
        return true;
    }

    public boolean isComplete() {
        return received == bodies.length;
    }

    /** The bodies held, joined in segment order; missing segments are left out. */
    public byte[] join() {
        byte[] out = new byte[octets];
        int o = 0;
        for (byte[] body : bodies) {
            if (body != null) {
                System.arraycopy(body, 0, out, o, body.length);
                o += body.length;
            }
        }
        return out;
    }

    /** The 1-based numbers of the segments held, ascending. */
    public List<Integer> receivedNumbers() {
        List<Integer> numbers = new ArrayList<>(received);
        for (int i = 0; i < bodies.length; i++) {
            if (bodies[i] != null) {
                numbers.add(i + 1);
            }
        }
        return numbers;
    }

    /** What to remember once complete: a hash per segment body, not the bodies. */
    public Completed completed(long nowMillis) {
        int[] hashes = new int[bodies.length];
        for (int i = 0; i < bodies.length; i++) {
            hashes[i] = Arrays.hashCode(bodies[i]);
        }
        return new Completed(hashes, nowMillis);
    }

    public Key key() {
        return key;
    }

    /** The data_coding of the first segment that arrived. */
    public DataCoding dataCoding() {
        return dataCoding;
    }

    /** The shift tables of the first segment that arrived. */
    public ShiftTables shifts() {
        return shifts;
    }

    public long firstSeenMillis() {
        return firstSeenMillis;
    }

    /** Body octets held. */
    public int octets() {
        return octets;
    }
}
