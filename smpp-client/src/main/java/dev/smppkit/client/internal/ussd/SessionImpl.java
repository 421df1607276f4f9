package dev.smppkit.client.internal.ussd;

import dev.smppkit.client.ussd.UssdSession;
import dev.smppkit.client.ussd.UssdTurn;
import dev.smppkit.codec.Address;
import dev.smppkit.codec.pdu.ItsSessionInfo;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One session's state. Per session, from its opening until it is closed. The {@link SessionTable} is the only writer
 * and calls the mutators under its own lock; the mutable fields are also guarded by this object's monitor, so that the
 * public getters read them from any thread (lock order: table, then session).
 */
final class SessionImpl implements UssdSession {
    static final int MAX_TURNS = 64;

    final SessionKey key;
    private final Address handset;
    private final boolean networkInitiated;
    private final Instant started;
    private final Address service;
    private final ConcurrentMap<String, Object> attributes = new ConcurrentHashMap<>();

    // guarded by this
    private final ArrayDeque<UssdTurn> turns = new ArrayDeque<>();
    private State state;
    private Instant lastActivity;
    /** The last its_session_info heard or sent; replies echo it. Null when the SMSC sends none. */
    private ItsSessionInfo info;
    /** Bumped on every turn, so that a stale idle timer does nothing. */
    private long generation;

    private Cancellable timer;

    SessionImpl(
            SessionKey key,
            Address handset,
            Address service,
            boolean networkInitiated,
            ItsSessionInfo info,
            State state,
            Instant now) {
        this.key = key;
        this.handset = handset;
        this.service = service;
        this.networkInitiated = networkInitiated;
        this.info = info;
        this.state = state;
        this.started = now;
        this.lastActivity = now;
    }

    // ---- for the table, under its lock ----

    synchronized long turn(UssdTurn turn, State next, ItsSessionInfo newInfo) {
        if (turns.size() == MAX_TURNS) {
            turns.removeFirst();
        }
        turns.addLast(turn);
        lastActivity = turn.at();
        state = next;
        if (newInfo != null) {
            info = newInfo;
        }
        return ++generation;
    }

    synchronized void finish(State end) {
        state = end;
        generation++;
        replaceTimer(null);
    }

    synchronized long generation() {
        return generation;
    }

    synchronized ItsSessionInfo info() {
        return info;
    }

    synchronized void replaceTimer(Cancellable next) {
        if (timer != null) {
            timer.cancel();
        }
        timer = next;
    }

    /** Where replies come from: the service code the handset dialled, or the configured service address. */
    Address service() {
        return service;
    }

    // ---- public view ----

    @Override
    public String msisdn() {
        return key.msisdn();
    }

    @Override
    public Address handset() {
        return handset;
    }

    @Override
    public OptionalInt sessionNumber() {
        return key.sessionNumber() < 0 ? OptionalInt.empty() : OptionalInt.of(key.sessionNumber());
    }

    @Override
    public String serviceCode() {
        return networkInitiated ? "" : service.value();
    }

    @Override
    public boolean networkInitiated() {
        return networkInitiated;
    }

    @Override
    public synchronized State state() {
        return state;
    }

    @Override
    public Instant started() {
        return started;
    }

    @Override
    public synchronized Instant lastActivity() {
        return lastActivity;
    }

    @Override
    public synchronized List<UssdTurn> dialogue() {
        return List.copyOf(turns);
    }

    @Override
    public ConcurrentMap<String, Object> attributes() {
        return attributes;
    }

    @Override
    public String toString() {
        return "UssdSession[" + key + ", " + state() + "]";
    }
}
