package dev.smppkit.client.internal.ussd;

import dev.smppkit.client.ussd.UssdSession;
import dev.smppkit.client.ussd.UssdSession.State;
import dev.smppkit.client.ussd.UssdTurn;
import dev.smppkit.codec.Address;
import dev.smppkit.codec.pdu.ItsSessionInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The open sessions by handset and session number, at most {@code maxSessions} of them, each closed after
 * {@code idleTimeout} without a turn. Per manager; thread-safe (this object's monitor guards the map and every state
 * change). The close callback runs after the lock is released, exactly once per session.
 */
final class SessionTable {
    private final int maxSessions;
    private final Duration idleTimeout;
    private final UssdTimer timer;
    private final Consumer<SessionImpl> onClosed;

    // guarded by this
    private final Map<String, Map<Integer, SessionImpl>> byMsisdn = new HashMap<>();
    private int open;
    private int nextNumber;
    private boolean closed;

    SessionTable(int maxSessions, Duration idleTimeout, UssdTimer timer, Consumer<SessionImpl> onClosed) {
        this.maxSessions = maxSessions;
        this.idleTimeout = idleTimeout;
        this.timer = timer;
        this.onClosed = onClosed;
    }

    /**
     * Opens a handset-initiated session, closing (ABORTED) an open one with the same key: the handset cannot be in
     * both. Returns null when {@code maxSessions} are open or the table is closed.
     */
    SessionImpl openFromHandset(SessionKey key, Address handset, Address service, ItsSessionInfo info, UssdTurn first) {
        SessionImpl replaced;
        SessionImpl s;
        synchronized (this) {
            replaced = remove(find(key.msisdn(), key.sessionNumber(), true), State.ABORTED);
            if (closed || open >= maxSessions) {
                s = null;
            } else {
                s = new SessionImpl(key, handset, service, false, info, State.AWAITING_APPLICATION, first.at());
                put(s, first);
            }
        }
        notifyClosed(replaced);
        return s;
    }

    /**
     * Opens a network-initiated session with a session number the handset has no open session under; null when
     * {@code maxSessions} are open, all 256 numbers are taken or the table is closed.
     */
    synchronized SessionImpl openFromNetwork(String msisdn, Address handset, Address service, UssdTurn first) {
        if (closed || open >= maxSessions) {
            return null;
        }
        Map<Integer, SessionImpl> mine = byMsisdn.getOrDefault(msisdn, Map.of());
        for (int i = 0; i < 256; i++) {
            int n = (nextNumber + i) & 0xFF;
            if (!mine.containsKey(n)) {
                nextNumber = n + 1;
                ItsSessionInfo info = new ItsSessionInfo(n, 0, false);
                SessionImpl s = new SessionImpl(
                        new SessionKey(msisdn, n), handset, service, true, info, State.AWAITING_HANDSET, first.at());
                put(s, first);
                return s;
            }
        }
        return null;
    }

    /** A session number for a message outside any session (a notification). */
    synchronized int anyNumber() {
        return nextNumber++ & 0xFF;
    }

    /**
     * The open session for a handset's message: by its session number; without one (-1), the handset's only open
     * session. Null if there is none.
     */
    synchronized SessionImpl find(String msisdn, int sessionNumber) {
        return find(msisdn, sessionNumber, false);
    }

    private SessionImpl find(String msisdn, int sessionNumber, boolean exact) {
        Map<Integer, SessionImpl> mine = byMsisdn.get(msisdn);
        if (mine == null) {
            return null;
        }
        SessionImpl s = mine.get(sessionNumber);
        if (s == null && !exact && sessionNumber < 0 && mine.size() == 1) {
            s = mine.values().iterator().next();
        }
        return s;
    }

    /**
     * Records a turn if the session is open and in {@code expected}; then it moves to {@code next} (a final state
     * closes it). Returns false, changing nothing, otherwise.
     */
    boolean advance(SessionImpl s, State expected, UssdTurn turn, State next, ItsSessionInfo info) {
        synchronized (this) {
            if (!isOpen(s) || s.state() != expected) {
                return false;
            }
            long generation = s.turn(turn, next, info);
            if (!next.isFinal()) {
                s.replaceTimer(timer.schedule(idleTimeout, () -> expire(s, generation)));
                return true;
            }
            remove(s, next);
        }
        notifyClosed(s);
        return true;
    }

    /** Closes the session in {@code end} if it is still open. */
    void close(SessionImpl s, State end) {
        SessionImpl removed;
        synchronized (this) {
            removed = isOpen(s) ? remove(s, end) : null;
        }
        notifyClosed(removed);
    }

    /** Closes every open session ABORTED and refuses new ones. */
    void closeAll() {
        List<SessionImpl> all = new ArrayList<>();
        synchronized (this) {
            closed = true;
            for (Map<Integer, SessionImpl> mine : byMsisdn.values()) {
                all.addAll(mine.values());
            }
            all.forEach(s -> remove(s, State.ABORTED));
        }
        all.forEach(this::notifyClosed);
    }

    synchronized List<UssdSession> openSessions() {
        List<UssdSession> all = new ArrayList<>(open);
        byMsisdn.values().forEach(m -> all.addAll(m.values()));
        return all;
    }

    synchronized int openCount() {
        return open;
    }

    private void expire(SessionImpl s, long generation) {
        SessionImpl removed;
        synchronized (this) {
            removed = isOpen(s) && s.generation() == generation ? remove(s, State.TIMED_OUT) : null;
        }
        notifyClosed(removed);
    }

    private void put(SessionImpl s, UssdTurn first) {
        byMsisdn.computeIfAbsent(s.key.msisdn(), k -> new HashMap<>()).put(s.key.sessionNumber(), s);
        open++;
        long generation = s.turn(first, s.state(), null);
        s.replaceTimer(timer.schedule(idleTimeout, () -> expire(s, generation)));
    }

    private boolean isOpen(SessionImpl s) {
        Map<Integer, SessionImpl> mine = byMsisdn.get(s.key.msisdn());
        return mine != null && mine.get(s.key.sessionNumber()) == s;
    }

    /** Removes an open session (null does nothing) and sets its final state; returns it. */
    private SessionImpl remove(SessionImpl s, State end) {
        if (s == null) {
            return null;
        }
        Map<Integer, SessionImpl> mine = byMsisdn.get(s.key.msisdn());
        mine.remove(s.key.sessionNumber());
        if (mine.isEmpty()) {
            byMsisdn.remove(s.key.msisdn());
        }
        open--;
        s.finish(end);
        return s;
    }

    private void notifyClosed(SessionImpl s) {
        if (s != null) {
            onClosed.accept(s);
        }
    }
}
