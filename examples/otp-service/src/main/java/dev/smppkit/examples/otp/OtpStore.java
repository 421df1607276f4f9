package dev.smppkit.examples.otp;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * The codes waiting to be verified, in memory, one per phone: a new code replaces the previous one. Only an HMAC of
 * the code is kept (keyed per process), so a heap dump does not give the codes away; each expires after {@code
 * otp.ttl} and allows {@code otp.max-attempts} wrong guesses. Thread-safe: every change of an entry is one atomic
 * map operation.
 */
@Component
public class OtpStore {
    /** How a verification ended. */
    public enum Verification {
        /** The code was right; it is used up. */
        VERIFIED,
        /** The code was wrong; attempts remain. */
        WRONG_CODE,
        /** The code was wrong and that was the last attempt; the pending code is dropped. */
        TOO_MANY_ATTEMPTS,
        /** No code is pending for this phone, or it expired. */
        NO_CODE
    }

    /**
     * A code just issued, to send; its {@code toString} hides the code, so that logging it gives nothing away.
     *
     * @param phone the phone it is for
     * @param code the six digits
     * @param entry the stored entry, to discard exactly this one if sending fails
     */
    public record Issued(PhoneNumber phone, String code, Object entry) {
        @Override
        public String toString() {
            return "Issued[" + phone.masked() + ", code=******]";
        }
    }

    private record Pending(byte[] hash, Instant expiresAt, int attemptsLeft) {}

    private final SecureRandom random = new SecureRandom();
    private final byte[] hmacKey = new byte[32]; // per process: codes do not survive a restart anyway
    private final Clock clock;
    private final OtpProperties properties;
    // per application; any request thread
    private final Map<PhoneNumber, Pending> pending = new ConcurrentHashMap<>();

    /**
     * Creates an empty store.
     *
     * @param clock what codes expire by
     * @param properties ttl, attempts and capacity
     */
    public OtpStore(Clock clock, OtpProperties properties) {
        this.clock = clock;
        this.properties = properties;
        random.nextBytes(hmacKey);
    }

    /**
     * Issues a new six-digit code for the phone, replacing any pending one.
     *
     * @param phone the phone
     * @return the code to send, or empty when {@code otp.max-pending} unexpired codes are already kept
     */
    public Optional<Issued> issue(PhoneNumber phone) {
        Instant now = clock.instant();
        if (pending.size() >= properties.maxPending()) {
            pending.values().removeIf(p -> !now.isBefore(p.expiresAt()));
            if (pending.size() >= properties.maxPending()) {
                return Optional.empty();
            }
        }
        String code = String.format("%06d", random.nextInt(1_000_000));
        Pending entry = new Pending(hash(phone, code), now.plus(properties.ttl()), properties.maxAttempts());
        pending.put(phone, entry);
        return Optional.of(new Issued(phone, code, entry));
    }

    /**
     * Drops an issued code that could not be sent, unless a newer one replaced it meanwhile.
     *
     * @param issued what {@link #issue} returned
     */
    public void discard(Issued issued) {
        pending.remove(issued.phone(), issued.entry());
    }

    /**
     * Checks a code; a right one is used up, a wrong one uses up an attempt.
     *
     * @param phone the phone
     * @param code the code the user typed
     * @return how it ended
     */
    public Verification verify(PhoneNumber phone, String code) {
        byte[] given = hash(phone, code);
        Instant now = clock.instant();
        Verification[] result = {Verification.NO_CODE};
        pending.computeIfPresent(phone, (key, p) -> {
            if (!now.isBefore(p.expiresAt())) {
                return null; // NO_CODE: expired
            }
            if (MessageDigest.isEqual(p.hash(), given)) {
                result[0] = Verification.VERIFIED;
                return null;
            }
            int left = p.attemptsLeft() - 1;
            result[0] = left > 0 ? Verification.WRONG_CODE : Verification.TOO_MANY_ATTEMPTS;
            return left > 0 ? new Pending(p.hash(), p.expiresAt(), left) : null;
        });
        return result[0];
    }

    /**
     * How many codes are kept now, expired ones not yet dropped included.
     *
     * @return the number of entries
     */
    public int size() {
        return pending.size();
    }

    private byte[] hash(PhoneNumber phone, String code) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(hmacKey, "HmacSHA256"));
            // the phone is part of the input: a code is only ever valid for the number it was sent to
            return mac.doFinal((phone.digits() + ':' + code).getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every JVM", e);
        }
    }
}
