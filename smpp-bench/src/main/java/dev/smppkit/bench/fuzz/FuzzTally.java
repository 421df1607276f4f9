package dev.smppkit.bench.fuzz;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Counts of a live-session fuzzing run, shared by its worker threads. */
final class FuzzTally {
    final AtomicLong pdus = new AtomicLong(); // mutated PDUs written
    final AtomicLong connections = new AtomicLong();
    final AtomicLong received = new AtomicLong(); // PDUs the peer wrote back
    final AtomicLong nacks = new AtomicLong(); // of which generic_nack
    final AtomicLong closedMidBurst = new AtomicLong();
    final AtomicLong healthChecks = new AtomicLong();
    private final Map<RawPeer.Outcome, AtomicLong> outcomes = new EnumMap<>(RawPeer.Outcome.class);

    FuzzTally() {
        for (RawPeer.Outcome o : RawPeer.Outcome.values()) {
            outcomes.put(o, new AtomicLong());
        }
    }

    void outcome(RawPeer.Outcome o, RawPeer peer) {
        outcomes.get(o).incrementAndGet();
        connections.incrementAndGet();
        received.addAndGet(peer.received);
        nacks.addAndGet(peer.nacks);
    }

    long outcome(RawPeer.Outcome o) {
        return outcomes.get(o).get();
    }

    @Override
    public String toString() {
        return String.format(
                "%,d mutated PDUs on %,d connections (%,d closed by the peer mid-burst); peer wrote %,d PDUs (%,d"
                        + " generic_nack); probes: %s; %,d health checks passed",
                pdus.get(),
                connections.get(),
                closedMidBurst.get(),
                received.get(),
                nacks.get(),
                outcomes,
                healthChecks.get());
    }
}
