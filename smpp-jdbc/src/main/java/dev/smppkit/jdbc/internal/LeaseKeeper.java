package dev.smppkit.jdbc.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the leases of the messages this broker has handed out and not yet completed or released alive, so a message
 * the client holds for long (a throttled SMSC, a full window) is not taken by another consumer while this process
 * lives, and a short lease still brings a crashed process's messages back quickly. Renews every lease a third of its
 * duration before it runs out; a message whose lease was lost anyway (a long pause) is dropped from the set.
 *
 * <p>Thread-safe.
 */
public final class LeaseKeeper {
    private static final Logger log = LoggerFactory.getLogger(LeaseKeeper.class);
    private static final int CHUNK = 500;

    private final Map<Long, Integer> held = new ConcurrentHashMap<>(); // id -> attempt
    private final OutboxStore store;
    private final JdbcExecutor executor;
    private final Duration lease;
    private final Clock clock;
    private final AtomicBoolean renewing = new AtomicBoolean();

    public LeaseKeeper(OutboxStore store, JdbcExecutor executor, Duration lease, Clock clock) {
        this.store = store;
        this.executor = executor;
        this.lease = lease;
        this.clock = clock;
    }

    public void hold(long id, int attempt) {
        held.put(id, attempt);
    }

    /** Forgets a message (completed, released, or its change failed so the lease must be left to expire). */
    public void drop(long id, int attempt) {
        held.remove(id, attempt);
    }

    public int size() {
        return held.size();
    }

    /** Extends every held lease by the lease duration from now. Skipped while a renewal is still running. */
    public void renewAll() {
        if (held.isEmpty() || !renewing.compareAndSet(false, true)) {
            return;
        }
        Map<Long, Integer> snapshot = Map.copyOf(held);
        List<OutboxStore.Held> all = new ArrayList<>(snapshot.size());
        snapshot.forEach((id, attempt) -> all.add(new OutboxStore.Held(id, attempt)));
        executor.submit("renew leases in " + store.table(), c -> {
                    Instant now = clock.instant();
                    List<Long> lost = new ArrayList<>();
                    for (int i = 0; i < all.size(); i += CHUNK) {
                        lost.addAll(
                                store.renew(c, all.subList(i, Math.min(all.size(), i + CHUNK)), now, now.plus(lease)));
                    }
                    return lost;
                })
                .whenComplete((lost, error) -> {
                    renewing.set(false);
                    if (error != null) {
                        log.warn("renewing {} leases in {} failed; they may expire", all.size(), store.table(), error);
                        return;
                    }
                    for (Long id : lost) {
                        held.remove(id, snapshot.get(id)); // unless it was taken again meanwhile
                    }
                    if (!lost.isEmpty()) {
                        log.debug("{}: {} leases were lost before they could be renewed", store.table(), lost.size());
                    }
                });
    }
}
