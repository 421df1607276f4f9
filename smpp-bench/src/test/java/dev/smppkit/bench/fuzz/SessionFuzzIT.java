package dev.smppkit.bench.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.codec.SmppDecodeException;
import dev.smppkit.codec.SmppPduDecoder;
import dev.smppkit.codec.testing.LeakGuardExtension;
import dev.smppkit.testkit.SmscSimulator;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The CI share of the live-session fuzzing: 20,000 mutated PDUs into bound sessions of the simulator and of the client,
 * under paranoid leak detection (the parent pom). The million-PDU runs are {@link SessionFuzz}.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class SessionFuzzIT {
    private static final long PDUS = 20_000;
    private static final long SEED = 20261202;

    /** Whether this build's decoder gives up the connection on an oversize command_length (the issue 10 fix). */
    private static boolean oversizeFrameLosesFraming() {
        List<Throwable> errors = new ArrayList<>();
        EmbeddedChannel channel = new EmbeddedChannel(new SmppPduDecoder(64), new ChannelInboundHandlerAdapter() {
            @Override
            public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
                errors.add(cause);
            }
        });
        ByteBuf header = Unpooled.buffer(16)
                .writeInt(1000)
                .writeInt(0x80000004)
                .writeInt(0)
                .writeInt(1);
        channel.writeInbound(header);
        channel.finishAndReleaseAll();
        return errors.size() == 1 && errors.get(0) instanceof SmppDecodeException e && e.isFramingLost();
    }

    @AfterEach
    void noLeak() throws InterruptedException {
        assertThat(LeakGuardExtension.collect()).as("leaked buffers").isEmpty();
    }

    @Test
    void theSimulatorAnswersOrClosesEveryHostileSessionAndStillServes() throws Exception {
        try (SmscSimulator smsc = SmscSimulator.builder()
                .credential(SimulatorSessionFuzzer.SYSTEM_ID, SimulatorSessionFuzzer.PASSWORD)
                .recordTraffic(false)
                .start()) {
            SimulatorSessionFuzzer fuzzer = new SimulatorSessionFuzzer(smsc, SEED, 2000);
            fuzzer.run(PDUS, 2); // throws on a hang, a failed health check or an I/O error
            System.out.println("SessionFuzzIT simulator: " + fuzzer.tally);

            FuzzTally t = fuzzer.tally;
            assertThat(t.pdus.get()).isGreaterThanOrEqualTo(PDUS);
            assertThat(t.outcome(RawPeer.Outcome.HUNG)).isZero();
            assertThat(t.healthChecks.get()).as("health checks").isGreaterThan(1);
            assertThat(t.nacks.get()).as("generic_nacks").isPositive();
            assertThat(t.outcome(RawPeer.Outcome.ANSWERED))
                    .as("sessions that answered the probe")
                    .isPositive();
            assertThat(smsc.errors()).as("simulator errors").isEmpty();
            assertThat(smsc.isRunning()).isTrue();
        }
    }

    /**
     * Fails on main before the fix of issue 10's oversize frame (branch h-client, "SmppPduDecoder: an oversize
     * command_length loses the framing"): a garbage header with a command_length above the maximum and the response
     * bit set in its command_id is neither answered nor closed, and the client swallows the next 4 GiB (replay:
     * seed 20261202, connection seed -420977624867248236, with -Dsmppkit.fuzz.trace=true).
     */
    @Test
    void theClientAnswersOrClosesEveryHostileSessionAndStillServes() throws Exception {
        Assumptions.assumeTrue(
                oversizeFrameLosesFraming(),
                "KNOWN BUG on this build: an oversize frame is skipped instead of closing the connection (issue 10)");
        try (ClientSessionFuzzer fuzzer = new ClientSessionFuzzer(SEED, 2000, 2)) {
            fuzzer.run(PDUS);
            System.out.println("SessionFuzzIT client: " + fuzzer.tally);

            FuzzTally t = fuzzer.tally;
            assertThat(t.pdus.get()).isGreaterThanOrEqualTo(PDUS);
            assertThat(t.outcome(RawPeer.Outcome.HUNG)).isZero();
            assertThat(t.healthChecks.get())
                    .as("deliver_sm acknowledged on fresh sessions")
                    .isGreaterThan(1);
            assertThat(t.received.get()).as("PDUs the client wrote back").isPositive();
            assertThat(t.outcome(RawPeer.Outcome.ANSWERED))
                    .as("sessions that answered the probe")
                    .isPositive();
        }
    }
}
