package dev.smppkit.micrometer.internal;

import dev.smppkit.client.Tracking;
import dev.smppkit.codec.pdu.Pdu;
import dev.smppkit.codec.pdu.SubmitSm;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.ReceiverContext;
import java.util.Map;

/**
 * Submits and receipts as observations. Both use a {@link ReceiverContext} whose carrier is the message's extra map,
 * so that a propagating (tracing) handler takes the parent from its {@code traceparent}: the submit, on an event loop
 * with no current observation, and the receipt, which may arrive days later in another process, join the trace the
 * message was sent from. Thread-safe.
 */
public final class SmppObservations {
    /** The submit observation's name. */
    public static final String SUBMIT = "smpp.client.submit";
    /** The receipt observation's name. */
    public static final String RECEIPT = "smpp.client.receipt";

    private final ObservationRegistry registry;

    /**
     * Observations in {@code registry}.
     *
     * @param registry where observations go
     */
    public SmppObservations(ObservationRegistry registry) {
        this.registry = registry;
    }

    /** A receiver context reading propagation fields from a message's extra map. */
    public static final class ExtraContext extends ReceiverContext<Map<String, String>> {
        ExtraContext(Map<String, String> extra) {
            super((carrier, key) -> carrier.get(key));
            setCarrier(extra);
            setRemoteServiceName("smsc");
        }
    }

    /**
     * Starts a submit's observation.
     *
     * @return the started observation, or null if the request is not a submit_sm
     */
    public Object submitStarted(String account, Pdu request, Map<String, String> extra) {
        if (!(request instanceof SubmitSm) || registry.isNoop()) {
            return null;
        }
        ExtraContext context = new ExtraContext(extra);
        return Observation.createNotStarted(SUBMIT, () -> context, registry)
                .contextualName("smpp submit")
                .lowCardinalityKeyValue("account", account)
                .start();
    }

    /** Stops a submit's observation with the status of its answer. */
    public void submitAnswered(Object started, String status) {
        if (started instanceof Observation o) {
            o.lowCardinalityKeyValue("status", status).stop();
        }
    }

    /** Stops a submit's observation that got no answer. */
    public void submitFailed(Object started, String failure, Throwable error) {
        if (started instanceof Observation o) {
            o.lowCardinalityKeyValue("status", failure).error(error).stop();
        }
    }

    /** Records a receipt's arrival, its parent taken from the tracking's extra map; tracking null if unmatched. */
    public void receipt(String account, Tracking tracking) {
        if (registry.isNoop()) {
            return;
        }
        ExtraContext context = new ExtraContext(tracking != null ? tracking.extra() : Map.of());
        Observation o = Observation.createNotStarted(RECEIPT, () -> context, registry)
                .contextualName("smpp receipt")
                .lowCardinalityKeyValue("account", account)
                .lowCardinalityKeyValue("result", tracking != null ? "matched" : "unmatched");
        if (tracking != null) {
            o.highCardinalityKeyValue("smpp.message.id", tracking.brokerId());
        }
        o.start().stop();
    }
}
