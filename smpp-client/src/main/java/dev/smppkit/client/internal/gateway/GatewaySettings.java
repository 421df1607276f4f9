package dev.smppkit.client.internal.gateway;

import dev.smppkit.client.Broker;
import dev.smppkit.client.Correlator;
import dev.smppkit.client.EsmeBuilder;
import dev.smppkit.client.Hook;
import dev.smppkit.client.InFlightPolicy;
import dev.smppkit.client.OutboundMessage;
import dev.smppkit.client.gateway.CircuitBreakerOptions;
import dev.smppkit.client.gateway.Route;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Everything an {@code SmsGatewayBuilder} collected, checked field by field there.
 *
 * @param accounts account name to ESME builder, in the order added
 * @param routes the routes, in the order added
 * @param defaultRoute the default route, or null
 * @param router the user's router function, or null
 * @param broker the shared broker
 * @param correlator the shared correlator
 * @param hook the user's hook
 * @param inFlightPolicy for every account
 * @param circuitBreaker for every account
 * @param bufferLimit 0 for the accounts' windows
 * @param holdTimeout how long a message may wait for an account
 * @param hookTimeout for outcomes the gateway reports itself
 * @param ioThreads the shared event loop group's size
 */
public record GatewaySettings(
        Map<String, EsmeBuilder> accounts,
        List<Route> routes,
        Route defaultRoute,
        Function<OutboundMessage, String> router,
        Broker broker,
        Correlator correlator,
        Hook hook,
        InFlightPolicy inFlightPolicy,
        CircuitBreakerOptions circuitBreaker,
        int bufferLimit,
        Duration holdTimeout,
        Duration hookTimeout,
        int ioThreads) {}
