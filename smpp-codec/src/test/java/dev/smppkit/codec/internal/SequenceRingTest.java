package dev.smppkit.codec.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SequenceRingTest {

    @Test
    void handsOutSequenceNumbersInOrderFromOne() {
        SequenceRing<String> ring = new SequenceRing<>(4);
        for (int expected = 1; expected <= 3; expected++) {
            int seq = ring.nextSequence();
            assertThat(seq).isEqualTo(expected);
            ring.put(seq, "r" + seq);
        }
        assertThat(ring.size()).isEqualTo(3);
        assertThat(ring.get(2)).isEqualTo("r2");
        assertThat(ring.contains(4)).isFalse();
    }

    @Test
    void removeReturnsTheValueOnce() {
        SequenceRing<String> ring = new SequenceRing<>(4);
        int seq = ring.nextSequence();
        ring.put(seq, "a");

        assertThat(ring.remove(seq)).isEqualTo("a");
        assertThat(ring.remove(seq)).as("already removed").isNull();
        assertThat(ring.remove(999)).as("never handed out").isNull();
        assertThat(ring.size()).isZero();
    }

    @Test
    void aNumberThatSharesASlotIsNotMistakenForTheOutstandingOne() {
        SequenceRing<String> ring = new SequenceRing<>(4); // 8 slots
        ring.put(ring.nextSequence(), "one");

        assertThat(ring.get(1 + 8)).isNull();
        assertThat(ring.remove(1 + 8)).isNull();
        assertThat(ring.get(1)).isEqualTo("one");
    }

    @Test
    void aSlowRequestKeepsItsNumberWhileLaterOnesGoRound() {
        SequenceRing<String> ring = new SequenceRing<>(4); // 8 slots
        ring.put(ring.nextSequence(), "slow"); // seq 1 stays outstanding
        Set<Integer> handedOut = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            int seq = ring.nextSequence();
            assertThat(seq & 7).as("never the slow request's slot").isNotEqualTo(1);
            handedOut.add(seq);
            ring.put(seq, "fast");
            ring.remove(seq);
        }
        assertThat(handedOut).hasSize(100).doesNotContain(1);
        assertThat(ring.remove(1)).isEqualTo("slow");
    }

    @Test
    void theCounterWrapsToOneAfterTheLargestSequenceNumber() {
        SequenceRing<String> ring = new SequenceRing<>(2, SequenceRing.MAX_SEQUENCE - 1);
        ring.put(ring.nextSequence(), "second to last");
        assertThat(ring.nextSequence()).isEqualTo(SequenceRing.MAX_SEQUENCE);
        assertThat(ring.nextSequence()).as("0 is not a sequence number").isEqualTo(1);
        assertThat(ring.get(SequenceRing.MAX_SEQUENCE - 1)).isEqualTo("second to last");
    }

    @Test
    void refusesMoreThanItsMaximumOutstanding() {
        SequenceRing<String> ring = new SequenceRing<>(2);
        ring.put(ring.nextSequence(), "a");
        ring.put(ring.nextSequence(), "b");

        assertThatThrownBy(ring::nextSequence)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at most 2");
    }

    @Test
    void putRefusesANumberWhoseSlotIsTaken() {
        SequenceRing<String> ring = new SequenceRing<>(4); // 8 slots
        ring.put(ring.nextSequence(), "one");

        assertThatThrownBy(() -> ring.put(9, "nine"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("collides with outstanding 1");
    }

    @Test
    void removeAllEmptiesTheTable() {
        SequenceRing<String> ring = new SequenceRing<>(4);
        ring.put(ring.nextSequence(), "a");
        ring.put(ring.nextSequence(), "b");

        assertThat(ring.removeAll()).containsExactly("a", "b");
        assertThat(ring.size()).isZero();
        assertThat(ring.get(1)).isNull();
        assertThat(ring.removeAll()).isEmpty();
    }

    @Test
    void forEachVisitsWhatIsOutstandingAndKeepsIt() {
        SequenceRing<String> ring = new SequenceRing<>(4);
        ring.put(ring.nextSequence(), "a");
        int b = ring.nextSequence();
        ring.put(b, "b");
        ring.put(ring.nextSequence(), "c");
        ring.remove(b);
        java.util.List<String> seen = new java.util.ArrayList<>();

        ring.forEach(seen::add);

        assertThat(seen).containsExactly("a", "c");
        assertThat(ring.size()).isEqualTo(2);
    }

    @Test
    void rejectsASizeOutOfRange() {
        assertThatThrownBy(() -> new SequenceRing<>(0)).hasMessageContaining("maxEntries is 0");
        assertThatThrownBy(() -> new SequenceRing<>(SequenceRing.MAX_ENTRIES + 1))
                .hasMessageContaining("maxEntries is");
    }

    /** Random answers in any order: the table agrees with a plain map at every step. */
    @Test
    void behavesLikeAMapUnderRandomOutOfOrderAnswers() {
        SplittableRandom random = new SplittableRandom(42);
        SequenceRing<Integer> ring = new SequenceRing<>(100);
        Map<Integer, Integer> model = new HashMap<>();
        ArrayDeque<Integer> outstanding = new ArrayDeque<>();
        for (int step = 0; step < 200_000; step++) {
            if (model.size() < 100 && (model.isEmpty() || random.nextInt(3) > 0)) {
                int seq = ring.nextSequence();
                assertThat(model).doesNotContainKey(seq);
                ring.put(seq, step);
                model.put(seq, step);
                outstanding.add(seq);
            } else {
                // answer a random outstanding request: mostly the oldest, sometimes one from the middle
                Integer seq = random.nextInt(4) == 0 ? pickAny(outstanding, random) : outstanding.poll();
                outstanding.remove(seq);
                assertThat(ring.remove(seq)).isEqualTo(model.remove(seq));
            }
            assertThat(ring.size()).isEqualTo(model.size());
        }
    }

    private static Integer pickAny(ArrayDeque<Integer> deque, SplittableRandom random) {
        int skip = random.nextInt(deque.size());
        for (Integer seq : deque) {
            if (skip-- == 0) {
                return seq;
            }
        }
        throw new AssertionError();
    }
}
