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
import dev.smppkit.codec.pdu.SubmitSm;
import dev.smppkit.codec.pdu.Tlvs;
import dev.smppkit.testkit.Request;
import dev.smppkit.testkit.SmscSimulator;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Receipts matched as real SMSCs send them: other id spellings, no receipt esm_class, ahead of their response. */
@Timeout(120)
class ReceiptMatchingIT {
    private SmscSimulator smsc;
    private Esme esme;
    private final RecordingHook hook = new RecordingHook();

    @AfterEach
    void close() throws Exception {
        if (esme != null) {
            esme.close();
        }
        if (smsc != null) {
            smsc.close();
        }
    }

    /** A simulator that answers each submit_sm with the next of these ids. */
    private void smscAnswering(String... ids) {
        List<String> queue = new java.util.concurrent.CopyOnWriteArrayList<>(List.of(ids));
        smsc = SmscSimulator.builder()
                .onSubmitSm(sm -> respond(queue.remove(0)))
                .start();
    }

    private ReceiptEvent onlyReceipt() throws InterruptedException {
        await(WAIT, "a receipt", () -> !hook.receipts.isEmpty());
        assertThat(hook.receipts).hasSize(1);
        return hook.receipts.get(0);
    }

    @Test
    void idsDifferingInLeadingZerosCaseOrBaseMatch() throws Exception {
        smscAnswering("00B8BE19", "00B8BE1A", "0012107291");
        esme = ReceiptScript.esme(smsc, hook, b -> {});
        submitAccepted(esme, "447700900001");
        submitAccepted(esme, "447700900002");
        submitAccepted(esme, "447700900003");

        assertThat(send(smsc, receipt("b8be19", MessageState.DELIVERED, "DELIVRD")))
                .isEqualTo(CommandStatus.ESME_ROK);
        assertThat(send(smsc, receipt("12107290", MessageState.DELIVERED, "DELIVRD"))) // 0xB8BE1A in decimal
                .isEqualTo(CommandStatus.ESME_ROK);
        assertThat(send(smsc, receipt("B8BE1B", MessageState.DELIVERED, "DELIVRD"))) // 12107291 in hex, capitals
                .isEqualTo(CommandStatus.ESME_ROK);

        await(WAIT, "3 receipts", () -> hook.receipts.size() == 3);
        assertThat(hook.receipts)
                .extracting(r -> r.tracking().orElseThrow().trackingId())
                .containsExactly("t-447700900001", "t-447700900002", "t-447700900003");
    }

    @Test
    void anIdNoMessageHasGoesToTheHookUnmatchedAfterTheWait() throws Exception {
        smscAnswering("00B8BE19");
        esme = ReceiptScript.esme(
                smsc,
                hook,
                b -> b.inbound(InboundOptions.builder()
                        .unmatchedReceiptWait(Duration.ofMillis(100))
                        .build()));
        submitAccepted(esme, "447700900001");

        assertThat(send(smsc, receipt("b8be1a", MessageState.DELIVERED, "DELIVRD")))
                .isEqualTo(CommandStatus.ESME_ROK);

        assertThat(onlyReceipt().matched()).as("one digit differs").isFalse();
    }

    @Test
    void esmClassZeroWithReceiptedMessageIdIsAReceipt() throws Exception {
        smscAnswering("A1");
        esme = ReceiptScript.esme(smsc, hook, b -> {});
        submitAccepted(esme, "447700900001");

        send(
                smsc,
                receipt(
                        EsmClass.TYPE_DEFAULT,
                        "A1",
                        "DELIVRD",
                        Tlvs.builder().receiptedMessageId("a1").build()));

        ReceiptEvent event = onlyReceipt();
        assertThat(event.matched()).isTrue();
        assertThat(event.isFinal()).isTrue();
        assertThat(hook.incoming).isEmpty();
    }

    @Test
    void esmClassZeroWithOnlyTheStandardTextIsAReceipt() throws Exception {
        smscAnswering("77");
        esme = ReceiptScript.esme(smsc, hook, b -> {});
        submitAccepted(esme, "447700900001");

        send(smsc, receipt(EsmClass.TYPE_DEFAULT, "0077", "UNDELIV", Tlvs.EMPTY));

        ReceiptEvent event = onlyReceipt();
        assertThat(event.matched()).isTrue();
        assertThat(event.receipt().stat().name()).isEqualTo("UNDELIV");
        assertThat(hook.incoming).isEmpty();
    }

