package dev.smppkit.client.internal.gateway;

import dev.smppkit.client.gateway.Route;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;

/**
 * A route bound to its account lanes, with the queue of its messages waiting for an account. Per gateway; the queue
 * and the pickers are guarded by the dispatcher's lock.
 */
final class CompiledRoute {
    final Route route;
    final TierPicker[] tiers;
    final AccountLane first;
    final ArrayDeque<Routed> waiting = new ArrayDeque<>();

    CompiledRoute(Route route, Map<String, AccountLane> lanes) {
        this.route = route;
        List<List<Route.Member>> t = route.tiers();
        this.tiers = new TierPicker[t.size()];
        for (int i = 0; i < tiers.length; i++) {
            tiers[i] = new TierPicker(t.get(i), lanes, route.name());
        }
        this.first = tiers[0].lanes[0];
    }
}
