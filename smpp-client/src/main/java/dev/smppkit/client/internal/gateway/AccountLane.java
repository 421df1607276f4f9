package dev.smppkit.client.internal.gateway;

import dev.smppkit.client.Broker;
import dev.smppkit.client.Esme;
import dev.smppkit.client.EsmeHealth;
import dev.smppkit.client.OutboundMessage;
import dev.smppkit.client.QueuedMessage;
import dev.smppkit.client.SessionEvent;
import dev.smppkit.client.SubmitOutcome;
import dev.smppkit.client.gateway.AccountHealth;
import dev.smppkit.client.gateway.AccountHealth.Circuit;
import dev.smppkit.client.gateway.AccountStats;
import dev.smppkit.client.internal.DefaultEsme;
import dev.smppkit.codec.text.LogSafe;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.LongAdder;

/**
 * One account of a gateway as its ESME sees it: the {@link Broker} the ESME takes from (fed by the {@link Dispatcher}),
 * its circuit, its demand (the takes its sessions have outstanding) and its counters; its sessions and last error are
 * its ESME's ({@link DefaultEsme#health()}), which the failures the circuit counts are recorded in. Per account;
 * thread-safe (demand and the trial flag under the dispatcher's lock).
 */
final class AccountLane implements Broker {
    /** One outstanding take of one of the account's sessions. */
    static final class Demand {
        final CompletableFuture<List<QueuedMessage>> future = new CompletableFuture<>();
        final int max;
        final List<QueuedMessage> got = new ArrayList<>();
        final List<Routed> routed = new ArrayList<>();

        Demand(int max) {
            this.max = max;
        }
    }

    final String name;
    final CircuitBreaker circuit;
    private final Dispatcher dispatcher;
    private Esme esme; // set once, before start: a DefaultEsme, or a test's fake that only counts bound sessions

    // dispatcher lock
    final ArrayDeque<Demand> demands = new ArrayDeque<>();
    /** The broker id of a half-open circuit's trial message while it is out (no other goes until it ends), or null. */
    volatile String trial; // written under the dispatcher's lock; read without it on the outcome path

    final LongAdder accepted = new LongAdder();
    final LongAdder rejected = new LongAdder();
    final LongAdder failed = new LongAdder();
    final LongAdder expired = new LongAdder();
    final LongAdder failedOver = new LongAdder();

    AccountLane(String name, CircuitBreaker circuit, Dispatcher dispatcher) {
        this.name = name;
        this.circuit = circuit;
        this.dispatcher = dispatcher;
    }

    void attach(Esme esme) {
        this.esme = esme;
    }

    Esme esme() {
        return esme;
    }

    /** Whether the gateway may hand this account a message now (dispatcher lock). */
    boolean up(long nowNanos) {
        // A bound receiver alone (TRANSMITTER_AND_RECEIVER with the transmitter down) cannot take messages: counting
        // it would hold the route's messages here instead of failing over.
        if (transmittingSessions() == 0) {
            return false;
        }
        Circuit c = circuit.state(nowNanos);
        return c == Circuit.CLOSED || (c == Circuit.HALF_OPEN && trial == null);
    }

    private int transmittingSessions() {
        return esme instanceof DefaultEsme d ? d.transmittingSessions() : esme.boundSessions();
    }

    /** How many more messages the account's sessions are asking for now (dispatcher lock). */
    int openDemand() {
        int open = 0;
        for (Demand d : demands) {
            open += d.max - d.got.size();
        }
        return trial != null || circuit.state(System.nanoTime()) != Circuit.HALF_OPEN ? open : Math.min(open, 1);
    }

    /**
     * A message of this account ended or came back: if it was the trial, another may go. Only the trial counts: a
     * message sent before the circuit opened may end while the trial is out (dispatcher lock).
     */
    void trialEnded(QueuedMessage message) {
        if (message.id().equals(trial)) {
            trial = null;
        }
    }

    /** A submit failure that counts against the circuit; it is also the account's last error. */
    void failure(String error) {
        if (esme instanceof DefaultEsme d) {
            d.recordError(error);
        }
        countFailure(error);
    }

    /**
     * Session events that tell about the account's health: failed connections and binds count against the circuit.
     * The account's ESME has already recorded them as its last error.
     */
    void sessionEvent(SessionEvent event) {
        switch (event.type()) {
            case BIND_FAILED, BIND_TIMEOUT, CONNECTION_LOST -> countFailure(event.type() + ": " + event.detail());
            default -> {}
        }
    }

    private void countFailure(String why) {
        if (circuit.onFailure(System.nanoTime())) {
            dispatcher.circuitOpened(this, LogSafe.escape(why)); // logged; the detail may hold the peer's text
        }
    }

    void count(SubmitOutcome outcome) {
        if (outcome instanceof SubmitOutcome.Accepted) {
            accepted.increment();
        } else if (outcome instanceof SubmitOutcome.Rejected) {
            rejected.increment();
        } else if (outcome instanceof SubmitOutcome.Failed) {
            failed.increment();
        } else {
            expired.increment();
        }
    }

    AccountStats stats() {
        return new AccountStats(
                accepted.sum(), rejected.sum(), failed.sum(), expired.sum(), failedOver.sum(), esme.stats());
    }

    /** The account's ESME's health with the circuit's state. */
    AccountHealth health() {
        EsmeHealth h = esme.health();
        return new AccountHealth(
                name,
                h.boundSessions(),
                h.transmittingSessions(),
                h.configuredSessions(),
                circuit.state(System.nanoTime()),
                h.lastError(),
                h.lastErrorAt());
    }

    // ---- the Broker the account's ESME takes from

    @Override
    public CompletionStage<List<QueuedMessage>> take(int max) {
        return dispatcher.demand(this, new Demand(max));
    }

    @Override
    public CompletionStage<Void> complete(QueuedMessage message, SubmitOutcome outcome) {
        return dispatcher.completed(this, message, outcome);
    }

    @Override
    public CompletionStage<Void> release(QueuedMessage message, Duration delay) {
        return dispatcher.released(this, message);
    }

    /** Messages go through the gateway, which chooses their account. */
    @Override
    public CompletionStage<QueuedMessage> enqueue(OutboundMessage message) {
        return CompletableFuture.failedFuture(new IllegalStateException(
                "account '" + name + "' belongs to a gateway: submit through SmsGateway.submit"));
    }

    @Override
    public String toString() {
        return name;
    }
}
