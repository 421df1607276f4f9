package dev.smppkit.examples.otp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.examples.otp.OtpStore.Issued;
import dev.smppkit.examples.otp.OtpStore.Verification;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class OtpStoreTest {
    private static final PhoneNumber PHONE = PhoneNumber.parse("+447700900001").orElseThrow();
    private static final PhoneNumber OTHER = PhoneNumber.parse("+447700900002").orElseThrow();

    private final MutableClock clock = new MutableClock();
    private final OtpStore store = new OtpStore(clock, new OtpProperties("acme", Duration.ofMinutes(5), 3, 2, null));

    @Test
    void aRightCodeVerifiesOnceAndOnlyForItsPhone() {
        Issued issued = store.issue(PHONE).orElseThrow();
        assertThat(issued.code()).matches("[0-9]{6}");
        assertThat(issued.toString()).doesNotContain(issued.code());

        assertThat(store.verify(OTHER, issued.code())).isEqualTo(Verification.NO_CODE);
        assertThat(store.verify(PHONE, issued.code())).isEqualTo(Verification.VERIFIED);
        assertThat(store.verify(PHONE, issued.code())).isEqualTo(Verification.NO_CODE);
    }

    @Test
    void theLastWrongAttemptDropsTheCode() {
        Issued issued = store.issue(PHONE).orElseThrow();
        String wrong = wrong(issued.code());
        assertThat(store.verify(PHONE, wrong)).isEqualTo(Verification.WRONG_CODE);
        assertThat(store.verify(PHONE, wrong)).isEqualTo(Verification.WRONG_CODE);
        assertThat(store.verify(PHONE, wrong)).isEqualTo(Verification.TOO_MANY_ATTEMPTS);
        assertThat(store.verify(PHONE, issued.code())).isEqualTo(Verification.NO_CODE);
    }

    @Test
    void aCodeExpiresAfterTheTtlAndANewOneReplacesTheOld() {
        Issued first = store.issue(PHONE).orElseThrow();
        clock.advance(Duration.ofMinutes(5));
        assertThat(store.verify(PHONE, first.code())).isEqualTo(Verification.NO_CODE);

        Issued older = store.issue(PHONE).orElseThrow();
        Issued newer = store.issue(PHONE).orElseThrow();
        store.discard(older); // a failed send of the older code leaves the newer one alone
        if (!older.code().equals(newer.code())) {
            assertThat(store.verify(PHONE, older.code())).isEqualTo(Verification.WRONG_CODE);
        }
        assertThat(store.verify(PHONE, newer.code())).isEqualTo(Verification.VERIFIED);
    }

    @Test
    void theStoreIsBoundedButMakesRoomByDroppingExpiredCodes() {
        store.issue(PHONE).orElseThrow();
        store.issue(OTHER).orElseThrow();
        PhoneNumber third = PhoneNumber.parse("+447700900003").orElseThrow();
        assertThat(store.issue(third)).isEmpty();

        clock.advance(Duration.ofMinutes(5));
        assertThat(store.issue(third)).isPresent();
        assertThat(store.size()).isEqualTo(1);
    }

    private static String wrong(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }

    /** A clock a test moves forward. */
    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T00:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
