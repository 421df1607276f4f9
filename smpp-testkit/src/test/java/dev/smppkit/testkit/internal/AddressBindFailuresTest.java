package dev.smppkit.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AddressBindFailuresTest {
    private static final long MINUTE = TimeUnit.MINUTES.toNanos(1);

    private final AtomicLong now = new AtomicLong(42);

    @Test
    void blocksAnAddressAtTheLimitUntilItsWindowEnds() throws Exception {
        AddressBindFailures limits = new AddressBindFailures(3, MINUTE, 100, now::get);
        InetAddress a = address(1);
        InetAddress b = address(2);

        assertThat(limits.recordFailure(a)).isFalse();
        assertThat(limits.recordFailure(a)).isFalse();
        assertThat(limits.isBlocked(a)).isFalse();
        now.addAndGet(MINUTE - 1);
        assertThat(limits.recordFailure(a)).isTrue();
        assertThat(limits.isBlocked(a)).isTrue();
        assertThat(limits.isBlocked(b)).isFalse(); // per address

        now.addAndGet(1); // a minute after the first failure
        assertThat(limits.isBlocked(a)).isFalse();
        assertThat(limits.recordFailure(a)).isFalse(); // a new window
    }

    @Test
    void keepsAtMostTheCapOfAddressesForgettingTheOldestFirst() throws Exception {
        AddressBindFailures limits = new AddressBindFailures(2, MINUTE, 3, now::get);
        for (int i = 1; i <= 3; i++) {
            limits.recordFailure(address(i));
            limits.recordFailure(address(i));
            now.incrementAndGet();
        }
        assertThat(limits.isBlocked(address(1))).isTrue();

        limits.recordFailure(address(4));

        assertThat(limits.trackedAddresses()).isEqualTo(3);
        assertThat(limits.isBlocked(address(1))).isFalse(); // the oldest went
        assertThat(limits.isBlocked(address(2))).isTrue();
        assertThat(limits.isBlocked(address(3))).isTrue();
    }

    @Test
    void expiredWindowsAreDroppedBeforeLiveOnes() throws Exception {
        AddressBindFailures limits = new AddressBindFailures(2, MINUTE, 2, now::get);
        limits.recordFailure(address(1));
        now.addAndGet(MINUTE / 2);
        limits.recordFailure(address(2));
        limits.recordFailure(address(2));
        now.addAndGet(MINUTE / 2); // address 1's window has ended, address 2's has not

        limits.recordFailure(address(3));

        assertThat(limits.trackedAddresses()).isEqualTo(2);
        assertThat(limits.isBlocked(address(2))).isTrue();
    }

    @Test
    void zeroSwitchesTheLimitOff() throws Exception {
        AddressBindFailures limits = new AddressBindFailures(0, MINUTE, 10, now::get);
        for (int i = 0; i < 100; i++) {
            assertThat(limits.recordFailure(address(1))).isFalse();
        }
        assertThat(limits.isBlocked(address(1))).isFalse();
        assertThat(limits.trackedAddresses()).isZero();
    }

    private static InetAddress address(int last) throws Exception {
        return InetAddress.getByAddress(new byte[] {10, 0, 0, (byte) last});
    }
}
