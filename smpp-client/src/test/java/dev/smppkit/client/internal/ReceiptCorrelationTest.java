package dev.smppkit.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.client.Correlator;
import dev.smppkit.client.InMemoryCorrelator;
import dev.smppkit.client.InboundOptions;
import dev.smppkit.client.OutboundMessage;
import dev.smppkit.client.QueuedMessage;
import dev.smppkit.client.Tracking;
import dev.smppkit.codec.Address;
import dev.smppkit.codec.MessageState;
import dev.smppkit.codec.text.DeliveryReceipt;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class ReceiptCorrelationTest {
    private static final String SYSTEM_ID = "acct1";

    /** An in-memory correlator that logs the ids looked up. */
    private static final class LoggingCorrelator implements Correlator {
        final InMemoryCorrelator store = new InMemoryCorrelator();
        final List<String> gets = new ArrayList<>();
        RuntimeException failPut;

        @Override
        public CompletionStage<Void> put(String systemId, String messageId, Tracking tracking) {
            return failPut != null ? CompletableFuture.failedFuture(failPut) : store.put(systemId, messageId, tracking);
        }

        @Override
        public CompletionStage<Optional<Tracking>> get(String systemId, String messageId) {
            gets.add(messageId);
            return store.get(systemId, messageId);
        }
    }

    private final LoggingCorrelator correlator = new LoggingCorrelator();
    private final ManualTimer timer = new ManualTimer();
    private final RepeatingFailureLog failures =
            new RepeatingFailureLog(LoggerFactory.getLogger(ReceiptCorrelationTest.class), 10, TimeUnit.SECONDS);
    private final ReceiptCorrelation correlation = new ReceiptCorrelation(correlator, SYSTEM_ID, timer, failures);

    private static QueuedMessage queued(boolean receipt) {
        OutboundMessage m = OutboundMessage.builder()
                .to(Address.international("447700900123"))
                .text("hi")
                .requestReceipt(receipt)
                .trackingId("t-9")
                .extra(Map.of("k", "v"))
                .build();
        return new QueuedMessage("q1", m, 1, Instant.EPOCH);
    }

    private static DeliveryReceipt receipt(String id) {
        return DeliveryReceipt.fromTlvs(id, MessageState.DELIVERED, null);
    }

    @Test
    void tracksAnAcceptedSegmentUnderItsIdScopedByTheAccount() {
        correlation.track(queued(true), 1, 3, "ab12");

        Tracking t = correlator
                .store
                .get(SYSTEM_ID, "ab12")
                .toCompletableFuture()
                .join()
                .orElseThrow();
        assertThat(t.brokerId()).isEqualTo("q1");
        assertThat(t.trackingId()).isEqualTo("t-9");
        assertThat(t.extra()).containsEntry("k", "v");
        assertThat(t.segment()).as("1-based").isEqualTo(2);
        assertThat(t.totalSegments()).isEqualTo(3);
        assertThat(t.destination()).isEqualTo("447700900123");
        assertThat(correlator.store.get("other", "ab12").toCompletableFuture().join())
                .isEmpty();
    }

    @Test
    void tracksNothingWithoutAReceiptRequestOrAnId() {
        correlation.track(queued(false), 0, 1, "ab12");
        correlation.track(queued(true), 0, 1, "");

        assertThat(correlator.store.size()).isZero();
    }

    @Test
    void aFailedStoreIsLoggedNotThrown() {
        correlator.failPut = new IllegalStateException("database down");

        correlation.track(queued(true), 0, 1, "a");
        correlation.track(queued(true), 0, 1, "b");

        assertThat(failures.pending("correlator.put failed"))
                .as("the second is counted")
                .isEqualTo(1);
    }

    @Test
    void matchesUnderTheReceiptsOwnIdFirst() {
        correlation.track(queued(true), 0, 1, "1A2B");

        Optional<Tracking> found = correlation
                .match(receipt("1A2B"), () -> false)
                .toCompletableFuture()
                .join();

        assertThat(found).map(Tracking::brokerId).contains("q1");
        assertThat(correlator.gets).as("stored and looked up under its key").containsExactly("1a2b");
    }

    @Test
    void triesTheOtherSpellingsInTurn() {
        correlation.track(queued(true), 0, 1, "6699"); // stored in decimal, receipt in lower-case hex

        Optional<Tracking> found = correlation
                .match(receipt("1a2b"), () -> false)
                .toCompletableFuture()
                .join();

        assertThat(found).isPresent();
        assertThat(correlator.gets).containsExactly("1a2b", "6699");
    }

    @Test
    void looksOnceMoreAfterAPauseBeforeCallingItUnmatched() {
        CompletableFuture<Optional<Tracking>> found =
                correlation.match(receipt("m1"), () -> false).toCompletableFuture();
        assertThat(found).isNotDone();

        correlation.track(queued(true), 0, 1, "m1"); // the submit_sm_resp's store, overtaken by the receipt
        timer.advance(ReceiptCorrelation.UNMATCHED_RETRY.toMillis() - 1, TimeUnit.MILLISECONDS);
        assertThat(found).isNotDone();
        timer.advance(1, TimeUnit.MILLISECONDS);

        assertThat(found.join()).isPresent();
        assertThat(correlator.gets).containsExactly("m1", "m1");
    }

    @Test
    void unmatchedAfterTheRetryIsEmpty() {
        CompletableFuture<Optional<Tracking>> found =
                correlation.match(receipt("m1"), () -> false).toCompletableFuture();
        timer.advance(ReceiptCorrelation.UNMATCHED_RETRY.toMillis(), TimeUnit.MILLISECONDS);

        assertThat(found).isCompletedWithValue(Optional.empty());
    }

    @Test
    void stopsLookingOnceAbandoned() {
        boolean[] abandoned = {false};
        CompletableFuture<Optional<Tracking>> found =
                correlation.match(receipt("m1"), () -> abandoned[0]).toCompletableFuture();
        abandoned[0] = true; // answered meanwhile (hook timeout, stop)
        timer.advance(ReceiptCorrelation.UNMATCHED_RETRY.toMillis(), TimeUnit.MILLISECONDS);

        assertThat(found).isCompletedWithValue(Optional.empty());
        assertThat(correlator.gets).as("no lookup after it was abandoned").containsExactly("m1");
    }

    @Test
    void aFailingCorrelatorFailsTheMatch() {
        Correlator broken = new Correlator() {
            @Override
            public CompletionStage<Void> put(String systemId, String messageId, Tracking tracking) {
                return CompletableFuture.completedFuture(null);
            }

            @Override
            public CompletionStage<Optional<Tracking>> get(String systemId, String messageId) {
                return CompletableFuture.failedFuture(new IllegalStateException("closed"));
            }
        };
        ReceiptCorrelation c = new ReceiptCorrelation(broken, SYSTEM_ID, timer, failures);

        assertThat(c.match(receipt("m1"), () -> false).toCompletableFuture()).isCompletedExceptionally();
    }

    @Test
    void idsDifferingOnlyInLeadingZerosOrCaseMatch() {
        correlation.track(queued(true), 0, 1, "00B8BE19");

        Optional<Tracking> found = correlation
                .match(receipt("b8be19"), () -> false)
                .toCompletableFuture()
                .join();

        assertThat(found).map(Tracking::brokerId).contains("q1");
        assertThat(correlator
                        .store
                        .get(SYSTEM_ID, "b8be19")
                        .toCompletableFuture()
                        .join())
                .as("stored under the key")
                .isPresent();
    }

    @Test
    void leadingZerosAndTheOtherBaseMatchTogether() {
        correlation.track(queued(true), 0, 1, "0012107289"); // decimal with zeros; receipt in hex with zeros

        assertThat(correlation
                        .match(receipt("00B8BE19"), () -> false)
                        .toCompletableFuture()
                        .join())
                .isPresent();
    }

    @Test
    void anEntryStoredAsSentByAnEarlierVersionIsStillFound() {
        correlator.store.put(SYSTEM_ID, "00AB", stored()); // not normalised

        assertThat(correlation
                        .match(receipt("00AB"), () -> false)
                        .toCompletableFuture()
                        .join())
                .isPresent();
        assertThat(correlator.gets).containsExactly("ab", "171", "00AB");
    }

    @Test
    void beyondTheMostHeldAnUnmatchedReceiptIsUnmatchedAtOnce() {
        ReceiptCorrelation c =
                withOptions(InboundOptions.builder().maxHeldReceipts(1).build());

        CompletableFuture<Optional<Tracking>> first =
                c.match(receipt("m1"), () -> false).toCompletableFuture();
        CompletableFuture<Optional<Tracking>> second =
                c.match(receipt("m2"), () -> false).toCompletableFuture();

        assertThat(first).as("held").isNotDone();
        assertThat(second).as("over the limit").isCompletedWithValue(Optional.empty());
        assertThat(c.held()).isEqualTo(1);
        timer.advance(ReceiptCorrelation.UNMATCHED_RETRY.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(first).isCompletedWithValue(Optional.empty());
        assertThat(c.held()).as("room again").isZero();
    }

    @Test
    void aZeroWaitLooksOnlyOnce() {
        ReceiptCorrelation c = withOptions(
                InboundOptions.builder().unmatchedReceiptWait(Duration.ZERO).build());

        assertThat(c.match(receipt("m1"), () -> false).toCompletableFuture()).isCompletedWithValue(Optional.empty());
        assertThat(timer.pending()).isZero();
    }

    @Test
    void theWaitIsCutToHalfTheHookTimeout() {
        ReceiptCorrelation c = withOptions(InboundOptions.builder()
                .unmatchedReceiptWait(Duration.ofSeconds(10))
                .hookTimeout(Duration.ofSeconds(2))
                .build());

        CompletableFuture<Optional<Tracking>> found =
                c.match(receipt("m1"), () -> false).toCompletableFuture();
        timer.advance(1000, TimeUnit.MILLISECONDS);

        assertThat(found).isCompletedWithValue(Optional.empty());
    }

    @Test
    void anUnknownDecimalIdNeverMatchesTheMessageWhoseDecimalIdIsItsHexDigits() {
        // an SMSC that numbers in decimal: 0x1401 is 5121, and "1401" is simply another message
        correlation.track(queued(true), 0, 1, "0000001401");
        ReceiptCorrelation noWait = withOptions(
                InboundOptions.builder().unmatchedReceiptWait(Duration.ZERO).build());

        assertThat(noWait.match(receipt("0000005121"), () -> false).toCompletableFuture())
                .isCompletedWithValue(Optional.empty());
        assertThat(correlator.gets).doesNotContain("1401");
    }

    @Test
    void withoutOtherBaseADecimalReceiptDoesNotLookUpItsHexSpelling() {
        correlation.track(queued(true), 0, 1, "1A2B");
        ReceiptCorrelation sameBase = withOptions(InboundOptions.builder()
                .unmatchedReceiptWait(Duration.ZERO)
                .receiptIdsInOtherBase(false)
                .build());

        assertThat(sameBase.match(receipt("6699"), () -> false).toCompletableFuture())
                .isCompletedWithValue(Optional.empty());
        assertThat(correlation
                        .match(receipt("6699"), () -> false)
                        .toCompletableFuture()
                        .join())
                .as("on by default")
                .map(Tracking::brokerId)
                .contains("q1");
    }

    /** A correlation over the same correlator, timer and failure log, with these options. */
    private ReceiptCorrelation withOptions(InboundOptions options) {
        return new ReceiptCorrelation(correlator, SYSTEM_ID, timer, failures, options);
    }

    private static Tracking stored() {
        return new Tracking("q1", null, Map.of(), 1, 1, "447700900123", Instant.EPOCH);
    }
}
