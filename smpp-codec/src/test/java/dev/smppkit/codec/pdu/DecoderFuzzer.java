package dev.smppkit.codec.pdu;

import dev.smppkit.codec.SmppDecodeException;
import dev.smppkit.codec.SmppPduDecoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Feeds streams of mutated (and some valid) PDUs through {@link SmppPduDecoder} on an {@link EmbeddedChannel}, in
 * pooled direct buffers (tracked by Netty's leak detector), split across reads at random points, in one-byte fragments
 * or concatenated whole. Checks, per stream:
 *
 * <ul>
 *   <li>the only thing reaching {@code exceptionCaught} is {@link SmppDecodeException}, and nothing escapes
 *       {@code writeInbound};
 *   <li>every decoded PDU re-encodes to its announced length and decodes back to an equal PDU;
 *   <li>nothing is left in the channel at the end, and the stream took less than the time bound.
 * </ul>
 *
 * Leaks are checked by the caller (LeakGuardExtension in tests, the fuzz main in smpp-bench), since they are only
 * reported after a garbage collection.
 *
 * <p>Each stream draws its own seed from the run's seed, and a failure names both, so {@link #runStream} replays the
 * one stream that failed.
 */
public final class DecoderFuzzer {
    /** The decoder's limit: small enough that command_length edits often land above it. */
    public static final int MAX_PDU_LENGTH = 4096;

    private static final int SEEDS_PER_KIND = 48;

    private final long seed;
    private final long streamNanosBound;
    private final PduSeedCorpus.Seed[] corpus;
    private final ByteBufAllocator alloc = PooledByteBufAllocator.DEFAULT;

    // per run, fuzzing thread only (read by a watchdog for its report, hence volatile)
    private volatile byte[] currentStream = new byte[0];
    private volatile long currentStreamSeed;
    private long frames;
    private long streams;
    private long pdus;
    private long decodeErrors;
    private long oneByteStreams;
    private final Map<String, Long> byType = new TreeMap<>();
    private final Map<String, Long> byStatus = new TreeMap<>();

    /**
     * @param seed the run's seed: the corpus and every stream's seed derive from it
     * @param streamTimeBoundMillis the longest one stream (at most 8 frames) may take to decode
     */
    public DecoderFuzzer(long seed, long streamTimeBoundMillis) {
        this.seed = seed;
        this.streamNanosBound = TimeUnit.MILLISECONDS.toNanos(streamTimeBoundMillis);
        this.corpus = PduSeedCorpus.build(new SplittableRandom(seed), SEEDS_PER_KIND);
    }

    /** Fuzzes until at least {@code minFrames} frames went through; throws AssertionError on the first failure. */
    public void run(long minFrames) {
        SplittableRandom streamSeeds = new SplittableRandom(seed ^ 0x5DEECE66DL);
        while (frames < minFrames) {
            runStream(streamSeeds.nextLong());
        }
    }

    /** One stream of 1 to 8 frames, reproducible from {@code streamSeed} (and this fuzzer's seed). */
    public void runStream(long streamSeed) {
        currentStreamSeed = streamSeed;
        SplittableRandom rnd = new SplittableRandom(streamSeed);
        int count = 1 + rnd.nextInt(8);
        byte[][] parts = new byte[count][];
        int total = 0;
        for (int i = 0; i < count; i++) {
            parts[i] = rnd.nextInt(4) == 0
                    ? corpus[rnd.nextInt(corpus.length)].bytes()
                    : PduMutator.mutate(rnd, corpus, MAX_PDU_LENGTH);
            total += parts[i].length;
        }
        byte[] stream = new byte[total];
        for (int i = 0, at = 0; i < count; at += parts[i].length, i++) {
            System.arraycopy(parts[i], 0, stream, at, parts[i].length);
        }
        currentStream = stream;

        long start = System.nanoTime();
        Checker checker = new Checker();
        EmbeddedChannel channel = new EmbeddedChannel(new SmppPduDecoder(MAX_PDU_LENGTH), checker);
        try {
            int[] cuts = cuts(rnd, stream.length);
            if (cuts.length == stream.length + 1) {
                oneByteStreams++;
            }
            for (int i = 1; i < cuts.length; i++) {
                int n = cuts[i] - cuts[i - 1];
                ByteBuf chunk = alloc.directBuffer(n);
                chunk.writeBytes(stream, cuts[i - 1], n);
                channel.writeInbound(chunk);
                if (checker.problem != null) {
                    throw checker.problem;
                }
            }
            channel.checkException();
            if (channel.finish()) {
                throw failure("messages were left in the channel", null);
            }
            if (checker.problem != null) {
                throw checker.problem;
            }
        } catch (AssertionError e) {
            throw e;
        } catch (Throwable t) {
            throw failure("the channel threw " + t, t);
        } finally {
            channel.finishAndReleaseAll();
        }
        long took = System.nanoTime() - start;
        if (took > streamNanosBound) {
            throw failure("decoding took " + TimeUnit.NANOSECONDS.toMillis(took) + " ms", null);
        }
        frames += count;
        streams++;
    }

    /**
     * Where the stream is split into reads, from 0 to {@code length}: every octet (one stream in 32; most costly),
     * nowhere (one in four), or at one to four random points, which often fall inside a header or a TLV.
     */
    private static int[] cuts(SplittableRandom rnd, int length) {
        int mode = rnd.nextInt(32);
        if (mode == 0) {
            int[] every = new int[length + 1];
            for (int i = 0; i <= length; i++) {
                every[i] = i;
            }
            return every;
        }
        if (mode < 8 || length < 2) {
            return new int[] {0, length};
        }
        int points = 1 + rnd.nextInt(4);
        int[] cuts = new int[points + 2];
        for (int i = 1; i <= points; i++) {
            cuts[i] = 1 + rnd.nextInt(length - 1);
        }
        cuts[points + 1] = length;
        java.util.Arrays.sort(cuts);
        return cuts;
    }

    private AssertionError failure(String what, Throwable cause) {
        return new AssertionError(
                what + " (fuzz seed " + seed + ", stream seed " + currentStreamSeed + "; replay with new DecoderFuzzer("
                        + seed + ", ...).runStream(" + currentStreamSeed + "L)); stream "
                        + PduMutator.hex(currentStream),
                cause);
    }

    /**
     * Checks each decoded PDU and each exception as the decoder emits them. A problem is kept, not thrown: Netty
     * would route an exception thrown here back to exceptionCaught and then only log it.
     */
    private final class Checker extends ChannelInboundHandlerAdapter {
        // per stream, fuzzing thread only
        AssertionError problem;

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            try {
                check(ctx, msg);
            } catch (AssertionError e) {
                problem = problem == null ? e : problem;
            }
        }

        private void check(ChannelHandlerContext ctx, Object msg) {
            if (!(msg instanceof Pdu pdu)) {
                throw failure("the decoder emitted " + msg.getClass().getName(), null);
            }
            pdus++;
            byType.merge(pdu.commandId().isKnown() ? pdu.commandId().name() : "unknown", 1L, Long::sum);
            // Re-encoded into an untracked heap buffer: the leak detector watches the decoder's buffers, not ours.
            int length = PduCodec.encodedLength(pdu);
            byte[] out = new byte[length];
            ByteBuf encoded = Unpooled.wrappedBuffer(out).clear();
            try {
                PduCodec.encode(pdu, encoded);
            } catch (RuntimeException e) {
                throw failure("decoded " + pdu + " but it does not re-encode: " + e, e);
            }
            if (encoded.writerIndex() != length) {
                throw failure("re-encoding " + pdu + " wrote " + encoded.writerIndex() + " of " + length, null);
            }
            Pdu again = PduCodec.decode(encoded);
            if (!again.equals(pdu)) {
                throw failure("re-decoded " + again + " differs from " + pdu, null);
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            if (!(cause instanceof SmppDecodeException e)) {
                problem = problem == null ? failure("exceptionCaught got " + cause, cause) : problem;
                return;
            }
            if (e.status() == null || e.getMessage() == null) {
                problem = problem == null ? failure("malformed SmppDecodeException " + e, e) : problem;
                return;
            }
            decodeErrors++;
            byStatus.merge(e.status().name(), 1L, Long::sum);
        }
    }

    /** The stream being decoded now and its seed, for a watchdog's report of a hang. */
    public String current() {
        return "stream seed " + currentStreamSeed + ": " + PduMutator.hex(currentStream);
    }

    /** The seed of the stream being decoded now (changes with every stream, so a watchdog can see progress). */
    public long currentStreamSeed() {
        return currentStreamSeed;
    }

    public long frames() {
        return frames;
    }

    public long streams() {
        return streams;
    }

    public long pdus() {
        return pdus;
    }

    public long decodeErrors() {
        return decodeErrors;
    }

    public long oneByteStreams() {
        return oneByteStreams;
    }

    public Map<String, Long> byType() {
        return byType;
    }

    public Map<String, Long> byStatus() {
        return byStatus;
    }
}
