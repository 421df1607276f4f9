package dev.smppkit.codec.text;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Supplies concatenation reference numbers. Keep one per connection (the reference only has to be unique among the
 * messages in flight to one handset from one SMSC link), and share it between threads only if the implementation is
 * thread-safe, as {@link #sequential(int)} is.
 *
 * <p>{@link TextCodec} keeps the low 8 bits for {@link ConcatMode#UDH_8BIT} and the low 16 bits for
 * {@link ConcatMode#UDH_16BIT} and {@link ConcatMode#SAR}, so a plain counter wraps correctly.
 */
@FunctionalInterface
public interface ReferenceGenerator {
    /**
     * The next reference; only its low 8 or 16 bits are used. Called once per message that needs more than one segment.
     *
     * @return any int; the codec masks it to 0–255 or 0–65535
     */
    int next();

    /**
     * A thread-safe counter that returns {@code start}, {@code start + 1}, …
     *
     * @param start the first reference
     * @return a generator backed by an atomic counter
     */
    static ReferenceGenerator sequential(int start) {
        AtomicInteger counter = new AtomicInteger(start);
        return counter::getAndIncrement;
    }

    /**
     * A thread-safe counter starting at a random value, so that references do not restart at the same number after
     * every reconnect (a handset may still hold parts of a message sent before).
     *
     * @return a generator whose first reference is random in 0–65535
     */
    static ReferenceGenerator sequential() {
        return sequential(java.util.concurrent.ThreadLocalRandom.current().nextInt(0x10000));
    }
}
