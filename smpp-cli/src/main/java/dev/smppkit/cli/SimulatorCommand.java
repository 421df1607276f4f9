package dev.smppkit.cli;

import dev.smppkit.cli.internal.ByteSizeConverter;
import dev.smppkit.cli.internal.CliEnvironment;
import dev.smppkit.cli.internal.CliException;
import dev.smppkit.cli.internal.DurationConverter;
import dev.smppkit.cli.internal.ExitCodes;
import dev.smppkit.cli.internal.Secrets;
import dev.smppkit.cli.internal.Statuses;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.MessageState;
import dev.smppkit.codec.text.LogSafe;
import dev.smppkit.testkit.ReceiptPolicy;
import dev.smppkit.testkit.SessionEvent;
import dev.smppkit.testkit.SmscSimulator;
import dev.smppkit.testkit.SmscSimulatorBuilder;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code smpp simulator}: the testkit's SMSC simulator as a process. Prints {@code READY <port>} on stdout once it
 * listens and {@code STOPPED} when it has stopped (on Ctrl-C, SIGTERM, after {@code --duration}, or when the thread
 * running it is interrupted); sessions coming and going are reported on stderr.
 */
@Command(
        name = "simulator",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Runs an SMPP 3.4 SMSC simulator until stopped.",
            "Binds, submits with generated message ids, delivery receipts, throttling and rejections on demand."
                    + " Stops on Ctrl-C or SIGTERM, closing every session.",
            "Prints READY <port> on stdout once listening, STOPPED when stopped; sessions are reported on stderr."
        },
        footer = {
            "%nExamples:",
            "  smpp simulator --port 2775",
            "  smpp simulator --port 2775 --system-id test --password-file secret.txt \\",
            "      --receipt-delay 2s",
            "  smpp simulator --port 0 --receipt-rule '^4479=UNDELIVERABLE:1' --throttle 500"
        })
