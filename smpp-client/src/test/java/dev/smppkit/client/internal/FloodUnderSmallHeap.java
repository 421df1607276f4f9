package dev.smppkit.client.internal;

import java.util.concurrent.TimeUnit;

/**
 * Run in a child JVM with a small heap by {@link FloodUnderSmallHeapIT}: a {@link FloodingPeer} floods one client for
 * the given number of seconds without reading, then reads. Prints what it measured and exits 0 if reading was turned
 * off, the outbound buffer stayed bounded, the heap stayed small and every request was answered; 1 otherwise.
 */
public final class FloodUnderSmallHeap {
    /** Live heap allowed after the flood: the client's bound is about 1.5 MiB; the rest is JVM and test overhead. */
    static final long MAX_LIVE_HEAP = 64L * 1024 * 1024;

    private FloodUnderSmallHeap() {}

    public static void main(String[] args) throws Exception {
        long seconds = Long.parseLong(args[0]);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        String failure = null;
        try (FloodingPeer peer = new FloodingPeer();
                FloodedClient client = new FloodedClient(peer.host(), peer.port())) {
            peer.floodAfterBind(0, () -> System.nanoTime() < end);
            client.start();
            client.bound().get(30, TimeUnit.SECONDS);
            while (System.nanoTime() < end) {
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
