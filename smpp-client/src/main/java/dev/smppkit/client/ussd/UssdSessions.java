package dev.smppkit.client.ussd;

import dev.smppkit.client.Esme;
import dev.smppkit.client.Hook;
import dev.smppkit.client.OutboundMessage;
import dev.smppkit.client.SubmitOutcome;
import dev.smppkit.client.internal.ussd.UssdEngine;
import dev.smppkit.client.internal.ussd.UssdHook;
import dev.smppkit.client.internal.ussd.UssdTimer;
import dev.smppkit.codec.Address;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;

/**
 * USSD over SMPP as sessions (ussd_service_op and its_session_info, SMPP 3.4 §5.3.2.43–44): a handset's PSSR
 * indication opens a session, the {@link UssdHandler} answers with a menu (USSR request) or an end (PSSR response),
 * the handset's answer (USSR confirm) comes back to the handler, and so on until an end or the idle timeout. The
 * application can also open a session ({@link #startSession}) or send a notification ({@link #notify}).
 *
 * <p>It sits in front of your hook and sends with your ESME, so it is wired in two steps:
 *
 * <pre>{@code
 * UssdSessions ussd = UssdSessions.builder(handler).idleTimeout(Duration.ofSeconds(60)).build();
 * Esme esme = Esme.builder().host(h).systemId(id).password(pw).hook(ussd.wrap(myHook)).build();
 * ussd.attach(esme);
 * esme.start().join();
 * }</pre>
 *
 * <p>The wrapped hook answers each USSD deliver_sm once its reply is accepted by the SMSC (ESME_ROK), or with
 * ESME_RX_T_APPN if the handler fails or the reply is not accepted (the SMSC may deliver it again), so every request
 * ends in exactly one outcome. A USSR confirm for no open session is answered with an end reply ({@link
 * UssdSessionsBuilder#expiredText}), a PSSR indication beyond {@code maxSessions} with {@link
 * UssdSessionsBuilder#busyText}; a USSN confirm is acknowledged; every other message goes to your hook. Keep the idle
 * timeout below the ESME's hook timeout. Thread-safe.
 */
public final class UssdSessions implements AutoCloseable {
    private final AtomicReference<Esme> esme = new AtomicReference<>();
    private final UssdEngine engine;
    private final ScheduledExecutorService ownTimer;

    UssdSessions(UssdSessionsBuilder b) {
        ScheduledExecutorService scheduler = b.scheduler;
        this.ownTimer = scheduler == null ? newTimer() : null;
        UssdTimer timer = b.timer != null ? b.timer : UssdTimer.of(scheduler != null ? scheduler : ownTimer);
        this.engine = new UssdEngine(
                b.handler,
                this::send,
                b.serviceAddress,
                new UssdEngine.Texts(b.busyText, b.expiredText),
                b.clock,
                b.maxSessions,
                b.idleTimeout,
                timer);
    }

    /**
     * A builder; the handler is the only required part.
     *
     * @param handler the application that answers the handsets
     * @return a new builder with the defaults
     * @throws NullPointerException if handler is null
     */
    public static UssdSessionsBuilder builder(UssdHandler handler) {
        return new UssdSessionsBuilder(handler);
    }

    /**
     * The hook to build the ESME with: USSD session messages are handled here, everything else goes to {@code user}.
     *
     * @param user your hook, {@link Hook#NOOP} if you have none
     * @return a hook wrapping it
     * @throws NullPointerException if user is null
     */
    public Hook wrap(Hook user) {
        return new UssdHook(engine, Objects.requireNonNull(user, "user"));
    }

    /**
     * The ESME that sends the replies: the one built with {@link #wrap}'s hook. Until it is attached, requests are
     * answered ESME_RX_T_APPN and {@link #startSession}/{@link #notify} fail.
     *
     * @param esme the ESME
     * @return this manager
     * @throws NullPointerException if esme is null
     * @throws IllegalStateException if an ESME is already attached
     */
    public UssdSessions attach(Esme esme) {
        if (!this.esme.compareAndSet(null, Objects.requireNonNull(esme, "esme"))) {
            throw new IllegalStateException("an ESME is already attached");
        }
        return this;
    }

    /**
     * Opens a session from the network side: sends {@code menuText} as a USSR request to the handset with a new
     * its_session_info session number; its answer comes to the {@link UssdHandler}.
     *
     * @param msisdn the handset's international number, digits with an optional leading +
     * @param menuText the menu or question; one USSD string (at most 182 GSM or 80 UCS-2 characters)
     * @return completes with the session once the SMSC accepts the request; exceptionally with a {@link
     *     dev.smppkit.client.RejectedException} if it refuses it, the send error if it fails (e.g. {@link
     *     dev.smppkit.client.ConnectionLostException}), or {@link IllegalStateException} if no ESME is attached, the
     *     manager is closed or {@code maxSessions} are open. A failed start closes the session as FAILED
     * @throws IllegalArgumentException if msisdn is not digits or the text does not fit in one USSD string
     */
    public CompletableFuture<UssdSession> startSession(String msisdn, String menuText) {
        return engine.start(Address.international(msisdn), menuText);
    }

    /**
     * Sends a notification (USSN request) that needs no answer, outside any session; the handset's USSN confirm is
     * acknowledged and dropped.
     *
     * @param msisdn the handset's international number, digits with an optional leading +
     * @param text the notification; one USSD string
     * @return completes normally once the SMSC accepts it; exceptionally as {@link #startSession} says
     * @throws IllegalArgumentException if msisdn is not digits or the text does not fit in one USSD string
     */
    public CompletableFuture<Void> notify(String msisdn, String text) {
        return engine.notify(Address.international(msisdn), text);
    }

    /**
     * The sessions open now.
     *
     * @return a snapshot, in no particular order
     */
    public List<UssdSession> openSessions() {
        return engine.openSessions();
    }

    /**
     * How many sessions are open now.
     *
     * @return 0 to maxSessions
     */
    public int openSessionCount() {
        return engine.openCount();
    }

    /**
     * Closes every open session (ABORTED, with {@link UssdHandler#onClosed}), refuses new ones, and stops the timer
     * thread if this manager made its own. Replies already handed to the ESME still go out. Idempotent.
     */
    @Override
    public void close() {
        engine.close();
        if (ownTimer != null) {
            ownTimer.shutdownNow();
        }
    }

    private CompletableFuture<SubmitOutcome> send(OutboundMessage message) {
        Esme e = esme.get();
        if (e == null) {
            return CompletableFuture.failedFuture(
                    new IllegalStateException("no ESME attached to the UssdSessions: call attach(esme)"));
        }
        return e.submit(message);
    }

    private static ScheduledExecutorService newTimer() {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "smppkit-ussd-timer");
            t.setDaemon(true);
            return t;
        });
    }
}
