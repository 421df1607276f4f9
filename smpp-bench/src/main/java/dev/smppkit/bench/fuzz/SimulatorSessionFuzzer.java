package dev.smppkit.bench.fuzz;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.pdu.Bind;
import dev.smppkit.codec.pdu.BindType;
import dev.smppkit.codec.pdu.PduMutator;
import dev.smppkit.codec.pdu.PduSeedCorpus;
import dev.smppkit.codec.pdu.SubmitSm;
import dev.smppkit.testkit.SmscSimulator;
import java.io.IOException;
import java.net.Socket;
import java.util.SplittableRandom;

/**
 * A raw ESME against {@link SmscSimulator}: binds properly, then writes a burst of mutated PDUs (every command, garbage,
 * split across writes) and probes the session ({@link RawPeer}); every 25 connections a fresh normal bind and
 * submit_sm must still succeed. Several threads at once, each connection reproducible from its seed (printed on a
 * failure).
 */
final class SimulatorSessionFuzzer {
    static final String SYSTEM_ID = "fuzz";
    static final String PASSWORD = "secret";

    private final SmscSimulator smsc;
    private final PduSeedCorpus.Seed[] corpus;
    private final long seed;
    private final int probeMillis;
    final FuzzTally tally = new FuzzTally();
    volatile long deadline = System.nanoTime() + Long.MAX_VALUE / 2; // when a time-capped run stops early

    SimulatorSessionFuzzer(SmscSimulator smsc, long seed, int probeMillis) {
        this.smsc = smsc;
        this.seed = seed;
        this.probeMillis = probeMillis;
        this.corpus = PduSeedCorpus.build(new SplittableRandom(seed), 16);
    }

    /** Runs {@code threads} raw ESMEs until {@code minPdus} mutated PDUs were written; throws on the first failure. */
    void run(long minPdus, int threads) throws InterruptedException, IOException {
        FuzzWorkers.run("simulator", threads, seed, 7919L, tally, minPdus, () -> deadline, (connectionSeed, n) -> {
            connection(connectionSeed);
            if (n % 25 == 0) {
                healthCheck();
            }
        });
        healthCheck();
    }

    void connection(long connectionSeed) throws IOException {
        SplittableRandom rnd = new SplittableRandom(connectionSeed);
        try (RawPeer peer = bound()) {
            peer.burstThenProbe(rnd, r -> corpus, tally, probeMillis, "the simulator");
        }
    }

    /** A new connection with a successful bind_transceiver. */
    private RawPeer bound() throws IOException {
        RawPeer peer = new RawPeer(new Socket(smsc.host(), smsc.port()));
        peer.write(
                RawPeer.encode(Bind.builder(BindType.TRANSCEIVER)
                        .systemId(SYSTEM_ID)
                        .password(PASSWORD)
                        .build()
                        .withSequenceNumber(1)),
                new SplittableRandom(0));
        byte[] resp = peer.readFrame(10_000);
        if (resp == null || PduMutator.getInt(resp, 4) != 0x80000009 || PduMutator.getInt(resp, 8) != 0) {
            peer.close();
            throw new AssertionError("a normal bind failed: " + (resp == null ? "closed" : PduMutator.hex(resp)));
        }
        return peer;
    }

    /** A fresh normal bind and submit_sm still work. */
    private void healthCheck() throws IOException {
        try (RawPeer peer = bound()) {
            peer.write(
                    RawPeer.encode(SubmitSm.builder()
                            .sourceAddress(Address.international("447700900001"))
                            .destAddress(Address.international("447700900002"))
                            .shortMessage(new byte[] {'h', 'i'})
                            .build()
                            .withSequenceNumber(2)),
                    new SplittableRandom(0));
            while (true) {
                byte[] frame = peer.readFrame(10_000);
                if (frame == null) {
                    throw new AssertionError("the simulator closed a normal session after submit_sm");
                }
                if (PduMutator.getInt(frame, 4) == 0x80000004) {
                    if (PduMutator.getInt(frame, 8) != 0) {
                        throw new AssertionError("a normal submit_sm was refused: " + PduMutator.hex(frame));
                    }
                    tally.healthChecks.incrementAndGet();
                    return;
                }
            }
        }
    }
}
