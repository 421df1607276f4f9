package dev.smppkit.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PendingRemovalsTest {
    private final List<String> removed = new ArrayList<>();

    @Test
    void anEntryGoesOnceDelayLaterOnesAreHeld() {
        PendingRemovals pending = new PendingRemovals(2, removed::add);
        pending.add("a");
        pending.add("b");
        assertThat(removed).isEmpty();
        assertThat(pending.size()).isEqualTo(2);

        pending.add("c");
        pending.add("d");

        assertThat(removed).as("oldest first").containsExactly("a", "b");
        assertThat(pending.size()).isEqualTo(2);
    }

    @Test
    void aZeroDelayRemovesAtOnce() {
        PendingRemovals pending = new PendingRemovals(0, removed::add);
        pending.add("a");

        assertThat(removed).containsExactly("a");
        assertThat(pending.size()).isZero();
    }
}
