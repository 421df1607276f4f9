package dev.smppkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.pdu.BindType;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A peer that floods requests and never reads: the simulator stops reading it and keeps serving the others. */
class BackPressureTest {
    /** Netty's default high watermark (64 KiB), plus what one read already taken in may still answer. */
    private static final long BOUND = 512 << 10;

    @Test
    void aFloodingPeerThatNeverReadsIsNoLongerReadAndCostsABoundedBuffer() throws Exception {
        try (SmscSimulator smsc = SmscSimulator.builder().recordTraffic(false).start();
                Socket flooder = new Socket()) {
            flooder.setReceiveBufferSize(4096);
            flooder.connect(smsc.address());
            AtomicBoolean stop = new AtomicBoolean();
            AtomicLong written = new AtomicLong();
            Thread writer = new Thread(() -> flood(flooder, stop, written), "flooder");
            writer.setDaemon(true);
            writer.start();
            try {
                Await.until("the flooder's session", () -> !smsc.sessions().isEmpty());
                String id = smsc.sessions().get(0).id();
                Await.until(
                        () -> "the simulator to stop reading the flooder (" + written.get() + " bytes written, "
                                + smsc.core().pendingOutboundBytes(id) + " pending)",
                        () -> !smsc.core().isReading(id));
                assertThat(smsc.core().pendingOutboundBytes(id)).isLessThanOrEqualTo(BOUND);

                try (TestEsme other = TestEsme.connect(smsc).bound(BindType.TRANSCEIVER, "other", "")) {
                    assertThat(other.call(Pdus.submit("447700900001")).commandStatus())
                            .isEqualTo(CommandStatus.ESME_ROK);
                }
                // reading may resume for a moment while the kernel's send buffer grows, then stops again
                Await.until("the flooder still held back", () -> !smsc.core().isReading(id));
                assertThat(smsc.core().pendingOutboundBytes(id)).isLessThanOrEqualTo(BOUND);
            } finally {
                stop.set(true);
                flooder.close();
                writer.join(10_000);
            }
        }
    }

    /** enquire_link after enquire_link, 16 octets each, until stopped or the socket closes. */
    private static void flood(Socket socket, AtomicBoolean stop, AtomicLong written) {
        ByteBuffer chunk = ByteBuffer.allocate(16 * 1024);
        for (int seq = 1; chunk.hasRemaining(); seq++) {
            chunk.putInt(16).putInt(0x00000015).putInt(0).putInt(seq);
        }
        try {
            OutputStream out = socket.getOutputStream();
            while (!stop.get()) {
                out.write(chunk.array());
                written.addAndGet(chunk.capacity());
            }
        } catch (IOException e) {
            // closed by the test
        }
    }
}
