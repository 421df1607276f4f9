package dev.smppkit.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.codec.MessageState;
import dev.smppkit.codec.text.DeliveryReceipt;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ReceiptDeduplicatorTest {
    private final AtomicLong now = new AtomicLong();
    private final ReceiptDeduplicator dedup =
            new ReceiptDeduplicator(Duration.ofMinutes(10).toNanos(), 3, now::get);

    private static DeliveryReceipt receipt(String id, MessageState state) {
        return DeliveryReceipt.fromTlvs(id, state, null);
    }

    private CompletableFuture<ReceiptDeduplicator.Claim> claim(String id, MessageState state) {
        return dedup.claim("acct", "447700900001", receipt(id, state)).toCompletableFuture();
    }

    @Test
    void aReceiptTheHookTookIsADuplicateNextTime() {
        claim("ab", MessageState.DELIVERED).join().settle(true);

        assertThat(claim("ab", MessageState.DELIVERED)).as("duplicate").isCompletedWithValue(null);
        assertThat(claim("00AB", MessageState.DELIVERED))
                .as("the same id spelt with zeros and capitals")
                .isCompletedWithValue(null);
    }

    @Test
    void anotherStatOrAccountIsNotADuplicate() {
        claim("ab", MessageState.ENROUTE).join().settle(true);

        assertThat(claim("ab", MessageState.DELIVERED).join())
                .as("ENROUTE then DELIVRD")
                .isNotNull();
        assertThat(dedup.claim("other", "447700900001", receipt("ab", MessageState.ENROUTE))
                        .toCompletableFuture()
                        .join())
                .isNotNull();
    }

    @Test
    void theSameIdForAnotherHandsetIsNotADuplicate() {
        // a submit_multi's destinations share one message id; each handset's receipt is its own
        claim("ab", MessageState.DELIVERED).join().settle(true);

        assertThat(dedup.claim("acct", "447700900002", receipt("ab", MessageState.DELIVERED))
                        .toCompletableFuture()
                        .join())
                .isNotNull();
    }

    @Test
    void aReceiptTheHookRefusedIsDeliveredAgain() {
        claim("ab", MessageState.DELIVERED).join().settle(false);

        assertThat(claim("ab", MessageState.DELIVERED).join()).isNotNull();
    }

    @Test
    void aCopyArrivingWhileTheFirstIsWithTheHookWaitsForItsOutcome() {
        ReceiptDeduplicator.Claim first = claim("ab", MessageState.DELIVERED).join();
        CompletableFuture<ReceiptDeduplicator.Claim> taken = claim("ab", MessageState.DELIVERED);
        assertThat(taken).isNotDone();
        first.settle(true);
        assertThat(taken).as("a duplicate once the first is taken").isCompletedWithValue(null);

        ReceiptDeduplicator.Claim again = claim("cd", MessageState.DELIVERED).join();
        CompletableFuture<ReceiptDeduplicator.Claim> replacing = claim("cd", MessageState.DELIVERED);
        again.settle(false);
        assertThat(replacing.join()).as("takes the refused first's place").isNotNull();
    }

    @Test
    void settlingTwiceCountsOnce() {
        ReceiptDeduplicator.Claim c = claim("ab", MessageState.DELIVERED).join();
        c.settle(false);
        c.settle(true);

        assertThat(claim("ab", MessageState.DELIVERED).join()).isNotNull();
    }

    @Test
    void boundedInEntriesAndTime() {
        for (String id : new String[] {"1", "2", "3", "4"}) {
            claim(id, MessageState.DELIVERED).join().settle(true);
        }
        assertThat(dedup.size()).isEqualTo(3);
        assertThat(claim("1", MessageState.DELIVERED).join())
                .as("the oldest was forgotten")
                .isNotNull();

        now.addAndGet(Duration.ofMinutes(10).toNanos());
        assertThat(claim("4", MessageState.DELIVERED).join()).as("aged out").isNotNull();
        assertThat(dedup.size()).isZero();
    }

    @Test
    void aZeroWindowTurnsItOff() {
        ReceiptDeduplicator off = new ReceiptDeduplicator(0, 10, now::get);
        off.claim("acct", "447700900001", receipt("ab", MessageState.DELIVERED))
                .toCompletableFuture()
                .join()
                .settle(true);

        assertThat(off.claim("acct", "447700900001", receipt("ab", MessageState.DELIVERED))
                        .toCompletableFuture()
                        .join())
                .isNotNull();
        assertThat(off.size()).isZero();
    }
}
