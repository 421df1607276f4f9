package dev.smppkit.cli.config;

import dev.smppkit.client.Esme;
import dev.smppkit.client.EsmeBuilder;
import dev.smppkit.client.InFlightPolicy;
import dev.smppkit.client.SmscAddress;
import dev.smppkit.client.gateway.Route;
import dev.smppkit.client.gateway.SmsGateway;
import dev.smppkit.client.gateway.SmsGatewayBuilder;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The accounts and routes of a configuration file ({@link ConfigParser}), checked and ready to build an
 * {@link SmsGateway} from. Immutable.
 *
 * @param accounts the accounts, sorted by name (a properties file has no order)
 * @param routes the routes, sorted by name; at most one has no prefixes: the default route
 * @param inFlightPolicy what happens to messages in flight on a lost connection
 */
public record GatewayConfig(List<Account> accounts, List<RouteSpec> routes, InFlightPolicy inFlightPolicy) {
    public GatewayConfig {
        accounts = List.copyOf(accounts);
        routes = List.copyOf(routes);
        Objects.requireNonNull(inFlightPolicy, "inFlightPolicy");
    }

    /**
     * One SMSC account. {@link #toString()} masks the password.
     *
     * @param name the account's name, as routes and reports use it
     * @param hosts the SMSC's addresses, primary first
     * @param systemId the bind's system_id
     * @param password the bind's password ("" for none)
     * @param sessions binds to keep
     * @param window requests in flight per session
     * @param maxTps submit_sm per second over all sessions of the account; 0 for unlimited
     * @param correlationScope the key of the account's message ids in the correlator, or null for the system_id
     */
    public record Account(
            String name,
            List<SmscAddress> hosts,
            String systemId,
            String password,
            int sessions,
            int window,
            double maxTps,
            String correlationScope) {
        public Account {
            hosts = List.copyOf(hosts);
        }

        /** An account whose correlation scope is its system_id. */
        public Account(
                String name,
                List<SmscAddress> hosts,
                String systemId,
                String password,
                int sessions,
                int window,
                double maxTps) {
            this(name, hosts, systemId, password, sessions, window, maxTps, null);
        }

        /** The account's ESME builder, without broker, hook or timeouts (the gateway and the command add those). */
        public EsmeBuilder esme() {
            return Esme.builder()
                    .hosts(hosts)
                    .systemId(systemId)
                    .password(password)
                    .sessions(sessions)
                    .window(window)
                    .maxTps(maxTps)
                    .correlationScope(correlationScope);
        }

        /** {@code host:port[,host:port...]}, for messages. */
        public String target() {
            return hosts.stream().map(h -> h.host() + ":" + h.port()).collect(Collectors.joining(","));
        }

        @Override
        public String toString() {
            return "Account[name=" + name + ", hosts=" + target() + ", systemId=" + systemId + ", password="
                    + (password.isEmpty() ? "" : "****") + ", sessions=" + sessions + ", window=" + window
                    + ", maxTps=" + maxTps + (correlationScope != null ? ", correlationScope=" + correlationScope : "")
                    + "]";
        }
    }

    /**
     * One route: messages whose destination starts with one of the prefixes go to the accounts in priority order.
     *
     * @param name the route's name
     * @param prefixes destination prefixes (digits); empty for the default route
     * @param accounts account names, first tried first
     */
    public record RouteSpec(String name, List<String> prefixes, List<String> accounts) {
        public RouteSpec {
            prefixes = List.copyOf(prefixes);
            accounts = List.copyOf(accounts);
        }

        /** Whether this is the default route (no prefixes). */
        public boolean isDefault() {
            return prefixes.isEmpty();
        }
    }

    /** Sessions over all accounts. */
    public int sessions() {
        return accounts.stream().mapToInt(Account::sessions).sum();
    }

    /**
     * A gateway builder with these accounts, routes and in-flight policy; without a default route in the file, a
     * message no prefix takes fails (with no route at all, every account forms the default route, by name).
     *
     * @param common applied to every account's ESME builder after the file's values (timeouts, bind mode, TLS...)
     * @throws IllegalArgumentException if the client refuses a value; the message names the account
     */
    public SmsGatewayBuilder toBuilder(UnaryOperator<EsmeBuilder> common) {
        SmsGatewayBuilder b = SmsGateway.builder().inFlightPolicy(inFlightPolicy);
        for (Account a : accounts) {
            b.account(a.name(), common.apply(a.esme()));
        }
        for (RouteSpec r : routes) {
            Route route = Route.builder(r.name())
                    .prefixes(r.prefixes().toArray(String[]::new))
                    .accounts(r.accounts().toArray(String[]::new))
                    .build();
            if (r.isDefault()) {
                b.defaultRoute(route);
            } else {
                b.route(route);
            }
        }
        return b;
    }
}
