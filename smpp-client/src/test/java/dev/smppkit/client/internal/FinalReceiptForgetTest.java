package dev.smppkit.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.client.Correlator;
import dev.smppkit.client.Hook;
import dev.smppkit.client.InMemoryCorrelator;
import dev.smppkit.client.ReceiptEvent;
import dev.smppkit.client.Tracking;
import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.EsmClass;
import dev.smppkit.codec.pdu.DeliverSm;
import dev.smppkit.codec.pdu.DeliverSmResp;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The correlator entry of a segment goes once the hook took its final receipt, and only then; a few thousand final
 * receipts later, so that a repeat sent to a restarted process still finds it.
 */
class FinalReceiptForgetTest {
    private static final Address HANDSET = Address.international("447700900123");
    private static final Tracking TRACKING = new Tracking("q1", "t1", Map.of(), 1, 1, "447700900123", Instant.EPOCH);
    private static final Tracking OTHER = new Tracking("q2", "t2", Map.of(), 1, 1, "447700900123", Instant.EPOCH);

    private final InMemoryCorrelator entries = new InMemoryCorrelator();
    private final List<String> removed = new ArrayList<>();
    private RuntimeException removeFails;
    private boolean removeReturnsNull;
    private final Correlator correlator = new Correlator() {
        @Override
        public CompletionStage<Void> put(String systemId, String messageId, Tracking tracking) {
            return entries.put(systemId, messageId, tracking);
        }

        @Override
        public CompletionStage<Optional<Tracking>> get(String systemId, String messageId) {
            return entries.get(systemId, messageId);
        }

        @Override
        public CompletionStage<Void> remove(String systemId, String messageId) {
            removed.add(systemId + "/" + messageId);
            if (removeReturnsNull) {
                return null;
            }
            if (removeFails != null) {
                return CompletableFuture.failedFuture(removeFails);
            }
            return entries.remove(systemId, messageId);
        }
    };
    private final List<ReceiptEvent> receipts = new ArrayList<>();
    private final List<CompletableFuture<Void>> stages = new ArrayList<>();
    private final TestConfig settings = new TestConfig();
    private EmbeddedSession s;

    @BeforeEach
    void setUp() {
        settings.correlator = correlator;
        settings.unmatchedReceiptWait = Duration.ZERO; // an unmatched receipt goes to the hook at once
        settings.removalDelay = 0; // removed at once; the delay has its own tests below
        settings.hook = new Hook() {
            @Override
            public CompletionStage<Void> onDeliveryReceipt(ReceiptEvent receipt) {
                receipts.add(receipt);
                CompletableFuture<Void> f = new CompletableFuture<>();
                stages.add(f);
                return f;
            }
        };
        entries.put("smppclient1", "6699", TRACKING); // stored under the decimal id the submit_sm_resp gave
    }

    @AfterEach
    void tearDown() {
        if (s != null) {
            s.close();
        }
    }

    /** A receipt for the stored segment, its id in hex as some SMSCs write it. */
    private DeliverSmResp receipt(int seq, String stat, EsmClass esm, boolean hookTakesIt) {
        return receipt(seq, "1a2b", stat, esm, hookTakesIt);
    }

    private DeliverSmResp receipt(int seq, String id, String stat, EsmClass esm, boolean hookTakesIt) {
        String text = "id:" + id + " sub:001 dlvrd:001 submit date:2401011200 done date:2401011201 stat:" + stat
                + " err:000 text:hello";
        s.channel.writeInbound(DeliverSm.builder()
                .sourceAddress(HANDSET)
                .esmClass(esm)
                .shortMessage(text.getBytes(StandardCharsets.US_ASCII))
                .build()
                .withSequenceNumber(seq));
        s.runPendingTasks();
        CompletableFuture<Void> stage = stages.get(stages.size() - 1);
        if (hookTakesIt) {
            stage.complete(null);
        } else {
            stage.completeExceptionally(new IllegalStateException("downstream queue full"));
        }
        s.runPendingTasks();
        DeliverSmResp resp = s.readOutbound(DeliverSmResp.class);
        assertThat(resp.sequenceNumber()).isEqualTo(seq);
        return resp;
    }

    private boolean stored() {
        return entries.get("smppclient1", "6699").toCompletableFuture().join().isPresent();
    }

    @Test
    void aFinalReceiptTheHookTookRemovesTheEntryUnderTheKeyItWasFoundUnder() {
        s = new EmbeddedSession(settings);

        DeliverSmResp resp = receipt(7, "DELIVRD", EsmClass.DELIVERY_RECEIPT, true);

        assertThat(resp.commandStatus()).isEqualTo(CommandStatus.ESME_ROK);
        assertThat(receipts)
                .singleElement()
                .satisfies(r -> assertThat(r.tracking()).contains(TRACKING));
        assertThat(removed)
                .as("the decimal key it was stored under, not the receipt's hex id")
                .containsExactly("smppclient1/6699");
        assertThat(stored()).isFalse();
    }

    @Test
    void intermediateReceiptsKeepTheEntryForTheFinalOne() {
        s = new EmbeddedSession(settings);

        receipt(1, "ENROUTE", EsmClass.DELIVERY_RECEIPT, true);
        receipt(2, "ACCEPTD", EsmClass.DELIVERY_RECEIPT, true);
        receipt(3, "DELIVRD", EsmClass.of(EsmClass.TYPE_INTERMEDIATE_NOTIFICATION), true);
        assertThat(removed).isEmpty();
        assertThat(stored()).isTrue();

        receipt(4, "UNDELIV", EsmClass.DELIVERY_RECEIPT, true);

        assertThat(receipts).hasSize(4).allSatisfy(r -> assertThat(r.matched()).isTrue());
        assertThat(removed).containsExactly("smppclient1/6699");
    }

