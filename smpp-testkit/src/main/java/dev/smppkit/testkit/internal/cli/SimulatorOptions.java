package dev.smppkit.testkit.internal.cli;

import dev.smppkit.codec.CommandStatus;
import dev.smppkit.testkit.SmscSimulator;
import dev.smppkit.testkit.SmscSimulatorBuilder;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The simulator's options, one set for both command lines: the standalone {@link SimulatorMain} and the CLI's {@code
 * smpp simulator} mix this in. The names of older releases still parse (noted as deprecated in the descriptions):
 * {@code --throttle} for {@code --throttle-tps} and {@code --receipt-policy} for {@code --receipt-state}.
 */
public final class SimulatorOptions {
    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec command;

    @Option(
            names = "--host",
            defaultValue = "127.0.0.1",
            description = "Address to listen on, 0.0.0.0 for all (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(
            names = {"-p", "--port"},
            defaultValue = "2775",
            description = "Port to listen on, 0 for any free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Mixin
    AccountOptions accounts;

    @Option(
            names = "--receipt-delay",
            paramLabel = "DURATION",
            defaultValue = "0ms",
            converter = DurationConverter.class,
            description =
                    "Time from a submit to its final state and receipt, e.g. 500ms, 2s (default: ${DEFAULT-VALUE}).")
    Duration receiptDelay;

    @Option(
            names = {"--receipt-state", "--receipt-policy"},
            paramLabel = "STATE[:ERROR]",
            defaultValue = "DELIVERED",
            description = "Final state of messages no --receipt-rule matches: DELIVERED, UNDELIVERABLE, EXPIRED,"
                    + " REJECTED, DELETED, ACCEPTED or UNKNOWN, with an optional error code (default:"
                    + " ${DEFAULT-VALUE}; --receipt-policy is a deprecated name).")
    String receiptState;

    @Option(
            names = "--receipt-rule",
            paramLabel = "REGEX=STATE[:ERROR]",
            description = "Destinations matching REGEX end in STATE with ERROR; repeatable, the first match wins.")
    List<String> receiptRules = new ArrayList<>();

    @Option(
            names = {"--throttle-tps", "--throttle"},
            paramLabel = "TPS",
            defaultValue = "0",
            description = "Answer submits beyond TPS per second with ESME_RTHROTTLED (default: off;"
                    + " --throttle is a deprecated name).")
    int throttleTps;

    @Option(
            names = "--throttle-every",
            paramLabel = "N",
            defaultValue = "0",
            description = "Answer every Nth submit with ESME_RTHROTTLED (default: off).")
    int throttleEvery;

    @Option(
            names = "--reject-every",
            paramLabel = "N[:STATUS]",
            description = "Answer every Nth submit with STATUS (default ESME_RSUBMITFAIL), e.g. 100:ESME_RINVDSTADR.")
    String rejectEvery;

    @Option(
            names = "--response-delay",
            paramLabel = "DURATION",
            defaultValue = "0ms",
            converter = DurationConverter.class,
            description = "Delay every response to a submit by this much (default: ${DEFAULT-VALUE}).")
    Duration responseDelay;

    @Option(
            names = "--smsc-id",
            defaultValue = "smppkit",
            description = "The SMSC's own system_id in bind responses (default: ${DEFAULT-VALUE}).")
    String smscId;

    @Option(names = "--tls", description = "Use TLS with a self-signed certificate (clients need --tls --insecure).")
    boolean tls;

    @Option(names = "--threads", defaultValue = "1", description = "Event loop threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Mixin
    LimitOptions limits;

    /** Every N-th submit rejected with this status; parsed by {@link #configure}, applied by {@link #applyFaults}. */
    private record RejectEvery(int n, CommandStatus status) {}

    private RejectEvery reject;

    /**
     * Configures a builder from the options, reading passwords named by {@code --password-env} and
     * {@code --credential-env} through {@code env}.
     *
     * @throws CommandLine.ParameterException for a bad value, naming the option (never a password)
     */
    public SmscSimulatorBuilder configure(SmscSimulatorBuilder builder, Function<String, String> env) {
        try {
            Map<String, String> known = accounts.accounts(env, this::usage);
            builder.host(host).port(port).systemId(smscId).credentials(known);
            accounts.files().forEach(builder::credentials);
            limits.apply(builder, this::usage);
            builder.closedByDefault(!known.isEmpty() || !accounts.files().isEmpty())
                    .receipts(ReceiptRules.policy(receiptDelay, receiptState, receiptRules))
                    .tls(tls)
                    .eventLoopThreads(threads)
                    .recordTraffic(false); // nobody reads it, and it would grow for as long as the process runs
            limits.applyMemory(builder);
            reject = rejectEvery == null ? null : parseRejectEvery();
            return builder;
        } catch (IllegalArgumentException | UncheckedIOException e) { // messages name fields and files, not passwords
            throw usage(e.getMessage());
        }
    }

    /** Turns on the faults the options ask for: throttling, rejections and response delays. */
    public void applyFaults(SmscSimulator simulator) {
        simulator.faults().throttleAboveTps(throttleTps).throttleEveryNth(throttleEvery);
        if (reject != null) {
            simulator.faults().rejectEveryNth(reject.n(), reject.status());
        }
        if (!responseDelay.isZero()) {
            simulator.faults().responseDelay(responseDelay);
        }
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public boolean tls() {
        return tls;
    }

    /** For the listening line: which binds the simulator accepts. */
    public String describeAccounts() {
        return accounts.describe();
    }

    private RejectEvery parseRejectEvery() {
        String[] parts = rejectEvery.split(":", 2);
        try {
            int n = Integer.parseInt(parts[0].trim());
            if (n < 0) {
                throw new IllegalArgumentException("N is negative");
            }
            return new RejectEvery(n, parts.length > 1 ? Statuses.parse(parts[1]) : CommandStatus.ESME_RSUBMITFAIL);
        } catch (IllegalArgumentException e) {
            throw usage("--reject-every '" + rejectEvery + "' must be N[:STATUS]: " + e.getMessage());
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(command.commandLine(), message);
    }
}
