package dev.smppkit.testkit.internal;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The default message ids: a counter written as ten decimal digits, as in Appendix B's example receipt. It lives as
 * long as the simulator, so ids stay unique across restarts. Thread-safe.
 */
final class MessageIdGenerator implements Supplier<String> {
    private static final int WIDTH = 10;

    private final AtomicLong next = new AtomicLong(1);

    @Override
    public String get() {
        String digits = Long.toString(next.getAndIncrement());
        if (digits.length() >= WIDTH) {
            return digits;
        }
        StringBuilder sb = new StringBuilder(WIDTH);
        for (int i = digits.length(); i < WIDTH; i++) {
            sb.append('0');
        }
        return sb.append(digits).toString();
    }
}
