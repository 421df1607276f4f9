package dev.smppkit.client.internal;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Run in a child JVM with a small heap by {@link FloodUnderSmallHeapIT}: a {@link FloodingPeer} floods one client
 * without reading until the client has turned its reading off (back-pressure acted; how long that takes depends on how
 * busy the machine is, so the flood waits for the event rather than for a fixed time, up to {@link #MAX_FLOOD_SECONDS}), goes on
 * for the given number of seconds more, then reads. Prints what it measured and exits 0 if reading was turned
 * off, the outbound buffer stayed bounded, the heap stayed small and every request was answered; 1 otherwise.
 */
public final class FloodUnderSmallHeap {
    /** Live heap allowed after the flood: the client's bound is about 1.5 MiB; the rest is JVM and test overhead. */
    static final long MAX_LIVE_HEAP = 64L * 1024 * 1024;

    /** The longest flood: a client that never turns reading off by then fails. */
    static final long MAX_FLOOD_SECONDS = 150;

    private FloodUnderSmallHeap() {}

    public static void main(String[] args) throws Exception {
        long seconds = Long.parseLong(args[0]);
        long cap = System.nanoTime() + TimeUnit.SECONDS.toNanos(MAX_FLOOD_SECONDS);
        AtomicLong end = new AtomicLong(Long.MAX_VALUE); // set by this thread once reading is off
        String failure = null;
        try (FloodingPeer peer = new FloodingPeer();
                FloodedClient client = new FloodedClient(peer.host(), peer.port())) {
            peer.floodAfterBind(0, () -> {
                long now = System.nanoTime();
                return now < end.get() && now < cap;
            });
            client.start();
            client.bound().get(30, TimeUnit.SECONDS);
            // the flooder blocks in its writes once the client stops reading, so this thread watches for that
            while (System.nanoTime() < Math.min(end.get(), cap)) {
                if (end.get() == Long.MAX_VALUE && client.sawReadingOff()) {
                    end.set(System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds));
                }
                Thread.sleep(100);
            }
            System.gc();
            long liveHeap =
                    Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
            long sentWhileNotReading = peer.sent();
            peer.startReading();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!(peer.floodDone() && peer.responses() == peer.sent()) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            System.out.printf(
                    "flood of %d s: %,d PDUs sent while not reading, %,d in all, %,d answered; most outbound bytes"
                            + " pending %,d; heap used after GC %,d; reading turned off: %s%n",
                    seconds,
                    sentWhileNotReading,
                    peer.sent(),
                    peer.responses(),
                    client.maxPending(),
                    liveHeap,
                    client.sawReadingOff());
            if (!client.sawReadingOff()) {
                failure = "reading was never turned off";
            } else if (client.maxPending() > FloodedClient.HIGH_WATERMARK + 512 * 1024) {
                failure = "outbound buffer not bounded";
            } else if (liveHeap > MAX_LIVE_HEAP) {
                failure = "heap not bounded";
            } else if (peer.responses() != peer.sent()) {
                failure = "not every request was answered";
            }
        }
        if (failure != null) {
            System.out.println("FAILED: " + failure);
            System.exit(1);
        }
        System.out.println("bounded");
        System.exit(0);
    }
}
