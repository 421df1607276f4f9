package dev.smppkit.testkit.internal;

/**
 * What one connection's {@link SessionHandler} uses of its simulator: the simulator-wide parts, built once by
 * {@link SimulatorCore} and shared, read-only, by every connection. All of them are thread-safe.
 */
record SessionServices(
        SimulatorConfig config,
        SessionRegistry sessions,
        TrafficRecorder recorder,
        FaultsImpl faults,
        ErrorLog errors,
        UserListeners listeners,
        Binds binds,
        MessageRequests requests,
        Deliveries deliveries,
        DeliveryBudget budget) {}
