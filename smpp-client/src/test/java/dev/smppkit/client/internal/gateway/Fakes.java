package dev.smppkit.client.internal.gateway;

import dev.smppkit.client.Esme;
import dev.smppkit.client.InFlightPolicy;
import dev.smppkit.client.InMemoryBroker;
import dev.smppkit.client.OutboundMessage;
import dev.smppkit.client.QueuedMessage;
import dev.smppkit.client.gateway.CircuitBreakerOptions;
import dev.smppkit.client.gateway.Route;
import dev.smppkit.codec.Address;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Account lanes over fake ESMEs whose bound session count the test sets, for the dispatcher's parts. */
final class Fakes {
    private Fakes() {}

    /** An {@link Esme} that only answers {@code boundSessions()}, from {@code bound}. */
    static Esme esme(AtomicInteger bound) {
        return (Esme) Proxy.newProxyInstance(Esme.class.getClassLoader(), new Class<?>[] {Esme.class}, (p, m, a) -> {
            if (m.getName().equals("boundSessions")) {
                return bound.get();
            }
            throw new UnsupportedOperationException(m.getName());
        });
    }

    /** Lanes named as given, each bound with one session, whose circuit-open kicks go nowhere. */
    static Map<String, AccountLane> lanes(String... names) {
        Dispatcher dispatcher = new Dispatcher(
                new InMemoryBroker(),
                null,
                InFlightPolicy.FAIL,
                CircuitBreakerOptions.defaults().transientStatuses(),
                1,
                r -> {});
        Map<String, AccountLane> lanes = new LinkedHashMap<>();
        for (String name : names) {
            AccountLane lane = new AccountLane(name, new CircuitBreaker(CircuitBreakerOptions.defaults()), dispatcher);
            lane.attach(esme(new AtomicInteger(1)));
            lane.demands.add(new AccountLane.Demand(1_000_000));
            lanes.put(name, lane);
        }
        return lanes;
    }

    static OutboundMessage message(String to) {
        return OutboundMessage.builder()
                .from(Address.alphanumeric("ACME"))
                .to(Address.international(to))
                .text("hello")
                .build();
    }

    static Routed routed(CompiledRoute route) {
        return new Routed(new QueuedMessage("m", message("447700900001"), 1, Instant.now()), route, null, 0);
    }

    static CompiledRoute compiled(Route route, Map<String, AccountLane> lanes) {
        return new CompiledRoute(route, lanes);
    }
}
