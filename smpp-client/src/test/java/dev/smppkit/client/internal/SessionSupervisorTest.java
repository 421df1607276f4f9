package dev.smppkit.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.client.Backoff;
import dev.smppkit.client.BindFailedException;
import dev.smppkit.client.Hook;
import dev.smppkit.client.SessionEvent;
import dev.smppkit.client.SmscAddress;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.pdu.BindResp;
import dev.smppkit.codec.pdu.BindType;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.channel.EventLoop;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.util.concurrent.MockTicker;
import io.netty.util.concurrent.Ticker;
import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link SessionSupervisor} alone: a fake dialer hands out {@link EmbeddedChannel}s (or failures, or connects that
 * have not finished), fake sessions stand in for {@link SmppSession}, and one mock ticker drives every loop's clock,
 * so reconnect delays and the stable-bind time pass only when a test moves time on.
 */
class SessionSupervisorTest {
    private static final Duration RECONNECT = Duration.ofSeconds(1); // TestConfig's fixed reconnect backoff
    private static final Duration STABLE = Duration.ofSeconds(30);

    private final MockTicker ticker = Ticker.newMockTicker();
    private final EmbeddedChannel loopChannel =
            EmbeddedChannel.builder().ticker(ticker).build();
    private final EventLoop loop = loopChannel.eventLoop();
    private final List<SessionEvent> events = new ArrayList<>();
    private final FakeClient client = new FakeClient();
    private final FakeDialer dialer = new FakeDialer();
    private final List<FakeSession> sessions = new ArrayList<>();
    private final List<EmbeddedChannel> channels = new ArrayList<>();
    private EsmeConfig config;
    private HookInvoker hooks;
    private SessionSupervisor supervisor;

    /** Stands for the session of one connection. */
    private static final class FakeSession extends ChannelInboundHandlerAdapter implements SupervisedSession {
        final BindType type;
        boolean bound;
        Throwable closeCause;
        long drainDeadline = -1;

        FakeSession(BindType type) {
            this.type = type;
        }

        @Override
        public boolean isBound() {
            return bound;
        }

        @Override
        public Throwable closeCause() {
            return closeCause;
        }

        @Override
        public void drain(long deadlineNanos) {
            drainDeadline = deadlineNanos;
        }

        @Override
        public void bindNow() {}
    }

    private static final class FakeClient implements SessionSupervisor.Client {
        int bound;
        final List<BindType> added = new ArrayList<>();
        final List<BindFailedException> bindFailures = new ArrayList<>();
        final List<SessionSupervisor> ended = new ArrayList<>();
        final List<String> errors = new ArrayList<>();

        @Override
        public void sessionBound(boolean transmits) {
            bound++;
        }

        @Override
        public void sessionUnbound(boolean transmits) {
            bound--;
        }

        @Override
        public void addSession(int index, BindType type) {
            added.add(type);
        }

        @Override
        public void bindFailed(BindFailedException error) {
            bindFailures.add(error);
        }

        @Override
        public void acceptedSessionEnded(SessionSupervisor supervisor) {
            ended.add(supervisor);
        }

        @Override
        public void sessionError(String text) {
            errors.add(text);
        }
    }

    /** What each dial does, in order; a dial with nothing planned connects at once. */
    private enum Dial {
        CONNECTS,
        FAILS,
        HANGS
    }

    private final class FakeDialer implements SessionSupervisor.Dialer {
        final Deque<Dial> plan = new ArrayDeque<>();
        int dials;
        final List<SmscAddress> dialed = new ArrayList<>();
        ChannelPromise hanging;

        @Override
        public ChannelFuture dial(EventLoop on, ChannelHandler session, SmscAddress address) {
            dials++;
            dialed.add(address);
            Dial next = plan.isEmpty() ? Dial.CONNECTS : plan.poll();
            EmbeddedChannel ch =
                    EmbeddedChannel.builder().ticker(ticker).handlers(session).build();
            channels.add(ch);
            return switch (next) {
                case CONNECTS -> ch.newSucceededFuture();
                case FAILS -> ch.newFailedFuture(new ConnectException("connection refused"));
                case HANGS -> hanging = ch.newPromise();
            };
        }
    }

    @BeforeEach
    void setUp() {
        configure(settings -> {});
    }

