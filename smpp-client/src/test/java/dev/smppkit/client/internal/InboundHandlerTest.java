package dev.smppkit.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.client.Hook;
import dev.smppkit.client.IncomingMessage;
import dev.smppkit.client.ReceiptEvent;
import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.EsmClass;
import dev.smppkit.codec.pdu.DeliverSm;
import dev.smppkit.codec.pdu.DeliverSmResp;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link InboundHandler} through a bound session, with a hook whose stages the test completes. */
class InboundHandlerTest {
    private static final Address FROM = Address.international("447700900123");

    private final List<IncomingMessage> incoming = new ArrayList<>();
    private final List<ReceiptEvent> receipts = new ArrayList<>();
    private final List<CompletableFuture<Void>> stages = new ArrayList<>();
    private final Hook hook = new Hook() {
        @Override
        public CompletionStage<Void> onIncomingMessage(IncomingMessage message) {
            incoming.add(message);
            return stage();
        }

        @Override
        public CompletionStage<Void> onDeliveryReceipt(ReceiptEvent receipt) {
            receipts.add(receipt);
            return stage();
        }

        private CompletionStage<Void> stage() {
            CompletableFuture<Void> f = new CompletableFuture<>();
            stages.add(f);
            return f;
        }
    };
    private final TestConfig settings = new TestConfig();
    private EmbeddedSession s;

    private EmbeddedSession bound() {
        settings.hook = hook;
        s = new EmbeddedSession(settings);
        return s;
    }

    @AfterEach
    void tearDown() {
        if (s != null) {
            s.close();
        }
    }

    private void deliver(int seq, byte[] body, EsmClass esm) {
        s.channel.writeInbound(DeliverSm.builder()
                .sourceAddress(FROM)
                .esmClass(esm)
                .shortMessage(body)
                .build()
                .withSequenceNumber(seq));
    }

    private DeliverSmResp answer() {
        s.runPendingTasks();
        return s.readOutbound(DeliverSmResp.class);
    }

    /** A 6-byte concatenation UDH (reference 7, {@code total} parts, this one {@code part}) and text. */
    private static byte[] segment(int total, int part, String text) {
        byte[] t = text.getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[6 + t.length];
        byte[] udh = {5, 0, 3, 7, (byte) total, (byte) part};
        System.arraycopy(udh, 0, out, 0, 6);
        System.arraycopy(t, 0, out, 6, t.length);
        return out;
    }

    @Test
    void segmentsAreAcknowledgedAsBufferedAndTheLastWaitsForTheHook() {
        bound();
        EsmClass udhi = EsmClass.DEFAULT.withUdhi();

        deliver(10, segment(2, 1, "Hello "), udhi);
        assertThat(answer().commandStatus())
                .as("buffered: acknowledged at once")
                .isEqualTo(CommandStatus.ESME_ROK);
        assertThat(incoming).isEmpty();

        deliver(11, segment(2, 2, "world"), udhi);
        s.runPendingTasks();
        assertThat(incoming).singleElement().satisfies(m -> {
            assertThat(m.text()).contains("Hello world");
            assertThat(m.segments()).isEqualTo(2);
        });
        assertThat((Object) s.channel.readOutbound()).as("waits for the hook").isNull();

        stages.get(0).complete(null);
        DeliverSmResp resp = answer();
        assertThat(resp.sequenceNumber()).isEqualTo(11);
        assertThat(resp.commandStatus()).isEqualTo(CommandStatus.ESME_ROK);
    }

    @Test
    void readingStopsAtTheInboundLimitAndResumesWhenOneIsAnswered() {
        settings.maxInboundInFlight = 2;
        bound();

        deliver(1, "a".getBytes(StandardCharsets.US_ASCII), EsmClass.DEFAULT);
        assertThat(s.session.readGate().isHeld(ReadGate.Reason.INBOUND_FULL)).isFalse();
        deliver(2, "b".getBytes(StandardCharsets.US_ASCII), EsmClass.DEFAULT);
        assertThat(s.session.readGate().isHeld(ReadGate.Reason.INBOUND_FULL)).isTrue();

        stages.get(0).complete(null);
        assertThat(answer().sequenceNumber()).isEqualTo(1);
        assertThat(s.session.readGate().isHeld(ReadGate.Reason.INBOUND_FULL)).isFalse();
    }

    @Test
    void aHookAnswerAfterTheDeliveryWasAnsweredIsIgnored() {
        bound();
        deliver(5, "hi".getBytes(StandardCharsets.US_ASCII), EsmClass.DEFAULT);
        s.runPendingTasks();

        s.session.answerInboundNow(); // a graceful stop's deadline
        DeliverSmResp first = answer();
        assertThat(first.commandStatus()).isEqualTo(CommandStatus.ESME_RX_T_APPN);

        stages.get(0).complete(null);
        s.runPendingTasks();
        assertThat((Object) s.channel.readOutbound()).as("answered once only").isNull();
    }

    @Test
    void anUnparseableReceiptIsDeliveredAsAMessage() {
        bound();

        deliver(7, "not a receipt at all".getBytes(StandardCharsets.US_ASCII), EsmClass.DELIVERY_RECEIPT);
        s.runPendingTasks();

        assertThat(receipts).isEmpty();
        assertThat(incoming).singleElement().satisfies(m -> assertThat(m.text()).contains("not a receipt at all"));
    }

    @Test
    void aMatchedReceiptGoesToTheHookWithItsTracking() {
        bound();
        s.core.correlation.track(
                new dev.smppkit.client.QueuedMessage(
                        "q1",
                        dev.smppkit.client.OutboundMessage.builder()
                                .to(FROM)
                                .text("x")
                                .requestReceipt(true)
                                .build(),
                        1,
                        java.time.Instant.EPOCH),
                0,
                1,
                "ABC1");
        String text = "id:abc1 sub:001 dlvrd:001 submit date:2401011200 done date:2401011201 stat:DELIVRD err:000";

        deliver(8, text.getBytes(StandardCharsets.US_ASCII), EsmClass.DELIVERY_RECEIPT);
        s.runPendingTasks();

        assertThat(receipts).singleElement().satisfies(r -> {
            assertThat(r.matched()).isTrue();
            assertThat(r.tracking())
                    .hasValueSatisfying(t -> assertThat(t.brokerId()).isEqualTo("q1"));
        });
        stages.get(0).completeExceptionally(new IllegalStateException("queue down"));
        assertThat(answer().commandStatus()).isEqualTo(CommandStatus.ESME_RX_T_APPN);
    }
}
