package dev.smppkit.client.internal.ussd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smppkit.client.IncomingMessage;
import dev.smppkit.client.OutboundMessage;
import dev.smppkit.client.SubmitOutcome;
import dev.smppkit.client.ussd.UssdHandler;
import dev.smppkit.client.ussd.UssdReply;
import dev.smppkit.client.ussd.UssdSession;
import dev.smppkit.client.ussd.UssdSession.State;
import dev.smppkit.client.ussd.UssdTurn;
import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.pdu.DeliverSm;
import dev.smppkit.codec.pdu.ItsSessionInfo;
import dev.smppkit.codec.pdu.SubmitSm;
import dev.smppkit.codec.pdu.Tlvs;
import dev.smppkit.codec.pdu.UssdServiceOp;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/** The session state machine with a manual timer and a sender whose outcomes the test decides. */
class UssdEngineTest {
    private static final Address PHONE = Address.international("447700900001");
    private static final Address CODE = Address.shortCode("*123#");

    /** Timers that run only when the test says so. */
    private static final class ManualTimer implements UssdTimer {
        final List<Runnable> live = new ArrayList<>();
        final List<Runnable> scheduled = new ArrayList<>();

        @Override
        public synchronized Cancellable schedule(Duration delay, Runnable task) {
            live.add(task);
            scheduled.add(task);
            return () -> {
                synchronized (this) {
                    live.remove(task);
                }
            };
        }

        void fireAll() {
            List<Runnable> due;
            synchronized (this) {
                due = new ArrayList<>(live);
                live.clear();
            }
            due.forEach(Runnable::run);
        }
    }

    private final ManualTimer timer = new ManualTimer();
    private final List<SubmitSm> sent = new ArrayList<>();
    private final List<CompletableFuture<SubmitOutcome>> outcomes = new ArrayList<>();
    private final List<UssdSession> closed = new ArrayList<>();
    private BiFunction<UssdSession, String, UssdReply> app = (s, text) -> UssdReply.menu("1 Balance\n2 Top up");

    private final UssdHandler handler = new UssdHandler() {
        @Override
        public CompletableFuture<UssdReply> onRequest(UssdSession session, String text) {
            return CompletableFuture.completedFuture(app.apply(session, text));
        }

        @Override
        public void onClosed(UssdSession session) {
            closed.add(session);
        }
    };

    private UssdEngine engine(int maxSessions) {
        return new UssdEngine(
                handler,
                this::send,
                Address.shortCode("123"),
                new UssdEngine.Texts("busy", "expired"),
                Clock.systemUTC(),
                maxSessions,
                Duration.ofSeconds(30),
                timer);
    }

    private CompletableFuture<SubmitOutcome> send(OutboundMessage m) {
        assertThat(m.trackingId()).startsWith("ussd:447700900001");
        sent.add(m.submitSm().orElseThrow());
        CompletableFuture<SubmitOutcome> f = new CompletableFuture<>();
        outcomes.add(f);
        return f;
    }

    private void acceptLast() {
        outcomes.get(outcomes.size() - 1).complete(new SubmitOutcome.Accepted(List.of("id" + outcomes.size())));
    }

    private static IncomingMessage incoming(UssdServiceOp op, ItsSessionInfo info, String text) {
        Tlvs.Builder tlvs = Tlvs.builder().ussdServiceOp(op);
        if (info != null) {
            tlvs.itsSessionInfo(info);
        }
        byte[] body = text.getBytes(StandardCharsets.US_ASCII);
        DeliverSm pdu = DeliverSm.builder()
                .sourceAddress(PHONE)
                .destAddress(CODE)
                .shortMessage(body)
                .tlvs(tlvs.build())
                .build();
        return new IncomingMessage(PHONE, CODE, DataCoding.SMSC_DEFAULT, body, Optional.of(text), 1, true, "e", pdu);
    }

    private static String text(SubmitSm sm) {
        return new String(sm.shortMessage(), StandardCharsets.US_ASCII);
    }