    /** (Re)makes the config and the supervisor under test, with the test's settings on top of the defaults. */
    private void configure(java.util.function.Consumer<TestConfig> change) {
        TestConfig settings = new TestConfig();
        settings.stableBindTime = STABLE;
        change.accept(settings);
        settings.hook = new Hook() {
            @Override
            public void onSessionEvent(SessionEvent event) {
                events.add(event);
            }

            @Override
            public CompletionStage<Void> onIncomingMessage(dev.smppkit.client.IncomingMessage message) {
                return CompletableFuture.completedFuture(null);
            }
        };
        config = settings.build();
        hooks = new HookInvoker(
                config.hook(),
                new ManualTimer(),
                config.inbound().hookTimeout(),
                new RepeatingFailureLog(
                        org.slf4j.LoggerFactory.getLogger(SessionSupervisorTest.class), 10, TimeUnit.SECONDS));
        supervisor = new SessionSupervisor(client, config, hooks, 3, BindType.TRANSCEIVER, loop, dialer, (type, l) -> {
            FakeSession s = new FakeSession(type);
            sessions.add(s);
            return s;
        });
    }

    @AfterEach
    void tearDown() {
        channels.forEach(EmbeddedChannel::finishAndReleaseAll);
        loopChannel.finishAndReleaseAll();
    }

    /** Moves every loop's clock on and runs what came due. */
    private void advance(Duration d) {
        ticker.advance(d.toNanos(), TimeUnit.NANOSECONDS);
        run();
    }

    private void run() {
        loopChannel.runPendingTasks();
        loopChannel.runScheduledPendingTasks();
    }

    private EmbeddedChannel lastChannel() {
        return channels.get(channels.size() - 1);
    }

    private FakeSession lastSession() {
        return sessions.get(sessions.size() - 1);
    }

    private void bindLast() {
        lastSession().bound = true;
        supervisor.bound(lastSession(), BindResp.builder(BindType.TRANSCEIVER).build());
    }

    private List<SessionEvent.Type> eventTypes() {
        return events.stream().map(SessionEvent::type).toList();
    }

    @Test
    void aLostConnectionIsRedialedAfterTheBackoff() {
        supervisor.start();
        run();
        assertThat(dialer.dials).isEqualTo(1);
        assertThat(supervisor.channel()).isSameAs(lastChannel());

        lastChannel().close();

        assertThat(supervisor.attempt()).isEqualTo(1);
        assertThat(supervisor.channel()).isNull();
        assertThat(events.get(events.size() - 1).detail()).endsWith("reconnect attempt 1 to localhost:2775 in PT1S");
        advance(RECONNECT.minusMillis(1));
        assertThat(dialer.dials).as("not before the backoff").isEqualTo(1);
        advance(Duration.ofMillis(1));
        assertThat(dialer.dials).isEqualTo(2);
        assertThat(sessions).as("a new session per connection").hasSize(2);
        assertThat(eventTypes())
                .containsExactly(
                        SessionEvent.Type.STARTING, SessionEvent.Type.CONNECTION_LOST, SessionEvent.Type.STARTING);
        assertThat(events).allSatisfy(e -> assertThat(e.session()).isEqualTo(3));
    }

    @Test
    void failedConnectsCountAsAttempts() {
        dialer.plan.add(Dial.FAILS);
        dialer.plan.add(Dial.FAILS);
        supervisor.start();
        run();
        assertThat(supervisor.attempt()).isEqualTo(1);
        assertThat(events.get(events.size() - 1).cause()).isInstanceOf(ConnectException.class);

        advance(RECONNECT);
        assertThat(supervisor.attempt()).isEqualTo(2);
        advance(RECONNECT);

        assertThat(dialer.dials).isEqualTo(3);
        assertThat(supervisor.channel()).as("the third connects").isNotNull();
        assertThat(supervisor.attempt()).as("connecting is not binding").isEqualTo(2);
    }

    @Test
    void theAttemptCountResetsOnlyOnceASessionStayedBoundForTheStableBindTime() {
        dialer.plan.add(Dial.FAILS);
        dialer.plan.add(Dial.FAILS);
        supervisor.start();
        run();
        advance(RECONNECT);
        advance(RECONNECT);
        bindLast();
        assertThat(client.bound).isEqualTo(1);
        assertThat(eventTypes()).endsWith(SessionEvent.Type.BOUND);

        advance(STABLE.minusMillis(1));
        assertThat(supervisor.attempt())
                .as("bound, but not for long enough yet")
                .isEqualTo(2);
        advance(Duration.ofMillis(1));

        assertThat(supervisor.attempt()).isZero();
    }

    @Test
    void aSessionDroppedBeforeTheStableBindTimeKeepsTheCountGrowing() {
        dialer.plan.add(Dial.FAILS);
        supervisor.start();
        run();
        advance(RECONNECT);
        bindLast();

        advance(STABLE.dividedBy(2));
        lastChannel().close(); // an SMSC that accepts the bind, then drops the session
        assertThat(client.bound).isZero();
        assertThat(supervisor.attempt()).isEqualTo(2);

        advance(STABLE);
        assertThat(supervisor.attempt())
                .as("the dropped session's timer was cancelled")
                .isEqualTo(2);
    }

