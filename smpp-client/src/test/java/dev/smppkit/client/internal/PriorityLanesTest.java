package dev.smppkit.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smppkit.client.OutboundMessage;
import dev.smppkit.client.QueuedMessage;
import dev.smppkit.codec.Address;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriorityLanesTest {
    private static final Instant T0 = Instant.parse("2026-12-02T08:00:00Z");

    private static QueuedMessage msg(int n, int priority) {
        OutboundMessage m = OutboundMessage.builder()
                .to(Address.international("4477009" + n))
                .text("m" + n)
                .queuePriority(priority)
                .build();
        return new QueuedMessage(Integer.toString(n), m, 1, T0.plusMillis(n)); // later n: queued later
    }

    private static List<Integer> priorities(PriorityLanes lanes, int n) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(lanes.poll().message().queuePriority());
        }
        return out;
    }

    @Test
    void strictPriorityWithoutAShare() {
        PriorityLanes lanes = new PriorityLanes(0);
        for (int i = 0; i < 5; i++) {
            lanes.add(msg(i, 0));
        }
        for (int i = 5; i < 10; i++) {
            lanes.add(msg(i, 9));
        }
        assertThat(priorities(lanes, 10)).containsExactly(9, 9, 9, 9, 9, 0, 0, 0, 0, 0);
        assertThat(lanes.poll()).isNull();
    }

    @Test
    void everyNthHandoutIsTheOldestMessage() {
        PriorityLanes lanes = new PriorityLanes(0.25); // every 4th
        for (int i = 0; i < 20; i++) {
            lanes.add(msg(i, 0)); // the older ones
        }
        for (int i = 20; i < 40; i++) {
            lanes.add(msg(i, 9));
        }
        List<Integer> first20 = priorities(lanes, 20);
        assertThat(first20.stream().filter(p -> p == 0).count()).isEqualTo(5);
        assertThat(first20.get(3)).isZero();
        assertThat(first20.get(7)).isZero();
    }

    @Test
    void fifoWithinAPriorityAndReleasedGoesFirst() {
        PriorityLanes lanes = new PriorityLanes(0.1);
        lanes.add(msg(1, 3));
        lanes.add(msg(2, 3));
        lanes.addFirst(msg(3, 3));
        assertThat(List.of(lanes.poll().id(), lanes.poll().id(), lanes.poll().id()))
                .containsExactly("3", "1", "2");
        assertThat(lanes.size()).isZero();
    }

    @Test
    void removeIfTakesMatchesOut() {
        PriorityLanes lanes = new PriorityLanes(0.1);
        for (int i = 0; i < 6; i++) {
            lanes.add(msg(i, i % 3));
        }
        assertThat(lanes.removeIf(m -> m.message().queuePriority() == 1))
                .extracting(QueuedMessage::id)
                .containsExactly("1", "4");
        assertThat(lanes.size()).isEqualTo(4);
    }

    @Test
    void shareOutsideItsRangeIsRefused() {
        assertThatThrownBy(() -> new PriorityLanes(0.6)).hasMessage("lowPriorityShare is 0.6; must be 0-0.5");
    }
}
