package dev.smppkit.client.internal;

import dev.smppkit.client.EsmeHealth;
import dev.smppkit.codec.text.LogSafe;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What {@link dev.smppkit.client.Esme#health()} reports: session counts and the last error, written by the client's
 * supervisors on their event loops (and, for an account of a gateway, by its dispatcher), read on any thread without a
 * lock. Per client (its lifetime: counts and the last error survive reconnects).
 */
final class HealthState {
    /** An error and when it was seen: one object behind one volatile, so a reader never pairs a text with another's time. */
    private record Seen(String text, Instant at) {}

    private final String account;
    private final AtomicInteger bound = new AtomicInteger();
    private final AtomicInteger transmitting = new AtomicInteger(); // of bound: those that can submit
    private final AtomicInteger configured;
    private volatile Seen lastError; // null until the first error

    HealthState(String account, int configured) {
        this.account = account;
        this.configured = new AtomicInteger(configured);
    }

    void sessionBound(boolean transmits) {
        if (transmits) {
            transmitting.incrementAndGet();
        }
        bound.incrementAndGet();
    }

    void sessionUnbound(boolean transmits) {
        bound.decrementAndGet();
        if (transmits) {
            transmitting.decrementAndGet();
        }
    }

    /** A receiver slot was added to a transceiver slot the SMSC refused. */
    void slotAdded() {
        configured.incrementAndGet();
    }

    /** Records an error; the text is escaped here, as it may hold the peer's text. */
    void error(String text) {
        lastError = new Seen(LogSafe.escape(text), Instant.now());
    }

    int bound() {
        return bound.get();
    }

    int transmitting() {
        return transmitting.get();
    }

    EsmeHealth snapshot() {
        Seen seen = lastError;
        return new EsmeHealth(
                account,
                bound.get(),
                transmitting.get(),
                configured.get(),
                Optional.ofNullable(seen).map(Seen::text),
                Optional.ofNullable(seen).map(Seen::at));
    }
}
