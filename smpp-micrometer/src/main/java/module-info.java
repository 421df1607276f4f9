/**
 * Micrometer meters and observations for the smppkit client: {@code dev.smppkit.micrometer.SmppMetrics} is a {@code
 * ClientListener} that records requests, window occupancy, sessions, reconnects, throttling, receipts and inbound
 * messages in a {@code MeterRegistry}, and optionally each submit and receipt as an observation.
 */
module dev.smppkit.micrometer {
    requires transitive dev.smppkit.client;
    // SmppMetrics.builder takes a MeterRegistry and an ObservationRegistry: both in the API.
    requires transitive micrometer.core;
    requires transitive micrometer.observation;

    exports dev.smppkit.micrometer;
}
