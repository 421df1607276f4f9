package dev.smppkit.testkit.internal.cli;

import dev.smppkit.codec.CommandStatus;
import dev.smppkit.testkit.SmscSimulatorBuilder;
import java.time.Duration;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The simulator's connection limits, bind hygiene and memory limits; part of {@link SimulatorOptions}. */
public final class LimitOptions {
    @Option(
            names = "--bind-timeout",
            paramLabel = "DURATION",
            defaultValue = "10s",
            converter = DurationConverter.class,
            description = "Close connections not bound within this time; 0 never (default: ${DEFAULT-VALUE}).")
    Duration bindTimeout;

    @Option(
            names = "--idle-timeout",
            paramLabel = "DURATION",
            defaultValue = "0s",
            converter = DurationConverter.class,
            description = "Close connections that send no PDU for this long (enquire_link counts); 0 never"
                    + " (default: ${DEFAULT-VALUE}).")
    Duration idleTimeout;

    @Option(
            names = "--max-connections",
            paramLabel = "N",
            defaultValue = "10000",
            description = "Close new connections beyond N open ones (default: ${DEFAULT-VALUE}).")
    int maxConnections;

    @Option(
            names = "--max-pdu-length",
            paramLabel = "OCTETS",
            defaultValue = "65552",
            description = "Largest PDU accepted, header included (default: ${DEFAULT-VALUE}).")
    int maxPduLength;

    @Option(
            names = "--bind-failure-status",
            paramLabel = "STATUS",
            defaultValue = "ESME_RBINDFAIL",
            description = "Status of binds refused for an unknown system_id or a wrong password, the same for both"
                    + " (default: ${DEFAULT-VALUE}).")
    String bindFailureStatus;

    @Option(
            names = "--max-bind-failures",
            paramLabel = "N",
            defaultValue = "3",
            description = "Close a connection after N failed binds (default: ${DEFAULT-VALUE}).")
    int maxBindFailures;

    @Option(
            names = "--max-address-bind-failures",
            paramLabel = "N",
            defaultValue = "10",
            description = "After N failed binds from one address in a minute, refuse its binds unchecked and close;"
                    + " 0 never (default: ${DEFAULT-VALUE}).")
    int maxAddressBindFailures;

    @Option(
            names = "--outbound-window",
            paramLabel = "N",
            defaultValue = "100",
            description = "Requests sent to one session without a response yet, e.g. receipts; the rest wait"
                    + " (default: ${DEFAULT-VALUE}).")
    int outboundWindow;

    @Option(
            names = "--max-held-delivery-bytes",
            paramLabel = "SIZE",
            defaultValue = "64m",
            converter = ByteSizeConverter.class,
            description = "Bytes that receipts waiting for a receiver or a window slot may hold; beyond it, submits"
                    + " asking for a receipt get ESME_RMSGQFUL (default: ${DEFAULT-VALUE}).")
    long maxHeldDeliveryBytes;

    @Option(
            names = "--max-stored-bytes",
            paramLabel = "SIZE",
            defaultValue = "256m",
            converter = ByteSizeConverter.class,
            description = "Bytes the message store keeps, the oldest messages forgotten first"
                    + " (default: ${DEFAULT-VALUE}).")
    long maxStoredBytes;

    /** Connection limits and bind hygiene. */
    void apply(SmscSimulatorBuilder builder, Function<String, CommandLine.ParameterException> usage) {
        CommandStatus status;
        try {
            status = Statuses.parse(bindFailureStatus);
        } catch (IllegalArgumentException e) {
            throw usage.apply("--bind-failure-status: " + e.getMessage());
        }
        builder.bindTimeout(bindTimeout)
                .idleTimeout(idleTimeout)
                .maxConnections(maxConnections)
                .maxPduLength(maxPduLength)
                .bindFailureStatus(status)
                .maxBindFailuresPerConnection(maxBindFailures)
                .bindFailuresPerAddress(maxAddressBindFailures, Duration.ofMinutes(1));
    }

    void applyMemory(SmscSimulatorBuilder builder) {
        builder.outboundWindow(outboundWindow)
                .maxHeldDeliveryBytes(maxHeldDeliveryBytes)
                .maxStoredBytes(maxStoredBytes);
    }
}
