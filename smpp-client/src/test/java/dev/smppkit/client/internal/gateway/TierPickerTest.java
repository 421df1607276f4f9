package dev.smppkit.client.internal.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smppkit.client.gateway.Route;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Smooth weighted round robin among the accounts of one tier that are up and asking. */
class TierPickerTest {
    private final Map<String, AccountLane> lanes = Fakes.lanes("a", "b", "c");
    private final CompiledRoute route = Fakes.compiled(
            Route.builder("r").tier(ordered("a", 3, "b", 1)).accounts("c").build(), lanes);
    private final TierPicker tier = route.tiers[0];

    private static Map<String, Integer> ordered(String a, int wa, String b, int wb) {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put(a, wa);
        m.put(b, wb);
        return m;
    }

    private Map<String, Integer> picks(int n, Routed message) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            AccountLane lane = tier.pick(message, 0);
            counts.merge(lane == TierPicker.WAIT ? "WAIT" : lane.name, 1, Integer::sum);
        }
        return counts;
    }

    @Test
    void splitsByWeight() {
        assertThat(picks(400, Fakes.routed(route))).containsExactlyInAnyOrderEntriesOf(Map.of("a", 300, "b", 100));
    }

    @Test
    void smoothNotBursty() {
        Routed m = Fakes.routed(route);
        StringBuilder order = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            order.append(tier.pick(m, 0).name);
        }
        assertThat(order.toString()).isEqualTo("aabaaaba");
    }

    @Test
    void aBusyAccountsShareGoesToTheOther() {
        lanes.get("b").demands.clear(); // b asks for nothing now
        assertThat(picks(100, Fakes.routed(route))).containsExactlyEntriesOf(Map.of("a", 100));
        lanes.get("b").demands.add(new AccountLane.Demand(10));
        lanes.get("a").demands.clear();
        assertThat(picks(10, Fakes.routed(route))).containsExactlyEntriesOf(Map.of("b", 10));
    }

    @Test
    void anAccountThatIsDownIsSkipped() {
        lanes.get("a").attach(Fakes.esme(new java.util.concurrent.atomic.AtomicInteger(0)));
        Routed m = Fakes.routed(route);
        assertThat(picks(10, m)).containsExactlyEntriesOf(Map.of("b", 10));
        assertThat(tier.anyUp(m, 0)).isTrue();
    }

    @Test
    void triedAccountsAreSkipped() {
        Routed m = Fakes.routed(route);
        m.markTried(lanes.get("a"));
        assertThat(picks(10, m)).containsExactlyEntriesOf(Map.of("b", 10));
        m.markTried(lanes.get("b"));
        assertThat(tier.anyUp(m, 0)).isFalse();
        assertThat(tier.pick(m, 0)).isSameAs(TierPicker.WAIT);
        assertThat(m.hasUntried(lanes.get("a"))).as("c is left").isTrue();
        m.markTried(lanes.get("c"));
        assertThat(m.hasUntried(lanes.get("a"))).isFalse();
    }

    @Test
    void waitsWhenThoseUpAreBusy() {
        lanes.get("a").demands.clear();
        lanes.get("b").demands.clear();
        Routed m = Fakes.routed(route);
        assertThat(tier.anyUp(m, 0)).isTrue();
        assertThat(tier.pick(m, 0)).isSameAs(TierPicker.WAIT);
    }

    @Test
    void anUnknownAccountIsNamed() {
        assertThatThrownBy(() ->
                        Fakes.compiled(Route.builder("r").accounts("a", "x").build(), lanes))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("route 'r' names account 'x', which does not exist; accounts are [a, b, c]");
    }
}
