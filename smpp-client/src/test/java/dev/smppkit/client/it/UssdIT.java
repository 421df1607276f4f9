package dev.smppkit.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.smppkit.client.Esme;
import dev.smppkit.client.Hook;
import dev.smppkit.client.IncomingMessage;
import dev.smppkit.client.ussd.UssdHandler;
import dev.smppkit.client.ussd.UssdReply;
import dev.smppkit.client.ussd.UssdSession;
import dev.smppkit.client.ussd.UssdSessions;
import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.pdu.DeliverSm;
import dev.smppkit.codec.pdu.DeliverSmResp;
import dev.smppkit.codec.pdu.ItsSessionInfo;
import dev.smppkit.codec.pdu.SubmitSm;
import dev.smppkit.codec.pdu.Tlvs;
import dev.smppkit.codec.pdu.UssdServiceOp;
import dev.smppkit.testkit.SmscSimulator;
import dev.smppkit.testkit.UssdDialogue;
import dev.smppkit.testkit.UssdHandset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** USSD sessions end to end: the ESME's UssdSessions against the simulator's handsets, over real TCP. */
@Timeout(120)
class UssdIT {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String PHONE = "447700900001";

    private final List<AutoCloseable> closeables = new ArrayList<>();
    private final LinkedBlockingQueue<UssdSession> closed = new LinkedBlockingQueue<>();
    private final LinkedBlockingQueue<IncomingMessage> plain = new LinkedBlockingQueue<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = closeables.size() - 1; i >= 0; i--) {
            closeables.get(i).close();
        }
    }

    /** A two-level menu: the top menu, a sub-menu for 1, then an end. */
    private final UssdHandler menus = new UssdHandler() {
        @Override
        public CompletionStage<UssdReply> onRequest(UssdSession session, String text) {
            Object level = session.attributes().getOrDefault("level", "top");
            UssdReply reply;
            if (level.equals("top") && !session.networkInitiated()) {
                session.attributes().put("level", "main");
                reply = UssdReply.menu("1 Balance\n2 Bundles");
            } else if (level.equals("main") && text.equals("2")) {
                session.attributes().put("level", "bundles");
                reply = UssdReply.menu("1 Daily 1GB\n2 Weekly 5GB");
            } else if (level.equals("bundles")) {
                reply = UssdReply.end("Bundle " + text + " activated");
            } else {
                reply = UssdReply.end("You chose " + text);
            }
            return CompletableFuture.completedFuture(reply);
        }

        @Override
        public void onClosed(UssdSession session) {
            closed.add(session);
        }
    };

    private final Hook userHook = new Hook() {
        @Override
        public CompletionStage<Void> onIncomingMessage(IncomingMessage message) {
            plain.add(message);
            return CompletableFuture.completedFuture(null);
        }
    };

    private SmscSimulator smsc() {
        SmscSimulator s = SmscSimulator.builder().credential("esme", "secret").start();
        closeables.add(s);
        return s;
    }

    private UssdSessions ussd(SmscSimulator smsc, Duration idle) throws Exception {
        UssdSessions ussd = UssdSessions.builder(menus)
                .idleTimeout(idle)
                .serviceAddress(Address.shortCode("123"))
                .build();
        Esme esme = Esme.builder()
                .host(smsc.host())
                .port(smsc.port())
                .systemId("esme")
                .password("secret")
                .hook(ussd.wrap(userHook))
                .build();
        ussd.attach(esme);
        closeables.add(esme);
        closeables.add(ussd);
        esme.start().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        return ussd;
    }

    @Test
    void aHandsetWalksATwoLevelMenu() throws Exception {
        SmscSimulator smsc = smsc();
        ussd(smsc, Duration.ofSeconds(30));
        UssdHandset phone = smsc.ussd().handset(PHONE).answers("2", "1");

        List<UssdDialogue.Turn> turns = phone.dial("esme", "*123#").awaitEnd(WAIT);

        assertThat(turns)
                .extracting(UssdDialogue.Turn::fromHandset, UssdDialogue.Turn::operation, UssdDialogue.Turn::text)
                .containsExactly(
                        tuple(true, UssdServiceOp.PSSR_INDICATION, "*123#"),
                        tuple(false, UssdServiceOp.USSR_REQUEST, "1 Balance\n2 Bundles"),
                        tuple(true, UssdServiceOp.USSR_CONFIRM, "2"),
                        tuple(false, UssdServiceOp.USSR_REQUEST, "1 Daily 1GB\n2 Weekly 5GB"),
                        tuple(true, UssdServiceOp.USSR_CONFIRM, "1"),
                        tuple(false, UssdServiceOp.PSSR_RESPONSE, "Bundle 1 activated"));
        UssdSession session = closed.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(session.state()).isEqualTo(UssdSession.State.ENDED);
        assertThat(session.msisdn()).isEqualTo(PHONE);
        assertThat(session.serviceCode()).isEqualTo("*123#");
        assertThat(session.dialogue()).hasSize(6);
        // every reply carried the session's number, the last one with the end flag
        List<SubmitSm> replies = smsc.traffic().received(SubmitSm.class);
        assertThat(replies).hasSize(3);
        int number = replies.get(0).tlvs().itsSessionInfo().orElseThrow().sessionNumber();
        assertThat(replies)
                .extracting(r -> r.tlvs().itsSessionInfo().orElseThrow())
                .allMatch(i -> i.sessionNumber() == number)
                .extracting(ItsSessionInfo::endOfSession)
                .containsExactly(false, false, true);
        assertThat(plain).isEmpty();
    }

    @Test
    void aSilentHandsetsSessionTimesOut() throws Exception {
        SmscSimulator smsc = smsc();
        UssdSessions ussd = ussd(smsc, Duration.ofMillis(300));
        UssdHandset phone = smsc.ussd().handset(PHONE); // answers nothing

        UssdDialogue dialogue = phone.dial("esme", "*123#");

        UssdSession session = closed.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(session.state()).isEqualTo(UssdSession.State.TIMED_OUT);
        assertThat(ussd.openSessionCount()).isZero();
        assertThat(dialogue.turns()).hasSize(2);
        assertThat(dialogue.isEnded()).isFalse();
    }

    @Test
    void theApplicationOpensASessionAndTheHandsetAnswers() throws Exception {
        SmscSimulator smsc = smsc();
        UssdSessions ussd = ussd(smsc, Duration.ofSeconds(30));
        UssdHandset phone = smsc.ussd().handset(PHONE).answers("5");

        UssdSession session = ussd.startSession(PHONE, "Rate us from 1 to 5").get(WAIT.toSeconds(), TimeUnit.SECONDS);
        UssdDialogue dialogue = phone.nextNetworkDialogue().get(WAIT.toSeconds(), TimeUnit.SECONDS);

        assertThat(dialogue.awaitEnd(WAIT))
                .extracting(UssdDialogue.Turn::operation, UssdDialogue.Turn::text)
                .containsExactly(
                        tuple(UssdServiceOp.USSR_REQUEST, "Rate us from 1 to 5"),
                        tuple(UssdServiceOp.USSR_CONFIRM, "5"),
                        tuple(UssdServiceOp.USSN_REQUEST, "You chose 5"));
        assertThat(dialogue.networkInitiated()).isTrue();
        assertThat(closed.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).isSameAs(session);
        assertThat(session.state()).isEqualTo(UssdSession.State.ENDED);
    }

    @Test
    void aNotificationIsShownAndConfirmed() throws Exception {
        SmscSimulator smsc = smsc();
        UssdSessions ussd = ussd(smsc, Duration.ofSeconds(30));
        UssdHandset phone = smsc.ussd().handset(PHONE);

        ussd.notify(PHONE, "Your balance is low").get(WAIT.toSeconds(), TimeUnit.SECONDS);
        UssdDialogue dialogue = phone.nextNetworkDialogue().get(WAIT.toSeconds(), TimeUnit.SECONDS);

        assertThat(dialogue.awaitEnd(WAIT))
                .extracting(UssdDialogue.Turn::operation, UssdDialogue.Turn::text)
                .containsExactly(tuple(UssdServiceOp.USSN_REQUEST, "Your balance is low"));
        // the handset's USSN confirm is acknowledged by the manager, not handed to the user's hook
        smsc.traffic().await(r -> r.pdu() instanceof DeliverSmResp, WAIT);
        assertThat(plain).isEmpty();
        assertThat(closed).isEmpty();
    }

    @Test
    void anAnswerForAnUnknownSessionIsToldItExpired() throws Exception {
        SmscSimulator smsc = smsc();
        ussd(smsc, Duration.ofSeconds(30));
        UssdHandset phone = smsc.ussd().handset(PHONE);
        DeliverSm stray = DeliverSm.builder()
                .sourceAddress(Address.international(PHONE))
                .destAddress(Address.shortCode("*123#"))
                .shortMessage("1".getBytes(StandardCharsets.US_ASCII))
                .tlvs(Tlvs.builder()
                        .ussdServiceOp(UssdServiceOp.USSR_CONFIRM)
                        .itsSessionInfo(new ItsSessionInfo(42, 1, false))
                        .build())
                .build();

        DeliverSmResp resp = smsc.deliver("esme", stray).get(WAIT.toSeconds(), TimeUnit.SECONDS);

        assertThat(resp.commandStatus()).isEqualTo(CommandStatus.ESME_ROK);
        UssdDialogue told = phone.dialogues().get(0);
        assertThat(told.awaitEnd(WAIT))
                .extracting(UssdDialogue.Turn::operation, UssdDialogue.Turn::text)
                .containsExactly(tuple(UssdServiceOp.PSSR_RESPONSE, "Your session has expired. Please dial again."));
        assertThat(told.sessionNumber()).isEqualTo(42);
        assertThat(plain).isEmpty();
    }

    @Test
    void ordinaryMessagesStillReachTheUsersHook() throws Exception {
        SmscSimulator smsc = smsc();
        ussd(smsc, Duration.ofSeconds(30));

        smsc.deliverText("esme", Address.international(PHONE), Address.shortCode("12345"), "STOP")
                .get(WAIT.toSeconds(), TimeUnit.SECONDS);

        IncomingMessage m = plain.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(m.text()).contains("STOP");
        assertThat(closed).isEmpty();
    }
}
