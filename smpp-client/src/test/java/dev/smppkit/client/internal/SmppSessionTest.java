package dev.smppkit.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.client.BindFailedException;
import dev.smppkit.client.ConnectionLostException;
import dev.smppkit.client.Hook;
import dev.smppkit.client.InMemoryBroker;
import dev.smppkit.client.InMemoryCorrelator;
import dev.smppkit.client.IncomingMessage;
import dev.smppkit.client.OutboundMessage;
import dev.smppkit.client.QueuedMessage;
import dev.smppkit.client.ReceiptEvent;
import dev.smppkit.client.SessionEvent;
import dev.smppkit.client.SubmitOutcome;
import dev.smppkit.client.Tracking;
import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandId;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.EsmClass;
import dev.smppkit.codec.SmppPduDecoder;
import dev.smppkit.codec.SmppPduEncoder;
import dev.smppkit.codec.pdu.Bind;
import dev.smppkit.codec.pdu.BindResp;
import dev.smppkit.codec.pdu.BindType;
import dev.smppkit.codec.pdu.DeliverSm;
import dev.smppkit.codec.pdu.DeliverSmResp;
import dev.smppkit.codec.pdu.EnquireLink;
import dev.smppkit.codec.pdu.EnquireLinkResp;
import dev.smppkit.codec.pdu.GenericNack;
import dev.smppkit.codec.pdu.Pdu;
import dev.smppkit.codec.pdu.PduCodec;
import dev.smppkit.codec.pdu.SubmitSm;
import dev.smppkit.codec.pdu.SubmitSmResp;
import dev.smppkit.codec.pdu.Unbind;
import dev.smppkit.codec.pdu.UnbindResp;
import dev.smppkit.codec.pdu.UnknownPdu;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.channel.ChannelHandler;
import io.netty.channel.DefaultEventLoop;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.timeout.IdleStateEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One {@link SmppSession} on an {@link EmbeddedChannel}, with PDU objects in and out (one test runs the real codec).
 * The supervisor, client and per-client parts are real but never connect: the session is all there is.
 */
class SmppSessionTest {
    private static final Address TO = Address.international("447700900123");

    private final List<SessionEvent> events = new CopyOnWriteArrayList<>();
    private final List<IncomingMessage> incoming = new CopyOnWriteArrayList<>();
    private final List<ReceiptEvent> receipts = new CopyOnWriteArrayList<>();
    private final Map<String, CompletableFuture<SubmitOutcome>> outcomes = new HashMap<>();
    private CompletionStage<Void> hookStage = CompletableFuture.completedFuture(null);
    private final Hook hook = new Hook() {
        @Override
        public void onSessionEvent(SessionEvent event) {
            events.add(event);
        }

        @Override
        public CompletionStage<Void> onIncomingMessage(IncomingMessage message) {
            incoming.add(message);
            return hookStage;
        }

        @Override
        public CompletionStage<Void> onDeliveryReceipt(ReceiptEvent receipt) {
            receipts.add(receipt);
            return hookStage;
        }
    };

    private final TestConfig settings = new TestConfig();
    private final InMemoryBroker broker = new InMemoryBroker();
    private final InMemoryCorrelator correlator = new InMemoryCorrelator();
    private DefaultEventLoop loop;
    private DefaultEsme esme;
    private SessionParts parts;
    private SessionSupervisor supervisor;
    private SmppSession session;
    private EmbeddedChannel channel;

    @BeforeEach
    void setUp() {
        loop = new DefaultEventLoop();
        settings.hook = hook;
        settings.broker = broker;
        settings.correlator = correlator;
        settings.eventLoopGroup = loop; // so the client does not start an event loop group of its own
    }

