package dev.smppkit.client.internal.gateway;

import dev.smppkit.client.QueuedMessage;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * A message taken from the shared broker, while the gateway is responsible for it: its route, its deadline, and the
 * accounts it already failed over from. Per message; handed from thread to thread along the message's own chain of
 * futures (waiting in the dispatcher under its lock, then one account), so its fields are never written concurrently.
 */
final class Routed {
    final QueuedMessage queued;
    final CompiledRoute route;
    /** The earlier of the message's own deadline and its route's maximum age; null when it never expires. */
    final Instant deadline;
    /** When it last entered the dispatcher's queue ({@link System#nanoTime()}), for the hold timeout. */
    long queuedAtNanos;
    /** Accounts it failed over from; null until the first failover. */
    Set<AccountLane> tried;
    /** Set when the hook was told the outcome will fail over, read when the account then completes the message. */
    volatile boolean failingOver;

    Routed(QueuedMessage queued, CompiledRoute route, Instant deadline, long nowNanos) {
        this.queued = queued;
        this.route = route;
        this.deadline = deadline;
        this.queuedAtNanos = nowNanos;
    }

    boolean tried(AccountLane lane) {
        return tried != null && tried.contains(lane);
    }

    void markTried(AccountLane lane) {
        if (tried == null) {
            tried = new HashSet<>(4);
        }
        tried.add(lane);
    }

    /** Whether an account of the route other than {@code current} has not been tried yet. */
    boolean hasUntried(AccountLane current) {
        for (TierPicker tier : route.tiers) {
            for (AccountLane lane : tier.lanes) {
                if (lane != current && !tried(lane)) {
                    return true;
                }
            }
        }
        return false;
    }
}
