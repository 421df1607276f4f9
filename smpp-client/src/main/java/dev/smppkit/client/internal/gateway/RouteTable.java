package dev.smppkit.client.internal.gateway;

import dev.smppkit.client.OutboundMessage;
import dev.smppkit.client.gateway.Route;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Chooses a message's route, in this order: the route the message names ({@code OutboundMessage.route}); the user's
 * router function; the first route (in the order added) whose predicate, sender or destination pattern matches; the
 * route with the longest matching destination prefix; the default route. Rules that name the message's own traits
 * (sender, pattern, predicate) come before prefixes because they are the more deliberate choice: a prefix is a
 * catch-all for a country or operator. Immutable; thread-safe.
 */
final class RouteTable {
    /** What {@link #select} found: a route, or why there is none. */
    record Selection(Route route, String problem) {}

    private final Map<String, Route> byName = new LinkedHashMap<>();
    private final List<Route> ruled; // routes with non-prefix rules, in the order added
    private final Map<String, Route> byPrefix = new HashMap<>();
    private final int longestPrefix;
    private final Route defaultRoute; // null: none
    private final Function<OutboundMessage, String> router; // null: none

    RouteTable(List<Route> routes, Route defaultRoute, Function<OutboundMessage, String> router) {
        int longest = 0;
        for (Route r : routes) {
            if (byName.put(r.name(), r) != null) {
                throw new IllegalArgumentException("route '" + r.name() + "' is defined twice");
            }
            for (String p : r.prefixes()) {
                Route other = byPrefix.put(p, r);
                if (other != null) {
                    throw new IllegalArgumentException(
                            "prefix " + p + " is in both route '" + other.name() + "' and route '" + r.name() + "'");
                }
                longest = Math.max(longest, p.length());
            }
        }
        if (defaultRoute != null && byName.putIfAbsent(defaultRoute.name(), defaultRoute) != null) {
            throw new IllegalArgumentException("route '" + defaultRoute.name() + "' is defined twice");
        }
        this.ruled = routes.stream()
                .filter(r -> r.predicate().isPresent()
                        || !r.senders().isEmpty()
                        || !r.destinationPatterns().isEmpty())
                .toList();
        this.longestPrefix = longest;
        this.defaultRoute = defaultRoute;
        this.router = router;
    }

    List<Route> routes() {
        return List.copyOf(byName.values());
    }

    Selection select(OutboundMessage message) {
        if (message.route().isPresent()) {
            return named(message.route().get(), "the message's route");
        }
        if (router != null) {
            String name = router.apply(message);
            if (name != null) {
                return named(name, "the router function's route");
            }
        }
        String destination = digits(message.destination().value());
        String sender = message.source().value();
        for (Route r : ruled) {
            if (matches(r, message, destination, sender)) {
                return new Selection(r, null);
            }
        }
        for (int len = Math.min(longestPrefix, destination.length()); len > 0; len--) {
            Route r = byPrefix.get(destination.substring(0, len));
            if (r != null) {
                return new Selection(r, null);
            }
        }
        if (defaultRoute != null) {
            return new Selection(defaultRoute, null);
        }
        return new Selection(null, "no route matches destination " + destination + " and there is no default route");
    }

    private Selection named(String name, String what) {
        Route r = byName.get(name);
        return r != null ? new Selection(r, null) : new Selection(null, what + " '" + name + "' does not exist");
    }

    private static boolean matches(Route r, OutboundMessage m, String destination, String sender) {
        if (r.senders().contains(sender)) {
            return true;
        }
        for (Pattern p : r.destinationPatterns()) {
            if (p.matcher(destination).matches()) {
                return true;
            }
        }
        return r.predicate().isPresent() && r.predicate().get().test(m);
    }

    private static String digits(String address) {
        return address.startsWith("+") ? address.substring(1) : address;
    }
}
