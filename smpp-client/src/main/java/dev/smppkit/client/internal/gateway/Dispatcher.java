package dev.smppkit.client.internal.gateway;

import dev.smppkit.client.Broker;
import dev.smppkit.client.ConnectionLostException;
import dev.smppkit.client.InFlightPolicy;
import dev.smppkit.client.InvalidMessageException;
import dev.smppkit.client.QueuedMessage;
import dev.smppkit.client.ResponseTimeoutException;
import dev.smppkit.client.SubmitOutcome;
import dev.smppkit.client.ThrottledException;
import dev.smppkit.client.gateway.AccountHealth.Circuit;
import dev.smppkit.codec.CommandStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves messages from the shared broker to the accounts. Accounts pull: each session's take is a {@link
 * AccountLane.Demand}; the dispatcher takes from the shared broker only as much as the accounts that are up ask for
 * (bounded by the buffer limit), routes each message, and hands it to the first tier of its route that has an account
 * up, waiting (never spilling to a lower tier) while those accounts are busy. Outcomes come back through {@link
 * #decide}: a transient failure with an untried account left goes back to the head of its route's queue; anything else
 * is final and recorded on the shared broker.
 *
 * <p>Per gateway. Queues, demands and the take state are guarded by this object's lock, held only for in-memory work:
 * futures are completed and the broker and hook are called after it is released (collected as {@code after} actions).
 */
final class Dispatcher {
    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
    private static final long TAKE_RETRY_NANOS = 1_000_000_000L;

    private final Broker shared;
    private final GatewayOutcomes outcomes;
    private final InFlightPolicy policy;
    private final Set<CommandStatus> transientStatuses;
    private int bufferLimit; // set by init
    private final long holdNanos;
    private final Executor executor; // the gateway's thread: kicks and ticks run there
    private RouteTable table; // set by init
    private Collection<CompiledRoute> routes;
    /** The same routes by name: every message taken is routed, so finding its route must not scan the list. */
    private final Map<String, CompiledRoute> routesByName = new HashMap<>();

    private Collection<AccountLane> lanes;

    /** Messages handed to an account and not yet ended, by broker id. */
    private final ConcurrentHashMap<String, Routed> active = new ConcurrentHashMap<>();

    final LongAdder taken = new LongAdder();
    final LongAdder failedOver = new LongAdder();

    // guarded by this
    private int buffered;
    private boolean takeOutstanding;
    private CompletableFuture<List<QueuedMessage>> takeFuture;
    private long takeRetryAt;
    private volatile boolean stopping; // written under the lock; read without it on the outcome path

    Dispatcher(
            Broker shared,
            GatewayOutcomes outcomes,
            InFlightPolicy policy,
            Set<CommandStatus> transientStatuses,
            long holdNanos,
            Executor executor) {
        this.shared = shared;
        this.outcomes = outcomes;
        this.policy = policy;
        this.transientStatuses = transientStatuses;
        this.holdNanos = holdNanos;
        this.executor = executor;
    }

    void init(RouteTable table, Collection<CompiledRoute> routes, Collection<AccountLane> lanes, int bufferLimit) {
        this.bufferLimit = bufferLimit;
        this.table = table;
        this.routes = routes;
        routes.forEach(r -> routesByName.put(r.route.name(), r));
        this.lanes = lanes;
    }

    // ---- demand from the accounts

    CompletionStage<List<QueuedMessage>> demand(AccountLane lane, AccountLane.Demand demand) {
        List<Runnable> after = new ArrayList<>();
        synchronized (this) {
            if (stopping) {
                // Never answered: the session stops taking (and cancels this) as its ESME stops. An empty answer
                // would only make it ask again at once, in a tight loop, until then.
                return demand.future;
            }
            lane.demands.add(demand);
            dispatch(after);
        }
        // A session cancels its take when it stops taking; forget the demand (messages it got are given back below).
        demand.future.whenComplete((v, e) -> {
            if (demand.future.isCancelled()) {
                synchronized (this) {
                    lane.demands.remove(demand);
                }
            }
        });
        run(after);
        return demand.future;
    }

    /** Routes, expires and hands out what can go now, and takes more if accounts ask for more. Caller holds the lock. */
    private void dispatch(List<Runnable> after) {
        long now = System.nanoTime();
        Instant wall = null;
        for (CompiledRoute route : routes) {
            while (!route.waiting.isEmpty()) {
                Routed r = route.waiting.peek();
                if (r.deadline != null) {
                    wall = wall != null ? wall : Instant.now();
                    if (!wall.isBefore(r.deadline)) {
                        route.waiting.poll();
                        expire(route, r, after);
                        continue;
                    }
                }
                AccountLane lane = choose(r, now);
                if (lane == null) {
                    break; // its accounts are down or busy: the rest of this route waits behind it
                }
                route.waiting.poll();
                buffered--;
                assign(lane, r, now);
            }
        }
        for (AccountLane lane : lanes) {
            for (Iterator<AccountLane.Demand> it = lane.demands.iterator(); it.hasNext(); ) {
                AccountLane.Demand d = it.next();
                if (!d.got.isEmpty()) {
                    it.remove();
                    after.add(() -> deliver(lane, d));
                }
            }
        }
        maybeTake(now, after);
    }

    /** Ends a message taken out of its route's queue as expired, on the route's first account. Caller holds the lock. */
    private void expire(CompiledRoute route, Routed r, List<Runnable> after) {
        buffered--;
        route.first.expired.increment();
        after.add(() -> outcomes.finish(r.queued, new SubmitOutcome.Expired(r.deadline, route.first.name)));
    }

    private static AccountLane choose(Routed r, long now) {
        for (TierPicker tier : r.route.tiers) {
            if (tier.anyUp(r, now)) {
                return tier.pick(r, now); // WAIT (null) if those up are busy: never spill to a lower tier
            }
        }
        return null;
    }

    private void assign(AccountLane lane, Routed r, long now) {
        for (AccountLane.Demand d : lane.demands) {
            if (d.got.size() < d.max) {
                d.got.add(r.queued);
                d.routed.add(r);
                break;
            }
        }
        active.put(r.queued.id(), r);
        if (lane.circuit.state(now) == Circuit.HALF_OPEN) {
            lane.trial = r.queued.id();
        }
    }

    private void deliver(AccountLane lane, AccountLane.Demand d) {
        if (d.future.complete(List.copyOf(d.got))) {
            return;
        }
        // The session cancelled its take meanwhile: the messages go back to the head of their queues.
        List<Runnable> after = new ArrayList<>();
        synchronized (this) {
            for (int i = d.routed.size() - 1; i >= 0; i--) { // last first: each goes to the head of its queue
                Routed r = d.routed.get(i);
                active.remove(r.queued.id());
                lane.trialEnded(r.queued);
                requeue(r, after);
            }
            dispatch(after);
        }
        run(after);
    }

    private void maybeTake(long now, List<Runnable> after) {
        if (stopping || takeOutstanding || now - takeRetryAt < 0) {
            return;
        }
        int demand = 0;
        for (AccountLane lane : lanes) {
            if (lane.up(now)) {
                demand += lane.openDemand();
            }
        }
        int n = Math.min(demand, bufferLimit - buffered);
        if (n <= 0) {
            return;
        }
        takeOutstanding = true;
        after.add(() -> startTake(n));
    }

    private void startTake(int n) {
        CompletableFuture<List<QueuedMessage>> f;
        try {
            f = shared.take(n).toCompletableFuture();
        } catch (RuntimeException e) {
            f = CompletableFuture.failedFuture(e);
        }
        synchronized (this) {
            if (takeOutstanding) {
                takeFuture = f;
            }
            if (stopping) {
                f.cancel(false);
            }
        }
        CompletableFuture<List<QueuedMessage>> take = f;
        take.whenComplete((messages, error) -> onTaken(messages, error));
    }

    private void onTaken(List<QueuedMessage> messages, Throwable error) {
        List<Runnable> after = new ArrayList<>();
        synchronized (this) {
            takeOutstanding = false;
            takeFuture = null;
            long now = System.nanoTime();
            if (error != null) {
                Throwable cause =
                        error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
                if (!(cause instanceof CancellationException)) {
                    log.warn("broker.take failed; retrying in 1 s", cause);
                    takeRetryAt = now + TAKE_RETRY_NANOS;
                }
            } else {
                taken.add(messages.size());
                for (QueuedMessage m : messages) {
                    if (stopping) {
                        after.add(() -> outcomes.release(m));
                    } else {
                        route(m, now, after);
                    }
                }
            }
            if (!stopping) {
                dispatch(after);
            }
        }
        run(after);
    }

    private void route(QueuedMessage m, long now, List<Runnable> after) {
        RouteTable.Selection s;
        try {
            s = table.select(m.message());
        } catch (RuntimeException e) {
            s = new RouteTable.Selection(null, "routing failed: " + e);
        }
        if (s.route() == null) {
            outcomes.unrouted.increment();
            String problem = s.problem();
            after.add(() -> outcomes.finish(m, new SubmitOutcome.Failed(new InvalidMessageException(problem), "")));
            return;
        }
        CompiledRoute route = compiled(s.route().name());
        Instant deadline = m.message().deadline(m.enqueuedAt()).orElse(null);
        if (route.route.maxAge().isPresent()) {
            Instant byRoute = m.enqueuedAt().plus(route.route.maxAge().get());
            deadline = deadline == null || byRoute.isBefore(deadline) ? byRoute : deadline;
        }
        route.waiting.add(new Routed(m, route, deadline, now));
        buffered++;
    }

    private CompiledRoute compiled(String name) {
        CompiledRoute r = routesByName.get(name);
        if (r == null) {
            throw new IllegalStateException("route " + name + " is not compiled");
        }
        return r;
    }

    /** Puts a message back at the head of its route's queue. Caller holds the lock. */
    private void requeue(Routed r, List<Runnable> after) {
        if (stopping) {
            after.add(() -> outcomes.release(r.queued));
            return;
        }
        r.queuedAtNanos = System.nanoTime();
        r.route.waiting.addFirst(r);
        buffered++;
    }

    // ---- outcomes from the accounts

    /**
     * An account's ESME ended a message and is about to call the hook: decides whether it fails over (then the hook is
     * not told) and counts it for the account's circuit.
     *
     * @return true if the message goes on to another account
     */
    boolean decide(AccountLane lane, QueuedMessage message, SubmitOutcome outcome) {
        countForCircuit(lane, outcome);
        Routed r = active.get(message.id());
        boolean failOver = r != null && wouldFailOver(lane, r, outcome);
        if (r != null) {
            r.failingOver = failOver;
        }
        return failOver;
    }

    /** Whether this outcome would fail over, without counting it (for {@code sendError}, called before the outcome). */
    boolean wouldFailOver(AccountLane lane, QueuedMessage message, SubmitOutcome outcome) {
        Routed r = active.get(message.id());
        return r != null && wouldFailOver(lane, r, outcome);
    }

    private boolean wouldFailOver(AccountLane lane, Routed r, SubmitOutcome outcome) {
        return !stopping && isTransient(outcome) && r.hasUntried(lane);
    }

    private boolean isTransient(SubmitOutcome outcome) {
        if (outcome instanceof SubmitOutcome.Rejected r) {
            // A long message of which the SMSC already accepted a segment is not resent elsewhere: the recipient
            // would get that segment twice.
            return transientStatuses.contains(r.status())
                    && r.acceptedMessageIds().isEmpty();
        }
        if (outcome instanceof SubmitOutcome.Failed f) {
            return f.error() instanceof ThrottledException
                    || (policy == InFlightPolicy.RELEASE
                            && (f.error() instanceof ResponseTimeoutException
                                    || f.error() instanceof ConnectionLostException));
        }
        return false;
    }

    private void countForCircuit(AccountLane lane, SubmitOutcome outcome) {
        if (outcome instanceof SubmitOutcome.Accepted) {
            lane.circuit.onSuccess();
        } else if (outcome instanceof SubmitOutcome.Rejected r) {
            if (transientStatuses.contains(r.status())) {
                lane.failure("submit_sm answered " + r.status().name());
            } else {
                lane.circuit.onSuccess(); // a permanent status is the message's fault: the SMSC works
            }
        } else if (outcome instanceof SubmitOutcome.Failed f
                && (f.error() instanceof ResponseTimeoutException
                        || f.error() instanceof ThrottledException
                        || f.error() instanceof ConnectionLostException)) {
            lane.failure(f.error().getClass().getSimpleName() + ": " + f.error().getMessage());
        }
    }

    /** The account's ESME hands the message back as its broker's {@code complete}, after the hook call. */
    CompletionStage<Void> completed(AccountLane lane, QueuedMessage message, SubmitOutcome outcome) {
        Routed r = active.remove(message.id());
        boolean failOver = r != null && r.failingOver;
        if (!failOver && lane.trial == null) {
            // The common case, without the lock: nothing waits on this message. The account's session takes again
            // when its window has room, and that take dispatches.
            lane.count(outcome);
            return outcomes.record(message, outcome);
        }
        List<Runnable> after = new ArrayList<>();
        if (failOver) {
            // Counted before the message is handed on: its next account may end it before this method returns.
            lane.failedOver.increment();
            failedOver.increment();
        }
        synchronized (this) {
            lane.trialEnded(message);
            if (failOver) {
                r.failingOver = false;
                r.markTried(lane);
                requeue(r, after);
            }
            dispatch(after);
        }
        run(after);
        if (failOver) {
            log.debug("message {} fails over from account {}: {}", message.id(), lane.name, outcome);
            return CompletableFuture.completedFuture(null);
        }
        lane.count(outcome);
        return outcomes.record(message, outcome);
    }

    /** The account's ESME gives a message back (never written, or in flight on a lost connection with RELEASE). */
    CompletionStage<Void> released(AccountLane lane, QueuedMessage message) {
        Routed r = active.remove(message.id());
        List<Runnable> after = new ArrayList<>();
        synchronized (this) {
            lane.trialEnded(message);
            if (r != null) {
                requeue(r, after);
            } else {
                after.add(() -> outcomes.release(message));
            }
            if (!stopping) {
                dispatch(after);
            }
        }
        run(after);
        return CompletableFuture.completedFuture(null);
    }

    void circuitOpened(AccountLane lane, String why) {
        log.warn("account {}: circuit opened after repeated failures (last: {})", lane.name, why);
        kick();
    }

    // ---- housekeeping

    /** Dispatches again soon, on the gateway's thread (an account came up or went down). */
    void kick() {
        executor.execute(this::tick);
    }

    /** Periodic: expires stale messages, gives back those held too long, dispatches, retries a failed take. */
    void tick() {
        List<Runnable> after = new ArrayList<>();
        synchronized (this) {
            if (stopping) {
                return;
            }
            long now = System.nanoTime();
            Instant wall = Instant.now();
            for (CompiledRoute route : routes) {
                for (Iterator<Routed> it = route.waiting.iterator(); it.hasNext(); ) {
                    Routed r = it.next();
                    if (r.deadline != null && !wall.isBefore(r.deadline)) {
                        // dispatch looks only at the head of a queue: one behind a message that waits must expire too
                        it.remove();
                        expire(route, r, after);
                    } else if (now - r.queuedAtNanos > holdNanos) {
                        // A persistent broker's lease may run out while no account of its route is up: give the
                        // message back instead of holding it, so the broker stays the one place it lives.
                        it.remove();
                        buffered--;
                        after.add(() -> outcomes.release(r.queued));
                    }
                }
            }
            dispatch(after);
        }
        run(after);
    }

    /** Stops taking; gives back every waiting message and answers outstanding takes with nothing. */
    void stop() {
        List<Runnable> after = new ArrayList<>();
        synchronized (this) {
            stopping = true;
            if (takeFuture != null) {
                CompletableFuture<List<QueuedMessage>> f = takeFuture;
                after.add(() -> f.cancel(false));
            }
            for (CompiledRoute route : routes) {
                for (Routed r : route.waiting) {
                    after.add(() -> outcomes.release(r.queued));
                }
                route.waiting.clear();
            }
            buffered = 0;
            for (AccountLane lane : lanes) {
                for (AccountLane.Demand d : lane.demands) {
                    after.add(() -> d.future.complete(List.of()));
                }
                lane.demands.clear();
            }
        }
        run(after);
    }

    synchronized int buffered() {
        return buffered;
    }

    private static void run(List<Runnable> after) {
        for (Runnable r : after) {
            r.run();
        }
    }
}
