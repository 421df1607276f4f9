package dev.smppkit.testkit.internal;

import dev.smppkit.testkit.SmscSession;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The open connections, by session id, and the choice of a receiver session for a system_id (round robin, as SMSCs
 * spread deliveries over an ESME's receiver binds). Thread-safe; waiters for a bind wait on this object's monitor.
 */
final class SessionRegistry {
    private static final String PREFIX = "session-";

    private final AtomicLong ids = new AtomicLong();
    private final ConcurrentHashMap<String, SessionImpl> sessions = new ConcurrentHashMap<>();
    private final AtomicInteger roundRobin = new AtomicInteger();

    String nextId() {
        return PREFIX + ids.incrementAndGet();
    }

    void add(SessionImpl session) {
        sessions.put(session.id(), session);
    }

    void remove(SessionImpl session) {
        sessions.remove(session.id(), session);
    }

    /** Wakes {@link #awaitBound} waiters; called after a session's bind state changed. */
    synchronized void changed() {
        notifyAll();
    }

    List<SmscSession> all() {
        List<SmscSession> out = new ArrayList<>(sessions.values());
        out.sort(Comparator.comparingLong(s -> Long.parseLong(s.id().substring(PREFIX.length()))));
        return out;
    }

    Optional<SessionImpl> byId(String id) {
        return Optional.ofNullable(sessions.get(id));
    }

    /** A session bound with this system_id that can receive, or null. */
    SessionImpl receiverFor(String systemId) {
        List<SessionImpl> candidates = new ArrayList<>(2);
        for (SessionImpl s : sessions.values()) {
            if (s.canReceive() && systemId.equals(s.systemId().orElse(null))) {
                candidates.add(s);
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        candidates.sort(Comparator.comparing(SessionImpl::id));
        return candidates.get(Math.floorMod(roundRobin.getAndIncrement(), candidates.size()));
    }

    /** Waits for a bound session with this system_id (any, if null). */
    synchronized SmscSession awaitBound(String systemId, Duration timeout)
            throws TimeoutException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (; ; ) {
            for (SmscSession s : all()) {
                if (s.isBound()
                        && (systemId == null || systemId.equals(s.systemId().orElse(null)))) {
                    return s;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new TimeoutException("no session bound" + (systemId == null ? "" : " as " + systemId) + " within "
                        + timeout + "; sessions: " + all());
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }
}