    @Test
    void withDetectionOffEsmClassZeroIsAnIncomingMessage() throws Exception {
        smscAnswering("77");
        esme = ReceiptScript.esme(
                smsc,
                hook,
                b -> b.inbound(InboundOptions.builder().receiptDetection(false).build()));
        submitAccepted(esme, "447700900001");

        send(
                smsc,
                receipt(
                        EsmClass.TYPE_DEFAULT,
                        "77",
                        "DELIVRD",
                        Tlvs.builder().receiptedMessageId("77").build()));

        await(WAIT, "the message", () -> !hook.incoming.isEmpty());
        assertThat(hook.incoming.get(0).text())
                .hasValueSatisfying(t -> assertThat(t).startsWith("id:77 "));
        assertThat(hook.receipts).isEmpty();
    }

    @Test
    void textThatOnlyLooksLikeAReceiptStaysAMessage() throws Exception {
        smscAnswering();
        esme = ReceiptScript.esme(smsc, hook, b -> {});

        send(smsc, receipt(EsmClass.TYPE_DEFAULT, "77", "FINE", Tlvs.EMPTY)); // no known stat

        await(WAIT, "the message", () -> !hook.incoming.isEmpty());
        assertThat(hook.receipts).isEmpty();
    }

    /** The SMSC sends the receipt first and the submit_sm_resp some time later. */
    private void smscSendingTheReceiptFirst(Duration responseDelay, String... ids) {
        AtomicReference<SmscSimulator> ref = new AtomicReference<>();
        List<String> queue = new java.util.concurrent.CopyOnWriteArrayList<>(List.of(ids));
        Function<Request<SubmitSm>, dev.smppkit.testkit.Reply> handler = sm -> {
            String id = queue.remove(0);
            ref.get().deliver(ReceiptScript.SYSTEM_ID, receipt(id, MessageState.DELIVERED, "DELIVRD"));
            return respond(id).after(responseDelay);
        };
        smsc = SmscSimulator.builder().onSubmitSm(handler::apply).start();
        ref.set(smsc);
    }

    @Test
    void aReceiptAheadOfItsResponseIsHeldThenMatched() throws Exception {
        smscSendingTheReceiptFirst(Duration.ofMillis(200), "5A");
        esme = ReceiptScript.esme(
                smsc,
                hook,
                b -> b.inbound(InboundOptions.builder()
                        .unmatchedReceiptWait(Duration.ofSeconds(5))
                        .build()));

        submitAccepted(esme, "447700900001");

        ReceiptEvent event = onlyReceipt();
        assertThat(event.matched()).isTrue();
        assertThat(event.tracking().orElseThrow().trackingId()).isEqualTo("t-447700900001");
    }

    @Test
    void aReceiptWhoseResponseComesAfterTheWaitIsUnmatched() throws Exception {
        smscSendingTheReceiptFirst(Duration.ofSeconds(3), "5A");
        esme = ReceiptScript.esme(
                smsc,
                hook,
                b -> b.inbound(InboundOptions.builder()
                        .unmatchedReceiptWait(Duration.ofMillis(100))
                        .build()));

        esme.submit(ReceiptScript.message("447700900001"));

        assertThat(onlyReceipt().matched()).isFalse();
    }

    @Test
    void beyondTheMostHeldAnEarlyReceiptIsUnmatchedAtOnce() throws Exception {
        smscSendingTheReceiptFirst(Duration.ofMillis(500), "5A", "5B");
        esme = ReceiptScript.esme(
                smsc,
                hook,
                b -> b.inbound(InboundOptions.builder()
                        .unmatchedReceiptWait(Duration.ofSeconds(5))
                        .maxHeldReceipts(1)
                        .build()));

        esme.submit(ReceiptScript.message("447700900001"));
        await(
                WAIT,
                "the first held",
                () -> smsc.traffic().sent(dev.smppkit.codec.pdu.DeliverSm.class).size() == 1);
        esme.submit(ReceiptScript.message("447700900002"));

        await(WAIT, "2 receipts", () -> hook.receipts.size() == 2);
        assertThat(hook.receipts.get(0).receipt().id())
                .as("not held: first to the hook")
                .isEqualTo("5B");
        assertThat(hook.receipts.get(0).matched()).isFalse();
        assertThat(hook.receipts.get(1).receipt().id()).isEqualTo("5A");
        assertThat(hook.receipts.get(1).matched()).isTrue();
    }
}
