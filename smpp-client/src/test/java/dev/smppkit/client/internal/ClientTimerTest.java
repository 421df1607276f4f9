package dev.smppkit.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ClientTimerTest {
    @Test
    void clientsShareOneWheelThreadAndTheLastStopReleasesIt() throws Exception {
        int before = SharedWheel.holders();
        ClientTimer a = new ClientTimer();
        ClientTimer b = new ClientTimer();
        a.start();
        b.start();
        assertThat(SharedWheel.holders()).isEqualTo(before + 2);
        CountDownLatch ran = new CountDownLatch(2);
        Thread[] threads = new Thread[2];
        a.newTimeout(
                t -> {
                    threads[0] = Thread.currentThread();
                    ran.countDown();
                },
                1,
                TimeUnit.MILLISECONDS);
        b.newTimeout(
                t -> {
                    threads[1] = Thread.currentThread();
                    ran.countDown();
                },
                1,
                TimeUnit.MILLISECONDS);
        assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(threads[0]).isSameAs(threads[1]);
        assertThat(threads[0].getName()).startsWith("smppkit-timer");

        a.stop();
        b.stop();
        assertThat(SharedWheel.holders()).isEqualTo(before);
        if (before == 0) {
            threads[0].join(10_000); // the last holder stopped the wheel, and so its thread
            assertThat(threads[0].isAlive()).isFalse();
        }
    }

    @Test
    void aStoppedClientRefusesNewTimeoutsAndItsPendingOnesDoNotRun() throws Exception {
        ClientTimer stopping = new ClientTimer();
        ClientTimer running = new ClientTimer();
        stopping.start();
        running.start();
        AtomicBoolean stoppedOneRan = new AtomicBoolean();
        stopping.newTimeout(t -> stoppedOneRan.set(true), 20, TimeUnit.MILLISECONDS);
        stopping.stop();
        CountDownLatch later = new CountDownLatch(1);
        // due after the stopped client's timeout: the wheel runs due timeouts in deadline order
        running.newTimeout(t -> later.countDown(), 200, TimeUnit.MILLISECONDS);
        assertThat(later.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(stoppedOneRan).isFalse();
        assertThatThrownBy(() -> stopping.newTimeout(t -> {}, 1, TimeUnit.MILLISECONDS))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("stopped");
        assertThat(stopping.stop()).isEmpty(); // stopping twice gives back nothing twice
        running.stop();
    }

    @Test
    void aClientNotStartedRefusesTimeouts() {
        ClientTimer t = new ClientTimer();
        assertThatThrownBy(() -> t.newTimeout(x -> {}, 1, TimeUnit.MILLISECONDS))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not started");
        t.stop();
    }
}
