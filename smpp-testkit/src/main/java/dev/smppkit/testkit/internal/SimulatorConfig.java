package dev.smppkit.testkit.internal;

import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.pdu.CancelSm;
import dev.smppkit.codec.pdu.DataSm;
import dev.smppkit.codec.pdu.QuerySm;
import dev.smppkit.codec.pdu.ReplaceSm;
import dev.smppkit.codec.pdu.SubmitMulti;
import dev.smppkit.codec.pdu.SubmitSm;
import dev.smppkit.codec.text.ConcatMode;
import dev.smppkit.testkit.BindHandler;
import dev.smppkit.testkit.DeliverSmRespListener;
import dev.smppkit.testkit.ReceiptPolicy;
import dev.smppkit.testkit.RequestHandler;
import dev.smppkit.testkit.SessionListener;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Everything the builder was told, frozen: one immutable value shared by every part of a running simulator.
 *
 * @param submitMultiHandler null: work out unsuccess_sme entries with {@code submitSmHandler}
 * @param messageIds null: the default decimal counter
 * @param bindTimeout zero: unbound connections are never closed
 * @param idleTimeout zero: connections that send nothing are never closed
 * @param maxBindFailuresPerAddress zero: no per-address limit
 * @param nanoClock the time source of the bind-failure and connection-refusal limits ({@code System::nanoTime})
 * @param outboundWindow SMSC-originated requests awaiting a response per session
 * @param maxHeldDeliveryBytes estimated bytes of deliveries held or queued, across all system_ids
 * @param maxStoredBytes estimated bytes of the message store
 * @param clock the time of the message store: scheduled delivery, validity, receipt timers
 */
public record SimulatorConfig(
        String host,
        int port,
        String systemId,
        int eventLoopThreads,
        boolean tls,
        Map<String, String> credentials,
        boolean closedByDefault,
        BindHandler bindHandler,
        RequestHandler<SubmitSm> submitSmHandler,
        RequestHandler<SubmitMulti> submitMultiHandler,
        RequestHandler<DataSm> dataSmHandler,
        RequestHandler<QuerySm> querySmHandler,
        RequestHandler<CancelSm> cancelSmHandler,
        RequestHandler<ReplaceSm> replaceSmHandler,
        DeliverSmRespListener deliverSmRespListener,
        List<SessionListener> sessionListeners,
        ReceiptPolicy receiptPolicy,
        Supplier<String> messageIds,
        Duration responseTimeout,
        int redeliveryAttempts,
        Duration redeliveryDelay,
        boolean recordTraffic,
        int trafficLimit,
        int maxStoredMessages,
        ConcatMode concatMode,
        // connection limits and bind hygiene
        Duration bindTimeout,
        Duration idleTimeout,
        int maxConnections,
        int maxPduLength,
        CommandStatus bindFailureStatus,
        int maxBindFailuresPerConnection,
        int maxBindFailuresPerAddress,
        Duration bindFailureWindow,
        LongSupplier nanoClock,
        // memory limits
        int outboundWindow,
        long maxHeldDeliveryBytes,
        long maxStoredBytes,
        SimClock clock) {
    public SimulatorConfig {
        credentials = Map.copyOf(credentials);
        sessionListeners = List.copyOf(sessionListeners);
    }
}