final class SimulatorCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

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

    @Option(
            names = {"-u", "--system-id"},
            paramLabel = "ID",
            description = "With --password: the account to accept; other system_ids are then refused"
                    + " (default: accept any).")
    String systemId;

    @Option(
            names = "--password",
            paramLabel = "PASSWORD",
            description = "The password of --system-id (prefer --password-env or --password-file: a flag shows in the"
                    + " process list).")
    String password;

    @Option(
            names = {"-c", "--credential"},
            paramLabel = "ID=PASSWORD",
            description = "Another account to accept; repeatable.")
    Map<String, String> credentials = new LinkedHashMap<>();

    @Option(
            names = "--receipt-delay",
            paramLabel = "DURATION",
            defaultValue = "0ms",
            converter = DurationConverter.class,
            description =
                    "Time from a submit to its final state and receipt, e.g. 500ms, 2s (default: ${DEFAULT-VALUE}).")
    Duration receiptDelay;

    @Option(
            names = "--receipt-policy",
            paramLabel = "STATE[:ERROR]",
            defaultValue = "DELIVERED",
            description = "Final state of messages no --receipt-rule matches: DELIVERED, UNDELIVERABLE, EXPIRED,"
                    + " REJECTED, DELETED, ACCEPTED or UNKNOWN, with an optional error code (default:"
                    + " ${DEFAULT-VALUE}).")
    String receiptPolicy;

    @Option(
            names = "--receipt-rule",
            paramLabel = "REGEX=STATE[:ERROR]",
            description = "Destinations matching REGEX end in STATE with ERROR; repeatable, the first match wins.")
    List<String> receiptRules = new ArrayList<>();

    @Option(
            names = "--throttle",
            paramLabel = "TPS",
            defaultValue = "0",
            description = "Answer submits beyond TPS per second with ESME_RTHROTTLED (default: off).")
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

    @Option(names = "--smsc-id", defaultValue = "smppkit", description = "The SMSC's own system_id in bind responses.")
    String smscId;

    @Option(names = "--tls", description = "Use TLS with a self-signed certificate (clients need --tls --insecure).")
    boolean tls;

    @Option(names = "--threads", defaultValue = "1", description = "Event loop threads (default: ${DEFAULT-VALUE}).")
    int threads;

    // ---- memory limits ----

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

    @Option(
            names = "--duration",
            paramLabel = "DURATION",
            converter = DurationConverter.class,
            description = "Stop after this long (default: run until stopped).")
    Duration duration;

    @Option(
            names = {"-q", "--quiet"},
            description = "Print nothing on stderr (sessions, the listening line).")
    boolean quiet;

    // ---- credentials from elsewhere than the command line, connection limits and bind hygiene ----

    @Option(
            names = "--password-env",
            paramLabel = "VAR",
            description = "The password of --system-id, from environment variable VAR.")
    String passwordEnv;

    @Option(
            names = "--password-file",
            paramLabel = "FILE",
            description = "The password of --system-id, from the first line of FILE.")
    Path passwordFile;

    @Option(
            names = "--credential-env",
            paramLabel = "ID=VAR",
            description = "Another account, its password from environment variable VAR; repeatable.")
    Map<String, String> credentialEnv = new LinkedHashMap<>();

    @Option(
            names = "--credentials-file",
            paramLabel = "FILE",
            description = "Accounts, one ID=PASSWORD per line ('#' starts a comment); repeatable.")
    List<Path> credentialFiles = new ArrayList<>();

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

    private final CliEnvironment environment;

    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);

    SimulatorCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws CliException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SmscSimulatorBuilder builder = configure(SmscSimulator.builder(), err);
        SmscSimulator simulator;
        try {
            simulator = builder.start();
        } catch (UncheckedIOException e) {
            throw new CliException(
                    ExitCodes.UNREACHABLE,
                    "cannot listen on " + host + ":" + port + ": "
                            + e.getCause().getMessage());
        }
        try {
            simulator.faults().throttleAboveTps(throttleTps).throttleEveryNth(throttleEvery);
            if (rejectEvery != null) {
                applyRejectEvery(simulator);
            }
            if (!responseDelay.isZero()) {
                simulator.faults().responseDelay(responseDelay);
            }
        } catch (RuntimeException e) {
            simulator.close();
            throw e;
        }
        Thread shutdownHook = new Thread(() -> stop(simulator, out), "smpp-simulator-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        if (!quiet) {
            err.println("SMSC simulator listening on " + host + ":" + simulator.port() + " ("
                    + SmscSimulator.transport() + (tls ? ", TLS" : "") + "); " + accounts() + "; Ctrl-C to stop");
            err.flush();
        }
        out.println("READY " + simulator.port());
        out.flush();
        try {
            if (duration != null) {
                stopped.await(duration.toMillis(), TimeUnit.MILLISECONDS);
            } else {
                stopped.await();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // stop below, as on Ctrl-C
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // the JVM is shutting down: the hook is stopping the simulator
            }
            stop(simulator, out);
        }
        return ExitCodes.OK;
    }

    SmscSimulatorBuilder configure(SmscSimulatorBuilder builder, PrintWriter err) {
        try {
            Map<String, String> accounts = new LinkedHashMap<>(credentials);
            String mainPassword = mainPassword();
            if ((systemId == null) != (mainPassword == null)) {
                throw usage("--system-id and --password (or --password-env, --password-file) go together");
            }
            if (systemId != null) {
                accounts.put(systemId, mainPassword);
            }
            credentialEnv.forEach(
                    (id, variable) -> accounts.put(id, fromEnvironment("--credential-env " + id, variable)));
            builder.host(host).port(port).systemId(smscId).credentials(accounts);
            credentialFiles.forEach(builder::credentials);
            applyLimits(builder);
            builder.closedByDefault(!accounts.isEmpty() || !credentialFiles.isEmpty())
                    .receipts(receiptPolicy())
                    .tls(tls)
                    .eventLoopThreads(threads)
                    .recordTraffic(false); // nobody reads it, and it would grow for as long as the process runs
            builder.outboundWindow(outboundWindow)
                    .maxHeldDeliveryBytes(maxHeldDeliveryBytes)
                    .maxStoredBytes(maxStoredBytes);
            if (!quiet) {
                builder.onSession(e -> logSession(err, e));
            }
            return builder;
        } catch (IllegalArgumentException | UncheckedIOException e) { // messages name fields and files, not passwords
            throw usage(e.getMessage());
        }
    }

    private String mainPassword() {
        if ((password != null ? 1 : 0) + (passwordEnv != null ? 1 : 0) + (passwordFile != null ? 1 : 0) > 1) {
            throw usage("--password, --password-env and --password-file exclude each other");
        }
        if (passwordEnv != null) {
            return fromEnvironment("--password-env", passwordEnv);
        }
        return passwordFile != null ? Secrets.firstLine(passwordFile, "--password-file", this::usage) : password;
    }

    private String fromEnvironment(String option, String variable) {
        String value = environment.get(variable);
        if (value == null) {
            throw usage(option + ": environment variable " + variable + " is not set");
        }
        return value;
    }

    private void applyLimits(SmscSimulatorBuilder builder) {
        CommandStatus status;
        try {
            status = Statuses.parse(bindFailureStatus);
        } catch (IllegalArgumentException e) {
            throw usage("--bind-failure-status: " + e.getMessage());
        }
        builder.bindTimeout(bindTimeout)
                .idleTimeout(idleTimeout)
                .maxConnections(maxConnections)
                .maxPduLength(maxPduLength)
                .bindFailureStatus(status)
                .maxBindFailuresPerConnection(maxBindFailures)
                .bindFailuresPerAddress(maxAddressBindFailures, Duration.ofMinutes(1));
    }

    private ReceiptPolicy receiptPolicy() {
        ReceiptPolicy.Builder receipts = ReceiptPolicy.builder().delay(receiptDelay);
        Outcome fallback = outcome("--receipt-policy", receiptPolicy);
        receipts.defaultState(fallback.state, fallback.error);
        for (String rule : receiptRules) {
            int eq = rule.lastIndexOf('='); // the regex may contain '=' itself
            if (eq <= 0) {
                throw usage("--receipt-rule '" + rule + "' must be REGEX=STATE[:ERROR]");
            }
            Outcome o = outcome("--receipt-rule '" + rule + "'", rule.substring(eq + 1));
            try {
                receipts.rule(rule.substring(0, eq), o.state, o.error);
            } catch (IllegalArgumentException e) { // PatternSyntaxException too
                throw usage("--receipt-rule '" + rule + "': " + e.getMessage().replaceAll("\\R", " "));
            }
        }
        return receipts.build();
    }

    private record Outcome(MessageState state, int error) {}

    private Outcome outcome(String what, String text) {
        int colon = text.indexOf(':');
        String state = (colon < 0 ? text : text.substring(0, colon)).trim().toUpperCase(Locale.ROOT);
        try {
            MessageState s = MessageState.valueOf(state);
            int error =
                    colon < 0 ? 0 : Integer.parseInt(text.substring(colon + 1).trim());
            new ReceiptPolicy.Outcome(s, error); // checks that the state is final and the error 0-255
            return new Outcome(s, error);
        } catch (IllegalArgumentException e) { // NumberFormatException too
            throw usage(what + ": '" + text + "' is not STATE[:ERROR] with a final state (e.g. DELIVERED,"
                    + " UNDELIVERABLE:1, EXPIRED)");
        }
    }

    private void applyRejectEvery(SmscSimulator simulator) {
        String[] parts = rejectEvery.split(":", 2);
        try {
            int n = Integer.parseInt(parts[0].trim());
            if (n < 0) {
                throw new IllegalArgumentException("N is negative");
            }
            simulator
                    .faults()
                    .rejectEveryNth(n, parts.length > 1 ? Statuses.parse(parts[1]) : CommandStatus.ESME_RSUBMITFAIL);
        } catch (IllegalArgumentException e) {
            throw usage("--reject-every '" + rejectEvery + "' must be N[:STATUS]: " + e.getMessage());
        }
    }

    private String accounts() {
        int n = credentials.size() + credentialEnv.size() + (systemId != null ? 1 : 0);
        if (n == 0 && credentialFiles.isEmpty()) {
            return "accepts any system_id and password";
        }
        return "accepts "
                + (credentialFiles.isEmpty() ? n + " account" + (n == 1 ? "" : "s") : "the configured accounts");
    }

    private static void logSession(PrintWriter err, SessionEvent e) {
        err.println(e.sessionId() + " " + e.type().name().toLowerCase(Locale.ROOT) + ": "
                + e.bindType().name().toLowerCase(Locale.ROOT) + " " + LogSafe.escape(e.systemId()) + " from "
                + e.remoteAddress());
        err.flush();
    }

    private void stop(SmscSimulator simulator, PrintWriter out) {
        if (stopping.compareAndSet(false, true)) {
            simulator.close();
            out.println("STOPPED");
            out.flush();
            stopped.countDown();
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
