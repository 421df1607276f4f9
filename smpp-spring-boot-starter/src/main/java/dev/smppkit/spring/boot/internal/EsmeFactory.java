package dev.smppkit.spring.boot.internal;

import dev.smppkit.client.Broker;
import dev.smppkit.client.ClientListener;
import dev.smppkit.client.Correlator;
import dev.smppkit.client.Esme;
import dev.smppkit.client.EsmeBuilder;
import dev.smppkit.client.Hook;
import dev.smppkit.client.TlsOptions;
import dev.smppkit.spring.boot.SmppProperties;
import java.util.List;

/** Builds the client from the properties; a property left null keeps the client's default. */
public final class EsmeFactory {
    private EsmeFactory() {}

    /**
     * Builds the client, not started.
     *
     * @param p the properties
     * @param hook the hook, or null for none
     * @param broker the broker, or null for the in-memory one
     * @param correlator the correlator, or null for the in-memory one
     * @param listeners the listeners, in order
     * @return the client
     * @throws IllegalArgumentException if a property is out of range (the client's message names it)
     * @throws IllegalStateException if {@code smppkit.system-id} is missing
     */
    public static Esme create(
            SmppProperties p, Hook hook, Broker broker, Correlator correlator, List<ClientListener> listeners) {
        EsmeBuilder b = AccountBuilders.of(p, "smppkit.").bindMode(p.getBindMode());
        if (p.getSystemType() != null) {
            b.systemType(p.getSystemType());
        }
        if (p.getRequestTimeout() != null) {
            b.requestTimeout(p.getRequestTimeout());
        }
        if (p.getEnquireLinkInterval() != null) {
            b.enquireLinkInterval(p.getEnquireLinkInterval());
        }
        if (p.getInFlightPolicy() != null) {
            b.inFlightPolicy(p.getInFlightPolicy());
        }
        if (p.getTls().isEnabled()) {
            b.tls(TlsOptions.system());
        }
        if (hook != null) {
            b.hook(hook);
        }
        if (broker != null) {
            b.broker(broker);
        }
        if (correlator != null) {
            b.correlator(correlator);
        }
        listeners.forEach(b::listener);
        return b.build();
    }
}
