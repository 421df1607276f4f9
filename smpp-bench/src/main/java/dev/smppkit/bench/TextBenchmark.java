package dev.smppkit.bench;

import dev.smppkit.codec.text.ReferenceGenerator;
import dev.smppkit.codec.text.TextCodec;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * An outgoing message's text turned into its segments, as the client does before building each submit_sm: the coding
 * chosen, the cuts planned and every segment encoded with its concatenation UDH. Three shapes: one full GSM message,
 * a long GSM text with extension characters (five segments), and a long UCS-2 text with surrogate pairs (four).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class TextBenchmark {
    private static final String GSM_160 = "Your verification code is 482913. It expires in 10 minutes. Do not share it"
            + " with anyone; our staff will never ask for it. Questions? Call us on +44 20 79460000.";

    private static final String GSM_LONG = (GSM_160 + " Price: 5€ {promo} [ends 12/31] ~ thanks | ").repeat(3);

    private static final String UCS2_LONG = "Ваш код подтверждения 482913 😀, он действует 10 минут. ".repeat(4);

    private final TextCodec codec = TextCodec.builder()
            .referenceGenerator(ReferenceGenerator.sequential(0))
            .build();

    @Benchmark
    public Object gsmSingle() {
        return codec.split(GSM_160);
    }

    @Benchmark
    public Object gsmConcatenated() {
        return codec.split(GSM_LONG);
    }

    @Benchmark
    public Object ucs2Concatenated() {
        return codec.split(UCS2_LONG);
    }
}
