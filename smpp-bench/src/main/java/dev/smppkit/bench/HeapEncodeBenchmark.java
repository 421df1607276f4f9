package dev.smppkit.bench;

import dev.smppkit.codec.pdu.Pdu;
import dev.smppkit.codec.pdu.PduCodec;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * smppkit's encoders writing into a new heap buffer of the exact length, which is what Cloudhopper's transcoder does
 * ({@code ChannelBuffers.buffer(length)}): beside {@link CloudhopperCodecBenchmark} it compares the encoders
 * themselves, while {@link CodecBenchmark} measures what the client does (a pooled direct buffer, allocated and
 * released, and no garbage).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {
            "-Djmh.executor=CUSTOM",
            "-Djmh.executor.class=dev.smppkit.bench.EventLoopThreadExecutor",
            "-Dio.netty.leakDetection.level=disabled",
            "-Xms1g",
            "-Xmx1g"
        })
public class HeapEncodeBenchmark {
    private final CodecBenchmark pdus = new CodecBenchmark();

    @Setup
    public void setUp() {
        pdus.setUp();
    }

    @TearDown
    public void tearDown() {
        pdus.tearDown();
    }

    private static void encode(Pdu pdu, Blackhole bh) {
        ByteBuf buf = Unpooled.buffer(PduCodec.encodedLength(pdu));
        PduCodec.encode(pdu, buf);
        bh.consume(buf.writerIndex());
    }

    @Benchmark
    public void encodeSubmitSm(Blackhole bh) {
        encode(pdus.submitSm(), bh);
    }

    @Benchmark
    public void encodeDeliveryReceipt(Blackhole bh) {
        encode(pdus.deliveryReceipt(), bh);
    }

    @Benchmark
    public void encodeEnquireLink(Blackhole bh) {
        encode(pdus.enquireLink(), bh);
    }
}
