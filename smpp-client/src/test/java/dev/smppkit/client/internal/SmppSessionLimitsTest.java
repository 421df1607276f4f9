package dev.smppkit.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.client.BindFailedException;
import dev.smppkit.client.Hook;
import dev.smppkit.client.InMemoryBroker;
import dev.smppkit.client.IncomingMessage;
import dev.smppkit.client.SessionEvent;
import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.pdu.Bind;
import dev.smppkit.codec.pdu.BindResp;
import dev.smppkit.codec.pdu.BindType;
import dev.smppkit.codec.pdu.DeliverSm;
import dev.smppkit.codec.pdu.DeliverSmResp;
import dev.smppkit.codec.pdu.GenericNack;
import dev.smppkit.codec.pdu.PduCodec;
import dev.smppkit.codec.pdu.Unbind;
import dev.smppkit.codec.pdu.UnbindResp;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.DefaultEventLoop;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The limits of one {@link SmppSession} against a hostile or broken SMSC, on an {@link EmbeddedChannel}: the cap on
 * inbound deliveries in flight, back-pressure from an unwritable channel, oversize frames, the bind timeout event and
 * the inbound side of a graceful stop.
 */
class SmppSessionLimitsTest {
    private static final Address FROM = Address.international("447700900123");

    private final List<SessionEvent> events = new CopyOnWriteArrayList<>();
    /** One stage per delivery the hook saw, completed by the test. */
    private final List<CompletableFuture<Void>> hookStages = new CopyOnWriteArrayList<>();

    private final Hook hook = new Hook() {
        @Override
        public void onSessionEvent(SessionEvent event) {
            events.add(event);
        }

        @Override
        public CompletionStage<Void> onIncomingMessage(IncomingMessage message) {
            CompletableFuture<Void> stage = new CompletableFuture<>();
            hookStages.add(stage);
            return stage;
        }
    };

    private final TestConfig settings = new TestConfig();
    private DefaultEventLoop loop;
    private DefaultEsme esme;
    private SessionParts parts;
    private SmppSession session;
    private EmbeddedChannel channel;

    @BeforeEach
    void setUp() {
        loop = new DefaultEventLoop();
        settings.hook = hook;
        settings.broker = new InMemoryBroker();
        settings.eventLoopGroup = loop;
    }

    /** Opens the session; with {@code codec}, behind the real pipeline handlers (bytes in and out). */
    private void open(boolean codec) {
        EsmeConfig config = settings.build();
        esme = new DefaultEsme(config);
        parts = new SessionParts(config);
        SessionSupervisor supervisor = esme.newSupervisor(0, BindType.TRANSCEIVER);
        session = parts.session(supervisor, BindType.TRANSCEIVER);
        channel = codec
                ? new EmbeddedChannel(new ChannelInitializer<>() {
                    @Override
                    protected void initChannel(io.netty.channel.Channel ch) {
                        SmppPipeline.addSmppHandlers(ch.pipeline(), config);
                        ch.pipeline().addLast(session);
                    }
                })
                : new EmbeddedChannel(session);
    }

    private void bound() {
        open(false);
        Bind bind = channel.readOutbound();
        channel.writeInbound(BindResp.builder(BindType.TRANSCEIVER).build().withSequenceNumber(bind.sequenceNumber()));
        assertThat(session.isBound()).isTrue();
    }

    @AfterEach
    void tearDown() {
        try {
            if (channel != null) {
                channel.finishAndReleaseAll();
            }
        } finally {
            if (parts != null) {
                parts.stop();
            }
            if (esme != null) {
                esme.stop(Duration.ZERO).join();
            }
            loop.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        }
    }

    private void deliver(int seq) {
        channel.writeInbound(DeliverSm.builder()
                .sourceAddress(FROM)
                .shortMessage(("mo " + seq).getBytes(StandardCharsets.US_ASCII))
                .build()
                .withSequenceNumber(seq));
    }