    @Test
    void aMenuThenAnAnswerThenAnEnd() {
        UssdEngine engine = engine(10);
        ItsSessionInfo info = new ItsSessionInfo(5, 1, false);
        CompletableFuture<Void> first = engine.onIncoming(incoming(UssdServiceOp.PSSR_INDICATION, info, "*123#"));
        assertThat(first).isNotDone(); // answered once the SMSC accepts the menu
        SubmitSm menu = sent.get(0);
        assertThat(menu.tlvs().ussdOperation()).contains(UssdServiceOp.USSR_REQUEST);
        assertThat(menu.tlvs().itsSessionInfo()).contains(info);
        assertThat(menu.destAddress()).isEqualTo(PHONE);
        assertThat(menu.sourceAddress()).isEqualTo(CODE);
        assertThat(text(menu)).isEqualTo("1 Balance\n2 Top up");
        UssdSession session = engine.openSessions().get(0);
        assertThat(session.state()).isEqualTo(State.AWAITING_HANDSET);
        assertThat(session.sessionNumber()).hasValue(5);
        assertThat(session.serviceCode()).isEqualTo("*123#");
        acceptLast();
        assertThat(first).isCompleted();

        app = (s, text) -> UssdReply.end("Balance: 5 EUR (you chose " + text + ")");
        CompletableFuture<Void> second = engine.onIncoming(incoming(UssdServiceOp.USSR_CONFIRM, info, "1"));
        SubmitSm end = sent.get(1);
        assertThat(end.tlvs().ussdOperation()).contains(UssdServiceOp.PSSR_RESPONSE);
        assertThat(end.tlvs().itsSessionInfo()).contains(info.withEndOfSession(true));
        assertThat(text(end)).isEqualTo("Balance: 5 EUR (you chose 1)");
        acceptLast();
        assertThat(second).isCompleted();
        assertThat(engine.openCount()).isZero();
        assertThat(closed).containsExactly(session);
        assertThat(session.state()).isEqualTo(State.ENDED);
        assertThat(session.dialogue())
                .extracting(UssdTurn::fromHandset, UssdTurn::operation, UssdTurn::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(true, UssdServiceOp.PSSR_INDICATION, "*123#"),
                        org.assertj.core.groups.Tuple.tuple(false, UssdServiceOp.USSR_REQUEST, "1 Balance\n2 Top up"),
                        org.assertj.core.groups.Tuple.tuple(true, UssdServiceOp.USSR_CONFIRM, "1"),
                        org.assertj.core.groups.Tuple.tuple(
                                false, UssdServiceOp.PSSR_RESPONSE, "Balance: 5 EUR (you chose 1)"));
        assertThat(timer.live).isEmpty();
    }

    @Test
    void anIdleSessionTimesOutAndALateAnswerIsToldItExpired() {
        UssdEngine engine = engine(10);
        ItsSessionInfo info = new ItsSessionInfo(9, 0, false);
        engine.onIncoming(incoming(UssdServiceOp.PSSR_INDICATION, info, "*123#"));
        acceptLast();
        UssdSession session = engine.openSessions().get(0);
        timer.fireAll();
        assertThat(session.state()).isEqualTo(State.TIMED_OUT);
        assertThat(closed).containsExactly(session);
        assertThat(engine.openCount()).isZero();

        CompletableFuture<Void> late = engine.onIncoming(incoming(UssdServiceOp.USSR_CONFIRM, info, "1"));
        SubmitSm expired = sent.get(1);
        assertThat(text(expired)).isEqualTo("expired");
        assertThat(expired.tlvs().ussdOperation()).contains(UssdServiceOp.PSSR_RESPONSE);
        assertThat(expired.tlvs().itsSessionInfo()).contains(new ItsSessionInfo(9, 0, true));
        acceptLast();
        assertThat(late).isCompleted();
        assertThat(closed).hasSize(1);
    }

    @Test
    void aStaleTimerDoesNotCloseASessionThatMovedOn() {
        UssdEngine engine = engine(10);
        ItsSessionInfo info = new ItsSessionInfo(1, 0, false);
        engine.onIncoming(incoming(UssdServiceOp.PSSR_INDICATION, info, "*123#"));
        acceptLast();
        assertThat(timer.scheduled).hasSize(2); // one at the indication, one at the menu
        timer.scheduled.get(0).run(); // was cancelled by the menu's turn, but runs anyway: it must see it is stale
        assertThat(engine.openCount()).isEqualTo(1);
        assertThat(closed).isEmpty();
    }

    @Test
    void beyondMaxSessionsAHandsetIsToldBusy() {
        UssdEngine engine = engine(1);
        engine.onIncoming(incoming(UssdServiceOp.PSSR_INDICATION, new ItsSessionInfo(1, 0, false), "*123#"));
        acceptLast();
        CompletableFuture<Void> refused =
                engine.onIncoming(incoming(UssdServiceOp.PSSR_INDICATION, new ItsSessionInfo(2, 0, false), "*1#"));
        SubmitSm busy = sent.get(1);
        assertThat(text(busy)).isEqualTo("busy");
        assertThat(busy.tlvs().itsSessionInfo()).contains(new ItsSessionInfo(2, 0, true));
        acceptLast();
        assertThat(refused).isCompleted();
        assertThat(engine.openCount()).isEqualTo(1);
    }

    @Test
    void aFailingHandlerFailsTheSessionAndTheRequest() {
        UssdEngine engine = engine(10);
        app = (s, text) -> {
            throw new IllegalStateException("database down");
        };
        CompletableFuture<Void> stage =
                engine.onIncoming(incoming(UssdServiceOp.PSSR_INDICATION, new ItsSessionInfo(1, 0, false), "*123#"));
        assertThat(stage).isCompletedExceptionally();
        assertThat(sent).isEmpty();
        assertThat(closed).singleElement().extracting(UssdSession::state).isEqualTo(State.FAILED);
    }