    @Test
    void aFinalReceiptTheHookFailedKeepsTheEntryForTheSmscsRetry() {
        s = new EmbeddedSession(settings);

        assertThat(receipt(1, "DELIVRD", EsmClass.DELIVERY_RECEIPT, false).commandStatus())
                .isEqualTo(CommandStatus.ESME_RX_T_APPN);
        assertThat(removed).isEmpty();

        assertThat(receipt(2, "DELIVRD", EsmClass.DELIVERY_RECEIPT, true).commandStatus())
                .isEqualTo(CommandStatus.ESME_ROK);
        assertThat(receipts).hasSize(2).allSatisfy(r -> assertThat(r.matched()).isTrue());
        assertThat(removed).containsExactly("smppclient1/6699");
    }

    @Test
    void theRemovalWaitsForLaterFinalReceipts() {
        settings.removalDelay = 1;
        entries.put("smppclient1", "6700", OTHER); // 0x1a2c
        s = new EmbeddedSession(settings);

        receipt(1, "1a2b", "DELIVRD", EsmClass.DELIVERY_RECEIPT, true);
        assertThat(removed).isEmpty();
        assertThat(stored()).isTrue();
        assertThat(s.core.correlation.pendingRemovals()).isEqualTo(1);

        receipt(2, "1a2c", "DELIVRD", EsmClass.DELIVERY_RECEIPT, true);

        assertThat(removed).as("one later final receipt came").containsExactly("smppclient1/6699");
        assertThat(stored()).isFalse();
        assertThat(entries.get("smppclient1", "6700").toCompletableFuture().join())
                .contains(OTHER);
    }

    @Test
    void aClientThatDiedAfterTakingAFinalReceiptLeavesTheEntryForTheRepeat() {
        settings.removalDelay = PendingRemovals.DEFAULT_DELAY;
        s = new EmbeddedSession(settings);
        receipt(1, "DELIVRD", EsmClass.DELIVERY_RECEIPT, true);
        s.close(); // the process dies before the SMSC read the deliver_sm_resp: it sends the receipt again

        s = new EmbeddedSession(settings); // the restarted process, the same persistent correlator
        receipt(1, "DELIVRD", EsmClass.DELIVERY_RECEIPT, true);

        assertThat(receipts).hasSize(2).allSatisfy(r -> assertThat(r.tracking()).contains(TRACKING));
        assertThat(removed).isEmpty();
    }

    @Test
    void aRepeatAfterTheRemovalIsADuplicateNotAnUnmatchedReceipt() {
        s = new EmbeddedSession(settings);
        receipt(1, "DELIVRD", EsmClass.DELIVERY_RECEIPT, true);

        s.channel.writeInbound(DeliverSm.builder()
                .sourceAddress(HANDSET)
                .esmClass(EsmClass.DELIVERY_RECEIPT)
                .shortMessage(("id:1a2b sub:001 dlvrd:001 submit date:2401011200 done date:2401011201 stat:DELIVRD"
                                + " err:000 text:hello")
                        .getBytes(StandardCharsets.US_ASCII))
                .build()
                .withSequenceNumber(2));
        s.runPendingTasks();

        assertThat(s.readOutbound(DeliverSmResp.class).commandStatus()).isEqualTo(CommandStatus.ESME_ROK);
        assertThat(receipts).as("the deduplicator answered it").hasSize(1);
        assertThat(removed).hasSize(1);
    }

    @Test
    void turnedOffTheEntryStaysUntilItExpires() {
        settings.forgetAfterFinalReceipt = false;
        s = new EmbeddedSession(settings);

        receipt(1, "DELIVRD", EsmClass.DELIVERY_RECEIPT, true);

        assertThat(removed).isEmpty();
        assertThat(stored()).isTrue();
    }

    @Test
    void aFailingRemoveIsLoggedAndTheReceiptStillAnsweredOk() {
        removeFails = new IllegalStateException("database down");
        s = new EmbeddedSession(settings);

        assertThat(receipt(1, "DELIVRD", EsmClass.DELIVERY_RECEIPT, true).commandStatus())
                .isEqualTo(CommandStatus.ESME_ROK);

        assertThat(removed).hasSize(1);
        assertThat(stored()).isTrue();
    }

    @Test
    void aCorrelatorWhoseRemoveReturnsNullDoesNotBreakTheSession() {
        removeReturnsNull = true;
        s = new EmbeddedSession(settings);

        assertThat(receipt(1, "DELIVRD", EsmClass.DELIVERY_RECEIPT, true).commandStatus())
                .isEqualTo(CommandStatus.ESME_ROK);
        assertThat(receipt(2, "EXPIRED", EsmClass.DELIVERY_RECEIPT, true).commandStatus())
                .isEqualTo(CommandStatus.ESME_ROK);

        assertThat(removed).hasSize(2);
        assertThat(s.channel.isActive()).isTrue();
    }

    @Test
    void anUnmatchedFinalReceiptRemovesNothing() {
        entries.remove("smppclient1", "6699");
        s = new EmbeddedSession(settings);

        receipt(1, "DELIVRD", EsmClass.DELIVERY_RECEIPT, true);

        assertThat(receipts)
                .singleElement()
                .satisfies(r -> assertThat(r.matched()).isFalse());
        assertThat(removed).isEmpty();
    }
}