    private DeliverSmResp readResp() {
        channel.runPendingTasks();
        Object out = channel.readOutbound();
        assertThat(out).isInstanceOf(DeliverSmResp.class);
        return (DeliverSmResp) out;
    }

    // --- inbound cap and back-pressure -------------------------------------------------------------------------

    @Test
    void atTheInboundCapReadingStopsUntilADeliveryIsAnswered() {
        settings.maxInboundInFlight = 2;
        bound();

        deliver(10);
        assertThat(channel.config().isAutoRead()).as("one in flight").isTrue();
        deliver(11);
        assertThat(channel.config().isAutoRead()).as("two in flight: the cap").isFalse();

        hookStages.get(0).complete(null);
        DeliverSmResp resp = readResp();
        assertThat(resp.sequenceNumber()).isEqualTo(10);
        assertThat(resp.commandStatus()).isEqualTo(CommandStatus.ESME_ROK);
        assertThat(channel.config().isAutoRead()).as("room again").isTrue();

        hookStages.get(1).complete(null);
        assertThat(readResp().sequenceNumber()).isEqualTo(11);
        assertThat(session.readGate().closings()).isEqualTo(1);
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void readingResumesOnlyWhenNeitherTheCapNorAnUnwritableChannelHoldsIt() {
        settings.maxInboundInFlight = 1;
        bound();
        deliver(20); // the cap holds reading
        assertThat(channel.config().isAutoRead()).isFalse();

        // the SMSC stops reading our responses: above the high watermark the channel turns unwritable
        channel.unsafe().outboundBuffer().setUserDefinedWritability(1, false);
        channel.runPendingTasks(); // Netty reports a user-defined writability change from a task
        assertThat(channel.isWritable()).isFalse();
        assertThat(session.readGate().isHeld(ReadGate.Reason.UNWRITABLE)).isTrue();

        hookStages.get(0).complete(null);
        assertThat(readResp().sequenceNumber()).isEqualTo(20);
        assertThat(channel.config().isAutoRead())
                .as("the cap cleared, but the channel is still unwritable")
                .isFalse();

        channel.unsafe().outboundBuffer().setUserDefinedWritability(1, true);
        channel.runPendingTasks();
        assertThat(channel.config().isAutoRead()).as("both cleared").isTrue();
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void anUnwritableChannelStopsReadingEvenWithOnlyResponsesToWrite() {
        bound();

        channel.unsafe().outboundBuffer().setUserDefinedWritability(1, false);
        channel.runPendingTasks(); // Netty reports a user-defined writability change from a task
        assertThat(channel.config().isAutoRead()).isFalse();
        channel.unsafe().outboundBuffer().setUserDefinedWritability(1, true);
        channel.runPendingTasks();

        assertThat(channel.config().isAutoRead()).isTrue();
        assertThat(channel.finish()).isFalse();
    }

    // --- oversize frames ---------------------------------------------------------------------------------------

    @Test
    void anOversizeFrameIsNackedThenTheConnectionCloses() {
        settings.maxPduLength = 64;
        open(true);
        ByteBuf bind = channel.readOutbound();
        int bindSeq = bind.getInt(12);
        bind.release();
        channel.writeInbound(PduCodec.encode(
                BindResp.builder(BindType.TRANSCEIVER).build().withSequenceNumber(bindSeq),
                io.netty.buffer.UnpooledByteBufAllocator.DEFAULT));
        assertThat(session.isBound()).isTrue();

        // a deliver_sm announcing 1 MiB, of which the header and a little body arrive
        ByteBuf big = Unpooled.buffer(16 + 100);
        big.writeInt(1 << 20).writeInt(0x00000005).writeInt(0).writeInt(33).writeZero(100);
        channel.writeInbound(big);
        channel.runPendingTasks();

        ByteBuf nack = channel.readOutbound();
        try {
            assertThat(PduCodec.decode(nack))
                    .isEqualTo(GenericNack.create(CommandStatus.ESME_RINVCMDLEN).withSequenceNumber(33));
        } finally {
            nack.release();
        }
        assertThat(channel.isOpen()).as("closed once the nack is out").isFalse();
        assertThat(big.refCnt()).isZero();
        assertThat(channel.finish()).isFalse();
    }

    // --- bind timeout ------------------------------------------------------------------------------------------

    @Test
    void theBindTimeoutEventCarriesTheBindFailedException() throws Exception {
        settings.bindTimeout = Duration.ofMillis(20);
        open(false);
        channel.readOutbound(); // the bind, never answered

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (channel.isOpen() && System.nanoTime() < deadline) {
            Thread.sleep(5); // the timeout fires on the client's timer thread, then hops to the channel
            channel.runPendingTasks();
        }

        SessionEvent timeout = events.stream()
                .filter(e -> e.type() == SessionEvent.Type.BIND_TIMEOUT)
                .findFirst()
                .orElseThrow();
        assertThat(timeout.cause())
                .isInstanceOfSatisfying(
                        BindFailedException.class, e -> assertThat(e.status()).isNull());
        assertThat(channel.isOpen()).isFalse();
    }

    // --- graceful stop -----------------------------------------------------------------------------------------

    @Test
    void gracefulStopWaitsForDeliveriesInProgressAndRefusesNewOnes() {
        bound();
        deliver(30);
        deliver(31);

        GracefulStop stop = session.stop(System.nanoTime() + TimeUnit.MINUTES.toNanos(1));
        channel.runPendingTasks();
        assertThat((Object) channel.readOutbound())
                .as("no unbind while deliveries wait")
                .isNull();

        deliver(32); // arrives after the stop began: not started, the SMSC delivers it again later
        DeliverSmResp refused = readResp();
        assertThat(refused.sequenceNumber()).isEqualTo(32);
        assertThat(refused.commandStatus()).isEqualTo(CommandStatus.ESME_RX_T_APPN);
        assertThat(hookStages).hasSize(2);

        hookStages.get(0).complete(null);
        assertThat(readResp().sequenceNumber()).isEqualTo(30);
        assertThat((Object) channel.readOutbound()).as("one still waits").isNull();
        hookStages.get(1).complete(null);
        assertThat(readResp().sequenceNumber()).isEqualTo(31);

        Unbind unbind = channel.readOutbound();
        assertThat(unbind).as("unbind only once every delivery is answered").isNotNull();
        channel.writeInbound(UnbindResp.create(CommandStatus.ESME_ROK).withSequenceNumber(unbind.sequenceNumber()));
        assertThat(stop.done).isDone();
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void atTheStopDeadlineDeliveriesStillWaitingAreAnsweredBeforeTheUnbind() throws Exception {
        bound();
        deliver(40);

        GracefulStop stop = session.stop(System.nanoTime()); // the deadline is now
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        Object first = null;
        while (first == null && System.nanoTime() < deadline) {
            Thread.sleep(1); // the deadline task runs on the embedded loop once due
            channel.runPendingTasks();
            first = channel.readOutbound();
        }

        assertThat(first).isInstanceOfSatisfying(DeliverSmResp.class, r -> {
            assertThat(r.sequenceNumber()).isEqualTo(40);
            assertThat(r.commandStatus()).isEqualTo(CommandStatus.ESME_RX_T_APPN);
        });
        Unbind unbind = channel.readOutbound();
        assertThat(unbind).isNotNull();

        hookStages.get(0).complete(null); // too late: already answered, nothing more is written
        channel.runPendingTasks();
        assertThat((Object) channel.readOutbound()).isNull();
        channel.writeInbound(UnbindResp.create(CommandStatus.ESME_ROK).withSequenceNumber(unbind.sequenceNumber()));
        assertThat(stop.done).isDone();
        assertThat(channel.finish()).isFalse();
    }
}