    @Test
    void stopDuringAConnectClosesTheConnectionWhenItCompletes() {
        dialer.plan.add(Dial.HANGS);
        supervisor.start();
        run();

        CompletableFuture<Void> stopped = supervisor.stop(System.nanoTime());
        run();
        assertThat(stopped).as("the connect is still under way").isNotDone();

        dialer.hanging.setSuccess();

        assertThat(lastChannel().isOpen()).isFalse();
        assertThat(stopped).isDone();
        assertThat(eventTypes()).endsWith(SessionEvent.Type.STOPPED);
        advance(RECONNECT.multipliedBy(10));
        assertThat(dialer.dials).as("no redial once stopping").isEqualTo(1);
    }

    @Test
    void stopBetweenConnectionsCancelsTheRedial() {
        dialer.plan.add(Dial.FAILS);
        supervisor.start();
        run();

        CompletableFuture<Void> stopped = supervisor.stop(System.nanoTime());
        run();

        assertThat(stopped).isDone();
        advance(RECONNECT.multipliedBy(10));
        assertThat(dialer.dials).isEqualTo(1);
    }

    @Test
    void stopWithALiveSessionDrainsItAndEndsWhenTheConnectionCloses() {
        supervisor.start();
        run();
        bindLast();
        long deadline = System.nanoTime() + 12345;

        CompletableFuture<Void> stopped = supervisor.stop(deadline);
        run();
        assertThat(lastSession().drainDeadline).isEqualTo(deadline);
        assertThat(stopped).as("the session unbinds first").isNotDone();

        lastChannel().close();

        assertThat(stopped).isDone();
        assertThat(client.bound).isZero();
        advance(RECONNECT.multipliedBy(10));
        assertThat(dialer.dials).isEqualTo(1);
    }

    @Test
    void stopBeforeTheFirstConnectNeverDials() {
        CompletableFuture<Void> stopped = supervisor.stop(System.nanoTime());
        supervisor.start();
        run();

        assertThat(stopped).isDone();
        assertThat(dialer.dials).isZero();
    }

    @Test
    void aTransceiverRefusedWithInvalidCommandIdFallsBackToATransmitterAndAReceiver() {
        supervisor.start();
        run();

        supervisor.bindFailed(new BindFailedException("bind refused", CommandStatus.ESME_RINVCMDID));
        lastChannel().close();
        run();

        assertThat(client.added).containsExactly(BindType.RECEIVER);
        assertThat(client.bindFailures)
                .as("not a failure of the client's start")
                .isEmpty();
        assertThat(dialer.dials).as("redialed at once, not after the backoff").isEqualTo(2);
        assertThat(lastSession().type).isEqualTo(BindType.TRANSMITTER);
        assertThat(supervisor.attempt()).isZero();
    }

    @Test
    void anyOtherBindRefusalGoesToTheClient() {
        supervisor.start();
        run();
        BindFailedException refused = new BindFailedException("bind refused", CommandStatus.ESME_RINVPASWD);

        supervisor.bindFailed(refused);

        assertThat(client.bindFailures).containsExactly(refused);
        assertThat(client.added).isEmpty();
    }

    @Test
    void aRefusedBindIsTheErrorToldToTheClientNotTheCloseItCauses() {
        supervisor.start();
        run();

        // as the session does: the event, then the close
        supervisor.event(SessionEvent.Type.BIND_FAILED, "ESME_RINVPASWD(0x0000000E)", null);
        lastChannel().close();

        assertThat(eventTypes()).endsWith(SessionEvent.Type.BIND_FAILED, SessionEvent.Type.CONNECTION_LOST);
        assertThat(client.errors).containsExactly("bind refused: ESME_RINVPASWD(0x0000000E)");

        advance(RECONNECT); // a new connection: its loss is told again
        lastChannel().close();
        assertThat(client.errors).hasSize(2);
        assertThat(client.errors.get(1)).startsWith("connection lost: localhost:2775: connection closed");
    }

