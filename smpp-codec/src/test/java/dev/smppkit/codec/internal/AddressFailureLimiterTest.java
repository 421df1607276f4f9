package dev.smppkit.codec.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AddressFailureLimiterTest {
    private final AtomicLong now = new AtomicLong(1_000);
    private final AddressFailureLimiter limiter = new AddressFailureLimiter(3, Duration.ofSeconds(60), 4, now::get);

    private static InetAddress ip(String text) throws Exception {
        return InetAddress.getByName(text);
    }

    private void advance(Duration d) {
        now.addAndGet(d.toNanos());
    }

    @Test
    void anAddressIsBlockedAtTheLimitAndOnlyThatAddress() throws Exception {
        InetAddress attacker = ip("192.0.2.1");
        assertThat(limiter.recordFailure(attacker)).isEqualTo(1);
        assertThat(limiter.recordFailure(attacker)).isEqualTo(2);
        assertThat(limiter.isBlocked(attacker)).isFalse();
        assertThat(limiter.recordFailure(attacker))
                .as("the failure that reaches the limit")
                .isEqualTo(limiter.maxFailures());
        assertThat(limiter.isBlocked(attacker)).isTrue();
        assertThat(limiter.recordFailure(attacker))
                .as("one that raced past the block")
                .isEqualTo(4);
        assertThat(limiter.isBlocked(ip("192.0.2.2"))).isFalse();
    }

    @Test
    void theBlockEndsWithTheWindowThatBeganAtTheFirstFailure() throws Exception {
        InetAddress attacker = ip("192.0.2.1");
        limiter.recordFailure(attacker);
        advance(Duration.ofSeconds(30));
        limiter.recordFailure(attacker);
        limiter.recordFailure(attacker);
        advance(Duration.ofSeconds(29));
        assertThat(limiter.isBlocked(attacker)).isTrue();
        advance(Duration.ofSeconds(1));
        assertThat(limiter.isBlocked(attacker)).isFalse();
        assertThat(limiter.trackedAddresses())
                .as("the ended window is forgotten")
                .isZero();
    }

    @Test
    void failuresSpreadOverWindowsNeverBlock() throws Exception {
        InetAddress slow = ip("192.0.2.1");
        for (int i = 0; i < 10; i++) {
            limiter.recordFailure(slow);
            limiter.recordFailure(slow);
            assertThat(limiter.isBlocked(slow)).isFalse();
            advance(Duration.ofSeconds(61));
        }
    }

    @Test
    void memoryIsBoundedByForgettingTheOldestWindowFirst() throws Exception {
        for (int i = 1; i <= 4; i++) {
            InetAddress a = ip("198.51.100." + i);
            limiter.recordFailure(a);
            limiter.recordFailure(a);
            limiter.recordFailure(a);
            advance(Duration.ofSeconds(1));
        }
        assertThat(limiter.isBlocked(ip("198.51.100.1"))).isTrue();
        limiter.recordFailure(ip("198.51.100.5"));
        assertThat(limiter.trackedAddresses()).isEqualTo(4);
        assertThat(limiter.isBlocked(ip("198.51.100.1"))).as("evicted").isFalse();
        assertThat(limiter.isBlocked(ip("198.51.100.2"))).isTrue();
        for (int i = 6; i < 1000; i++) {
            limiter.recordFailure(ip("198.51.100." + (i % 250)));
        }
        assertThat(limiter.trackedAddresses()).isLessThanOrEqualTo(4);
    }

    @Test
    void ipv6AddressesCountByTheirSlash64() throws Exception {
        limiter.recordFailure(ip("2001:db8:1:2::1"));
        limiter.recordFailure(ip("2001:db8:1:2::abcd"));
        limiter.recordFailure(ip("2001:db8:1:2:ffff:ffff:ffff:ffff"));
        assertThat(limiter.isBlocked(ip("2001:db8:1:2::99"))).isTrue();
        assertThat(limiter.isBlocked(ip("2001:db8:1:3::1"))).isFalse();
    }

    @Test
    void expiredWindowsAreDroppedBeforeLiveOnes() throws Exception {
        AddressFailureLimiter small = new AddressFailureLimiter(2, Duration.ofSeconds(60), 2, now::get);
        small.recordFailure(ip("10.0.0.1"));
        advance(Duration.ofSeconds(30));
        small.recordFailure(ip("10.0.0.2"));
        small.recordFailure(ip("10.0.0.2"));
        advance(Duration.ofSeconds(30)); // 10.0.0.1's window has ended, 10.0.0.2's has not

        small.recordFailure(ip("10.0.0.3"));

        assertThat(small.trackedAddresses()).isEqualTo(2);
        assertThat(small.isBlocked(ip("10.0.0.2"))).isTrue();
    }

    @Test
    void zeroSwitchesTheLimitOff() throws Exception {
        AddressFailureLimiter off = new AddressFailureLimiter(0, Duration.ofSeconds(60), 10, now::get);
        for (int i = 0; i < 100; i++) {
            assertThat(off.recordFailure(ip("10.0.0.1"))).isZero();
        }
        assertThat(off.isBlocked(ip("10.0.0.1"))).isFalse();
        assertThat(off.trackedAddresses()).isZero();
    }

    @Test
    void rejectsANonsenseConfiguration() {
        assertThatThrownBy(() -> new AddressFailureLimiter(-1, Duration.ofSeconds(1), 1, now::get))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxFailures >= 0");
        assertThatThrownBy(() -> new AddressFailureLimiter(1, Duration.ZERO, 1, now::get))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