    @Test
    void aRejectedReplyFailsTheSessionAndTheRequest() {
        UssdEngine engine = engine(10);
        CompletableFuture<Void> stage =
                engine.onIncoming(incoming(UssdServiceOp.PSSR_INDICATION, new ItsSessionInfo(1, 0, false), "*123#"));
        outcomes.get(0).complete(new SubmitOutcome.Rejected(CommandStatus.ESME_RINVDSTADR, List.of()));
        assertThatThrownBy(stage::join).isInstanceOf(CompletionException.class).hasMessageContaining("RINVDSTADR");
        assertThat(closed).singleElement().extracting(UssdSession::state).isEqualTo(State.FAILED);
    }

    @Test
    void aSecondDialOfTheSameSessionReplacesTheFirst() {
        UssdEngine engine = engine(10);
        ItsSessionInfo info = new ItsSessionInfo(1, 0, false);
        engine.onIncoming(incoming(UssdServiceOp.PSSR_INDICATION, info, "*123#"));
        engine.onIncoming(incoming(UssdServiceOp.PSSR_INDICATION, info, "*123#"));
        assertThat(closed).singleElement().extracting(UssdSession::state).isEqualTo(State.ABORTED);
        assertThat(engine.openCount()).isEqualTo(1);
    }

    @Test
    void withoutSessionInfoTheHandsetsNumberNamesTheSession() {
        UssdEngine engine = engine(10);
        engine.onIncoming(incoming(UssdServiceOp.PSSR_INDICATION, null, "*123#"));
        assertThat(sent.get(0).tlvs().itsSessionInfo()).isEmpty();
        acceptLast();
        app = (s, text) -> UssdReply.end("bye");
        engine.onIncoming(incoming(UssdServiceOp.USSR_CONFIRM, null, "2"));
        assertThat(text(sent.get(1))).isEqualTo("bye");
        assertThat(closed).singleElement().extracting(UssdSession::state).isEqualTo(State.ENDED);
    }

    @Test
    void aNetworkInitiatedSessionEndsWithANotification() {
        UssdEngine engine = engine(10);
        CompletableFuture<UssdSession> started = engine.start(PHONE, "Rate us: 1-5");
        SubmitSm request = sent.get(0);
        assertThat(request.tlvs().ussdOperation()).contains(UssdServiceOp.USSR_REQUEST);
        assertThat(request.sourceAddress()).isEqualTo(Address.shortCode("123"));
        ItsSessionInfo info = request.tlvs().itsSessionInfo().orElseThrow();
        assertThat(started).isNotDone();
        acceptLast();
        UssdSession session = started.join();
        assertThat(session.networkInitiated()).isTrue();
        assertThat(session.state()).isEqualTo(State.AWAITING_HANDSET);

        app = (s, text) -> UssdReply.end("Thanks for " + text);
        engine.onIncoming(incoming(UssdServiceOp.USSR_CONFIRM, info, "5"));
        SubmitSm end = sent.get(1);
        assertThat(end.tlvs().ussdOperation()).contains(UssdServiceOp.USSN_REQUEST);
        assertThat(end.tlvs().itsSessionInfo()).contains(info.withEndOfSession(true));
        assertThat(session.state()).isEqualTo(State.ENDED);
    }

    @Test
    void aNotificationAndItsConfirmNeedNoSession() {
        UssdEngine engine = engine(10);
        CompletableFuture<Void> notified = engine.notify(PHONE, "Your balance is low");
        assertThat(sent.get(0).tlvs().ussdOperation()).contains(UssdServiceOp.USSN_REQUEST);
        acceptLast();
        assertThat(notified).isCompleted();
        assertThat(engine.onIncoming(incoming(UssdServiceOp.USSN_CONFIRM, null, "")))
                .isCompleted();
        assertThat(engine.openCount()).isZero();
    }

    @Test
    void otherMessagesAreNotTaken() {
        UssdEngine engine = engine(10);
        DeliverSm plain = DeliverSm.builder()
                .sourceAddress(PHONE)
                .destAddress(CODE)
                .shortMessage(new byte[] {'h', 'i'})
                .build();
        IncomingMessage m = new IncomingMessage(
                PHONE, CODE, DataCoding.SMSC_DEFAULT, new byte[] {'h', 'i'}, Optional.of("hi"), 1, true, "e", plain);
        assertThat(engine.onIncoming(m)).isNull();
        assertThat(engine.onIncoming(incoming(UssdServiceOp.PSSD_INDICATION, null, "*100#")))
                .isNull();
    }

    @Test
    void closeAbortsOpenSessionsAndRefusesNewOnes() {
        UssdEngine engine = engine(10);
        engine.onIncoming(incoming(UssdServiceOp.PSSR_INDICATION, new ItsSessionInfo(1, 0, false), "*123#"));
        engine.close();
        assertThat(closed).singleElement().extracting(UssdSession::state).isEqualTo(State.ABORTED);
        assertThat(engine.start(PHONE, "hello")).isCompletedExceptionally();
    }

    @Test
    void repliesLongerThanOneUssdStringAreRefused() {
        assertThat(UssdReply.menu("x".repeat(182)).text()).hasSize(182);
        assertThatThrownBy(() -> UssdReply.menu("x".repeat(183))).hasMessageContaining("at most 182");
        assertThatThrownBy(() -> UssdReply.end("Ж".repeat(81))).hasMessageContaining("at most 80");
    }
}
