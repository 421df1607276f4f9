package dev.smppkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.RegisteredDelivery;
import dev.smppkit.codec.SmppPduEncoder;
import dev.smppkit.codec.pdu.Bind;
import dev.smppkit.codec.pdu.BindType;
import dev.smppkit.codec.pdu.EnquireLink;
import dev.smppkit.codec.pdu.PduRequest;
import dev.smppkit.codec.pdu.SubmitSm;
import io.netty.buffer.ByteBuf;
import io.netty.channel.embedded.EmbeddedChannel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The standalone simulator in a child JVM whose heap is capped at 256 MiB, attacked for 20 s by three peers at once:
 * one floods enquire_link and never reads, one floods submit_sm asking for receipts and never reads (so its receipts
 * can never be delivered), and one binds as a receiver that never reads while a transmitter of the same system_id
 * submits at full speed with receipts (so receipts pile up for it). Meanwhile an ordinary ESME binds and submits
 * again and again: every submit is answered within the test ESME's usual timeout. The child must neither run out of
 * memory (it exits on the first OutOfMemoryError) nor grow its resident set beyond a generous bound. Before
 * back-pressure, windows and byte limits this grew the simulator by gigabytes in seconds.
 */
@Timeout(240)
class FloodUnderSmallHeapIT {
    private static final Path SHADED = Path.of("target", "smsc-simulator.jar");
    private static final long FLOOD_NANOS = 20_000_000_000L;
    /** Heap 256 MiB, direct memory the same by default, code and metaspace: anything near 1 GiB means unbounded. */
    private static final long RSS_BOUND_KIB = 900L << 10;

