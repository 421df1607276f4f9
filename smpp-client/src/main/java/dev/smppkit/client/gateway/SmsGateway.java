package dev.smppkit.client.gateway;

import dev.smppkit.client.Broker;
import dev.smppkit.client.Correlator;
import dev.smppkit.client.Esme;
import dev.smppkit.client.OutboundMessage;
import dev.smppkit.client.ShutdownException;
import dev.smppkit.client.SubmitOutcome;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Several SMSC accounts behind one queue: named accounts (each an {@link Esme} with its own hosts, credentials,
 * sessions, window and rate limit), routes that choose the accounts for each message, and failover in priority order.
 * One {@link Broker}, one {@link Correlator} and one hook serve every account, so a receipt arriving on any bind
 * matches its message and every outcome, receipt and session event names its account. Build one with
 * {@link #builder()}. Thread-safe.
 *
 * <pre>{@code
 * SmsGateway gateway = SmsGateway.builder()
 *         .account("primary", Esme.builder().hosts("smsc1.example.com:2775", "smsc2.example.com:2775")
 *                 .systemId("acme").password(pw).sessions(4).maxTps(200))
 *         .account("backup", Esme.builder().host("hub.example.net").port(2775).systemId("acme2").password(pw2))
 *         .route(Route.builder("uk").prefixes("44").accounts("primary", "backup").build())
 *         .defaultRoute("backup", "primary")
 *         .hook(hook)
 *         .build();
 * gateway.start().join();
 * }</pre>
 */
public interface SmsGateway extends AutoCloseable {
    /**
     * A builder for a gateway.
     *
     * @return a builder with no accounts
     */
    static SmsGatewayBuilder builder() {
        return new SmsGatewayBuilder();
    }

    /**
     * Starts every account.
     *
     * @return completes normally when a session of any account is bound; exceptionally with the first account's error
     *     if every account failed to start (e.g. all refused the bind permanently), or with {@link ShutdownException}
     *     if the gateway is stopped first
     * @throws IllegalStateException if already started
     */
    CompletableFuture<Void> start();

    /**
     * Queues a message on the shared broker and returns its outcome.
     *
     * @param message the message; its route is chosen when the gateway takes it from the broker
     * @return completes with the message's final outcome ({@link SubmitOutcome#account()} names the account), after
     *     the hook saw it and the broker recorded it; exceptionally with {@link ShutdownException} if the broker refuses
     *     the message or the gateway stops before it is sent
     */
    CompletableFuture<SubmitOutcome> submit(OutboundMessage message);

    /**
     * Stops gracefully: stops taking from the broker, gives back messages waiting for an account, then stops every
     * account as {@link Esme#stop(Duration)} does.
     *
     * @param timeout how long each account may wait for its in-flight requests
     * @return completes when every account is stopped; never exceptionally
     */
    CompletableFuture<Void> stop(Duration timeout);

    /**
     * The account names, in the order they were added.
     *
     * @return the names
     */
    List<String> accounts();

    /**
     * The ESME behind an account, for its options, stats and bound sessions. Messages go through the gateway: the
     * ESME's own {@code submit} completes exceptionally with an {@link IllegalStateException}.
     *
     * @param name an account's name
     * @return its ESME
     * @throws IllegalArgumentException if there is no such account
     */
    Esme account(String name);

    /**
     * The routes, default route included (named {@code "default"}) if one was set.
     *
     * @return the routes
     */
    List<Route> routes();

    /**
     * Per account: sessions bound of configured, circuit state, last error.
     *
     * @return one entry per account, in the order they were added
     */
    List<AccountHealth> health();

    /**
     * Counters, in total and per account.
     *
     * @return a snapshot
     */
    GatewayStats stats();

    /**
     * The broker every account takes from.
     *
     * @return the shared broker
     */
    Broker broker();

    /**
     * The correlator every account stores message ids in.
     *
     * @return the shared correlator
     */
    Correlator correlator();

    /**
     * {@code stop(Duration.ofSeconds(10)).join()}.
     *
     * @throws IllegalStateException if called on one of the gateway's event loop threads (as from a hook method)
     */
    @Override
    default void close() {
        stop(Duration.ofSeconds(10)).join();
    }
}
