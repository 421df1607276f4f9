package dev.smppkit.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.client.SmppClientException;
import dev.smppkit.codec.pdu.EnquireLink;
import dev.smppkit.codec.pdu.PduResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowTest {
    private static final Window.Listener NOBODY = new Window.Listener() {
        @Override
        public void onResponse(PduResponse response) {}

        @Override
        public void onFailure(SmppClientException error) {}
    };

    private static Window.Entry entry(int seq, boolean counted) {
        return new Window.Entry(seq, EnquireLink.create().withSequenceNumber(seq), NOBODY, counted);
    }

    @Test
    void countedRequestsTakeRoom() {
        Window w = new Window(3);
        assertThat(w.room()).isEqualTo(3);

        w.add(entry(1, true));
        w.add(entry(2, true));

        assertThat(w.room()).isEqualTo(1);
        assertThat(w.countedInFlight()).isEqualTo(2);
        assertThat(w.size()).isEqualTo(2);
    }

    @Test
    void sessionRequestsAreTrackedButTakeNoRoom() {
        Window w = new Window(1);
        w.add(entry(1, true));

        w.add(entry(2, false));

        assertThat(w.room()).isZero();
        assertThat(w.size()).isEqualTo(2);
        assertThat(w.contains(2)).isTrue();
    }

    @Test
    void removeReturnsTheEntryOnceAndFreesItsSlot() {
        Window w = new Window(2);
        Window.Entry e = entry(7, true);
        w.add(e);

        assertThat(w.remove(7)).isSameAs(e);
        assertThat(w.remove(7)).as("already answered").isNull();
        assertThat(w.remove(8)).as("never sent").isNull();
        assertThat(w.room()).isEqualTo(2);
        assertThat(w.contains(7)).isFalse();
    }

    @Test
    void removingAnUncountedEntryLeavesRoomAlone() {
        Window w = new Window(2);
        w.add(entry(1, true));
        w.add(entry(2, false));

        w.remove(2);

        assertThat(w.room()).isEqualTo(1);
        assertThat(w.countedInFlight()).isEqualTo(1);
    }

    @Test
    void forEachVisitsEveryEntryWithoutRemovingAny() {
        Window w = new Window(5);
        Window.Entry a = entry(1, true);
        Window.Entry b = entry(2, false);
        w.add(a);
        w.add(b);
        List<Window.Entry> seen = new ArrayList<>();

        w.forEach(seen::add);

        assertThat(seen).containsExactlyInAnyOrder(a, b);
        assertThat(w.size()).isEqualTo(2);
    }

    @Test
    void removeAllEmptiesTheWindow() {
        Window w = new Window(5);
        Window.Entry a = entry(1, true);
        Window.Entry b = entry(2, false);
        Window.Entry c = entry(3, true);
        w.add(a);
        w.add(b);
        w.add(c);

        List<Window.Entry> all = w.removeAll();

        assertThat(all).containsExactlyInAnyOrder(a, b, c);
        assertThat(w.size()).isZero();
        assertThat(w.room()).isEqualTo(5);
        assertThat(w.countedInFlight()).isZero();
        assertThat(w.removeAll()).isEmpty();
    }

    @Test
    void aLargeWindowWorks() {
        Window w = new Window(100_000);
        for (int i = 1; i <= 100_000; i++) {
            w.add(entry(i, true));
        }

        assertThat(w.room()).isZero();
        assertThat(w.remove(50_000)).isNotNull();
        assertThat(w.room()).isEqualTo(1);
    }
}