    @Test
    void theSimulatorWith256MiBOfHeapKeepsServingWhilePeersFloodIt() throws Exception {
        assertThat(SHADED).exists();
        assumeTrue(Files.isReadable(Path.of("/proc/self/status")), "reads the child's resident set from /proc (Linux)");
        try (SimulatorProcess smsc = SimulatorProcess.start(
                List.of("-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-jar", SHADED.toString()),
                List.of("--port", "0"))) {
            int port = smsc.awaitReady();
            long pid = smsc.pid();
            AtomicBoolean stop = new AtomicBoolean();
            AtomicLong written = new AtomicLong();
            List<Thread> attackers = new ArrayList<>();
            List<Socket> sockets = new ArrayList<>();
            // one ordinary session first, so the flood meets a JVM that has loaded its classes
            try (TestEsme warm = TestEsme.connect("127.0.0.1", port, null).bound(BindType.TRANSCEIVER, "warm", "x")) {
                assertThat(warm.call(Pdus.submit("447700900001")).commandStatus())
                        .isEqualTo(CommandStatus.ESME_ROK);
            }
            try {
                attackers.add(flooder(
                        port, "flood-el", BindType.TRANSCEIVER, i -> EnquireLink.create(), stop, written, sockets));
                attackers.add(
                        flooder(port, "flood-sm", BindType.TRANSCEIVER, i -> receiptAsked(i), stop, written, sockets));
                attackers.add(flooder(port, "absent", BindType.RECEIVER, null, stop, written, sockets));
                attackers.add(fastSenderFor("absent", port, stop));

                long maxRssKib = 0;
                int probes = 0;
                long end = System.nanoTime() + FLOOD_NANOS;
                long slowestProbeNanos = 0;
                while (System.nanoTime() < end) {
                    long started = System.nanoTime();
                    try (TestEsme probe =
                            TestEsme.connect("127.0.0.1", port, null).bound(BindType.TRANSCEIVER, "probe", "x")) {
                        for (int i = 0; i < 20; i++) {
                            assertThat(probe.call(Pdus.submit("447700900001")).commandStatus())
                                    .isEqualTo(CommandStatus.ESME_ROK);
                        }
                    } catch (RuntimeException e) {
                        throw new AssertionError(
                                "probe " + probes + " failed after " + (System.nanoTime() - started) / 1_000_000
                                        + " ms; the simulator's log:\n" + tail(smsc.stderr()),
                                e);
                    }
                    slowestProbeNanos = Math.max(slowestProbeNanos, System.nanoTime() - started);
                    probes++;
                    maxRssKib = Math.max(maxRssKib, rssKib(pid));
                    assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive))
                            .contains(true);
                }
                System.out.printf(
                        "FloodUnderSmallHeapIT: %d probe sessions (bind + 20 submits) served during the flood, the slowest in"
                                + " %d ms; %,d bytes flooded; simulator RSS at most %,d KiB%n",
                        probes, slowestProbeNanos / 1_000_000, written.get(), maxRssKib);
                assertThat(maxRssKib).isLessThan(RSS_BOUND_KIB);
            } finally {
                stop.set(true);
                for (Socket s : sockets) {
                    s.close();
                }
                for (Thread t : attackers) {
                    t.join(10_000);
                }
            }
            assertThat(smsc.terminate()).as(smsc.stderr()).isIn(0, 143);
            assertThat(smsc.stderr()).doesNotContain("OutOfMemoryError");
        }
    }

    /** A peer that binds, then writes requests ({@code next}, if any) as fast as TCP lets it and never reads. */
    private static Thread flooder(
            int port,
            String systemId,
            BindType bindType,
            IntFunction<PduRequest<?>> next,
            AtomicBoolean stop,
            AtomicLong written,
            List<Socket> sockets)
            throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(4096);
        socket.connect(new InetSocketAddress("127.0.0.1", port));
        sockets.add(socket);
        OutputStream out = socket.getOutputStream();
        out.write(encode(
                1, Bind.builder(bindType).systemId(systemId).password("x").build()));
        out.flush();
        Thread t = new Thread(
                () -> {
                    if (next == null) {
                        return; // bound, and never reads: everything sent to it piles up in the simulator
                    }
                    ByteArrayOutputStream block = new ByteArrayOutputStream();
                    int sequence = 2;
                    try {
                        while (!stop.get()) {
                            block.reset();
                            for (int i = 0; i < 100; i++) {
                                block.write(encode(sequence, next.apply(sequence)));
                                sequence = sequence == Integer.MAX_VALUE ? 2 : sequence + 1;
                            }
                            out.write(block.toByteArray());
                            written.addAndGet(block.size());
                        }
                    } catch (IOException e) {
                        // closed by the test, or by the simulator
                    }
                },
                systemId);
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** A transmitter that submits with receipts for {@code systemId} as fast as it is answered. */
    private static Thread fastSenderFor(String systemId, int port, AtomicBoolean stop) {
        Thread t = new Thread(
                () -> {
                    try (TestEsme sender =
                            TestEsme.connect("127.0.0.1", port, null).bound(BindType.TRANSMITTER, systemId, "x")) {
                        for (int i = 0; !stop.get(); i++) {
                            sender.call(receiptAsked(i)); // ESME_ROK, or ESME_RMSGQFUL once receipts are at the limit
                        }
                    } catch (RuntimeException | AssertionError e) {
                        // the test ends; its own assertions are on the probe
                    }
                },
                "fast-sender");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static SubmitSm receiptAsked(int i) {
        return SubmitSm.builder()
                .sourceAddress(Pdus.SENDER)
                .destAddress(Address.international("4477009" + String.format(Locale.ROOT, "%05d", i % 100_000)))
                .registeredDelivery(RegisteredDelivery.RECEIPT)
                .shortMessage("a receipt that nobody will ever read, of a realistic length for an SMS text"
                        .getBytes(StandardCharsets.US_ASCII))
                .build();
    }

    private static byte[] encode(int sequence, PduRequest<?> request) {
        EmbeddedChannel channel = new EmbeddedChannel(SmppPduEncoder.INSTANCE);
        try {
            channel.writeOutbound(request.withSequenceNumber(sequence));
            ByteBuf buf = channel.readOutbound();
            try {
                byte[] bytes = new byte[buf.readableBytes()];
                buf.readBytes(bytes);
                return bytes;
            } finally {
                buf.release();
            }
        } finally {
            channel.finishAndReleaseAll();
        }
    }

    private static String tail(String log) {
        return log.length() <= 4000 ? log : log.substring(log.length() - 4000);
    }

    private static long rssKib(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return 0;
    }
}
