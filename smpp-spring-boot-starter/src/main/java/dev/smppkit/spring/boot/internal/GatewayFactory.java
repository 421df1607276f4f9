package dev.smppkit.spring.boot.internal;

import dev.smppkit.client.Broker;
import dev.smppkit.client.ClientListener;
import dev.smppkit.client.Correlator;
import dev.smppkit.client.EsmeBuilder;
import dev.smppkit.client.Hook;
import dev.smppkit.client.gateway.Route;
import dev.smppkit.client.gateway.SmsGateway;
import dev.smppkit.client.gateway.SmsGatewayBuilder;
import dev.smppkit.spring.boot.SmppAccountProperties;
import dev.smppkit.spring.boot.SmppProperties;
import dev.smppkit.spring.boot.SmppRouteProperties;
import java.util.List;
import java.util.Map;

/** Builds the gateway from {@code smppkit.accounts.*} and {@code smppkit.routes.*}, as the CLI's --config does. */
public final class GatewayFactory {
    private GatewayFactory() {}

    /**
     * Builds the gateway, not started.
     *
     * @param p the properties, with at least one account
     * @param hook the hook, or null for none
     * @param broker the broker, or null for the in-memory one
     * @param correlator the correlator, or null for the in-memory one
     * @param listeners the listeners, in order
     * @return the gateway
     * @throws IllegalStateException if an account has no system-id (the message names the key)
     * @throws IllegalArgumentException if a value is out of range or a route names an unknown account
     */
    public static SmsGateway create(
            SmppProperties p, Hook hook, Broker broker, Correlator correlator, List<ClientListener> listeners) {
        SmsGatewayBuilder g = SmsGateway.builder();
        for (Map.Entry<String, SmppAccountProperties> e : p.getAccounts().entrySet()) {
            g.account(e.getKey(), account(e.getKey(), e.getValue()));
        }
        for (Map.Entry<String, SmppRouteProperties> e : p.getRoutes().entrySet()) {
            SmppRouteProperties r = e.getValue();
            Route.Builder route =
                    Route.builder(e.getKey()).accounts(r.getAccounts().toArray(String[]::new));
            if (r.getPrefixes().isEmpty()) {
                g.defaultRoute(route.build());
            } else {
                g.route(route.prefixes(r.getPrefixes().toArray(String[]::new)).build());
            }
        }
        if (p.getInFlightPolicy() != null) {
            g.inFlightPolicy(p.getInFlightPolicy());
        }
        if (hook != null) {
            g.hook(hook);
        }
        if (broker != null) {
            g.broker(broker);
        }
        if (correlator != null) {
            g.correlator(correlator);
        }
        if (!listeners.isEmpty()) {
            // the gateway keeps one listener for all accounts
            g.listener(ClientListener.composite(listeners));
        }
        return g.build();
    }

    private static EsmeBuilder account(String name, SmppAccountProperties a) {
        return AccountBuilders.of(a, "smppkit.accounts." + name + ".");
    }
}
