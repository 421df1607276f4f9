package dev.smppkit.codec.pdu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.SmppDecodeException;
import dev.smppkit.codec.SmppPduDecoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Mutation fuzzing of the PDU decoder. Valid encodings of every PDU type are mutated (bit flips, byte replacement,
 * truncation, extension, command_length, command_id and command_status edits, TLV length edits, NUL removal,
 * insertion and deletion, splicing of two PDUs) and decoded. The only failure allowed is {@link SmppDecodeException};
 * every PDU that does decode must re-encode, and decoding that again must give an equal PDU. Part of the frames are
 * also fed as streams, in random chunks, through {@link SmppPduDecoder} on an {@link EmbeddedChannel}, whose output
 * must match decoding the same stream frame by frame.
 *
 * <p>The seed is fixed, so a failure reproduces; the message carries the offending bytes in hex.
 */
class PduFuzzTest {
    private static final long SEED = 20261122;
    private static final int FRAMES = 1_000_000;
    private static final int STREAMS = 20_000;
    private static final int CHANNEL_MAX_PDU = 4096;
    private static final int SEEDS_PER_KIND = 48;

    // What the fuzz loop is working on, for the timeout message (an endless loop would otherwise be anonymous).
    private volatile byte[] current = new byte[0];

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void mutatedPdusOnlyEverFailWithSmppDecodeException() {
        assertTimeoutPreemptively(Duration.ofSeconds(55), this::fuzz, () -> "stuck on " + PduMutator.hex(current));
    }

    private void fuzz() {
        SplittableRandom rnd = new SplittableRandom(SEED);
        PduSeedCorpus.Seed[] corpus = PduSeedCorpus.build(rnd, SEEDS_PER_KIND);
        Stats stats = new Stats();

        long start = System.nanoTime();
        for (int i = 0; i < FRAMES; i++) {
            byte[] frame = PduMutator.mutate(rnd, corpus, CHANNEL_MAX_PDU);
            current = frame;
            decodeFrame(frame, stats);
        }
        long framesNanos = System.nanoTime() - start;

        start = System.nanoTime();
        for (int i = 0; i < STREAMS; i++) {
            decodeStream(rnd, corpus, stats);
        }
        long streamNanos = System.nanoTime() - start;

        System.out.printf(
                "PduFuzzTest: %,d seeds; %,d frames in %d ms (%,.0f frames/s): %,d decoded, %,d rejected%n",
                corpus.length,
                FRAMES,
                TimeUnit.NANOSECONDS.toMillis(framesNanos),
                FRAMES / (framesNanos / 1e9),
                stats.decoded,
                stats.rejected);
        System.out.printf(
                "PduFuzzTest: %,d channel streams in %d ms (%,.0f streams/s): %,d PDUs, %,d decode errors%n",
                STREAMS,
                TimeUnit.NANOSECONDS.toMillis(streamNanos),
                STREAMS / (streamNanos / 1e9),
                stats.streamPdus,
                stats.streamErrors);
        System.out.println("PduFuzzTest: decoded by type " + stats.byType);
        System.out.println("PduFuzzTest: rejected by status " + stats.byStatus);
        // The mutations must reach past the header into every body decoder, not stop at the length check.
        assertThat(stats.byType.keySet()).as("decoded PDU types").hasSize(PduMutator.COMMAND_IDS.length + 1);
        assertThat(stats.decoded).as("frames that still decode").isGreaterThan(FRAMES / 10);
        assertThat(stats.rejected).as("frames that are rejected").isGreaterThan(FRAMES / 10);
        assertThat(stats.streamPdus).as("PDUs from the channel").isGreaterThan(STREAMS);
        assertThat(stats.streamErrors).as("decode errors from the channel").isGreaterThan(STREAMS / 2);
    }

    private static final class Stats {
        long decoded;
        long rejected;
        long streamPdus;
        long streamErrors;
        final Map<String, Integer> byType = new TreeMap<>();
        final Map<String, Integer> byStatus = new TreeMap<>();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Direct decode

    private static void decodeFrame(byte[] frame, Stats stats) {
        ByteBuf buf = Unpooled.wrappedBuffer(frame);
        Pdu pdu;
        try {
            pdu = PduCodec.decode(buf);
        } catch (SmppDecodeException e) {
            if (e.status() == null || e.getMessage() == null || e.isFramingLost()) {
                fail("malformed SmppDecodeException " + e + " for " + PduMutator.hex(frame));
            }
            if (buf.isReadable()) {
                fail("the rejected frame was not consumed: " + PduMutator.hex(frame));
            }
            stats.rejected++;
            stats.byStatus.merge(e.status().name(), 1, Integer::sum);
            return;
        } catch (Throwable t) {
            throw new AssertionError("decode threw " + t + " for " + PduMutator.hex(frame), t);
        }
        if (buf.isReadable()) {
            fail("the frame was not consumed: " + PduMutator.hex(frame));
        }
        stats.decoded++;
        stats.byType.merge(pdu.commandId().isKnown() ? pdu.commandId().name() : "unknown", 1, Integer::sum);
        checkReEncodes(pdu, frame);
    }

