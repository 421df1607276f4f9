package dev.smppkit.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.util.ResourceLeakDetector;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * An SMSC that floods enquire_link and deliver_sm and never reads: the client must stop reading instead of queueing
 * its answers without limit, and carry on (every request answered) once the SMSC reads again.
 */
@Timeout(180)
class FloodingPeerIT {
    /** Well beyond what the loopback socket buffers hold, so the client has to push back. */
    private static final long PDUS = 600_000;
    /**
     * Over the high watermark: the answers to the rest of the socket read during which the channel turned unwritable
     * (at most 64 KiB of 16-octet requests, 4,096 answers), each counted by Netty as its 16 octets plus 96 of entry
     * overhead, and the few deliver_sm_resp still to come.
     */
    private static final long SLACK = 512 * 1024;

    private static ResourceLeakDetector.Level leakLevel;

    /**
     * Paranoid leak detection records a stack trace for every buffer: over the 1.2 million buffers of this run that
     * takes minutes. The sampling level still reports leaks; the same code paths run paranoid in SmppSessionTest.
     */
    @BeforeAll
    static void sampleLeakDetection() {
        leakLevel = ResourceLeakDetector.getLevel();
        ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.SIMPLE);
    }

    @AfterAll
    static void restoreLeakDetection() {
        ResourceLeakDetector.setLevel(leakLevel);
    }

    @Test
    void aPeerThatFloodsAndNeverReadsIsHeldOffByTcpThenServedInFull() throws Exception {
        long start = System.nanoTime();
        try (FloodingPeer peer = new FloodingPeer();
                FloodedClient client = new FloodedClient(peer.host(), peer.port())) {
            peer.floodAfterBind(PDUS, () -> true);
            diagnostics = () -> {
                try {
                    return "sent " + peer.sent() + ", responses " + peer.responses() + ", reading "
                            + client.readingNow() + ", max pending " + client.maxPending() + ", flood done "
                            + peer.floodDone();
                } catch (Exception e) {
                    return e.toString();
                }
            };
            client.start();
            client.bound().get(30, TimeUnit.SECONDS);

            awaitTrue(client::sawReadingOff, "the client turns reading off");
            long readingOff = System.nanoTime();
            assertThat(client.maxPending())
                    .as("outbound bytes while the peer does not read")
                    .isLessThanOrEqualTo(FloodedClient.HIGH_WATERMARK + SLACK);

            peer.startReading();
            awaitTrue(peer::floodDone, "the whole flood went through");
            assertThat(peer.failure()).isNull();
            awaitTrue(() -> peer.responses() == PDUS, "every request answered");

            assertThat(client.maxPending())
                    .as("outbound bytes over the whole run")
                    .isLessThanOrEqualTo(FloodedClient.HIGH_WATERMARK + SLACK);
            assertThat(client.readingNow()).as("reading again").isTrue();
            System.out.printf(
                    "FloodingPeerIT: %,d PDUs; reading off after %d ms, all answered after %d ms; most outbound bytes"
                            + " pending %,d (high watermark %,d)%n",
                    PDUS,
                    TimeUnit.NANOSECONDS.toMillis(readingOff - start),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start),
                    client.maxPending(),
                    FloodedClient.HIGH_WATERMARK);
        }
    }

    /** Waits for a state the client or peer reaches on its own threads (at most a minute). */
    static java.util.function.Supplier<String> diagnostics = () -> "";

    static void awaitTrue(java.util.function.BooleanSupplier state, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (!state.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what + " (" + diagnostics.get() + ")");
            }
            Thread.sleep(10);
        }
    }
}
