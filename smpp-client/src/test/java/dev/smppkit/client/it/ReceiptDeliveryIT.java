package dev.smppkit.client.it;

import static dev.smppkit.client.it.ReceiptScript.WAIT;
import static dev.smppkit.client.it.ReceiptScript.receipt;
import static dev.smppkit.client.it.ReceiptScript.respond;
import static dev.smppkit.client.it.ReceiptScript.send;
import static dev.smppkit.client.it.ReceiptScript.submitAccepted;
import static dev.smppkit.client.it.RecordingHook.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.client.Esme;
import dev.smppkit.client.InboundOptions;
import dev.smppkit.client.ReceiptEvent;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.EsmClass;
import dev.smppkit.codec.MessageState;
import dev.smppkit.codec.pdu.Tlvs;
import dev.smppkit.testkit.SmscSimulator;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Repeated receipts reach the hook once; intermediate notifications are told apart from final receipts. */
@Timeout(120)
class ReceiptDeliveryIT {
    private SmscSimulator smsc;
    private Esme esme;
    private final AtomicInteger failNext = new AtomicInteger(); // receipts the hook refuses before taking one
    private final RecordingHook hook = new RecordingHook() {
        @Override
        public CompletionStage<Void> onDeliveryReceipt(ReceiptEvent receipt) {
            receipts.add(receipt);
            return failNext.getAndDecrement() > 0
                    ? CompletableFuture.failedFuture(new IllegalStateException("database down"))
                    : CompletableFuture.completedFuture(null);
        }
    };

    @BeforeEach
    void start() {
        String[] ids = {"00C0FFEE", "00C0FFEF"};
        AtomicInteger next = new AtomicInteger();
        smsc = SmscSimulator.builder()
                .onSubmitSm(sm -> respond(ids[next.getAndIncrement()]))
                .start();
    }

    @AfterEach
    void close() throws Exception {
        if (esme != null) {
            esme.close();
        }
        smsc.close();
    }

    @Test
    void aRepeatedReceiptIsAnsweredButReachesTheHookOnce() throws Exception {
        esme = ReceiptScript.esme(smsc, hook, b -> {});
        submitAccepted(esme, "447700900001");

        assertThat(send(smsc, receipt("c0ffee", MessageState.DELIVERED, "DELIVRD")))
                .isEqualTo(CommandStatus.ESME_ROK);
        assertThat(send(smsc, receipt("00C0FFEE", MessageState.DELIVERED, "DELIVRD")))
                .as("the repeat, spelt differently, is answered ESME_ROK")
                .isEqualTo(CommandStatus.ESME_ROK);
        assertThat(send(smsc, receipt("c0ffee", MessageState.DELIVERED, "DELIVRD")))
                .isEqualTo(CommandStatus.ESME_ROK);

        assertThat(hook.receipts).hasSize(1);
        assertThat(esme.stats().receipts()).as("each arrival counted").isEqualTo(3);
    }

    @Test
    void repeatsSentTogetherStillReachTheHookOnce() throws Exception {
        esme = ReceiptScript.esme(smsc, hook, b -> {});
        submitAccepted(esme, "447700900001");

        CompletableFuture<?>[] sent = new CompletableFuture<?>[5];
        for (int i = 0; i < sent.length; i++) {
            sent[i] = smsc.deliver(ReceiptScript.SYSTEM_ID, receipt("c0ffee", MessageState.DELIVERED, "DELIVRD"));
        }
        CompletableFuture.allOf(sent).get(20, TimeUnit.SECONDS);

        assertThat(hook.receipts).hasSize(1);
    }

    @Test
    void aReceiptTheHookRefusedIsDeliveredAgainWhenTheSmscRetries() throws Exception {
        esme = ReceiptScript.esme(smsc, hook, b -> {});
        submitAccepted(esme, "447700900001");
        failNext.set(1);

        assertThat(send(smsc, receipt("c0ffee", MessageState.DELIVERED, "DELIVRD")))
                .isEqualTo(CommandStatus.ESME_RX_T_APPN);
        assertThat(send(smsc, receipt("c0ffee", MessageState.DELIVERED, "DELIVRD")))
                .isEqualTo(CommandStatus.ESME_ROK);
        assertThat(send(smsc, receipt("c0ffee", MessageState.DELIVERED, "DELIVRD")))
                .isEqualTo(CommandStatus.ESME_ROK);

        assertThat(hook.receipts)
                .as("refused once, taken once, then a duplicate")
                .hasSize(2);
    }

    @Test
    void withoutDeduplicationEveryRepeatReachesTheHook() throws Exception {
        esme = ReceiptScript.esme(
                smsc,
                hook,
                b -> b.inbound(InboundOptions.builder()
                        .receiptDedupWindow(Duration.ZERO)
                        .build()));
        submitAccepted(esme, "447700900001");

        send(smsc, receipt("c0ffee", MessageState.DELIVERED, "DELIVRD"));
        send(smsc, receipt("c0ffee", MessageState.DELIVERED, "DELIVRD"));

        assertThat(hook.receipts).hasSize(2);
    }

    @Test
    void intermediateNotificationsAreReportedAsSuchAndKeepTheEntryForTheFinalReceipt() throws Exception {
        esme = ReceiptScript.esme(smsc, hook, b -> {});
        submitAccepted(esme, "447700900001");

        send(
                smsc,
                receipt(
                        EsmClass.TYPE_INTERMEDIATE_NOTIFICATION,
                        "c0ffee",
                        "ENROUTE",
                        Tlvs.builder()
                                .receiptedMessageId("c0ffee")
                                .messageState(MessageState.ENROUTE)
                                .build()));
        send(smsc, receipt("c0ffee", MessageState.ACCEPTED, "ACCEPTD"));
        send(smsc, receipt("c0ffee", MessageState.DELIVERED, "DELIVRD"));
        send(smsc, receipt("c0ffee", MessageState.DELIVERED, "DELIVRD")); // repeated: not delivered

        await(WAIT, "3 receipts", () -> hook.receipts.size() == 3);
        assertThat(hook.receipts).extracting(ReceiptEvent::isFinal).containsExactly(false, false, true);
        assertThat(hook.receipts).extracting(ReceiptEvent::isIntermediate).containsExactly(true, true, false);
        assertThat(hook.receipts).allSatisfy(r -> assertThat(r.matched()).isTrue());
        assertThat(hook.receipts).hasSize(3);
    }

    @Test
    void anIntermediateStatInAFinalReceiptIsStillIntermediate() throws Exception {
        esme = ReceiptScript.esme(smsc, hook, b -> {});
        submitAccepted(esme, "447700900001");

        send(smsc, receipt("c0ffee", MessageState.ENROUTE, "ENROUTE")); // esm_class 0x04 but not a final state
        send(smsc, receipt("c0ffee", MessageState.UNDELIVERABLE, "UNDELIV"));

        assertThat(hook.receipts).extracting(ReceiptEvent::isFinal).containsExactly(false, true);
    }
}
