package dev.smppkit.client.gateway;

import dev.smppkit.client.Broker;
import dev.smppkit.client.ClientListener;
import dev.smppkit.client.Correlator;
import dev.smppkit.client.EsmeBuilder;
import dev.smppkit.client.Hook;
import dev.smppkit.client.InFlightPolicy;
import dev.smppkit.client.InMemoryBroker;
import dev.smppkit.client.InMemoryCorrelator;
import dev.smppkit.client.OutboundMessage;
import dev.smppkit.client.internal.gateway.DefaultSmsGateway;
import dev.smppkit.client.internal.gateway.GatewaySettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Builds an {@link SmsGateway}. A message's route is chosen in this order:
 * <ol>
 *   <li>the route the message names ({@link OutboundMessage.Builder#route});
 *   <li>the {@linkplain #router router function}, if it returns a name;
 *   <li>the first route, in the order added, whose predicate, sender or destination pattern matches;
 *   <li>the route with the longest destination prefix that matches;
 *   <li>the {@linkplain #defaultRoute default route}.
 * </ol>
 * A message no route takes (and a route name that does not exist) fails with an {@code InvalidMessageException}.
 * Without any route, every account forms the default route, in the order added.
 */
public final class SmsGatewayBuilder {
    private static final Pattern ACCOUNT_NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}"); // as route names

    private final Map<String, EsmeBuilder> accounts = new LinkedHashMap<>();
    private final List<Route> routes = new ArrayList<>();
    private Route defaultRoute;
    private Function<OutboundMessage, String> router;
    private Broker broker;
    private Correlator correlator;
    private Hook hook = Hook.NOOP;
    private ClientListener listener = ClientListener.NOOP;
    private InFlightPolicy inFlightPolicy = InFlightPolicy.FAIL;
    private CircuitBreakerOptions circuitBreaker = CircuitBreakerOptions.defaults();
    private int bufferLimit; // 0: the accounts' windows
    private Duration holdTimeout = Duration.ofSeconds(10);
    private Duration hookTimeout = Duration.ofSeconds(30);
    private int ioThreads = Runtime.getRuntime().availableProcessors();

    SmsGatewayBuilder() {}

    /**
     * Adds an account: an ESME configured as usual (hosts, credentials, bind mode, sessions, window, TPS, timeouts).
     * The gateway sets its name, broker, correlator, hook, in-flight policy and event loop group; values set for those
     * on {@code esme} are replaced.
     *
     * @param name the account's name, used by routes: 1 to 64 letters, digits, '-', '_' or '.'
     * @param esme the account's ESME builder
     * @return this builder
     * @throws IllegalArgumentException if the name is not valid or already used
     */
    public SmsGatewayBuilder account(String name, EsmeBuilder esme) {
        Objects.requireNonNull(esme, "esme");
        if (name == null || !ACCOUNT_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "account name must be 1 to 64 letters, digits, '-', '_' or '.', was '" + name + "'");
        }
        if (accounts.putIfAbsent(name, esme) != null) {
            throw new IllegalArgumentException("account '" + name + "' is added twice");
        }
        return this;
    }

    /**
     * Adds a route.
     *
     * @param route the route; its accounts must be added to this builder before {@link #build()}
     * @return this builder
     */
    public SmsGatewayBuilder route(Route route) {
        routes.add(Objects.requireNonNull(route, "route"));
        return this;
    }

    /**
     * The route for messages no other route takes, named {@code "default"}: these accounts in priority order.
     *
     * @param accounts account names, first tried first
     * @return this builder
     */
    public SmsGatewayBuilder defaultRoute(String... accounts) {
        this.defaultRoute = Route.builder("default").accounts(accounts).build();
        return this;
    }

    /**
     * The route for messages no other route takes (its rules are ignored; it may have tiers and a maximum age).
     *
     * @param route the default route
     * @return this builder
     */
    public SmsGatewayBuilder defaultRoute(Route route) {
        this.defaultRoute = Objects.requireNonNull(route, "route");
        return this;
    }

    /**
     * A function that names the route of a message (or returns null to let the rules decide), for anything the rules
     * cannot express. Called on the gateway's dispatch thread: it must be fast and must not block. If it throws, the
     * message fails with an {@code InvalidMessageException}.
     *
     * @param router message to route name, or null
     * @return this builder
     */
    public SmsGatewayBuilder router(Function<OutboundMessage, String> router) {
        this.router = Objects.requireNonNull(router, "router");
        return this;
    }

    /**
     * The queue every account takes from (default: a new {@link InMemoryBroker}).
     *
     * @param broker the shared broker
     * @return this builder
     */
    public SmsGatewayBuilder broker(Broker broker) {
        this.broker = Objects.requireNonNull(broker, "broker");
        return this;
    }

    /**
     * Where every account stores message ids for receipts (default: a new {@link InMemoryCorrelator}).
     *
     * @param correlator the shared correlator
     * @return this builder
     */
    public SmsGatewayBuilder correlator(Correlator correlator) {
        this.correlator = Objects.requireNonNull(correlator, "correlator");
        return this;
    }

    /**
     * Where every account reports; each outcome, receipt, incoming message and session event names its account.
     * Outcomes that fail over are not reported: the hook sees one outcome per message.
     *
     * @param hook the shared hook
     * @return this builder
     */
    public SmsGatewayBuilder hook(Hook hook) {
        this.hook = Objects.requireNonNull(hook, "hook");
        return this;
    }

    /**
     * What happens to messages in flight on a lost connection, for every account (default {@link InFlightPolicy#FAIL}):
     * with {@link InFlightPolicy#RELEASE} they, and messages whose response timed out, are sent again on the route's
     * next account that is up (at least once); with FAIL they end as failed (at most once).
     *
     * @param policy the policy
     * @return this builder
     */
    public SmsGatewayBuilder inFlightPolicy(InFlightPolicy policy) {
        this.inFlightPolicy = Objects.requireNonNull(policy, "policy");
        return this;
    }

    /**
     * When an account's circuit opens (default {@link CircuitBreakerOptions#defaults()}).
     *
     * @param options the circuit breaker options for every account
     * @return this builder
     */
    public SmsGatewayBuilder circuitBreaker(CircuitBreakerOptions options) {
        this.circuitBreaker = Objects.requireNonNull(options, "options");
        return this;
    }

    /**
     * The most messages the gateway holds between the broker and the accounts (taken, waiting for an account of their
     * route): 1 to 1,000,000 (default: the sum of every account's window times its sessions).
     *
     * @param limit the limit in messages
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public SmsGatewayBuilder bufferLimit(int limit) {
        if (limit < 1 || limit > 1_000_000) {
            throw new IllegalArgumentException("bufferLimit must be 1 to 1000000, was " + limit);
        }
        this.bufferLimit = limit;
        return this;
    }

    /**
     * How long a message may wait in the gateway for an account of its route to come up before it is given back to
     * the broker (default 10 s; keep it well under a persistent broker's lease): 100 ms to 1 hour.
     *
     * @param timeout the hold timeout
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public SmsGatewayBuilder holdTimeout(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.toMillis() < 100 || timeout.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("holdTimeout must be 100 ms to 1 hour, was " + timeout);
        }
        this.holdTimeout = timeout;
        return this;
    }

    /**
     * An instrumentation listener for every account (metrics, tracing, wire log), added to each account's ESME
     * builder at {@link #build()}; each call names the account.
     *
     * @param listener the listener; {@link ClientListener#composite} makes one of several
     * @return this builder
     * @throws NullPointerException if listener is null
     */
    public SmsGatewayBuilder listener(ClientListener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
        return this;
    }

    /**
     * How long the gateway waits for the hook's stage for outcomes it reports itself (expired, no route) before it
     * records the outcome anyway: 1 ms to 1 hour (default 30 s). Each account's own hook timeout covers the rest.
     *
     * @param timeout the hook timeout
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public SmsGatewayBuilder hookTimeout(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.toMillis() < 1 || timeout.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("hookTimeout must be 1 ms to 1 hour, was " + timeout);
        }
        this.hookTimeout = timeout;
        return this;
    }

    /**
     * The event loop threads every account shares: 1 to 1,024 (default: the number of processors).
     *
     * @param threads the thread count
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public SmsGatewayBuilder ioThreads(int threads) {
        if (threads < 1 || threads > 1024) {
            throw new IllegalArgumentException("ioThreads must be 1 to 1024, was " + threads);
        }
        this.ioThreads = threads;
        return this;
    }

    /**
     * Builds the gateway (not started) and every account's ESME.
     *
     * @return the gateway
     * @throws IllegalArgumentException if there is no account, a route names an account that was not added, two routes
     *     share a name or a prefix, or an account's options are not valid (the message names the account)
     */
    public SmsGateway build() {
        if (accounts.isEmpty()) {
            throw new IllegalArgumentException("a gateway needs at least one account");
        }
        Route def = defaultRoute;
        if (def == null && routes.isEmpty()) {
            def = Route.builder("default")
                    .accounts(accounts.keySet().toArray(String[]::new))
                    .build();
        }
        if (listener != ClientListener.NOOP) {
            accounts.values().forEach(esme -> esme.listener(listener));
            listener = ClientListener.NOOP; // added once: a second build must not add it again
        }
        return new DefaultSmsGateway(new GatewaySettings(
                new LinkedHashMap<>(accounts),
                List.copyOf(routes),
                def,
                router,
                broker != null ? broker : new InMemoryBroker(),
                correlator != null ? correlator : new InMemoryCorrelator(),
                hook,
                inFlightPolicy,
                circuitBreaker,
                bufferLimit,
                holdTimeout,
                hookTimeout,
                ioThreads));
    }
}
