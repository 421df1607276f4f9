package dev.smppkit.client.internal;

import dev.smppkit.client.ClientListener;
import dev.smppkit.client.Tracking;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Tells the instrumentation listener about a receipt once its lookup is done: matched, with the delay since the SMSC
 * accepted its segment (wall clock: the tracking may come from another process), or unmatched. Kept apart from the
 * receipt handling so that code reads as before.
 */
final class ReceiptListenerCall {
    private ReceiptListenerCall() {}

    /** Does nothing when no listener is registered; any thread. */
    static void receipt(EsmeConfig config, Optional<Tracking> found) {
        ClientListener listener = config.listenerOrNull();
        if (listener == null) {
            return;
        }
        if (found.isPresent()) {
            Tracking t = found.get();
            long delay = saturatedNanos(Duration.between(t.submittedAt(), Instant.now()));
            listener.receiptMatched(config.name(), t, delay);
        } else {
            listener.receiptUnmatched(config.name());
        }
    }

    private static long saturatedNanos(Duration d) {
        try {
            return d.toNanos();
        } catch (ArithmeticException e) { // a tracking centuries old: not worth failing over
            return d.isNegative() ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }
}