    @Test
    void anAcceptedConnectionIsNeverRedialed() {
        SessionSupervisor accepted = SessionSupervisor.accepted(client, config, hooks, 7, loop, (type, l) -> {
            FakeSession s = new FakeSession(type);
            sessions.add(s);
            return s;
        });
        SupervisedSession session = accepted.newAcceptedSession();
        EmbeddedChannel ch = new EmbeddedChannel(session);
        channels.add(ch);
        accepted.adopt(ch, session);

        ch.close();

        assertThat(lastSession().type).isEqualTo(BindType.RECEIVER);
        assertThat(client.ended).containsExactly(accepted);
        assertThat(accepted.stopped).isDone();
        advance(RECONNECT.multipliedBy(10));
        assertThat(dialer.dials).isZero();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Host lists

    private static final SmscAddress A = SmscAddress.of("smsc-a", 2775);
    private static final SmscAddress B = SmscAddress.of("smsc-b", 2776);
    private static final SmscAddress C = SmscAddress.of("10.0.0.3", 2777);
    /** No jitter: the delays are exact, so a test sees which cycle an attempt belongs to. */
    private static final Backoff DOUBLING = Backoff.exponential(Duration.ofSeconds(1), Duration.ofSeconds(60), 2, 0);

    private void threeHosts() {
        configure(settings -> {
            settings.hosts = List.of(A, B, C);
            settings.reconnect = DOUBLING;
        });
    }

    private SessionEvent lastEvent() {
        return events.get(events.size() - 1);
    }

    @Test
    void theBackoffCountsFullCyclesThroughTheList() {
        assertThat(SessionSupervisor.cycle(1, 1)).isEqualTo(1);
        assertThat(SessionSupervisor.cycle(2, 1))
                .as("one address: every attempt")
                .isEqualTo(2);
        assertThat(SessionSupervisor.cycle(1, 3)).isEqualTo(1);
        assertThat(SessionSupervisor.cycle(3, 3)).isEqualTo(1);
        assertThat(SessionSupervisor.cycle(4, 3)).isEqualTo(2);
        assertThat(SessionSupervisor.cycle(7, 3)).isEqualTo(3);
    }

    @Test
    void failedConnectsMoveOnThroughTheListAndWrapAround() {
        threeHosts();
        dialer.plan.addAll(List.of(Dial.FAILS, Dial.FAILS, Dial.FAILS, Dial.FAILS));
        supervisor.start();
        run();
        assertThat(dialer.dialed).containsExactly(A);
        assertThat(supervisor.nextAddress()).isEqualTo(B);

        advance(Duration.ofSeconds(1)); // attempts 1-3 are the first cycle: the first delay each
        assertThat(dialer.dialed).containsExactly(A, B);
        advance(Duration.ofSeconds(1));
        assertThat(dialer.dialed).containsExactly(A, B, C);
        advance(Duration.ofSeconds(1));
        assertThat(dialer.dialed).as("wraps around").containsExactly(A, B, C, A);

        advance(Duration.ofMillis(1999)); // attempt 4 opens the second cycle: the second delay
        assertThat(dialer.dials).isEqualTo(4);
        advance(Duration.ofMillis(1));
        assertThat(dialer.dialed).containsExactly(A, B, C, A, B);
        assertThat(supervisor.channel()).as("B answers this time").isNotNull();
    }

    @Test
    void aConnectionThatEndsBeforeTheBindMovesOn() {
        threeHosts();
        supervisor.start();
        run();

        lastChannel().close(); // connected, but the bind was refused or timed out: the session closed it

        assertThat(supervisor.nextAddress()).isEqualTo(B);
        advance(Duration.ofSeconds(1));
        assertThat(dialer.dialed).containsExactly(A, B);
    }

    @Test
    void aLostBoundConnectionStartsAgainAtTheFirst() {
        threeHosts();
        dialer.plan.add(Dial.FAILS);
        supervisor.start();
        run();
        advance(Duration.ofSeconds(1));
        bindLast(); // bound to B
        assertThat(dialer.dialed).containsExactly(A, B);

        lastChannel().close();

        assertThat(supervisor.nextAddress()).as("the primary is preferred").isEqualTo(A);
        advance(Duration.ofSeconds(1));
        assertThat(dialer.dialed).containsExactly(A, B, A);
    }

    @Test
    void theEventsNameTheAddresses() {
        threeHosts();
        dialer.plan.add(Dial.FAILS);
        supervisor.start();
        run();

        assertThat(events.get(0).type()).isEqualTo(SessionEvent.Type.STARTING);
        assertThat(events.get(0).detail()).isEqualTo("TRANSCEIVER to smsc-a:2775 (address 1 of 3)");
        assertThat(lastEvent().type()).isEqualTo(SessionEvent.Type.CONNECTION_LOST);
        assertThat(lastEvent().detail())
                .startsWith("smsc-a:2775: ")
                .endsWith("reconnect attempt 1 to smsc-b:2776 in PT1S");

        advance(Duration.ofSeconds(1));
        assertThat(lastEvent().detail()).isEqualTo("TRANSCEIVER to smsc-b:2776 (address 2 of 3)");
    }

    @Test
    void theTransceiverFallbackRedialsTheSameAddress() {
        threeHosts();
        supervisor.start();
        run();

        supervisor.bindFailed(new BindFailedException("bind refused", CommandStatus.ESME_RINVCMDID));
        lastChannel().close();
        run();

        assertThat(dialer.dialed).as("the same SMSC, as a transmitter").containsExactly(A, A);
    }
}