    private void open(ChannelHandler... before) {
        EsmeConfig config = settings.build();
        esme = new DefaultEsme(config);
        parts = new SessionParts(config);
        supervisor = esme.newSupervisor(0, BindType.TRANSCEIVER);
        session = parts.session(supervisor, BindType.TRANSCEIVER);
        ChannelHandler[] handlers = new ChannelHandler[before.length + 1];
        System.arraycopy(before, 0, handlers, 0, before.length);
        handlers[before.length] = session;
        channel = new EmbeddedChannel(handlers); // registers and activates: the session binds at once
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

    private <T extends Pdu> T readOutbound(Class<T> type) {
        Object out = channel.readOutbound();
        assertThat(out).isInstanceOf(type);
        return type.cast(out);
    }

    private List<SessionEvent.Type> eventTypes() {
        return events.stream().map(SessionEvent::type).toList();
    }

    /** Opens the session and answers its bind with ESME_ROK. */
    private void bound() {
        open();
        Bind bind = readOutbound(Bind.class);
        channel.writeInbound(BindResp.builder(BindType.TRANSCEIVER)
                .systemId("SMSC")
                .build()
                .withSequenceNumber(bind.sequenceNumber()));
        assertThat(session.state()).isEqualTo(SmppSession.State.BOUND);
    }

    private static OutboundMessage message(String text) {
        return OutboundMessage.builder()
                .to(TO)
                .text(text)
                .trackingId("t-" + text.length())
                .extra(Map.of("k", "v"))
                .requestReceipt(true)
                .build();
    }

    // --- binding -----------------------------------------------------------------------------------------------

    @Test
    void firstPduIsABindTransceiverWithTheConfiguredCredentials() {
        settings.systemType = "VMA";
        open();

        Bind bind = readOutbound(Bind.class);

        assertThat(bind.bindType()).isEqualTo(BindType.TRANSCEIVER);
        assertThat(bind.commandId()).isEqualTo(CommandId.BIND_TRANSCEIVER);
        assertThat(bind.systemId()).isEqualTo("smppclient1");
        assertThat(bind.password()).isEqualTo("secret");
        assertThat(bind.systemType()).isEqualTo("VMA");
        assertThat(bind.interfaceVersion()).isEqualTo(0x34);
        assertThat(bind.sequenceNumber()).isEqualTo(1);
        assertThat(session.state()).isEqualTo(SmppSession.State.BINDING);
        assertThat(eventTypes()).containsExactly(SessionEvent.Type.BINDING);
        assertThat((Object) channel.readOutbound()).isNull();
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void bindIsWrittenOnTheWireThroughTheCodec() {
        open(new SmppPduDecoder(), SmppPduEncoder.INSTANCE);

        ByteBuf wire = channel.readOutbound();
        try {
            Pdu pdu = PduCodec.decode(wire);
            assertThat(pdu).isInstanceOf(Bind.class);
            assertThat(((Bind) pdu).systemId()).isEqualTo("smppclient1");
        } finally {
            wire.release();
        }

        // an enquire_link in bytes is answered in bytes
        ByteBuf request = PduCodec.encode(EnquireLink.create().withSequenceNumber(9), UnpooledByteBufAllocator.DEFAULT);
        channel.writeInbound(request); // the decoder releases it
        ByteBuf answer = channel.readOutbound();
        try {
            assertThat(PduCodec.decode(answer))
                    .isEqualTo(EnquireLinkResp.create(CommandStatus.ESME_ROK).withSequenceNumber(9));
        } finally {
            answer.release();
        }
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void bindRespOkBindsTheSession() {
        bound();

        assertThat(eventTypes()).containsExactly(SessionEvent.Type.BINDING, SessionEvent.Type.BOUND);
        SessionEvent boundEvent = events.get(1);
        assertThat(boundEvent.session()).isZero();
        assertThat(boundEvent.systemId()).isEqualTo("smppclient1");
        assertThat(boundEvent.detail()).contains("SMSC");
        assertThat(boundEvent.cause()).isNull();
        assertThat(esme.boundSessions()).isEqualTo(1);
        assertThat(session.window().size()).as("the bind is answered").isZero();
        assertThat(session.canSubmit()).isTrue();
        assertThat(channel.isActive()).isTrue();
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void refusedBindFailsWithTheStatusAndCloses() {
        open();
        Bind bind = readOutbound(Bind.class);

        channel.writeInbound(BindResp.builder(BindType.TRANSCEIVER)
                .commandStatus(CommandStatus.ESME_RINVPASWD)
                .build()
                .withSequenceNumber(bind.sequenceNumber()));

        assertThat(eventTypes()).containsExactly(SessionEvent.Type.BINDING, SessionEvent.Type.BIND_FAILED);
        assertThat(events.get(1).cause()).isInstanceOfSatisfying(BindFailedException.class, e -> {
            assertThat(e.status()).isEqualTo(CommandStatus.ESME_RINVPASWD);
            assertThat(e.isTransient()).isFalse();
        });
        assertThat(channel.isOpen()).isFalse();
        assertThat(esme.boundSessions()).isZero();
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void genericNackToTheBindIsABindFailure() {
        // SMSCs without bind_transceiver support commonly answer generic_nack ESME_RINVCMDID (not a bind_resp).
        open();
        Bind bind = readOutbound(Bind.class);

        channel.writeInbound(
                GenericNack.create(CommandStatus.ESME_RINVCMDID).withSequenceNumber(bind.sequenceNumber()));

        assertThat(eventTypes()).containsExactly(SessionEvent.Type.BINDING, SessionEvent.Type.BIND_FAILED);
        assertThat(events.get(1).cause())
                .isInstanceOfSatisfying(
                        BindFailedException.class, e -> assertThat(e.status()).isEqualTo(CommandStatus.ESME_RINVCMDID));
        assertThat(channel.isOpen()).isFalse();
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void deliverSmBeforeTheBindIsAnsweredIsRefused() {
        open();
        readOutbound(Bind.class);

        channel.writeInbound(DeliverSm.builder()
                .destAddress(TO)
                .shortMessage("early".getBytes(StandardCharsets.US_ASCII))
                .build()
                .withSequenceNumber(3));

        DeliverSmResp resp = readOutbound(DeliverSmResp.class);
        assertThat(resp.commandStatus()).isEqualTo(CommandStatus.ESME_RINVBNDSTS);
        assertThat(resp.sequenceNumber()).isEqualTo(3);
        assertThat(incoming).isEmpty();
        assertThat(channel.finish()).isFalse();
    }

    // --- requests from the SMSC --------------------------------------------------------------------------------

    @Test
    void enquireLinkIsAnsweredWithTheSameSequenceNumber() {
        bound();

        channel.writeInbound(EnquireLink.create().withSequenceNumber(0x7FFFFFFF));

        EnquireLinkResp resp = readOutbound(EnquireLinkResp.class);
        assertThat(resp.sequenceNumber()).isEqualTo(0x7FFFFFFF);
        assertThat(resp.commandStatus()).isEqualTo(CommandStatus.ESME_ROK);
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void unbindIsAnsweredAndTheChannelCloses() {
        bound();

        channel.writeInbound(Unbind.create().withSequenceNumber(5));

        UnbindResp resp = readOutbound(UnbindResp.class);
        assertThat(resp.sequenceNumber()).isEqualTo(5);
        assertThat(resp.commandStatus()).isEqualTo(CommandStatus.ESME_ROK);
        assertThat(channel.isOpen()).isFalse();
        assertThat(session.state()).isEqualTo(SmppSession.State.CLOSED);
        assertThat(eventTypes()).contains(SessionEvent.Type.UNBINDING);
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void unknownCommandIsAnsweredWithGenericNack() {
        bound();

        channel.writeInbound(UnknownPdu.of(0x00000099, CommandStatus.ESME_ROK, new byte[] {1, 2, 3})
                .withSequenceNumber(42));

        GenericNack nack = readOutbound(GenericNack.class);
        assertThat(nack.commandStatus()).isEqualTo(CommandStatus.ESME_RINVCMDID);
        assertThat(nack.sequenceNumber()).isEqualTo(42);
        assertThat(channel.isActive()).as("the session carries on").isTrue();
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void unknownResponseIsNotAnswered() {
        bound();

        channel.writeInbound(
                UnknownPdu.of(0x80000099, CommandStatus.ESME_ROK, new byte[0]).withSequenceNumber(42));

        assertThat((Object) channel.readOutbound())
                .as("a response is never answered")
                .isNull();
        assertThat(channel.isActive()).isTrue();
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void requestsAnEsmeNeverReceivesAreRefused() {
        bound();

        channel.writeInbound(SubmitSm.builder().destAddress(TO).build().withSequenceNumber(8));

        SubmitSmResp resp = readOutbound(SubmitSmResp.class);
        assertThat(resp.commandStatus()).isEqualTo(CommandStatus.ESME_RINVBNDSTS);
        assertThat(resp.sequenceNumber()).isEqualTo(8);
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void responseWithAnUnknownSequenceNumberIsDroppedSilently() {
        bound();
        int eventsBefore = events.size();

        channel.writeInbound(SubmitSmResp.builder().messageId("x").build().withSequenceNumber(777));
        channel.writeInbound(GenericNack.create(CommandStatus.ESME_RSYSERR).withSequenceNumber(778));
        channel.writeInbound(EnquireLinkResp.create(CommandStatus.ESME_ROK).withSequenceNumber(1)); // the bind's

        assertThat((Object) channel.readOutbound()).isNull();
        assertThat(channel.isActive()).isTrue();
        assertThat(session.state()).isEqualTo(SmppSession.State.BOUND);
        assertThat(events).hasSize(eventsBefore);
        assertThat(broker.completedCount()).isZero();
        assertThat(channel.finish()).isFalse();
    }

    // --- keepalive ---------------------------------------------------------------------------------------------

    @Test
    void idleLinkSendsOneEnquireLinkAtATime() {
        bound();

        channel.pipeline().fireUserEventTriggered(IdleStateEvent.ALL_IDLE_STATE_EVENT);
        EnquireLink ping = readOutbound(EnquireLink.class);
        channel.pipeline().fireUserEventTriggered(IdleStateEvent.ALL_IDLE_STATE_EVENT);
        assertThat((Object) channel.readOutbound()).as("one already pending").isNull();

        channel.writeInbound(EnquireLinkResp.create(CommandStatus.ESME_ROK).withSequenceNumber(ping.sequenceNumber()));
        assertThat(session.window().size()).isZero();

        channel.pipeline().fireUserEventTriggered(IdleStateEvent.ALL_IDLE_STATE_EVENT);
        EnquireLink next = readOutbound(EnquireLink.class);
        assertThat(next.sequenceNumber()).isNotEqualTo(ping.sequenceNumber());
        channel.writeInbound(EnquireLinkResp.create(CommandStatus.ESME_ROK).withSequenceNumber(next.sequenceNumber()));
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void noEnquireLinkBeforeTheBind() {
        open();
        readOutbound(Bind.class);

        channel.pipeline().fireUserEventTriggered(IdleStateEvent.ALL_IDLE_STATE_EVENT);

        assertThat((Object) channel.readOutbound()).isNull();
        assertThat(channel.finish()).isFalse();
    }

    // --- submitting --------------------------------------------------------------------------------------------

    /** Queues a message and runs the session's hop back to its event loop after the broker hands it over. */
    private QueuedMessage submit(OutboundMessage m) {
        QueuedMessage q = broker.enqueue(m).toCompletableFuture().join();
        outcomes.put(q.id(), parts.reporter.await(q.id())); // before the pump can take it
        channel.runPendingTasks();
        return q;
    }

    /** The outcome of a message queued by {@link #submit}. */
    private CompletableFuture<SubmitOutcome> outcome(QueuedMessage q) {
        return outcomes.get(q.id());
    }

    @Test
    void takenMessageIsSubmittedAndItsAcceptanceReported() {
        bound();
        QueuedMessage q = submit(message("hello"));

        SubmitSm sm = readOutbound(SubmitSm.class);
        assertThat(sm.destAddress()).isEqualTo(TO);
        assertThat(sm.sequenceNumber()).isEqualTo(2);
        assertThat(session.window().countedInFlight()).isEqualTo(1);

        channel.writeInbound(SubmitSmResp.builder().messageId("abc").build().withSequenceNumber(sm.sequenceNumber()));

        assertThat(outcome(q)).isCompletedWithValue(new SubmitOutcome.Accepted(List.of("abc"), "smppclient1"));
        assertThat(broker.completedCount()).isEqualTo(1);
        assertThat(broker.inFlight()).isZero();
        Tracking tracking = correlator
                .get("smppclient1", "abc")
                .toCompletableFuture()
                .join()
                .orElseThrow();
        assertThat(tracking.brokerId()).isEqualTo(q.id());
        assertThat(tracking.trackingId()).isEqualTo("t-5");
        assertThat(tracking.extra()).containsEntry("k", "v");
        assertThat(tracking.destination()).isEqualTo("447700900123");
        assertThat(parts.reporter.snapshot().accepted()).isEqualTo(1);
        assertThat(parts.reporter.snapshot().inProgress()).isZero();
        assertThat(session.window().countedInFlight()).isZero();
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void noTrackingIsStoredWhenNoReceiptWasRequested() {
        bound();
        QueuedMessage q =
                submit(OutboundMessage.builder().to(TO).text("no receipt").build());
        SubmitSm sm = readOutbound(SubmitSm.class);
        assertThat(sm.registeredDelivery().requestsReceipt()).isFalse();

        channel.writeInbound(SubmitSmResp.builder().messageId("xyz").build().withSequenceNumber(sm.sequenceNumber()));

        assertThat(outcome(q)).isCompletedWithValue(new SubmitOutcome.Accepted(List.of("xyz"), "smppclient1"));
        assertThat(correlator.get("smppclient1", "xyz").toCompletableFuture().join())
                .isEmpty();
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void segmentsAnsweredOutOfOrderGiveIdsInSegmentOrder() {
        bound();
        QueuedMessage q = submit(message("x".repeat(200)));

        SubmitSm first = readOutbound(SubmitSm.class);
        SubmitSm second = readOutbound(SubmitSm.class);
        channel.writeInbound(
                SubmitSmResp.builder().messageId("id-2").build().withSequenceNumber(second.sequenceNumber()));
        assertThat(outcome(q)).isNotDone();
        channel.writeInbound(
                SubmitSmResp.builder().messageId("id-1").build().withSequenceNumber(first.sequenceNumber()));

        assertThat(broker.completedCount()).isEqualTo(1);
        assertThat(correlator.get("smppclient1", "id-2").toCompletableFuture().join())
                .hasValueSatisfying(t -> assertThat(t.segment()).isEqualTo(2));
        assertThat(parts.reporter.snapshot().accepted()).isEqualTo(1);
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void errorStatusRejectsTheMessage() {
        bound();
        QueuedMessage q = submit(message("hello"));
        CompletableFuture<SubmitOutcome> outcome = outcome(q);
        SubmitSm sm = readOutbound(SubmitSm.class);

        channel.writeInbound(SubmitSmResp.builder()
                .commandStatus(CommandStatus.ESME_RINVDSTADR)
                .build()
                .withSequenceNumber(sm.sequenceNumber()));

        assertThat(outcome)
                .isCompletedWithValue(
                        new SubmitOutcome.Rejected(CommandStatus.ESME_RINVDSTADR, List.of(), "smppclient1"));
        assertThat(channel.finish()).isFalse();
    }

    /** Runs the session's scheduled tasks until it writes something; throttling pauses use real time. */
    private Object awaitOutbound() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            channel.runScheduledPendingTasks();
            Object out = channel.readOutbound();
            if (out != null) {
                return out;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("nothing written within 10 s");
    }

    private void answer(SubmitSm sm, CommandStatus status) {
        channel.writeInbound(
                SubmitSmResp.builder().commandStatus(status).build().withSequenceNumber(sm.sequenceNumber()));
    }

    @Test
    void throttledSegmentIsRetriedAfterAPauseThenAccepted() throws Exception {
        bound();
        QueuedMessage q = submit(message("hello"));
        CompletableFuture<SubmitOutcome> outcome = outcome(q);
        SubmitSm first = readOutbound(SubmitSm.class);

        answer(first, CommandStatus.ESME_RTHROTTLED);

        assertThat(eventTypes()).endsWith(SessionEvent.Type.THROTTLED);
        assertThat(outcome).isNotDone();
        Object retry = awaitOutbound();
        assertThat(retry).isInstanceOf(SubmitSm.class);
        SubmitSm again = (SubmitSm) retry;
        assertThat(again.sequenceNumber()).isNotEqualTo(first.sequenceNumber());
        assertThat(again.destAddress()).isEqualTo(first.destAddress());

        channel.writeInbound(
                SubmitSmResp.builder().messageId("ok-1").build().withSequenceNumber(again.sequenceNumber()));

        assertThat(outcome).isCompletedWithValue(new SubmitOutcome.Accepted(List.of("ok-1"), "smppclient1"));
        assertThat(eventTypes()).endsWith(SessionEvent.Type.THROTTLED, SessionEvent.Type.THROTTLED_END);
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void segmentThrottledTooOftenFailsTheMessage() throws Exception {
        settings.maxThrottleRetries = 2;
        bound();
        QueuedMessage q = submit(message("hello"));
        CompletableFuture<SubmitOutcome> outcome = outcome(q);

        SubmitSm sm = readOutbound(SubmitSm.class);
        for (int attempt = 1; attempt <= 2; attempt++) {
            answer(sm, CommandStatus.ESME_RMSGQFUL);
            sm = (SubmitSm) awaitOutbound();
        }
        answer(sm, CommandStatus.ESME_RMSGQFUL);

        assertThat(outcome).isCompleted();
        assertThat(outcome.join()).isInstanceOfSatisfying(SubmitOutcome.Failed.class, f -> {
            assertThat(f.error()).isInstanceOf(dev.smppkit.client.ThrottledException.class);
            assertThat(((dev.smppkit.client.ThrottledException) f.error()).attempts())
                    .isEqualTo(3);
            assertThat(((dev.smppkit.client.ThrottledException) f.error()).status())
                    .isEqualTo(CommandStatus.ESME_RMSGQFUL);
        });
        assertThat(broker.completedCount()).isEqualTo(1);
        channel.runPendingTasks();
        assertThat((Object) channel.readOutbound()).isNull();
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void lostConnectionFailsWhatIsInFlight() {
        bound();
        QueuedMessage q = submit(message("hello"));
        CompletableFuture<SubmitOutcome> outcome = outcome(q);
        readOutbound(SubmitSm.class);

        channel.close();

        assertThat(outcome).isCompleted();
        assertThat(outcome.join())
                .isInstanceOfSatisfying(
                        SubmitOutcome.Failed.class,
                        f -> assertThat(f.error()).isInstanceOf(ConnectionLostException.class));
        assertThat(broker.inFlight()).isZero();
        assertThat(session.state()).isEqualTo(SmppSession.State.CLOSED);
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void lostConnectionReleasesInFlightWithTheReleasePolicy() {
        settings.inFlightPolicy = dev.smppkit.client.InFlightPolicy.RELEASE;
        bound();
        QueuedMessage q = submit(message("hello"));
        readOutbound(SubmitSm.class);

        channel.close();

        assertThat(broker.releasedCount()).isEqualTo(1);
        assertThat(broker.size()).isEqualTo(1);
        assertThat(broker.drain()).singleElement().satisfies(again -> {
            assertThat(again.id()).isEqualTo(q.id());
            assertThat(again.attempt()).isEqualTo(2);
        });
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void gracefulStopWaitsForInFlightThenUnbinds() {
        bound();
        QueuedMessage q = submit(message("hello"));
        SubmitSm sm = readOutbound(SubmitSm.class);

        GracefulStop drain = session.stop(System.nanoTime() + TimeUnit.MINUTES.toNanos(1));
        channel.runPendingTasks();
        assertThat((Object) channel.readOutbound())
                .as("no unbind while a submit is in flight")
                .isNull();

        channel.writeInbound(SubmitSmResp.builder().messageId("abc").build().withSequenceNumber(sm.sequenceNumber()));
        Unbind unbind = readOutbound(Unbind.class);
        assertThat(channel.isOpen()).isTrue();
        assertThat(drain.done).isNotDone();

        channel.writeInbound(UnbindResp.create(CommandStatus.ESME_ROK).withSequenceNumber(unbind.sequenceNumber()));

        assertThat(channel.isOpen()).isFalse();
        assertThat(drain.done).isDone();
        assertThat(outcome(q)).isCompletedWithValue(new SubmitOutcome.Accepted(List.of("abc"), "smppclient1"));
        assertThat(eventTypes()).contains(SessionEvent.Type.UNBINDING);
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void deliverSmWhileUnbindingGetsATemporaryErrorSoTheSmscDeliversItAgain() {
        bound();
        session.stop(System.nanoTime() + TimeUnit.MINUTES.toNanos(1));
        Unbind unbind = readOutbound(Unbind.class);

        channel.writeInbound(DeliverSm.builder()
                .sourceAddress(TO)
                .shortMessage("late".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .build()
                .withSequenceNumber(41));

        DeliverSmResp resp = readOutbound(DeliverSmResp.class);
        assertThat(resp.sequenceNumber()).isEqualTo(41);
        assertThat(resp.commandStatus())
                .as("not ESME_RINVBNDSTS, which SMSCs treat as permanent")
                .isEqualTo(CommandStatus.ESME_RX_T_APPN);
        channel.writeInbound(UnbindResp.create(CommandStatus.ESME_ROK).withSequenceNumber(unbind.sequenceNumber()));
        assertThat(channel.finish()).isFalse();
    }

    // --- messages from the SMSC --------------------------------------------------------------------------------

    @Test
    void mobileOriginatedMessageGoesToTheHookThenIsAcknowledged() {
        bound();
        CompletableFuture<Void> accepted = new CompletableFuture<>();
        hookStage = accepted;

        channel.writeInbound(DeliverSm.builder()
                .sourceAddress(TO)
                .destAddress(Address.shortCode("12345"))
                .shortMessage("Hi there".getBytes(StandardCharsets.US_ASCII))
                .build()
                .withSequenceNumber(77));

        assertThat(incoming).singleElement().satisfies(m -> {
            assertThat(m.text()).contains("Hi there");
            assertThat(m.source()).isEqualTo(TO);
            assertThat(m.complete()).isTrue();
            assertThat(m.systemId()).isEqualTo("smppclient1");
        });
        channel.runPendingTasks();
        assertThat((Object) channel.readOutbound())
                .as("not acknowledged before the hook is done")
                .isNull();

        accepted.complete(null);
        channel.runPendingTasks();

        DeliverSmResp resp = readOutbound(DeliverSmResp.class);
        assertThat(resp.sequenceNumber()).isEqualTo(77);
        assertThat(resp.commandStatus()).isEqualTo(CommandStatus.ESME_ROK);
        assertThat(parts.reporter.snapshot().incoming()).isEqualTo(1);
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void failingHookAnswersTemporaryAppError() {
        bound();
        hookStage = CompletableFuture.failedFuture(new RuntimeException("queue down"));

        channel.writeInbound(DeliverSm.builder()
                .sourceAddress(TO)
                .shortMessage("Hi".getBytes(StandardCharsets.US_ASCII))
                .build()
                .withSequenceNumber(78));
        channel.runPendingTasks();

        DeliverSmResp resp = readOutbound(DeliverSmResp.class);
        assertThat(resp.commandStatus()).isEqualTo(CommandStatus.ESME_RX_T_APPN);
        assertThat(resp.sequenceNumber()).isEqualTo(78);
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void hookReturningNullAnswersTemporaryAppErrorAndKeepsTheSession() {
        bound();
        hookStage = null;

        channel.writeInbound(DeliverSm.builder()
                .sourceAddress(TO)
                .shortMessage("Hi".getBytes(StandardCharsets.US_ASCII))
                .build()
                .withSequenceNumber(80));
        channel.runPendingTasks();

        DeliverSmResp resp = readOutbound(DeliverSmResp.class);
        assertThat(resp.commandStatus()).isEqualTo(CommandStatus.ESME_RX_T_APPN);
        assertThat(channel.isActive()).isTrue();
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void deliveryReceiptIsMatchedThroughTheCorrelator() {
        bound();
        Tracking tracking = new Tracking("q9", "t9", Map.of(), 1, 1, "447700900123", Instant.EPOCH);
        correlator.put("smppclient1", "6699", tracking); // stored under the decimal id ...
        String text = "id:1a2b sub:001 dlvrd:001 submit date:2401011200 done date:2401011201 stat:DELIVRD err:000"
                + " text:hello"; // ... the receipt has it in hex

        channel.writeInbound(DeliverSm.builder()
                .sourceAddress(TO)
                .esmClass(EsmClass.DELIVERY_RECEIPT)
                .shortMessage(text.getBytes(StandardCharsets.US_ASCII))
                .build()
                .withSequenceNumber(79));
        channel.runPendingTasks();

        assertThat(receipts).singleElement().satisfies(r -> {
            assertThat(r.matched()).isTrue();
            assertThat(r.tracking()).contains(tracking);
            assertThat(r.receipt().id()).isEqualTo("1a2b");
        });
        assertThat(incoming).isEmpty();
        DeliverSmResp resp = readOutbound(DeliverSmResp.class);
        assertThat(resp.sequenceNumber()).isEqualTo(79);
        assertThat(resp.commandStatus()).isEqualTo(CommandStatus.ESME_ROK);
        assertThat(parts.reporter.snapshot().receipts()).isEqualTo(1);
        assertThat(parts.reporter.snapshot().receiptsMatched()).isEqualTo(1);
        assertThat(channel.finish()).isFalse();
    }
}
