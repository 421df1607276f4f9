package dev.smppkit.client.internal.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smppkit.client.OutboundMessage;
import dev.smppkit.client.gateway.Route;
import dev.smppkit.codec.Address;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The order in which a message's route is chosen, and the table's checks. */
class RouteTableTest {
    private static final Route UK =
            Route.builder("uk").prefixes("44").accounts("a").build();
    private static final Route UK_MOBILE =
            Route.builder("uk-mobile").prefixes("+447").accounts("a").build();
    private static final Route FR =
            Route.builder("fr").prefixes("33").accounts("b").build();
    private static final Route BANK =
            Route.builder("bank").senders("BANK").accounts("b").build();
    private static final Route PREMIUM =
            Route.builder("premium").destinationMatches("44777.*").accounts("c").build();
    private static final Route OTP = Route.builder("otp")
            .when(m -> "otp".equals(m.extra().get("kind")))
            .accounts("c")
            .build();
    private static final Route DEFAULT =
            Route.builder("default").accounts("a", "b").build();

    private static OutboundMessage.Builder to(String destination) {
        return OutboundMessage.builder()
                .from(Address.alphanumeric("ACME"))
                .to(Address.international(destination))
                .text("x");
    }

    private static String routeOf(RouteTable table, OutboundMessage.Builder message) {
        RouteTable.Selection s = table.select(message.build());
        return s.route() != null ? s.route().name() : s.problem();
    }

    private static RouteTable table(Function<OutboundMessage, String> router) {
        return new RouteTable(List.of(UK, UK_MOBILE, FR, BANK, PREMIUM, OTP), DEFAULT, router);
    }

    @Test
    void longestPrefixWins() {
        RouteTable t = table(null);
        assertThat(routeOf(t, to("441234567890"))).isEqualTo("uk");
        assertThat(routeOf(t, to("447000000000"))).isEqualTo("uk-mobile");
        assertThat(routeOf(t, to("+447000000000"))).isEqualTo("uk-mobile");
        assertThat(routeOf(t, to("33612345678"))).isEqualTo("fr");
        assertThat(routeOf(t, to("4"))).isEqualTo("default");
        assertThat(routeOf(t, to("4912345"))).isEqualTo("default");
    }

    @Test
    void senderPatternAndPredicateComeBeforePrefixesInTheOrderAdded() {
        RouteTable t = table(null);
        assertThat(routeOf(t, to("447770000000")))
                .as("pattern over the longer prefix")
                .isEqualTo("premium");
        assertThat(routeOf(t, to("447770000000").from(Address.alphanumeric("BANK"))))
                .as("the sender route was added before the pattern route")
                .isEqualTo("bank");
        assertThat(routeOf(t, to("447770000000").extra(Map.of("kind", "otp"))))
                .as("pattern route added before the predicate route")
                .isEqualTo("premium");
        assertThat(routeOf(t, to("33612345678").extra(Map.of("kind", "otp")))).isEqualTo("otp");
        assertThat(routeOf(t, to("33612345678").from(Address.alphanumeric("BANKX"))))
                .as("senders compare whole")
                .isEqualTo("fr");
        assertThat(routeOf(t, to("1447770000000")))
                .as("patterns match the whole destination")
                .isEqualTo("default");
    }

    @Test
    void theRouterFunctionComesBeforeTheRules() {
        RouteTable t = table(m -> m.destination().value().endsWith("9") ? "fr" : null);
        assertThat(routeOf(t, to("447770000009").from(Address.alphanumeric("BANK"))))
                .isEqualTo("fr");
        assertThat(routeOf(t, to("447770000000").from(Address.alphanumeric("BANK"))))
                .as("null lets the rules decide")
                .isEqualTo("bank");
    }

    @Test
    void theMessagesOwnRouteComesFirst() {
        RouteTable t = table(m -> "fr");
        assertThat(routeOf(
                        t, to("447770000000").from(Address.alphanumeric("BANK")).route("otp")))
                .isEqualTo("otp");
        assertThat(routeOf(t, to("33612345678").route("default"))).isEqualTo("default");
    }

    @Test
    void unknownNamesAndNoDefaultAreProblems() {
        assertThat(routeOf(table(m -> "nowhere"), to("44123")))
                .isEqualTo("the router function's route 'nowhere' does not exist");
        assertThat(routeOf(table(null), to("44123").route("nowhere")))
                .isEqualTo("the message's route 'nowhere' does not exist");
        RouteTable noDefault = new RouteTable(List.of(UK), null, null);
        assertThat(routeOf(noDefault, to("33123")))
                .isEqualTo("no route matches destination 33123 and there is no default route");
        assertThat(routeOf(noDefault, to("44123"))).isEqualTo("uk");
    }

    @Test
    void aPrefixInTwoRoutesIsRejected() {
        Route other = Route.builder("gb").prefixes("44").accounts("b").build();
        assertThatThrownBy(() -> new RouteTable(List.of(UK, other), null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("prefix 44 is in both route 'uk' and route 'gb'");
    }

    @Test
    void aRouteNameUsedTwiceIsRejected() {
        Route other = Route.builder("uk").prefixes("49").accounts("b").build();
        assertThatThrownBy(() -> new RouteTable(List.of(UK, other), null, null))
                .hasMessage("route 'uk' is defined twice");
        Route named = Route.builder("default").prefixes("49").accounts("b").build();
        assertThatThrownBy(() -> new RouteTable(List.of(named), DEFAULT, null))
                .hasMessage("route 'default' is defined twice");
    }

    @Test
    void routesListsTheDefaultLast() {
        assertThat(table(null).routes().stream().map(Route::name))
                .containsExactly("uk", "uk-mobile", "fr", "bank", "premium", "otp", "default");
    }
}
