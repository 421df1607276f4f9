package dev.smppkit.codec.pdu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The CI share of the decoder fuzzing: 200,000 mutated frames through {@link dev.smppkit.codec.SmppPduDecoder} on a
 * channel, in pooled buffers under paranoid leak detection (LeakGuardExtension fails the test on a leak). The 10
 * million frame run is {@code dev.smppkit.bench.DecoderFuzz} in smpp-bench (README, "Fuzzing").
 */
class DecoderChannelFuzzTest {
    private static final long SEED = 20261202;
    private static final long FRAMES = 200_000;

    @Test
    void mutatedStreamsOnlyRaiseSmppDecodeExceptionAndReEncode() {
        // Generous bounds: the machine may be busy; a hang still fails rather than stalling the build.
        DecoderFuzzer fuzzer = new DecoderFuzzer(SEED, 5_000);
        long start = System.nanoTime();
        assertTimeoutPreemptively(Duration.ofMinutes(4), () -> fuzzer.run(FRAMES), fuzzer::current);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        System.out.printf(
                "DecoderChannelFuzzTest: %,d frames in %,d streams (%,d in one-byte fragments), %d ms: %,d PDUs,"
                        + " %,d decode errors%n  by type %s%n  by status %s%n",
                fuzzer.frames(),
                fuzzer.streams(),
                fuzzer.oneByteStreams(),
                millis,
                fuzzer.pdus(),
                fuzzer.decodeErrors(),
                fuzzer.byType(),
                fuzzer.byStatus());

        assertThat(fuzzer.frames()).isGreaterThanOrEqualTo(FRAMES);
        // The mutations reach every body decoder and the error paths, not only the length check.
        assertThat(fuzzer.byType()).hasSize(PduMutator.COMMAND_IDS.length + 1);
        assertThat(fuzzer.pdus()).isGreaterThan(FRAMES / 10);
        assertThat(fuzzer.decodeErrors()).isGreaterThan(FRAMES / 10);
        assertThat(fuzzer.oneByteStreams()).isGreaterThan(fuzzer.streams() / 64);
    }
}
