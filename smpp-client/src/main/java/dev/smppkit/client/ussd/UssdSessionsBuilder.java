package dev.smppkit.client.ussd;

import dev.smppkit.client.internal.ussd.UssdText;
import dev.smppkit.client.internal.ussd.UssdTimer;
import dev.smppkit.codec.Address;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;

/** Builds {@link UssdSessions}; every option has a default except the handler. Not thread-safe. */
public final class UssdSessionsBuilder {
    final UssdHandler handler;
    Duration idleTimeout = Duration.ofSeconds(60);
    int maxSessions = 10_000;
    String busyText = "Service busy, please try again later.";
    String expiredText = "Your session has expired. Please dial again.";
    Address serviceAddress = Address.NULL;
    ScheduledExecutorService scheduler;
    Clock clock = Clock.systemUTC();
    UssdTimer timer; // tests only

    UssdSessionsBuilder(UssdHandler handler) {
        this.handler = Objects.requireNonNull(handler, "handler");
    }

    /**
     * How long a session may go without a message before it is closed as TIMED_OUT (default 60 s). Nothing is sent
     * to the handset then: the network times its side out too. Keep it below the ESME's hook timeout.
     *
     * @param timeout the idle time, positive
     * @return this builder
     * @throws IllegalArgumentException if timeout is null, zero or negative
     */
    public UssdSessionsBuilder idleTimeout(Duration timeout) {
        if (timeout == null || timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("idleTimeout is " + timeout + "; must be positive");
        }
        this.idleTimeout = timeout;
        return this;
    }

    /**
     * The most sessions open at once (default 10,000); a PSSR indication beyond it is answered with {@link
     * #busyText} and {@link UssdSessions#startSession} fails. Bounds the memory a flood of handsets can take.
     *
     * @param max 1 or more
     * @return this builder
     * @throws IllegalArgumentException if max is less than 1
     */
    public UssdSessionsBuilder maxSessions(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("maxSessions is " + max + "; must be at least 1");
        }
        this.maxSessions = max;
        return this;
    }

    /**
     * The end reply to a handset that opens a session while {@code maxSessions} are open.
     *
     * @param text one USSD string
     * @return this builder
     * @throws NullPointerException if text is null
     * @throws IllegalArgumentException if it does not fit in one USSD string
     */
    public UssdSessionsBuilder busyText(String text) {
        this.busyText = UssdText.check(Objects.requireNonNull(text, "busyText"));
        return this;
    }

    /**
     * The end reply to a handset that answers in a session that is not open (timed out, or never known).
     *
     * @param text one USSD string
     * @return this builder
     * @throws NullPointerException if text is null
     * @throws IllegalArgumentException if it does not fit in one USSD string
     */
    public UssdSessionsBuilder expiredText(String text) {
        this.expiredText = UssdText.check(Objects.requireNonNull(text, "expiredText"));
        return this;
    }

    /**
     * The source address of network-initiated messages (default NULL: the SMSC fills it in). Replies in a
     * handset-initiated session come from the service code the handset dialled.
     *
     * @param address the source address, e.g. {@code Address.shortCode("123")}
     * @return this builder
     * @throws NullPointerException if address is null
     */
    public UssdSessionsBuilder serviceAddress(Address address) {
        this.serviceAddress = Objects.requireNonNull(address, "serviceAddress");
        return this;
    }

    /**
     * Runs the idle timeouts on this executor instead of a daemon thread of the manager's own; the manager does not
     * shut it down.
     *
     * @param scheduler the executor, or null for the manager's own thread
     * @return this builder
     */
    public UssdSessionsBuilder scheduler(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
        return this;
    }

    /**
     * The clock of the session and turn times (default UTC system clock).
     *
     * @param clock the clock
     * @return this builder
     * @throws NullPointerException if clock is null
     */
    public UssdSessionsBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /**
     * The manager; call {@link UssdSessions#wrap} and {@link UssdSessions#attach} next.
     *
     * @return a new manager with its own timer thread unless a scheduler was given
     */
    public UssdSessions build() {
        return new UssdSessions(this);
    }
}