    /** The decoded PDU re-encodes to exactly its announced length, and that decodes to an equal PDU. */
    private static void checkReEncodes(Pdu pdu, byte[] input) {
        try {
            int length = PduCodec.encodedLength(pdu);
            byte[] out = new byte[length];
            ByteBuf buf = Unpooled.wrappedBuffer(out).clear(); // not a tracked buffer: cheap under paranoid
            PduCodec.encode(pdu, buf);
            if (buf.writerIndex() != length) {
                fail("re-encode wrote " + buf.writerIndex() + " of " + length + " octets");
            }
            Pdu again = PduCodec.decode(Unpooled.wrappedBuffer(out));
            if (!again.equals(pdu)) {
                fail("re-decoded " + again + " differs from " + pdu + "; re-encoded " + PduMutator.hex(out));
            }
        } catch (Throwable t) {
            throw new AssertionError(
                    "decoded " + pdu + " from " + PduMutator.hex(input) + " but re-encoding failed: " + t, t);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Channel: a stream of valid and mutated frames, in random chunks, must decode as it does frame by frame.

    private void decodeStream(SplittableRandom rnd, PduSeedCorpus.Seed[] corpus, Stats stats) {
        int frames = 1 + rnd.nextInt(6);
        byte[][] parts = new byte[frames][];
        int total = 0;
        for (int i = 0; i < frames; i++) {
            parts[i] = rnd.nextInt(3) == 0
                    ? corpus[rnd.nextInt(corpus.length)].bytes()
                    : PduMutator.mutate(rnd, corpus, CHANNEL_MAX_PDU);
            total += parts[i].length;
        }
        byte[] stream = new byte[total];
        for (int i = 0, at = 0; i < frames; at += parts[i].length, i++) {
            System.arraycopy(parts[i], 0, stream, at, parts[i].length);
        }
        current = stream;

        List<Object> events = new ArrayList<>();
        EmbeddedChannel channel = new EmbeddedChannel(new SmppPduDecoder(CHANNEL_MAX_PDU), new Recorder(events));
        try {
            for (int at = 0; at < stream.length; ) {
                int n = Math.min(chunkSize(rnd), stream.length - at);
                channel.writeInbound(Unpooled.wrappedBuffer(stream, at, n));
                at += n;
            }
            if (channel.finish()) {
                fail("messages left in the channel for stream " + PduMutator.hex(stream));
            }
        } catch (Throwable t) {
            throw new AssertionError("channel threw " + t + " for stream " + PduMutator.hex(stream), t);
        }
        List<Object> actual = new ArrayList<>(events.size());
        for (Object event : events) {
            if (event instanceof Throwable t) {
                if (!(t instanceof SmppDecodeException e)) {
                    throw new AssertionError("exceptionCaught got " + t + " for stream " + PduMutator.hex(stream), t);
                }
                actual.add(errorKey(e));
                stats.streamErrors++;
            } else {
                actual.add(event);
                stats.streamPdus++;
            }
        }
        List<Object> expected = frameByFrame(stream);
        if (!actual.equals(expected)) {
            fail("channel gave " + actual + " but frame by frame gives " + expected + " for stream "
                    + PduMutator.hex(stream));
        }
    }

    private static int chunkSize(SplittableRandom rnd) {
        return switch (rnd.nextInt(4)) {
            case 0 -> 1 + rnd.nextInt(4);
            case 1 -> 1 + rnd.nextInt(32);
            case 2 -> 1 + rnd.nextInt(512);
            default -> 1 + rnd.nextInt(8192);
        };
    }

    /** The framing SmppPduDecoder promises, applied to the whole stream at once. */
    private static List<Object> frameByFrame(byte[] stream) {
        List<Object> out = new ArrayList<>();
        int at = 0;
        while (stream.length - at >= 4) {
            long length = Integer.toUnsignedLong(PduMutator.getInt(stream, at));
            if (length < PduCodec.HEADER_LENGTH) {
                out.add("RINVCMDLEN/framing lost");
                break;
            }
            if (length > CHANNEL_MAX_PDU) {
                if (stream.length - at < PduCodec.HEADER_LENGTH) {
                    break; // the decoder waits for the whole header, to report command_id and sequence_number
                }
                out.add("RINVCMDLEN/framing lost"); // like a length below 16: the session answers and closes
                break;
            }
            if (stream.length - at < length) {
                break;
            }
            try {
                out.add(PduCodec.decode(Unpooled.wrappedBuffer(stream, at, (int) length)));
            } catch (SmppDecodeException e) {
                out.add(errorKey(e));
            }
            at += (int) length;
        }
        return out;
    }

    private static String errorKey(SmppDecodeException e) {
        if (e.status().code() == CommandStatus.ESME_RINVCMDLEN.code()
                && e.getMessage().startsWith("command_length is")
                && !e.getMessage().contains("but the frame")) {
            return "RINVCMDLEN/" + (e.isFramingLost() ? "framing lost" : "discarded");
        }
        return e.status().name() + "/" + e.getMessage();
    }

    private static final class Recorder extends ChannelInboundHandlerAdapter {
        private final List<Object> events;

        Recorder(List<Object> events) {
            this.events = events;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            events.add(msg);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            events.add(cause);
        }
    }
}
