package dev.smppkit.testkit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;

/**
 * The credentials check. Passwords are compared as SHA-256 digests with {@link MessageDigest#isEqual}, so the time
 * taken depends on neither the password's length nor where it differs; an unknown system_id (when such binds are
 * refused) is compared against a random digest, so it takes the same path as a wrong password. Thread-safe,
 * immutable.
 */
final class Accounts {
    private final Map<String, byte[]> digests = new HashMap<>();
    private final boolean closedByDefault;
    private final byte[] unknown = new byte[32]; // matches no digest in practice

    Accounts(Map<String, String> passwords, boolean closedByDefault) {
        passwords.forEach((id, password) -> digests.put(id, digest(password)));
        this.closedByDefault = closedByDefault;
        new SecureRandom().nextBytes(unknown);
    }

    /**
     * Whether a bind with these credentials passes. In open mode (not closed by default) an unknown system_id passes
     * without a password check, which by nature tells it apart from a known one: open mode is for tests.
     */
    boolean accepts(String systemId, String password) {
        byte[] expected = digests.get(systemId);
        boolean known = expected != null;
        if (!known && !closedByDefault) {
            return true;
        }
        boolean matches = MessageDigest.isEqual(known ? expected : unknown, digest(password));
        return known & matches;
    }

    private static byte[] digest(String password) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
