package dev.smppkit.bench.fuzz;

import dev.smppkit.client.Backoff;
import dev.smppkit.client.BindMode;
import dev.smppkit.client.Esme;
import dev.smppkit.client.InMemoryBroker;
import dev.smppkit.codec.Address;
import dev.smppkit.codec.pdu.BindResp;
import dev.smppkit.codec.pdu.BindType;
import dev.smppkit.codec.pdu.DeliverSm;
import dev.smppkit.codec.pdu.PduMutator;
import dev.smppkit.codec.pdu.PduSeedCorpus;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * A raw SMSC against the real {@link Esme}: it accepts the client's connections, answers the bind, then writes a burst
 * of mutated PDUs, mostly of the kinds an SMSC sends (deliver_sm, data_sm, enquire_link, unbind, responses,
 * alert_notification) and some of every other kind and garbage, and probes the session ({@link RawPeer}); then it
 * hangs up and the client reconnects. Every 25 connections a valid deliver_sm must be acknowledged with ESME_ROK.
 */
final class ClientSessionFuzzer implements AutoCloseable {
    private static final Set<Integer> FROM_SMSC = Set.of(
            0x00000005,
            0x00000103,
            0x00000015,
            0x00000006,
            0x00000102,
            0x0000000B,
            0x80000000,
            0x80000004,
            0x80000021,
            0x80000103,
            0x80000003,
            0x80000008,
            0x80000007,
            0x80000015,
            0x80000006);

    private final ServerSocket server;
    private final List<Esme> esmes = new ArrayList<>();
    private final PduSeedCorpus.Seed[] corpus;
    private final PduSeedCorpus.Seed[] fromSmsc;
    private final long seed;
    private final int probeMillis;
    final FuzzTally tally = new FuzzTally();
    volatile long deadline = System.nanoTime() + Long.MAX_VALUE / 2; // when a time-capped run stops early

    ClientSessionFuzzer(long seed, int probeMillis, int clients) throws Exception {
        this.seed = seed;
        this.probeMillis = probeMillis;
        this.corpus = PduSeedCorpus.build(new SplittableRandom(seed), 16);
        this.fromSmsc = Arrays.stream(corpus)
                .filter(s -> FROM_SMSC.contains(PduMutator.getInt(s.bytes(), 4)))
                .toArray(PduSeedCorpus.Seed[]::new);
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        for (int i = 0; i < clients; i++) {
            Esme esme = Esme.builder()
                    .host(server.getInetAddress().getHostAddress())
                    .port(server.getLocalPort())
                    .systemId("client" + i)
                    .password("secret")
                    .bindMode(BindMode.TRANSCEIVER)
                    .broker(new InMemoryBroker())
                    .hookTimeout(Duration.ofSeconds(5))
                    .reconnect(Backoff.exponential(Duration.ofMillis(5), Duration.ofMillis(50)))
                    .build();
            esme.start(); // completes at the first bind, which the workers answer
            esmes.add(esme);
        }
    }

    /** Serves the clients' connections until {@code minPdus} mutated PDUs were written; throws on the first failure. */
    void run(long minPdus) throws InterruptedException {
        FuzzWorkers.run(
                "client",
                esmes.size(),
                seed,
                104729L,
                tally,
                minPdus,
                () -> deadline,
                (connectionSeed, n) -> connection(connectionSeed, n % 25 == 0));
    }

    void connection(long connectionSeed, boolean healthCheck) throws IOException {
        SplittableRandom rnd = new SplittableRandom(connectionSeed);
        server.setSoTimeout(30_000);
        try (RawPeer peer = new RawPeer(server.accept())) {
            byte[] bind = peer.readFrame(10_000);
            if (bind == null || (PduMutator.getInt(bind, 4) & 0x7FFFFFFF) > 9) {
                throw new AssertionError("the client's first PDU is not a bind");
            }
            BindType type = PduMutator.getInt(bind, 4) == 1
                    ? BindType.RECEIVER
                    : PduMutator.getInt(bind, 4) == 2 ? BindType.TRANSMITTER : BindType.TRANSCEIVER;
            peer.write(
                    RawPeer.encode(BindResp.builder(type)
                            .systemId("rawsmsc")
                            .build()
                            .withSequenceNumber(PduMutator.getInt(bind, 12))),
                    rnd);
            if (healthCheck) {
                deliverIsAcknowledged(peer);
                return;
            }
            peer.burstThenProbe(rnd, r -> r.nextInt(4) == 0 ? corpus : fromSmsc, tally, probeMillis, "the client");
        }
    }

    /** A valid deliver_sm on a fresh session gets deliver_sm_resp ESME_ROK. */
    private void deliverIsAcknowledged(RawPeer peer) throws IOException {
        int sequence = 0x7FFFFF02;
        peer.write(
                RawPeer.encode(DeliverSm.builder()
                        .sourceAddress(Address.international("447700900001"))
                        .destAddress(Address.international("447700900002"))
                        .shortMessage(new byte[] {'h', 'i'})
                        .build()
                        .withSequenceNumber(sequence)),
                new SplittableRandom(0));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            byte[] frame = peer.readFrame(10_000);
            if (frame == null) {
                throw new AssertionError("the client closed a normal session after deliver_sm");
            }
            if (PduMutator.getInt(frame, 4) == 0x80000005 && PduMutator.getInt(frame, 12) == sequence) {
                if (PduMutator.getInt(frame, 8) != 0) {
                    throw new AssertionError("a valid deliver_sm was answered " + PduMutator.hex(frame));
                }
                tally.healthChecks.incrementAndGet();
                return;
            }
        }
        throw new AssertionError("a valid deliver_sm was not answered in 10 s");
    }

    @Override
    public void close() throws Exception {
        for (Esme e : esmes) {
            e.stop(Duration.ZERO);
        }
        server.close();
        for (Esme e : esmes) {
            e.close();
        }
    }
}
